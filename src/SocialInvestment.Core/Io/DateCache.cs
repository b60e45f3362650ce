using System.Runtime.InteropServices;
using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// The dates of a file's date columns, each parsed once: a 10-byte field is looked up by its bytes in a small table of
/// the dates seen (a spells file of ten million rows has a few thousand distinct dates). Parsing and checking the day,
/// month and year, and NodaTime's own checks, for each of twenty million fields was a tenth of reading spells.csv.
/// </summary>
internal sealed class DateCache
{
    private const int Bits = 12;

    // Slot k holds a date whose field's first 8 bytes are _heads[k] and last 2 are _tails[k]; a head of 0 is no date
    // (a date's text starts with a digit).
    private readonly ulong[] _heads = new ulong[1 << Bits];
    private readonly ushort[] _tails = new ushort[1 << Bits];
    private readonly LocalDate[] _dates = new LocalDate[1 << Bits];

    /// <summary>
    /// The date in <paramref name="utf8"/> where <see cref="TextValues.TryParseDate(ReadOnlySpan{byte}, out LocalDate)"/>
    /// reads one; false where it does not (the string form then decides and explains).
    /// </summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        if (utf8.Length != 10)
        {
            date = default;
            return false;
        }

        ulong head = MemoryMarshal.Read<ulong>(utf8);
        ushort tail = MemoryMarshal.Read<ushort>(utf8[8..]);
        int slot = (int)unchecked(((head ^ ((ulong)tail << 48)) * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
        if (head != 0 && _heads[slot] == head && _tails[slot] == tail)
        {
            date = _dates[slot];
            return true;
        }

        if (!TextValues.TryParseDate(utf8, out date))
        {
            return false;
        }

        _heads[slot] = head;
        _tails[slot] = tail;
        _dates[slot] = date;
        return true;
    }
}
