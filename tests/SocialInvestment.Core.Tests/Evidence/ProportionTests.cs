using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;

namespace SocialInvestment.Tests.Evidence;

/// <summary>
/// A share with its Wilson score interval (docs/evidence.md). Published values are given to 4 decimals, so they are
/// checked to half a unit of the 4th decimal (5·10⁻⁵); hand-computed values to 10⁻¹².
/// </summary>
public sealed class ProportionTests
{
    private const double Published = 5e-5;
    private const double Exact = 1e-12;

    [Fact]
    public void The_95_percent_quantile_is_1_959964() =>
        Assert.Equal(1.959963984540054, Confidence.Z(0.95, "level"), Exact);

    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_interval_matches_Newcombe_1998_table_I(int met, int total, double lower, double upper)
    {
        // Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison of seven methods,
        // Statistics in Medicine 17:857–872, Table I, method 3 (score method without continuity correction); recomputed
        // to 40 digits before relying on them (81/263: 0.2552885, 0.3662096; 15/148: 0.0623864, 0.1604872;
        // 0/20: 0, 0.1611252; 1/29: 0.0061132, 0.1717552).
        ConfidenceInterval interval = Proportion.Of(met, total).Interval!.Value;

        Assert.Equal(lower, interval.Lower, Published);
        Assert.Equal(upper, interval.Upper, Published);
    }

    [Fact]
    public void At_z_equal_to_2_the_interval_is_k_plus_2_over_n_plus_4_give_or_take_the_hand_computed_half_width()
    {
        // z = 2 at level 2Φ(2) − 1. Then (k + z²/2 ± z√(k(n − k)/n + z²/4)) / (n + z²) = (k + 2 ± 2√(k(n − k)/n + 1)) / (n + 4).
        // k = 5, n = 20: centre 7/24, half 2√(5·15/20 + 1)/24 = 2√4.75/24.
        double level = (2 * Normal.CDF(0, 1, 2)) - 1;
        Proportion share = Proportion.Of(5, 20, level);

        Assert.Equal(0.25, share.Share);
        Assert.Equal((7.0 / 24) - (2 * Math.Sqrt(4.75) / 24), share.Interval!.Value.Lower, Exact);
        Assert.Equal((7.0 / 24) + (2 * Math.Sqrt(4.75) / 24), share.Interval!.Value.Upper, Exact);
    }

    [Fact]
    public void Half_of_ten_has_the_textbook_interval_0_2366_to_0_7634()
    {
        // Centre (5 + z²/2)/(10 + z²) = 1/2; half z√(2.5 + z²/4)/(10 + z²) = 1.959964 × 1.860206 / 13.841459 = 0.263407.
        ConfidenceInterval interval = Proportion.Of(5, 10).Interval!.Value;

        Assert.Equal(0.236593, interval.Lower, 1e-6);
        Assert.Equal(0.763407, interval.Upper, 1e-6);
    }

    [Fact]
    public void None_and_all_give_ends_of_exactly_0_and_1()
    {
        Assert.Equal(0, Proportion.Of(0, 7).Interval!.Value.Lower);
        Assert.Equal(1, Proportion.Of(7, 7).Interval!.Value.Upper);
    }

    [Fact]
    public void Nobody_gives_no_share_and_no_interval()
    {
        Proportion share = Proportion.Of(0, 0);

        Assert.Null(share.Share);
        Assert.Null(share.Interval);
        Assert.Equal("0/0", share.ToString());
    }

    [Fact]
    public void Counts_and_levels_out_of_range_are_refused()
    {
        Assert.Equal("met", Assert.Throws<ArgumentException>(() => Proportion.Of(4, 3)).ParamName);
        Assert.Equal("met", Assert.Throws<ArgumentException>(() => Proportion.Of(-1, 3)).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentException>(() => Proportion.Of(0, -1)).ParamName);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentException>(() => Proportion.Of(1, 3, 1)).ParamName);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentException>(() => Proportion.Of(1, 3, 0)).ParamName);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentException>(() => Proportion.Of(1, 3, double.NaN)).ParamName);
    }

    [Fact]
    public void It_prints_the_share_and_interval_to_four_decimals() =>
        Assert.Equal("81/263 = 0.308 [0.2553, 0.3662]", Proportion.Of(81, 263).ToString());

    [Property(MaxTest = 2000)]
    public Property The_interval_holds_the_share_inside_0_and_1() => Prop.ForAll(Counts(), c =>
    {
        Proportion share = Proportion.Of(c.Met, c.Total);
        ConfidenceInterval i = share.Interval!.Value;
        Assert.InRange(i.Lower, 0, share.Share!.Value);
        Assert.InRange(i.Upper, share.Share!.Value, 1);
    });

    [Property(MaxTest = 2000)]
    public Property Swapping_met_and_not_met_mirrors_the_interval() => Prop.ForAll(Counts(), c =>
    {
        ConfidenceInterval met = Proportion.Of(c.Met, c.Total).Interval!.Value;
        ConfidenceInterval notMet = Proportion.Of(c.Total - c.Met, c.Total).Interval!.Value;
        Assert.Equal(met.Lower, 1 - notMet.Upper, 1e-12);
        Assert.Equal(met.Upper, 1 - notMet.Lower, 1e-12);
    });

    [Property(MaxTest = 1000)]
    public Property A_higher_level_gives_a_wider_interval() => Prop.ForAll(Counts(), c =>
    {
        ConfidenceInterval narrow = Proportion.Of(c.Met, c.Total, 0.9).Interval!.Value;
        ConfidenceInterval wide = Proportion.Of(c.Met, c.Total, 0.99).Interval!.Value;
        Assert.True(wide.Lower <= narrow.Lower && narrow.Upper <= wide.Upper);
    });

    /// <summary>n from 1 to 10,000 and k from 0 to n.</summary>
    internal static Arbitrary<(int Met, int Total)> Counts() =>
        Gen.Choose(1, 10_000).SelectMany(n => Gen.Choose(0, n).Select(k => (k, n))).ToArbitrary();
}
