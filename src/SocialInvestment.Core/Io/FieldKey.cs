using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialInvestment.Io;

/// <summary>
/// A field's length and first bytes as one number, which tells short fields apart without a loop: the key by which the
/// readers' caches (<see cref="CodeCache"/>, <see cref="DegreeCache"/>, <see cref="PreviousField"/>) match a field.
/// </summary>
internal static class FieldKey
{
    /// <summary>The most bytes of a field that <see cref="Head"/> holds: fields this short are equal where their heads are.</summary>
    internal const int HeadBytes = 7;

    /// <summary>
    /// The field's length (at most 255) in the top byte and its first <see cref="HeadBytes"/> bytes below it, read in two
    /// overlapping loads instead of a byte at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Head(ReadOnlySpan<byte> field)
    {
        unchecked
        {
            int length = field.Length;
            ref byte first = ref MemoryMarshal.GetReference(field);
            ulong bytes;
            if (length >= 8)
            {
                bytes = Unsafe.ReadUnaligned<ulong>(ref first) & 0x00FF_FFFF_FFFF_FFFFUL;
            }
            else if (length >= 4)
            {
                // Bytes 0-3 and (length - 4)-(length - 1), each at its own place: the bytes both hold are the same.
                bytes = Unsafe.ReadUnaligned<uint>(ref first) | ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, length - 4)) << (8 * (length - 4)));
            }
            else if (length >= 2)
            {
                bytes = Unsafe.ReadUnaligned<ushort>(ref first) | ((ulong)Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref first, length - 2)) << (8 * (length - 2)));
            }
            else
            {
                bytes = length == 1 ? first : 0UL;
            }

            return bytes | ((ulong)Math.Min(length, 255) << 56);
        }
    }

    /// <summary>The last 8 bytes of a field of at least 8: with <see cref="Head"/>, all the bytes of a field of up to 15.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Tail(ReadOnlySpan<byte> field) => MemoryMarshal.Read<ulong>(field[^8..]);
}
