namespace SocialInvestment;

/// <summary>
/// The 5th, 50th and 95th percentiles of an amount over a projection's runs (docs/simulation.md, "Percentiles"). Each is
/// one run's amount: the ⌈n·p⌉-th smallest of the n runs (Hyndman and Fan's definition 1, the inverse of the empirical
/// distribution function; MathNet's <c>QuantileDefinition.R1</c>), so it is exact to the øre and at least a share p of the
/// runs are at or below it.
/// </summary>
public sealed class PercentileBand
{
    private PercentileBand(Money p5, Money p50, Money p95)
    {
        P5 = p5;
        P50 = p50;
        P95 = p95;
    }

    /// <summary>The 5th percentile: at least 5 % of the runs are at or below it.</summary>
    public Money P5 { get; }

    /// <summary>The median (50th percentile): at least half the runs are at or below it.</summary>
    public Money P50 { get; }

    /// <summary>The 95th percentile: at least 95 % of the runs are at or below it.</summary>
    public Money P95 { get; }

    /// <summary>The band of <paramref name="cents"/> (one amount in øre per run, at least one run), which it sorts.</summary>
    internal static PercentileBand Of(long[] cents)
    {
        Array.Sort(cents);
        return new PercentileBand(Percentile(cents, 5), Percentile(cents, 50), Percentile(cents, 95));
    }

    /// <summary>The <paramref name="percent"/>-th percentile of <paramref name="sorted"/>: its ⌈n·percent/100⌉-th element, the first where n·percent/100 is 0.</summary>
    internal static Money Percentile(long[] sorted, int percent)
    {
        long rank = Math.Max(1, ((sorted.LongLength * percent) + 99) / 100);
        return Money.FromCents(sorted[rank - 1]);
    }
}
