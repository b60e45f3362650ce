using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Statistics;

namespace SocialInvestment.Tests.Simulation;

/// <summary>
/// The percentiles of a projection's runs: the ⌈n·p⌉-th smallest run (Hyndman and Fan's definition 1, MathNet's
/// <c>QuantileDefinition.R1</c>), an observed amount, exact to the øre.
/// </summary>
public sealed class PercentileBandTests
{
    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(3, 1, 2, 3)] // ⌈0.15⌉, ⌈1.5⌉, ⌈2.85⌉
    [InlineData(20, 1, 10, 19)] // ⌈1⌉, ⌈10⌉, ⌈19⌉
    [InlineData(100, 5, 50, 95)]
    [InlineData(200, 10, 100, 190)]
    [InlineData(1000, 50, 500, 950)]
    [InlineData(1001, 51, 501, 951)] // ⌈50.05⌉, ⌈500.5⌉, ⌈950.95⌉
    public void The_pth_percentile_of_n_runs_is_the_ceiling_of_n_p_th_smallest(int n, int rank5, int rank50, int rank95)
    {
        // The runs' amounts are 1.00, 2.00, … n.00 in a shuffled order, so the k-th smallest is k.00.
        long[] cents = [.. Enumerable.Range(1, n).Select(k => k * 100L).Reverse()];

        PercentileBand band = PercentileBand.Of(cents);

        Assert.Equal((Money.FromAmount(rank5), Money.FromAmount(rank50), Money.FromAmount(rank95)), (band.P5, band.P50, band.P95));
    }

    [Fact]
    public void Agrees_with_MathNet_s_R1_definition_for_every_count_of_runs_up_to_2000()
    {
        for (int n = 1; n <= 2000; n++)
        {
            double[] data = [.. Enumerable.Range(1, n).Select(k => (double)k)];
            long[] cents = [.. Enumerable.Range(1, n).Select(k => (long)k)];
            foreach (int percent in (int[])[5, 50, 95])
            {
                double mathNet = SortedArrayStatistics.QuantileCustom(data, percent / 100.0, QuantileDefinition.R1);
                Assert.Equal((long)mathNet, PercentileBand.Percentile(cents, percent).Cents);
            }
        }
    }

    [Property(MaxTest = 300)]
    public Property Each_percentile_is_an_observed_run_and_at_least_that_share_of_runs_are_at_or_below_it() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).Select(c => (long)c).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), runs =>
        {
            long[] copy = [.. runs];
            PercentileBand band = PercentileBand.Of(copy);
            foreach ((Money value, int percent) in new[] { (band.P5, 5), (band.P50, 50), (band.P95, 95) })
            {
                Assert.Contains(value.Cents, runs);
                Assert.True(runs.Count(r => r <= value.Cents) * 100L >= (long)runs.Length * percent);
                Assert.True(runs.Count(r => r < value.Cents) * 100L < (long)runs.Length * percent);
            }

            Assert.True(band.P5 <= band.P50 && band.P50 <= band.P95);
        });
}
