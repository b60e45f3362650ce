using NodaTime;

namespace SocialInvestment;

/// <summary>
/// One calendar month of a participant's saving (SPEC §7): <c>D</c> = Σ (1 − s(d)) over the window days of the month
/// that are on or before <c>as_of</c>, with the month's rate and length.
/// </summary>
internal readonly record struct MonthlySaving(YearMonth Month, decimal SelfSupportedDays, Money Rate)
{
    internal LocalDate LastDay => Month.OnDayOfMonth(Month.Calendar.GetDaysInMonth(Month.Year, Month.Month));

    internal int DaysInMonth => Month.Calendar.GetDaysInMonth(Month.Year, Month.Month);

    /// <summary><c>round(share × (1 − deadweight) × rate × D / days_in_month)</c>: divide last, round once.</summary>
    internal Money Share(decimal share, decimal deadweight) =>
        Fraction.Of([share, 1m - deadweight, Rate.Amount, SelfSupportedDays], DaysInMonth).RoundToMoney();

    /// <summary><c>rate × D / days_in_month</c>, exact.</summary>
    internal Fraction Gross => Fraction.Of([Rate.Amount, SelfSupportedDays], DaysInMonth);
}
