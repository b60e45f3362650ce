namespace SocialInvestment.Tests.Design;

/// <summary>A design parameter's values: a range is expanded exactly in decimal; a list keeps its order and has no value twice.</summary>
public sealed class DesignParameterTests
{
    [Fact]
    public void A_range_in_tenths_is_exact_with_no_drift()
    {
        IReadOnlyList<decimal>? values = DesignParameter.Range(0m, 1m, 0.1m);

        Assert.NotNull(values);
        Assert.Equal([0m, 0.1m, 0.2m, 0.3m, 0.4m, 0.5m, 0.6m, 0.7m, 0.8m, 0.9m, 1m], values);
        Assert.Equal(0.3m, values[3]);
        Assert.Equal("0.7", values[7].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_range_of_amounts_steps_from_the_start()
    {
        Assert.Equal([30000m, 35000m, 40000m, 45000m, 50000m], DesignParameter.Range(30000m, 50000m, 5000m));
        Assert.Equal([7.5m], DesignParameter.Range(7.5m, 7.5m, 1m));
    }

    [Theory]
    [InlineData("0", "1", "0.3")]
    [InlineData("0", "1", "0.7")]
    [InlineData("0", "1", "3")]
    [InlineData("0.05", "1", "0.1")]
    public void A_step_that_does_not_divide_the_range_gives_no_values(string from, string to, string step) =>
        Assert.Null(DesignParameter.Range(D(from), D(to), D(step)));

    [Fact]
    public void A_range_of_more_values_than_a_parameter_may_have_gives_none()
    {
        Assert.Equal(DesignParameter.MaxValues, DesignParameter.Range(1m, DesignParameter.MaxValues, 1m)!.Count);
        Assert.Null(DesignParameter.Range(0m, DesignParameter.MaxValues, 1m));
        Assert.Null(DesignParameter.Range(0m, 79_000_000_000_000_000_000_000_000_000m, 0.0000000000000000000000000001m));
    }

    [Fact]
    public void A_range_backwards_or_with_a_step_of_zero_or_less_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DesignParameter.Range(2m, 1m, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DesignParameter.Range(1m, 2m, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DesignParameter.Range(1m, 2m, -1m));
    }

    [Fact]
    public void A_list_keeps_its_order_and_refuses_a_value_twice_or_no_value()
    {
        Assert.Equal([0.5m, 0.3m, 0.4m], new DesignParameter("payments.shared.share", [0.5m, 0.3m, 0.4m]).Values);
        Assert.Throws<ArgumentException>(() => new DesignParameter("payments.shared.share", [0.3m, 0.30m]));
        Assert.Throws<ArgumentException>(() => new DesignParameter("payments.shared.share", []));
        Assert.Throws<ArgumentException>(() => new DesignParameter(string.Empty, [1m]));
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
