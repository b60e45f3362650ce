using System.Globalization;

namespace SocialInvestment.Tests.Primitives;

public sealed class DegreeTests
{
    [Fact]
    public void Default_is_a_full_benefit()
    {
        Assert.Equal(1m, default(Degree).Value);
        Assert.Equal(Degree.FromDecimal(1m), Degree.Full);
    }

    [Fact]
    public void A_spell_given_no_degree_has_none_of_its_own()
    {
        Assert.Null(new BenefitSpell(Fixtures.P("a"), "kontanthjaelp", Fixtures.D("2026-01-01")).Degree);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.25")]
    [InlineData("1.0001")]
    [InlineData("2")]
    public void Rejects_values_outside_zero_exclusive_to_one_inclusive_naming_the_parameter(string value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Degree.FromDecimal(decimal.Parse(value, CultureInfo.InvariantCulture)));

        Assert.Equal("value", error.ParamName);
    }

    [Theory]
    [InlineData("0.0001")]
    [InlineData("0.3333")]
    [InlineData("0.5")]
    [InlineData("1")]
    public void Keeps_values_in_range_exactly(string value)
    {
        decimal expected = decimal.Parse(value, CultureInfo.InvariantCulture);

        Assert.Equal(expected, Degree.FromDecimal(expected).Value);
    }

    [Fact]
    public void Orders_by_value()
    {
        Assert.True(Degree.FromDecimal(0.25m) < Degree.FromDecimal(0.5m));
        Assert.True(Degree.Full > Degree.FromDecimal(0.9999m));
        Assert.Equal(Degree.FromDecimal(0.5m), Degree.FromDecimal(0.50m));
    }

    [Fact]
    public void Comparison_operators_are_strict_or_inclusive_as_written()
    {
        Degree quarter = Degree.FromDecimal(0.25m);
        Degree half = Degree.FromDecimal(0.5m);

        Assert.False(half < quarter);
        Assert.False(half < Degree.FromDecimal(0.50m));
        Assert.False(quarter > half);
        Assert.False(half > Degree.FromDecimal(0.50m));
        Assert.True(half <= Degree.FromDecimal(0.50m));
        Assert.True(quarter <= half);
        Assert.False(half <= quarter);
        Assert.True(half >= Degree.FromDecimal(0.50m));
        Assert.True(half >= quarter);
        Assert.False(quarter >= half);
        Assert.True(quarter != half);
        Assert.False(half != Degree.FromDecimal(0.50m));
        Assert.True(quarter.CompareTo(half) < 0);
        Assert.True(half.CompareTo(quarter) > 0);
        Assert.Equal(0, Degree.Full.CompareTo(Degree.FromDecimal(1m)));
    }

    [Fact]
    public void IsValid_is_true_exactly_on_zero_exclusive_to_one_inclusive()
    {
        Assert.False(Degree.IsValid(0m));
        Assert.True(Degree.IsValid(0.0001m));
        Assert.True(Degree.IsValid(1m));
        Assert.False(Degree.IsValid(1.0001m));
    }

    [Fact]
    public void Equals_an_object_is_true_only_for_an_equal_degree()
    {
        Assert.True(Degree.FromDecimal(0.5m).Equals((object)Degree.FromDecimal(0.50m)));
        Assert.False(Degree.FromDecimal(0.5m).Equals((object)Degree.FromDecimal(0.51m)));
        Assert.False(Degree.FromDecimal(0.5m).Equals((object)0.5m));
        Assert.Equal(Degree.Full.GetHashCode(), Degree.FromDecimal(1m).GetHashCode());
    }

    [Fact]
    public void ToString_is_the_invariant_decimal() =>
        Assert.Equal("0.75", Degree.FromDecimal(0.75m).ToString());
}
