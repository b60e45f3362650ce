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
        CopySlot(_slots.AsSpan(rank * Width, Width), into);
        return _lengths[rank];
    }

    /// <summary>
    /// Copies <paramref name="slot"/> (a multiple of 16 bytes) to the start of <paramref name="into"/>: a constant length
    /// lets the JIT copy without a call, and almost every slot is 16 to 64 bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CopySlot(ReadOnlySpan<byte> slot, Span<byte> into)
    {
        switch (slot.Length)
        {
            case 16:
                slot[..16].CopyTo(into);
                break;
            case 32:
                slot[..32].CopyTo(into);
                break;
            case 48:
                slot[..48].CopyTo(into);
                break;
            case 64:
                slot[..64].CopyTo(into);
                break;
            default:
                slot.CopyTo(into);
                break;
        }
    }
}
