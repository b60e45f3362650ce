using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// The dates of a file's date columns, their months each parsed once: a 10-byte field is split into its day's two digits
/// and the eight bytes of its month and year with their separators (<c>-MM-yyyy</c>, <c>.MM.yyyy</c> or <c>yyyy-MM-</c>),
/// which are looked up in a small table of the months seen. A spells file of ten million rows has a few hundred
/// distinct months: their table stays in the processor's nearest cache, where a table of its thousands of dates did not.
/// </summary>
/// <remarks>
/// A month is kept only once <see cref="TextValues.TryParseDate(ReadOnlySpan{byte}, out LocalDate)"/> has read a date of
/// it in that form, so its bytes are a real year and month with their separators in their places; a field found so is
/// that rule's date wherever its day is two digits from 1 to the month's last day, and anything else is read by the rule.
/// </remarks>
internal sealed class DateCache
{
    private const int SlotBits = 10;

    // Months kept at most (half the slots, so that probes stay short): 42 years; dates of months past them are parsed.
    private const int MostKept = 1 << (SlotBits - 1);

    // A key of 0 is a free slot (a month's key holds its separators).
    private readonly Month[] _months = new Month[1 << SlotBits];
    private int _count;

    /// <summary>
    /// The date in <paramref name="utf8"/> where <see cref="TextValues.TryParseDate(ReadOnlySpan{byte}, out LocalDate)"/>
    /// reads one; false where it does not (the string form then decides and explains).
    /// </summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        if (TryFind(utf8, out Month month, out int day))
        {
            date = new LocalDate(month.Year, month.Number, day);
            return true;
        }

        if (!TextValues.TryParseDate(utf8, out date))
        {
            return false;
        }

        Keep(utf8, date);
        return true;
    }

    /// <summary>
    /// As <see cref="TryGet(ReadOnlySpan{byte}, out LocalDate)"/>, the date as its day number (<see cref="BulkAccess.DayNumberOf"/>).
    /// A date of a month in its own slot, as most are, is found inline, without a call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetDay(ReadOnlySpan<byte> utf8, out int day)
    {
        if (TryFind(utf8, out Month month, out int dayOfMonth))
        {
            day = month.First + dayOfMonth - 1;
            return true;
        }

        return TryGetDayOfText(utf8, out day);
    }

    private bool TryGetDayOfText(ReadOnlySpan<byte> utf8, out int day)
    {
        if (!TextValues.TryParseDate(utf8, out LocalDate date))
        {
            day = 0;
            return false;
        }

        Keep(utf8, date);
        day = BulkAccess.DayNumberOf(date);
        return true;
    }

    /// <summary>The month of <paramref name="utf8"/> where it is kept, and the day where it is two digits within the month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryFind(ReadOnlySpan<byte> utf8, out Month month, out int day)
    {
        unchecked
        {
            if (utf8.Length == 10)
            {
                KeyOf(utf8, out ulong key, out byte tens, out byte ones);
                int mask = _months.Length - 1;
                for (int slot = SlotOf(key); (month = _months[slot]).Key != 0; slot = (slot + 1) & mask)
                {
                    if (month.Key == key)
                    {
                        day = ((tens - '0') * 10) + ones - '0';

                        // Two digits: tens and ones below 10 as unsigned; the day from 1 to the month's last.
                        return (uint)(tens - '0') <= 9 && (uint)(ones - '0') <= 9 && day >= 1 && day <= month.Days;
                    }
                }
            }

            month = default;
            day = 0;
            return false;
        }
    }

    /// <summary>Keeps the month of <paramref name="date"/>, just read from <paramref name="utf8"/>, for its form.</summary>
    private void Keep(ReadOnlySpan<byte> utf8, LocalDate date)
    {
        if (_count >= MostKept)
        {
            return;
        }

        KeyOf(utf8, out ulong key, out _, out _);
        int mask = _months.Length - 1;
        int slot = SlotOf(key);
        while (_months[slot].Key != 0)
        {
            if (_months[slot].Key == key)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }

        LocalDate first = date.With(DateAdjusters.StartOfMonth);
        _months[slot] = new Month(key, BulkAccess.DayNumberOf(first), (short)date.Year, (byte)date.Month, (byte)date.Calendar.GetDaysInMonth(date.Year, date.Month));
        _count++;
    }

    /// <summary>
    /// The eight bytes of a 10-byte field other than its day's two, as one number, and the day's digits: <c>yyyy-MM-</c>
    /// where the field is in the ISO form (a hyphen at 4 and 7, as <see cref="TextValues.TryParseDate(ReadOnlySpan{byte}, out LocalDate)"/>
    /// tells the forms apart), else its bytes 2-9.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void KeyOf(ReadOnlySpan<byte> utf8, out ulong key, out byte tens, out byte ones)
    {
        ulong head = MemoryMarshal.Read<ulong>(utf8);
        ushort tail = MemoryMarshal.Read<ushort>(utf8[8..]);
        if (utf8[4] == (byte)'-' && utf8[7] == (byte)'-')
        {
            key = head;
            tens = utf8[8];
            ones = utf8[9];
        }
        else
        {
            key = (head >> 16) | ((ulong)tail << 48);
            tens = utf8[0];
            ones = utf8[1];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ulong key) => unchecked((int)((key * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits)));

    /// <summary>A month kept: its key, the day number of its first day, its year, number and days.</summary>
    private readonly record struct Month(ulong Key, int First, short Year, byte Number, byte Days);
}
