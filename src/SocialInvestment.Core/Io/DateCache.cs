using System.Runtime.CompilerServices;
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

    // A date is kept in the first free slot of the few from its own on: with a slot each, the dates that share one
    // (a few in ten at spells.csv's thousands of dates) pushed each other out and were parsed again and again.
    private const int Probes = 4;

    // A head of 0 is a free slot (a date's text starts with a digit).
    private readonly Entry[] _entries = new Entry[(1 << Bits) + Probes];

    /// <summary>
    /// The date in <paramref name="utf8"/> where <see cref="TextValues.TryParseDate(ReadOnlySpan{byte}, out LocalDate)"/>
    /// reads one; false where it does not (the string form then decides and explains).
    /// </summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out LocalDate date) => TryGet(utf8, out date, out _);

    /// <summary>
    /// As <see cref="TryGet(ReadOnlySpan{byte}, out LocalDate)"/>, the date as its day number (<see cref="BulkAccess.DayNumberOf"/>).
    /// A date found in its own slot, as most are, is found inline, without a call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetDay(ReadOnlySpan<byte> utf8, out int day)
    {
        if (utf8.Length == 10)
        {
            ulong head = MemoryMarshal.Read<ulong>(utf8);
            ushort tail = MemoryMarshal.Read<ushort>(utf8[8..]);

            // The slot is below 1 << Bits, within the table.
            ref Entry entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), SlotOf(head, tail));
            if (entry.Head == head && entry.Tail == tail && head != 0)
            {
                day = entry.Day;
                return true;
            }
        }

        return TryGet(utf8, out _, out day);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ulong head, ushort tail) => (int)unchecked(((head ^ ((ulong)tail << 48)) * 0x9E3779B97F4A7C15UL) >> (64 - Bits));

    private bool TryGet(ReadOnlySpan<byte> utf8, out LocalDate date, out int day)
    {
        if (utf8.Length != 10)
        {
            date = default;
            day = 0;
            return false;
        }

        ulong head = MemoryMarshal.Read<ulong>(utf8);
        ushort tail = MemoryMarshal.Read<ushort>(utf8[8..]);
        int slot = SlotOf(head, tail);
        Entry[] entries = _entries;
        int free = -1;
        for (int k = slot; k < slot + Probes; k++)
        {
            ref Entry entry = ref entries[k];
            if (entry.Head == head && entry.Tail == tail && head != 0)
            {
                date = entry.Date;
                day = entry.Day;
                return true;
            }

            if (entry.Head == 0)
            {
                free = k;
                break;
            }
        }

        if (!TextValues.TryParseDate(utf8, out date))
        {
            day = 0;
            return false;
        }

        day = BulkAccess.DayNumberOf(date);
        entries[free >= 0 ? free : slot] = new Entry(head, tail, date, day);
        return true;
    }

    private readonly record struct Entry(ulong Head, ushort Tail, LocalDate Date, int Day);
}
