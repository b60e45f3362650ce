using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Design;

/// <summary>A candidate's measures over its runs, against hand-computed values and the projection's own percentiles.</summary>
public sealed class DesignMeasuresTests
{
    [Fact]
    public void Twenty_runs_give_the_percentiles_mean_and_probability_by_hand()
    {
        // Net savings −5,000, −4,000, …, 14,000 (in thousands −5 … 14); payments 1,000 × run; the IRR 0.01 × run but no IRR
        // in runs 0 and 1; the multiple 0.1 × run, none in run 0.
        DesignRun[] runs = Enumerable.Range(0, 20)
            .Select(r => new DesignRun(
                Money.FromAmount((r - 5) * 1000m),
                Money.FromAmount(r * 1000m),
                r < 2 ? null : r * 0.01,
                r == 0 ? null : r * 0.1m))
            .Reverse()
            .ToArray();

        DesignMeasures measures = DesignMeasures.Of(runs);

        // R-1 over 20 runs: the 5th percentile is the 1st smallest, the median the 10th, the 95th the 19th.
        Assert.Equal(-5000m, measures[DesignMeasure.PayerNetSavingP5]);
        Assert.Equal(4000m, measures[DesignMeasure.PayerNetSavingP50]);
        Assert.Equal(13000m, measures[DesignMeasure.PayerNetSavingP95]);
        Assert.Equal(4500m, measures[DesignMeasure.PayerNetSavingMean]);
        Assert.Equal(14m / 20m, measures[DesignMeasure.PayerNetSavingPositiveProbability]);
        Assert.Null(measures[DesignMeasure.InvestorIrrP5]);
        Assert.Equal(0.09m, measures[DesignMeasure.InvestorIrrP50]);
        Assert.Equal(0.18m, measures[DesignMeasure.InvestorIrrP95]);
        Assert.Null(measures[DesignMeasure.InvestorMoneyMultipleP5]);
        Assert.Equal(0.9m, measures[DesignMeasure.InvestorMoneyMultipleP50]);
        Assert.Equal(18000m, measures[DesignMeasure.TotalPaymentsP95]);
    }

    [Fact]
    public void The_mean_is_rounded_half_away_from_zero_to_the_ore()
    {
        DesignRun Run(decimal net) => new(Money.FromAmount(net), Money.Zero, 0.1, 1m);

        Assert.Equal(0.02m, DesignMeasures.Of([Run(0.01m), Run(0.02m)])[DesignMeasure.PayerNetSavingMean]);
        Assert.Equal(-0.02m, DesignMeasures.Of([Run(-0.01m), Run(-0.02m)])[DesignMeasure.PayerNetSavingMean]);
        Assert.Equal(0.01m, DesignMeasures.Of([Run(0.01m), Run(0.01m), Run(0.02m)])[DesignMeasure.PayerNetSavingMean]);
    }

    [Fact]
    public void An_irr_is_taken_to_ten_decimals_as_economics_json_writes_it()
    {
        Assert.Equal(0.3733625350m, DesignMeasures.Of([new DesignRun(Money.Zero, Money.Zero, 0.373362534963, null)])[DesignMeasure.InvestorIrrP50]);
        Assert.Throws<ArgumentException>(() => DesignMeasures.Of([]));
    }

    [Property(MaxTest = 500)]
    public Property Money_percentiles_are_the_projections_own() => Prop.ForAll(
        Gen.Choose(-1_000_000, 1_000_000).ArrayOf().Where(a => a.Length > 0).ToArbitrary(),
        cents =>
        {
            DesignRun[] runs = cents.Select(c => new DesignRun(Money.FromAmount(c / 100m), Money.FromAmount(Math.Abs(c) / 100m), c, c)).ToArray();

            DesignMeasures measures = DesignMeasures.Of(runs);

            PercentileBand net = PercentileBand.Of(cents.Select(c => (long)c).ToArray());
            Assert.Equal([net.P5.Amount, net.P50.Amount, net.P95.Amount], [measures[DesignMeasure.PayerNetSavingP5], measures[DesignMeasure.PayerNetSavingP50], measures[DesignMeasure.PayerNetSavingP95]]);
            PercentileBand asIrr = PercentileBand.Of(cents.Select(c => (long)c).ToArray());
            Assert.Equal([asIrr.P5.Amount * 100m, asIrr.P50.Amount * 100m, asIrr.P95.Amount * 100m], [measures[DesignMeasure.InvestorMoneyMultipleP5], measures[DesignMeasure.InvestorMoneyMultipleP50], measures[DesignMeasure.InvestorMoneyMultipleP95]]);
        });
}
