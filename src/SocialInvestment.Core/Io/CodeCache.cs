using System.Buffers.Binary;
using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// The strings of a column with few distinct values (benefit codes, outcome codes), each made once: a field is matched
/// by its UTF-8 bytes against the values seen, so ten million rows make a handful of strings.
/// </summary>
internal sealed class CodeCache
{
    /// <summary>The most distinct values kept; the index of a value kept is below it.</summary>
    internal const int MostKept = 256;

    // Each value's length and first bytes as one number (compared first: most values seen differ there), its bytes, its text.
    private readonly ulong[] _heads = new ulong[MostKept];
    private readonly byte[][] _bytes = new byte[MostKept][];
    private readonly string[] _texts = new string[MostKept];
    private int _count;

    /// <summary>The field's text: a string seen before where the bytes match, else a new one (kept for next time).</summary>
    internal string Get(ReadOnlySpan<byte> utf8) => Get(utf8, out _);

    /// <summary>
    /// As <see cref="Get(ReadOnlySpan{byte})"/>; <paramref name="index"/> numbers the distinct values kept in the order
    /// first seen (below <see cref="MostKept"/>), so that what a caller works out from a value is kept by its number, or is
    /// −1 for a value not kept.
    /// </summary>
    internal string Get(ReadOnlySpan<byte> utf8, out int index)
    {
        ulong head = Head(utf8);
        for (int i = 0; i < _count; i++)
        {
            if (_heads[i] == head && (utf8.Length <= 7 || utf8.SequenceEqual(_bytes[i])))
            {
                index = i;
                return _texts[i];
            }
        }

        string made = Encoding.UTF8.GetString(utf8);
        index = -1;
        if (_count < MostKept)
        {
            _heads[_count] = head;
            _bytes[_count] = utf8.ToArray();
            index = _count;
            _texts[_count++] = made;
        }

        return made;
    }

    /// <summary>The length (at most 255) in the top byte, the first 7 bytes below it: equal for equal fields, and for fields of up to 7 bytes only for them.</summary>
    private static ulong Head(ReadOnlySpan<byte> utf8)
    {
        ulong head = (ulong)Math.Min(utf8.Length, 255) << 56;

        // Most codes are longer than 7 bytes: their first 7 in one read instead of a byte at a time.
        if (utf8.Length >= 8)
        {
            return head | (BinaryPrimitives.ReadUInt64LittleEndian(utf8) & 0x00FF_FFFF_FFFF_FFFFUL);
        }

        for (int i = 0; i < utf8.Length; i++)
        {
            head |= (ulong)utf8[i] << (8 * i);
        }

        return head;
    }
}
