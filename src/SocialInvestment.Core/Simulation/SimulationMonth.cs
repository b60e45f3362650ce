using NodaTime;

namespace SocialInvestment;

/// <summary>One calendar month of a projection: the percentile bands of what is payable and of the gross saving in it.</summary>
public sealed class SimulationMonth
{
    internal SimulationMonth(YearMonth month, PercentileBand payments, PercentileBand savings)
    {
        Month = month;
        Payments = payments;
        Savings = savings;
    }

    /// <summary>The calendar month.</summary>
    public YearMonth Month { get; }

    /// <summary>The payable of the lines dated in the month (after caps), in the contract's currency, over the runs.</summary>
    public PercentileBand Payments { get; }

    /// <summary>The cohort's gross saving in the month (SPEC §8, parted by month by running totals), over the runs.</summary>
    public PercentileBand Savings { get; }

    /// <summary>
    /// The municipality's part of the saving in the month (SPEC-DK DK5, parted by month as the gross saving is), over the
    /// runs; null where the contract has no <c>municipal_share</c>.
    /// </summary>
    public PercentileBand? MunicipalSavings { get; internal init; }

    /// <summary>
    /// The state's part: each run's gross saving less its municipal saving, over the runs (not the gross band less the
    /// municipal one); null where the contract has no <c>municipal_share</c>.
    /// </summary>
    public PercentileBand? StateSavings { get; internal init; }
}
