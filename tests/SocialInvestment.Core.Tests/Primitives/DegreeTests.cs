using System.Globalization;

namespace SocialInvestment.Tests.Primitives;

public sealed class DegreeTests
{
    [Fact]
    public void Default_is_a_full_benefit()
    {
        Assert.Equal(1m, default(Degree).Value);
        Assert.Equal(Degree.FromDecimal(1m), Degree.Full);
        Assert.Equal(1m, new BenefitSpell(Fixtures.P("a"), "kontanthjaelp", Fixtures.D("2026-01-01")).Degree.Value);
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
}
