using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialInvestment.Io;

/// <summary>
/// The bytes of one field of the row before, kept where its value was read without an error. Reading a field depends
/// on its bytes alone, so a field with the same bytes has the same value and no error: the reader keeps that value and
/// skips the work. An export lists a person's rows together, so the id repeats (codes and degrees, which alternate,
/// have caches of their own: <see cref="CodeCache"/>, <see cref="DegreeCache"/>).
/// </summary>
internal sealed class PreviousField
{
    private readonly byte[] _bytes;

    // The first and last 8 bytes (fewer: packed into _head), which tell fields of up to 16 bytes apart without a loop.
    private ulong _head;
    private ulong _tail;

    // −1: nothing kept.
    private int _length = -1;

    /// <summary>Keeps fields of up to <paramref name="mostBytes"/> bytes; longer ones are read each time.</summary>
    internal PreviousField(int mostBytes = 64) => _bytes = new byte[mostBytes];

    /// <summary>Whether <paramref name="field"/> has the bytes kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Is(ReadOnlySpan<byte> field)
    {
        if (field.Length != _length)
        {
            return false;
        }

        if (field.Length < 8)
        {
            return FieldKey.Head(field) == _head;
        }

        return MemoryMarshal.Read<ulong>(field) == _head
            && FieldKey.Tail(field) == _tail
            && (field.Length <= 16 || field.SequenceEqual(_bytes.AsSpan(0, field.Length)));
    }

    /// <summary>Keeps <paramref name="field"/>'s bytes, its value read without an error; or keeps nothing where it is long.</summary>
    internal void Keep(ReadOnlySpan<byte> field)
    {
        if (field.Length > _bytes.Length)
        {
            _length = -1;
            return;
        }

        if (field.Length < 8)
        {
            _head = FieldKey.Head(field);
        }
        else
        {
            _head = MemoryMarshal.Read<ulong>(field);
            _tail = FieldKey.Tail(field);
            field.CopyTo(_bytes);
        }

        _length = field.Length;
    }

    /// <summary>Keeps nothing: the field just read had an error, which a field with the same bytes must report again.</summary>
    internal void Forget() => _length = -1;
}
