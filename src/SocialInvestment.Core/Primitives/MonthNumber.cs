using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Calendar months as consecutive integers (<c>year × 12 + month − 1</c>), so that stepping through a participant's months
/// on hot paths is integer arithmetic, as <see cref="DayNumber"/> is for days.
/// </summary>
internal static class MonthNumber
{
    internal static int Of(YearMonth month) => Of(month.Year, month.Month);

    internal static int Of(LocalDate date) => Of(date.Year, date.Month);

    /// <summary>The month holding the day <paramref name="dayNumber"/> (<see cref="DayNumber"/>), read off the BCL's date without making a <see cref="LocalDate"/>.</summary>
    internal static int OfDay(int dayNumber)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        return Of(date.Year, date.Month);
    }

    private static int Of(int year, int month) => (year * 12) + month - 1;

    internal static YearMonth ToYearMonth(int monthNumber) => new(YearOf(monthNumber), (monthNumber % 12) + 1);

    internal static int YearOf(int monthNumber) => monthNumber / 12;

    /// <summary>The number of days in the month (28 to 31), by the ISO calendar.</summary>
    internal static int DaysIn(int monthNumber) => DateTime.DaysInMonth(YearOf(monthNumber), (monthNumber % 12) + 1);
}
