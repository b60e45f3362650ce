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

    [Fact]
    public void Orders_by_value_and_compares_equal_values_equal()
    {
        Share quarter = Share.FromDecimal(0.25m);
        Share half = Share.FromDecimal(0.5m);

        Assert.True(quarter < half);
        Assert.False(half < quarter);
        Assert.False(half < Share.FromDecimal(0.50m));
        Assert.True(half > quarter);
        Assert.False(quarter > half);
        Assert.False(half > Share.FromDecimal(0.50m));
        Assert.True(half <= Share.FromDecimal(0.50m));
        Assert.False(half <= quarter);
        Assert.True(half >= Share.FromDecimal(0.50m));
        Assert.False(quarter >= half);
        Assert.True(quarter != half);
        Assert.False(half != Share.FromDecimal(0.50m));
        Assert.True(half == Share.FromDecimal(0.50m));
        Assert.True(quarter.CompareTo(half) < 0);
        Assert.True(half.CompareTo(quarter) > 0);
        Assert.Equal(0, half.CompareTo(Share.FromDecimal(0.5m)));
    }

    [Fact]
    public void Equals_an_object_is_true_only_for_an_equal_share()
    {
        Assert.True(Share.FromDecimal(0.5m).Equals((object)Share.FromDecimal(0.50m)));
        Assert.False(Share.FromDecimal(0.5m).Equals((object)Share.FromDecimal(0.51m)));
        Assert.False(Share.FromDecimal(0.5m).Equals((object)0.5m));
        Assert.Equal(Share.FromDecimal(0.5m).GetHashCode(), Share.FromDecimal(0.50m).GetHashCode());
    }

    [Fact]
    public void ToString_is_the_invariant_decimal() =>
        Assert.Equal("0.125", Share.FromDecimal(0.125m).ToString());
}
