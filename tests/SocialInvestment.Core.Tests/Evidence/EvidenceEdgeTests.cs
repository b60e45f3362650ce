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
}
