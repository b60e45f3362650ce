using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// The strings of a column with few distinct values (benefit codes), each made once: a field is found by its UTF-8 bytes
/// among the values seen, in a small hash table of their <see cref="FieldKey"/>s, so ten million rows make a handful of
/// strings and each row costs a probe or two.
/// </summary>
internal sealed class CodeCache
{
    /// <summary>The most distinct values kept; the index of a value kept is below it.</summary>
    internal const int MostKept = 256;

    // Twice as many slots as values, so that probes stay short; a slot holds a value's index + 1 (0: free).
    private const int SlotBits = 9;

    private readonly int[] _slots = new int[1 << SlotBits];
    private readonly ulong[] _heads = new ulong[MostKept];
    private readonly ulong[] _tails = new ulong[MostKept];
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
        ulong head = FieldKey.Head(utf8);
        ulong tail = utf8.Length >= 8 ? FieldKey.Tail(utf8) : 0UL;
        int mask = _slots.Length - 1;
        int slot = (int)unchecked(((head ^ (tail * 31)) * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
        for (int kept; (kept = _slots[slot]) != 0; slot = (slot + 1) & mask)
        {
            int i = kept - 1;

            // Head and tail hold every byte of a field of up to 15; a longer one is compared whole.
            if (_heads[i] == head && _tails[i] == tail && (utf8.Length <= 15 || utf8.SequenceEqual(_bytes[i])))
            {
                index = i;
                return _texts[i];
            }
        }

        string made = Encoding.UTF8.GetString(utf8);
        index = -1;
        if (_count < MostKept)
        {
            index = _count++;
            _heads[index] = head;
            _tails[index] = tail;
            _bytes[index] = utf8.ToArray();
            _texts[index] = made;
            _slots[slot] = index + 1;
        }

        return made;
    }
}
