namespace SocialInvestment.Tests.Primitives;

/// <summary>
/// Σ a × b / d rounded once (SPEC §8 gross saving): the 128-bit sum and the unbounded fraction give the same exact
/// value, whatever the scales of the terms and the month lengths.
/// </summary>
public sealed class ExactSumTests
{
    // 15000.00 × 10 / 31 + 15000 × 28 / 28 + 15300.00 × 0.5 / 30 + 100 × 1 / 29
    //   = 4838.7096774… + 15000 + 255 + 3.4482758… = 18067345 / 899 = 20097.1579532…, so 20097.16.
    private static readonly (decimal A, decimal B, int D)[] Terms =
        [(15000.00m, 10m, 31), (15000m, 28m, 28), (15300.00m, 0.5m, 30), (100m, 1m, 29)];

    [Fact]
    public void The_128_bit_sum_of_mixed_scales_and_month_lengths_is_exact()
    {
        var sum = default(ExactQuotientSum);
        foreach (var (a, b, d) in Terms)
        {
            sum.Add(a, b, d);
        }

        Assert.Equal(Money.FromAmount(20097.16m), sum.RoundToMoney());
    }

    [Fact]
    public void The_fraction_sum_of_the_same_terms_is_the_same()
    {
        Fraction sum = Fraction.Zero;
        foreach (var (a, b, d) in Terms)
        {
            sum = sum.Plus(Fraction.Of([a, b], d));
        }

        Assert.Equal(Money.FromAmount(20097.16m), sum.RoundToMoney());
    }

    [Fact]
    public void Half_a_hundredth_rounds_up_in_both_sums()
    {
        // 3.1 × 0.05 / 31 = 0.005 exactly.
        var sum = default(ExactQuotientSum);
        sum.Add(3.1m, 0.05m, 31);

        Assert.Equal(Money.FromAmount(0.01m), sum.RoundToMoney());
        Assert.Equal(Money.FromAmount(0.01m), Fraction.Zero.Plus(Fraction.Of([3.1m, 0.05m], 31)).RoundToMoney());
    }

    [Fact]
    public void Fractions_over_different_denominators_add_exactly()
    {
        // 1/3 + 1/6 = 1/2; 2/3 + 2/3 = 4/3 = 1.333…; nothing, and nothing plus 2.5, are 0.00 and 2.50.
        Assert.Equal(Money.FromAmount(0.50m), Fraction.Of([1m], 3).Plus(Fraction.Of([1m], 6)).RoundToMoney());
        Assert.Equal(Money.FromAmount(1.33m), Fraction.Of([2m], 3).Plus(Fraction.Of([2m], 3)).RoundToMoney());
        Assert.Equal(Money.Zero, default(Fraction).RoundToMoney());
        Assert.Equal(Money.FromAmount(2.50m), default(Fraction).Plus(Fraction.Of([2.5m], 1)).RoundToMoney());
        Assert.Equal(Money.FromAmount(2.50m), Fraction.Of([2.5m], 1).Plus(default).RoundToMoney());
    }

    [Fact]
    public void A_month_length_outside_28_to_31_is_rejected()
    {
        var sum = default(ExactQuotientSum);

        Assert.Equal("divisor", Assert.Throws<ArgumentOutOfRangeException>(() => sum.Add(1m, 1m, 27)).ParamName);
        Assert.Equal("divisor", Assert.Throws<ArgumentOutOfRangeException>(() => sum.Add(1m, 1m, 32)).ParamName);
    }

    [Fact]
    public void A_sum_past_128_bits_overflows_rather_than_wraps()
    {
        // (2^63 − 1)² is just under 2^126: two of them fit below 2^127, a third does not.
        const decimal Big = 9_223_372_036_854_775_807m;
        var sum = default(ExactQuotientSum);
        sum.Add(Big, Big, 31);
        sum.Add(Big, Big, 31);

        Assert.Throws<OverflowException>(() => sum.Add(Big, Big, 31));
    }
}
