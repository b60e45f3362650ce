using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// The strings of a column with few distinct values (benefit codes), each made once: a field is found by its UTF-8 bytes
/// among the values seen, in a small hash table keyed by the bytes themselves, so ten million rows make a handful of
/// strings and each row costs a probe, made inline where the value is in its own slot.
/// </summary>
internal sealed class CodeCache
{
    /// <summary>The most distinct values kept; the index of a value kept is below it.</summary>
    internal const int MostKept = 256;

    // Twice as many slots as values, so that probes stay short.
    private const int SlotBits = 9;

    // A value of up to this many bytes is told apart by its key alone; a longer one is compared whole.
    private const int KeyedBytes = 23;

    private readonly Entry[] _slots = new Entry[1 << SlotBits];
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal string Get(ReadOnlySpan<byte> utf8, out int index)
    {
        var key = Key.Of(utf8);

        // The slot is below 1 << SlotBits, within the table.
        ref Entry entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), key.Slot);
        if (entry.Key == key && entry.Index > 0 && utf8.Length <= KeyedBytes)
        {
            index = entry.Index - 1;
            return _texts[index];
        }

        return Find(utf8, key, out index);
    }

    private string Find(ReadOnlySpan<byte> utf8, Key key, out int index)
    {
        int mask = _slots.Length - 1;
        int slot = key.Slot;
        for (Entry entry; (entry = _slots[slot]).Index != 0; slot = (slot + 1) & mask)
        {
            if (entry.Key == key && (utf8.Length <= KeyedBytes || utf8.SequenceEqual(_bytes[entry.Index - 1])))
            {
                index = entry.Index - 1;
                return _texts[index];
            }
        }

        string made = Encoding.UTF8.GetString(utf8);
        index = -1;
        if (_count < MostKept)
        {
            index = _count++;
            _bytes[index] = utf8.ToArray();
            _texts[index] = made;
            _slots[slot] = new Entry(key, index + 1);
        }

        return made;
    }

    /// <summary>
    /// A field's <see cref="FieldKey.Head"/> (its length and bytes 0-6), bytes 7-14 and its last 8 bytes: all the bytes
    /// of a field of up to <see cref="KeyedBytes"/>.
    /// </summary>
    private readonly record struct Key(ulong Head, ulong Middle, ulong Tail)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Key Of(ReadOnlySpan<byte> utf8) => new(
            FieldKey.Head(utf8),
            utf8.Length >= 15 ? MemoryMarshal.Read<ulong>(utf8[7..]) : 0UL,
            utf8.Length >= 8 ? FieldKey.Tail(utf8) : 0UL);

        internal int Slot
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => unchecked((int)(((Head ^ (Middle * 31) ^ (Tail * 961)) * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits)));
        }
    }

    /// <summary>A slot: a value's key and its index + 1 (0: a free slot).</summary>
    private readonly record struct Entry(Key Key, int Index);
}
