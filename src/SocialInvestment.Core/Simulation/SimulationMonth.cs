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
}
