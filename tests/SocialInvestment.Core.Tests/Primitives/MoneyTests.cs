using System.Globalization;

namespace SocialInvestment.Tests.Primitives;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("0.0049999", "0.00")]
    [InlineData("1234.565", "1234.57")]
    [InlineData("99.994", "99.99")]
    public void Round_is_half_away_from_zero(string exact, string expected)
    {
        // Banker's rounding would give 0.00, -0.00, 2.68, 2.66, ...: the SPEC asks for half away from zero everywhere.
        Money rounded = Money.Round(decimal.Parse(exact, CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), rounded.Amount);
    }

    [Theory]
    [InlineData("5", "5.00")]
    [InlineData("1234.5", "1234.50")]
    [InlineData("-40000", "-40000.00")]
    [InlineData("0.01", "0.01")]
    [InlineData("1.500", "1.50")]
    public void ToString_always_writes_two_decimals(string amount, string expected) =>
        Assert.Equal(expected, Money.FromAmount(decimal.Parse(amount, CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void ToString_never_writes_minus_zero()
    {
        Assert.Equal("0.00", Money.Round(-0.004m).ToString());
        Assert.Equal("0.00", (-Money.Zero).ToString());
        Assert.Equal("0.00", Money.FromAmount(-0.00m).ToString());
        Assert.Equal("0.00", (Money.FromAmount(1.25m) - Money.FromAmount(1.25m)).ToString());
    }

    [Fact]
    public void ToString_does_not_depend_on_the_current_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("da-DK");
            Assert.Equal("1234567.89", Money.FromAmount(1234567.89m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void FromAmount_rejects_a_digit_beyond_the_second_decimal_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentException>(() => Money.FromAmount(1.005m));

        Assert.Equal("amount", error.ParamName);
    }

    [Fact]
    public void Equality_ignores_trailing_zeros()
    {
        Assert.Equal(Money.FromAmount(1.5m), Money.FromAmount(1.50000m));
        Assert.Equal(Money.FromAmount(1.5m).GetHashCode(), Money.FromAmount(1.50000m).GetHashCode());
        Assert.Equal(Money.Zero, Money.Round(-0.001m));
    }

    [Fact]
    public void Arithmetic_is_exact_and_overflow_throws()
    {
        // 0.10 + 0.20 = 0.30 exactly (no binary floating point); 10.00 − 12.50 = −2.50.
        Assert.Equal(Money.FromAmount(0.30m), Money.FromAmount(0.10m) + Money.FromAmount(0.20m));
        Assert.Equal(Money.FromAmount(-2.50m), Money.Subtract(Money.FromAmount(10m), Money.FromAmount(12.5m)));
        Assert.Throws<OverflowException>(() => Money.FromAmount(decimal.MaxValue) + Money.FromAmount(1m));
    }

    [Fact]
    public void Ordering_follows_the_amount()
    {
        Money[] amounts = [Money.FromAmount(3m), Money.FromAmount(-1m), Money.Zero, Money.FromAmount(0.01m)];

        Assert.Equal([-1m, 0m, 0.01m, 3m], amounts.Order().Select(m => m.Amount));
        Assert.Equal(Money.FromAmount(-1m), Money.Min(Money.Zero, Money.FromAmount(-1m)));
        Assert.Equal(Money.Zero, Money.Max(Money.Zero, Money.FromAmount(-1m)));
    }
}
