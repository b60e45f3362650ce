using NodaTime;
using NodaTime.Calendars;

namespace SocialInvestment.Io;

/// <summary>
/// The ISO weeks of a weeks file (SPEC-DK DK1): the names of a wide file's <c>y_YYWW</c> and <c>grad_YYYY_MM</c> columns,
/// and a long file's <c>week</c> cells. Weeks run Monday to Sunday; week 1 of a week-numbering year holds its first
/// Thursday (ISO 8601, <see cref="WeekYearRules.Iso"/>). A week is held as its Monday, or as a week number: the days from
/// 0001-01-01 (a Monday) to its Monday, divided by 7.
/// </summary>
internal static class IsoWeekText
{
    /// <summary>What a long file's <c>week</c> cell expects, for messages.</summary>
    internal const string WeekForms = "a week yyyy-Www, yyyyWww or yyyyww (2026-W05, 2026W05, 202605) or a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy";

    /// <summary>The last Monday whose week ends by 9999-12-31, the last date held (a Friday: its week ends in year 10000).</summary>
    internal static readonly LocalDate LastMonday = MondayOf(new LocalDate(9999, 12, 31).PlusDays(-6));

    /// <summary>The result of reading a <c>week</c> cell.</summary>
    internal enum Cell
    {
        /// <summary>A week that exists.</summary>
        Week,

        /// <summary>None of the forms.</summary>
        Malformed,

        /// <summary>A week form whose week number the year does not have (week 00, week 53 of a 52-week year).</summary>
        NoSuchWeek,

        /// <summary>A week that ends after 9999-12-31.</summary>
        TooLate,
    }

    /// <summary>The ISO weeks of a week-numbering year: 52 or 53.</summary>
    internal static int WeeksIn(int weekYear) => WeekYearRules.Iso.GetWeeksInWeekYear(weekYear);

    /// <summary>The week number of a Monday.</summary>
    internal static int Number(LocalDate monday) => monday.ToDateOnly().DayNumber / 7;

    /// <summary>The Monday of a week number.</summary>
    internal static LocalDate MondayOf(int number) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(number * 7));

    /// <summary>The Monday of the ISO week that holds <paramref name="date"/>.</summary>
    internal static LocalDate MondayOf(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);

    /// <summary>The week as <c>2026-W05</c>, for messages.</summary>
    internal static string Format(LocalDate monday) =>
        $"{WeekYearRules.Iso.GetWeekYear(monday):0000}-W{WeekYearRules.Iso.GetWeekOfWeekYear(monday):00}";

    /// <summary>The name of a wide file's column of the week of <paramref name="monday"/>: <c>y_2605</c>.</summary>
    internal static string ColumnName(LocalDate monday) =>
        $"y_{WeekYearRules.Iso.GetWeekYear(monday) % 100:00}{WeekYearRules.Iso.GetWeekOfWeekYear(monday):00}";

    /// <summary>
    /// Whether a header name, as <see cref="CsvColumn.Normalize"/> gives it, is <c>y_YYWW</c>; if so the week-numbering
    /// year (20YY where YY &lt; 90, else 19YY) and the week number as written, which may not exist.
    /// </summary>
    internal static bool IsWeekColumn(string normalized, out int weekYear, out int week)
    {
        weekYear = 0;
        week = 0;
        if (normalized.Length != 6 || !normalized.StartsWith("y_", StringComparison.Ordinal) || !AllDigits(normalized.AsSpan(2)))
        {
            return false;
        }

        int yy = Digits(normalized.AsSpan(2, 2));
        weekYear = yy < 90 ? 2000 + yy : 1900 + yy;
        week = Digits(normalized.AsSpan(4, 2));
        return true;
    }

    /// <summary>
    /// Whether a header name, as <see cref="CsvColumn.Normalize"/> gives it, is <c>grad_YYYY_MM</c>; if so the year and
    /// month as written, which may not be a month.
    /// </summary>
    internal static bool IsRateColumn(string normalized, out int year, out int month)
    {
        year = 0;
        month = 0;
        if (normalized.Length != 12 || !normalized.StartsWith("grad_", StringComparison.Ordinal) || normalized[9] != '_'
            || !AllDigits(normalized.AsSpan(5, 4)) || !AllDigits(normalized.AsSpan(10, 2)))
        {
            return false;
        }

        year = Digits(normalized.AsSpan(5, 4));
        month = Digits(normalized.AsSpan(10, 2));
        return true;
    }

    /// <summary>
    /// Reads a long file's <c>week</c> cell, already trimmed: <c>yyyy-Www</c>, <c>yyyyWww</c> or <c>yyyyww</c> (<c>yyyy</c>
    /// the ISO week-numbering year, <c>W</c> either case), or a date in a form of SPEC §2, meaning the ISO week that holds
    /// it. <paramref name="weekYear"/> and <paramref name="week"/> are the numbers written where the cell is a week form.
    /// A date is read here only the quick way (<see cref="TextValues.TryParseDate(ReadOnlySpan{byte}, out LocalDate)"/>);
    /// where that fails the caller asks the string form before calling the cell malformed.
    /// </summary>
    internal static Cell ReadCell(ReadOnlySpan<byte> utf8, out LocalDate monday, out int weekYear, out int week)
    {
        monday = default;
        weekYear = 0;
        week = 0;
        if (TextValues.TryParseDate(utf8, out LocalDate date))
        {
            monday = MondayOf(date);
            return monday > LastMonday ? Cell.TooLate : Cell.Week;
        }

        int at = utf8.Length switch
        {
            6 => 4,
            7 when utf8[4] is (byte)'W' or (byte)'w' => 5,
            8 when utf8[4] == (byte)'-' && utf8[5] is (byte)'W' or (byte)'w' => 6,
            _ => -1,
        };
        if (at < 0 || !AllDigits(utf8[..4]) || !AllDigits(utf8[at..]) || utf8.Length - at != 2)
        {
            return Cell.Malformed;
        }

        weekYear = Digits(utf8[..4]);
        week = Digits(utf8[at..]);
        if (weekYear < 1 || week < 1 || week > WeeksIn(weekYear))
        {
            return Cell.NoSuchWeek;
        }

        monday = LocalDate.FromWeekYearWeekAndDay(weekYear, week, IsoDayOfWeek.Monday);
        return monday > LastMonday ? Cell.TooLate : Cell.Week;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllDigits(ReadOnlySpan<byte> utf8)
    {
        foreach (byte b in utf8)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static int Digits(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        foreach (byte b in digits)
        {
            value = (value * 10) + (b - '0');
        }

        return value;
    }
}
