namespace SocialInvestment.Tests.Evidence;

/// <summary>The statistics at their smallest inputs and what they say of bad ones: found by mutation testing of Evidence/.</summary>
public sealed class EvidenceEdgeTests
{
    [Fact]
    public void A_binomial_test_of_one_participant_is_exact()
    {
        // n = 1, p₀ = 0.5, k = 1: P(X ≥ 1) = 0.5; both outcomes are as likely as k, so the two-sided p is 1.
        BinomialTest test = BinomialTest.Against(1, 1, 0.5);

        Assert.Equal(0.5, test.GreaterP, 12);
        Assert.Equal(1.0, test.TwoSidedP, 12);
    }

    [Theory]
    [InlineData(0, 0, 0.5, "total", "A binomial test needs at least one participant.")]
    [InlineData(3, 2, 0.5, "met", "The number who met it is from 0 to the number of participants.")]
    [InlineData(-1, 2, 0.5, "met", "The number who met it is from 0 to the number of participants.")]
    [InlineData(1, 2, 1.5, "baselineRate", "A baseline rate is from 0 to 1.")]
    public void A_binomial_test_says_which_argument_is_out_of_range(int met, int total, double rate, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => BinomialTest.Against(met, total, rate));
        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, -1, "total", "A count of participants is at least 0.")]
    [InlineData(3, 2, "met", "The number who met it is from 0 to the number of participants.")]
    public void A_proportion_says_which_count_is_out_of_range(int met, int total, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Proportion.Of(met, total));
        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1234)]
    [InlineData(99_999)]
    public void A_Wilson_interval_ends_exactly_at_0_where_none_met_and_at_1_where_all_did(int total)
    {
        // Exact comparison: the formula's own value carries rounding dust at these ends.
        Assert.Equal(0.0, Proportion.Of(0, total).Interval!.Value.Lower);
        Assert.Equal(1.0, Proportion.Of(total, total).Interval!.Value.Upper);
    }
    [Fact]
    public void A_difference_of_shares_at_different_confidence_levels_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ProportionDifference.Between(Proportion.Of(3, 10, 0.95), Proportion.Of(2, 10, 0.9)));
        Assert.Equal("comparison", error.ParamName);
        Assert.StartsWith("Both shares have the same confidence level.", error.Message, StringComparison.Ordinal);
        Assert.Equal("cohort", Assert.Throws<ArgumentNullException>(() => ProportionDifference.Between(null!, Proportion.Of(2, 10))).ParamName);
        Assert.Equal("comparison", Assert.Throws<ArgumentNullException>(() => ProportionDifference.Between(Proportion.Of(2, 10), null!)).ParamName);
    }

    [Fact]
    public void A_Kaplan_Meier_curve_refuses_a_negative_time_and_accepts_day_0()
    {
        var error = Assert.Throws<ArgumentException>(() => KaplanMeierCurve.Estimate([new TimeToOutcome(5, true), new TimeToOutcome(-1, false)]));
        Assert.Equal("times", error.ParamName);
        Assert.StartsWith("A time to an outcome is at least 0 days.", error.Message, StringComparison.Ordinal);
        Assert.Equal("times", Assert.Throws<ArgumentNullException>(() => KaplanMeierCurve.Estimate(null!)).ParamName);

        // Met on day 0: S(0) = 0, so the median is day 0.
        Assert.Equal(0, KaplanMeierCurve.Estimate([new TimeToOutcome(0, true)]).MedianDays);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void A_confidence_level_is_above_0_and_below_1(double level)
    {
        var error = Assert.Throws<ArgumentException>(() => Proportion.Of(1, 2, level));
        Assert.Equal("confidenceLevel", error.ParamName);
        Assert.StartsWith("A confidence level is above 0 and below 1, for example 0.95.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.000001)]
    [InlineData(0.999999)]
    public void Confidence_levels_just_inside_0_and_1_are_accepted(double level) =>
        Assert.NotNull(Proportion.Of(1, 2, level).Interval);
}
