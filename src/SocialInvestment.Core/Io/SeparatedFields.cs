using System.Runtime.CompilerServices;
using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// The texts of a CSV column that repeat on millions of rows (participant ids, payments, periods), each encoded once as
/// UTF-8 with the separator after it, in slots of one width (a multiple of 16 bytes). A row copies a field as its whole
/// slot, a copy of a fixed size that the JIT makes a vector move or two, instead of a copy of the field's own length;
/// the slot's bytes after the field land where the row's next field then overwrites them.
/// </summary>
/// <remarks>The texts are written as they are: only for fields that need no quotes.</remarks>
internal sealed class SeparatedFields
{
    private readonly byte[] _slots;
    private readonly int[] _lengths;

    /// <summary>Encodes <paramref name="texts"/>, each followed by <paramref name="separator"/>.</summary>
    internal SeparatedFields(IReadOnlyList<string> texts, byte separator)
    {
        _lengths = new int[texts.Count];
        int longest = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            _lengths[i] = checked(Encoding.UTF8.GetByteCount(texts[i]) + 1);
            longest = Math.Max(longest, _lengths[i]);
        }

        Width = Math.Max(16, (longest + 15) / 16 * 16);
        _slots = new byte[checked(texts.Count * Width)];
        for (int i = 0; i < texts.Count; i++)
        {
            Span<byte> slot = _slots.AsSpan(i * Width, Width);
            int length = Encoding.UTF8.GetBytes(texts[i], slot);
            slot[length] = separator;
        }
    }

    /// <summary>The bytes a copy writes: the destination needs this much room, though it is advanced only by the field.</summary>
    internal int Width { get; }

    /// <summary>Writes the field of rank <paramref name="rank"/> and its separator at the start of <paramref name="into"/>; returns their length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CopyTo(int rank, Span<byte> into)
    {
        // A constant length lets the JIT copy without a call; almost every column fits 16 or 32 bytes.
        switch (Width)
        {
            case 16:
                _slots.AsSpan(rank * 16, 16).CopyTo(into);
                break;
            case 32:
                _slots.AsSpan(rank * 32, 32).CopyTo(into);
                break;
            default:
                _slots.AsSpan(rank * Width, Width).CopyTo(into);
                break;
        }

        return _lengths[rank];
    }
}
