namespace SocialInvestment.Tests.Primitives;

public sealed class ExactDecimalTests
{
    [Fact]
    public void A_product_that_fits_in_128_bits_is_rounded_exactly()
    {
        // 0.25 × 0.9 × 15,000.00 × 18.6 / 31 = 2,025.00 exactly.
        Assert.Equal(202_500, ExactDecimal.RoundProductToCents([0.25m, 0.9m, 15_000.00m, 18.6m], 31));
    }

    [Fact]
    public void A_product_too_long_for_128_bits_is_rounded_exactly_through_BigInteger()
    {
        // The mantissas multiply to about 10^62, past 128 bits. Exactly (by fractions):
        // 0.1111…(28 digits) × 0.3333…(28 digits) × 12,345.67 / 31 = 14.7499044…, so 14.75 = 1,475 hundredths.
        Assert.Equal(1_475, ExactDecimal.RoundProductToCents([0.1111111111111111111111111111m, 0.3333333333333333333333333333m, 12_345.67m], 31));
    }

    [Theory]
    [InlineData(1, 200, 1)]
    [InlineData(-1, 200, -1)]
    [InlineData(1, 300, 0)]
    [InlineData(-1, 300, 0)]
    public void Half_a_hundredth_rounds_away_from_zero(int sign, int divisor, long expected)
    {
        // sign / divisor: 1/200 = 0.005 → 0.01, 1/300 = 0.00333… → 0.00.
        Assert.Equal(expected, ExactDecimal.RoundProductToCents([sign], divisor));
    }
}
