using System.Globalization;

namespace SocialInvestment.Tests.Primitives;

public sealed class ShareTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.3333")]
    [InlineData("1")]
    public void Accepts_zero_to_one_both_included(string value)
    {
        decimal expected = decimal.Parse(value, CultureInfo.InvariantCulture);

        Assert.Equal(expected, Share.FromDecimal(expected).Value);
    }

    [Theory]
    [InlineData("-0.0001")]
    [InlineData("1.0001")]
    public void Rejects_values_outside_zero_to_one_naming_the_parameter(string value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromDecimal(decimal.Parse(value, CultureInfo.InvariantCulture)));

        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Default_is_zero() => Assert.Equal(0m, default(Share).Value);
}
