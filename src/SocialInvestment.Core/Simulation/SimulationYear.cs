namespace SocialInvestment;

/// <summary>
/// One calendar year of a projection (its months within the projection): the percentile bands of each run's sum over the
/// year's months, which a budget for the year needs (the sum of the months' percentiles is not a percentile of the year).
/// </summary>
public sealed class SimulationYear
{
    internal SimulationYear(int year, PercentileBand payments, PercentileBand savings)
    {
        Year = year;
        Payments = payments;
        Savings = savings;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The payable of the lines dated in the year's projected months, over the runs.</summary>
    public PercentileBand Payments { get; }

    /// <summary>The cohort's gross saving in the year's projected months, over the runs.</summary>
    public PercentileBand Savings { get; }

    /// <summary>
    /// The municipality's part of the saving in the year's projected months (SPEC-DK DK5, parted by month as the gross saving is), over the
    /// runs; null where the contract has no <c>municipal_share</c>.
    /// </summary>
    public PercentileBand? MunicipalSavings { get; internal init; }

    /// <summary>
    /// The state's part: each run's gross saving less its municipal saving, over the runs (not the gross band less the
    /// municipal one); null where the contract has no <c>municipal_share</c>.
    /// </summary>
    public PercentileBand? StateSavings { get; internal init; }
}
