using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The calendar months of an extract as the ISO weeks that overlap them, and by how many days, for turning a person's
/// weekly shares of work into monthly employment rates. A month is cut to the extract's period.
/// </summary>
internal sealed class MonthWeeks
{
    private readonly int[] _starts;

    internal MonthWeeks(IReadOnlyList<YearMonth> months, LocalDate firstMonday, LocalDate lastSunday)
    {
        _starts = new int[months.Count + 1];
        Covered = new int[months.Count];
        var weeks = new List<int>();
        var days = new List<int>();
        for (int m = 0; m < months.Count; m++)
        {
            _starts[m] = weeks.Count;
            DateInterval month = months[m].ToDateInterval();
            LocalDate from = Later(month.Start, firstMonday);
            LocalDate to = Earlier(month.End, lastSunday);
            Covered[m] = Period.DaysBetween(from, to) + 1;
            for (int week = Period.DaysBetween(firstMonday, from) / 7; week <= Period.DaysBetween(firstMonday, to) / 7; week++)
            {
                LocalDate monday = firstMonday.PlusWeeks(week);
                weeks.Add(week);
                days.Add(Period.DaysBetween(Later(monday, from), Earlier(monday.PlusDays(6), to)) + 1);
            }
        }

        _starts[months.Count] = weeks.Count;
        Weeks = [.. weeks];
        Days = [.. days];
    }

    /// <summary>The week index of each overlap.</summary>
    internal int[] Weeks { get; }

    /// <summary>The days of each overlap.</summary>
    internal int[] Days { get; }

    /// <summary>Month by month, its days within the extract's period.</summary>
    internal int[] Covered { get; }

    /// <summary>The first overlap of month <paramref name="month"/>.</summary>
    internal int Start(int month) => _starts[month];

    /// <summary>One past the last overlap of month <paramref name="month"/>.</summary>
    internal int End(int month) => _starts[month + 1];

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;
}
