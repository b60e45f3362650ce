using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SocialInvestment.Io;

/// <summary>
/// The degrees of a column that repeats a few values row after row (<c>1</c>, <c>0,5</c>, <c>0,75</c>), each parsed
/// once: a short field is matched by its bytes against the values seen. Parsing a decimal and checking it against 0 and 1
/// for each of ten million rows was a tenth of reading spells.csv.
/// </summary>
internal sealed class DegreeCache
{
    private const int MostKept = 16;

    // A field of up to 7 bytes as one number: its bytes, and its length in the top byte.
    private const int MostBytes = FieldKey.HeadBytes;

    // Twice as many slots as values, so that a value is mostly found in its own slot; a key of 0 is a free slot (a
    // field kept has a length).
    private const int SlotBits = 5;

    private readonly ulong[] _keys = new ulong[1 << SlotBits];
    private readonly decimal[] _values = new decimal[1 << SlotBits];
    private int _count;

    /// <summary>
    /// The value of the degree in <paramref name="utf8"/> (<see cref="Degree.Value"/>, to its last decimal) where it is a
    /// plain decimal that <see cref="TextValues.TryParseDecimal(ReadOnlySpan{byte}, out decimal)"/> reads, in (0, 1];
    /// false where it is anything else (the caller then decides and explains).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGet(ReadOnlySpan<byte> utf8, out decimal value)
    {
        if (utf8.Length is > 0 and <= MostBytes)
        {
            // The slot is below 1 << SlotBits, within the tables.
            ulong key = FieldKey.Head(utf8);
            int slot = SlotOf(key);
            if (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_keys), slot) == key)
            {
                value = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), slot);
                return true;
            }
        }

        return Find(utf8, out value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ulong key) => unchecked((int)((key * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits)));

    private bool Find(ReadOnlySpan<byte> utf8, out decimal value)
    {
        if (utf8.Length > MostBytes || utf8.IsEmpty)
        {
            return TryParse(utf8, out value);
        }

        ulong key = FieldKey.Head(utf8);
        int mask = _keys.Length - 1;
        int slot = SlotOf(key);
        for (ulong kept; (kept = _keys[slot]) != 0; slot = (slot + 1) & mask)
        {
            if (kept == key)
            {
                value = _values[slot];
                return true;
            }
        }

        if (!TryParse(utf8, out value))
        {
            return false;
        }

        if (_count < MostKept)
        {
            _keys[slot] = key;
            _values[slot] = value;
            _count++;
        }

        return true;
    }

    private static bool TryParse(ReadOnlySpan<byte> utf8, out decimal value)
    {
        if (TextValues.TryParseDecimal(utf8, out decimal parsed) && Degree.IsValid(parsed))
        {
            value = Degree.FromDecimal(parsed).Value;
            return true;
        }

        value = 0m;
        return false;
    }
}
