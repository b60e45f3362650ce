using MathNet.Numerics.Distributions;

namespace SocialInvestment.Tests.Evidence;

/// <summary>
/// The difference from a comparison group with Newcombe's hybrid score interval and the pooled two-proportion z test
/// (docs/evidence.md). Published 4-decimal values are checked to 5·10⁻⁵; identities to 10⁻⁹.
/// </summary>
public sealed class ProportionDifferenceTests
{
    private const double Published = 5e-5;

    private static ProportionDifference Of(int k1, int n1, int k2, int n2) =>
        ProportionDifference.Between(Proportion.Of(k1, n1), Proportion.Of(k2, n2));

    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(6, 7, 2, 7, 0.0582, 0.8062)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    [InlineData(0, 10, 0, 20, -0.1611, 0.2775)]
    [InlineData(0, 10, 0, 10, -0.2775, 0.2775)]
    [InlineData(10, 10, 0, 20, 0.6791, 1.0000)]
    [InlineData(10, 10, 0, 10, 0.6075, 1.0000)]
    public void Newcombe_interval_matches_method_10_of_Newcombe_1998_table_II(int k1, int n1, int k2, int n2, double lower, double upper)
    {
        // Newcombe RG (1998), Interval estimation for the difference between independent proportions: comparison of
        // eleven methods, Statistics in Medicine 17:873–890, Table II, method 10 (score method, no continuity
        // correction), examples (a)–(h); each recomputed to 40 digits before relying on it (for (a): 0.0524315, 0.3338727).
        ConfidenceInterval interval = Of(k1, n1, k2, n2).Interval!.Value;

        Assert.Equal(lower, interval.Lower, Published);
        Assert.Equal(upper, interval.Upper, Published);
    }

    [Fact]
    public void The_interval_is_built_from_the_two_Wilson_intervals()
    {
        // L = d − √((p₁ − l₁)² + (u₂ − p₂)²), U = d + √((u₁ − p₁)² + (p₂ − l₂)²).
        ProportionDifference diff = Of(56, 70, 48, 80);
        ConfidenceInterval w1 = diff.Cohort.Interval!.Value;
        ConfidenceInterval w2 = diff.Comparison.Interval!.Value;

        Assert.Equal(0.2, diff.Difference!.Value, 1e-15);
        Assert.Equal(0.2 - Math.Sqrt(Math.Pow(0.8 - w1.Lower, 2) + Math.Pow(w2.Upper - 0.6, 2)), diff.Interval!.Value.Lower, 1e-15);
        Assert.Equal(0.2 + Math.Sqrt(Math.Pow(w1.Upper - 0.8, 2) + Math.Pow(0.6 - w2.Lower, 2)), diff.Interval!.Value.Upper, 1e-15);
    }

    [Fact]
    public void The_z_test_squared_is_Pearsons_chi_squared_of_the_two_by_two_table()
    {
        // prop.test(c(56, 48), c(70, 80), correct = FALSE). Table [[56, 14], [48, 32]], column totals 104 and 46 of 150:
        // expected 48.533, 21.467, 55.467, 24.533; every (O − E)² = 7.4667² = 55.751; χ² = 55.751 × Σ 1/E = 7.0234.
        ProportionDifference diff = Of(56, 70, 48, 80);
        double[] observed = [56, 14, 48, 32];
        double[] expected = [70 * 104 / 150.0, 70 * 46 / 150.0, 80 * 104 / 150.0, 80 * 46 / 150.0];
        double pearson = observed.Zip(expected, (o, e) => (o - e) * (o - e) / e).Sum();

        Assert.Equal(pearson, diff.ChiSquared!.Value, 1e-9);
        Assert.Equal(7.0234, diff.ChiSquared!.Value, Published);
        Assert.Equal(2.650172, diff.Z!.Value, 1e-6);

        // The two-sided p of z is the upper tail of χ²(1) at z²: 0.008045.
        Assert.Equal(1 - ChiSquared.CDF(1, pearson), diff.TwoSidedP!.Value, 1e-9);
        Assert.Equal(0.008045, diff.TwoSidedP!.Value, 5e-7);
    }

    [Fact]
    public void A_lower_cohort_rate_gives_a_negative_z_and_the_same_p()
    {
        ProportionDifference forward = Of(56, 70, 48, 80);
        ProportionDifference backward = Of(48, 80, 56, 70);

        Assert.Equal(-forward.Z!.Value, backward.Z!.Value, 1e-12);
        Assert.Equal(forward.TwoSidedP!.Value, backward.TwoSidedP!.Value, 1e-12);
        Assert.Equal(-forward.Interval!.Value.Upper, backward.Interval!.Value.Lower, 1e-12);
    }

    [Fact]
    public void Nobody_or_everybody_meeting_it_in_both_groups_leaves_the_interval_but_no_test()
    {
        ProportionDifference none = Of(0, 10, 0, 20);
        ProportionDifference all = Of(10, 10, 20, 20);

        Assert.Equal(0, none.Difference);
        Assert.NotNull(none.Interval);
        Assert.Null(none.Z);
        Assert.Null(none.ChiSquared);
        Assert.Null(none.TwoSidedP);
        Assert.Null(all.Z);
    }

    [Fact]
    public void An_empty_group_gives_no_difference()
    {
        ProportionDifference diff = Of(3, 10, 0, 0);

        Assert.Null(diff.Difference);
        Assert.Null(diff.Interval);
        Assert.Null(diff.Z);
        Assert.Equal("no difference: a group is empty", diff.ToString());
    }

    [Fact]
    public void Shares_at_different_levels_are_refused() =>
        Assert.Equal("comparison", Assert.Throws<ArgumentException>(
            () => ProportionDifference.Between(Proportion.Of(1, 2, 0.95), Proportion.Of(1, 2, 0.9))).ParamName);
}
