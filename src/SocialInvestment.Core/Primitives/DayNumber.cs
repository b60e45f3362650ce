using NodaTime;

namespace SocialInvestment;

/// <summary>Dates as consecutive integers (days since 0001-01-01), so that interval arithmetic on hot paths is integer arithmetic.</summary>
internal static class DayNumber
{
    internal static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    internal static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
