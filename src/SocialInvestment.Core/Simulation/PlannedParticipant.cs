using NodaTime;

namespace SocialInvestment;

/// <summary>
/// One person of a planned cohort given person by person (docs/simulation.md, "A planned cohort"): when they start, their
/// weeks on support before it (the count c₀ of SPEC-DK DK5) and their own monthly cost (DK4).
/// </summary>
public sealed class PlannedParticipant
{
    /// <summary>A planned person.</summary>
    /// <param name="month">The calendar month they start in.</param>
    /// <param name="supportWeeksBefore">
    /// c₀: consecutive ISO weeks on support just before the week of their start, 0 to <see cref="MunicipalShare.MaxWeeks"/>
    /// (the projection gives them exactly that history, so the count of DK5 at their start is this number).
    /// </param>
    /// <param name="monthlyCost">Their own monthly cost in the prices of the contract's <c>monthly_cost.base_year</c> (≥ 0); null for the contract's.</param>
    /// <param name="municipality">The municipality that pays for them (DK7); null for none.</param>
    /// <param name="start">Their start day, in <paramref name="month"/>; null to spread the month's starts evenly over it as an intake does.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="supportWeeksBefore"/> is out of range, <paramref name="monthlyCost"/> is negative, <paramref name="municipality"/>
    /// is empty, or <paramref name="start"/> is not in <paramref name="month"/>.
    /// </exception>
    public PlannedParticipant(YearMonth month, int supportWeeksBefore, decimal? monthlyCost = null, string? municipality = null, LocalDate? start = null)
    {
        Preconditions.CheckArgumentRange(nameof(supportWeeksBefore), supportWeeksBefore, 0, MunicipalShare.MaxWeeks);
        Preconditions.CheckArgument(monthlyCost is null or >= 0m, nameof(monthlyCost), "A monthly cost is at least 0.");
        Preconditions.CheckArgument(municipality is null || municipality.Length > 0, nameof(municipality), "A municipality is null or a non-empty text.");
        Preconditions.CheckArgument(start is null || start.Value.ToYearMonth() == month, nameof(start), "The start day lies in the start month.");
        Month = month;
        SupportWeeksBefore = supportWeeksBefore;
        MonthlyCost = monthlyCost;
        Municipality = municipality;
        Start = start;
    }

    /// <summary>The calendar month they start in.</summary>
    public YearMonth Month { get; }

    /// <summary>c₀: their weeks on support just before the ISO week of their start.</summary>
    public int SupportWeeksBefore { get; }

    /// <summary>Their own monthly cost (base-year prices), or null for the contract's.</summary>
    public decimal? MonthlyCost { get; }

    /// <summary>The municipality that pays for them, or null.</summary>
    public string? Municipality { get; }

    /// <summary>Their start day, or null for a day spread over the month.</summary>
    public LocalDate? Start { get; }
}
