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
        Assert.StartsWith("Money is a whole number of hundredths; round it first.", error.Message, StringComparison.Ordinal);
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

    [Fact]
    public void Comparison_operators_are_strict_or_inclusive_as_written()
    {
        Money low = Money.FromAmount(1.00m);
        Money high = Money.FromAmount(1.01m);

        Assert.True(low < high);
        Assert.False(high < low);
        Assert.False(low < Money.FromAmount(1m));
        Assert.True(high > low);
        Assert.False(low > high);
        Assert.False(low > Money.FromAmount(1m));
        Assert.True(low <= Money.FromAmount(1m));
        Assert.False(high <= low);
        Assert.True(low >= Money.FromAmount(1m));
        Assert.False(low >= high);
        Assert.True(low != high);
        Assert.False(low != Money.FromAmount(1.000m));
    }

    [Fact]
    public void Min_and_max_of_equal_amounts_are_that_amount()
    {
        Assert.Equal(Money.FromAmount(2m), Money.Min(Money.FromAmount(2m), Money.FromAmount(2m)));
        Assert.Equal(Money.FromAmount(2m), Money.Max(Money.FromAmount(2m), Money.FromAmount(2m)));
        Assert.Equal(Money.FromAmount(1.99m), Money.Min(Money.FromAmount(2m), Money.FromAmount(1.99m)));
        Assert.Equal(Money.FromAmount(2m), Money.Max(Money.FromAmount(1.99m), Money.FromAmount(2m)));
    }

    [Fact]
    public void CompareTo_an_object_puts_null_first_and_rejects_other_types()
    {
        Money five = Money.FromAmount(5m);

        Assert.Equal(1, five.CompareTo((object?)null));
        Assert.True(five.CompareTo((object)Money.FromAmount(6m)) < 0);
        Assert.True(five.CompareTo((object)Money.FromAmount(4m)) > 0);
        Assert.Equal(0, five.CompareTo((object)Money.FromAmount(5.00m)));
        var error = Assert.Throws<ArgumentException>(() => five.CompareTo((object)5m));
        Assert.Equal("obj", error.ParamName);
    }

    [Fact]
    public void Equals_an_object_is_true_only_for_the_same_amount_of_money()
    {
        Assert.True(Money.FromAmount(5m).Equals((object)Money.FromAmount(5.0m)));
        Assert.False(Money.FromAmount(5m).Equals((object)Money.FromAmount(5.01m)));
        Assert.False(Money.FromAmount(5m).Equals((object)5m));
        Assert.False(Money.FromAmount(5m).Equals(null));
    }

    [Fact]
    public void Named_twins_do_what_their_operators_do()
    {
        // 12.50 + 0.75 = 13.25; −(12.50) = −12.50.
        Assert.Equal(Money.FromAmount(13.25m), Money.Add(Money.FromAmount(12.5m), Money.FromAmount(0.75m)));
        Assert.Equal(Money.FromAmount(-12.50m), Money.Negate(Money.FromAmount(12.5m)));
        Assert.Equal(Money.FromAmount(12.50m), -Money.FromAmount(-12.5m));
        Assert.Throws<OverflowException>(() => Money.FromAmount(decimal.MinValue) - Money.FromAmount(1m));
    }

    [Fact]
    public void Amount_always_has_two_decimals()
    {
        Assert.Equal("7.00", Money.FromAmount(7m).Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("7.10", Money.Round(7.1m).Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0.00", Money.Zero.Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Cents_and_money_from_cents_are_exact_inverses()
    {
        Assert.Equal(123_456L, Money.FromAmount(1234.56m).Cents);
        Assert.Equal(-5L, Money.FromAmount(-0.05m).Cents);
        Assert.Equal(Money.FromAmount(1234.56m), Money.FromCents(123_456L));
        Assert.Equal(Money.FromAmount(-0.05m), Money.FromCents(-5L));
    }
}
