namespace SocialInvestment;

/// <summary>
/// The R-1 percentile of <see cref="PercentileBand"/> (the ⌈n·p⌉-th smallest of n runs, the first where n·p is 0) over
/// figures that may be missing: a run without the figure (an IRR that does not exist) ranks below every run with one, so
/// a percentile that falls on such a run is missing too (docs/design.md, "Measures").
/// </summary>
internal static class DesignPercentile
{
    /// <summary>The <paramref name="percent"/>-th percentile of <paramref name="values"/> (at least one), which it sorts, missing values first.</summary>
    internal static decimal? Of(decimal?[] values, int percent)
    {
        Array.Sort(values, (a, b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => a.Value.CompareTo(b!.Value),
        });
        long rank = Math.Max(1, ((values.LongLength * percent) + 99) / 100);
        return values[rank - 1];
    }
}
