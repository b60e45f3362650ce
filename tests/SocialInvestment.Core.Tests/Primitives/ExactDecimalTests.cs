using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

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

    [Property(MaxTest = 2000)]
    public Property Every_path_rounds_a_product_as_exact_fractions_do() =>
        Prop.ForAll(Factors().ToArbitrary(), Gen.Choose(1, 366).ToArbitrary(), (factors, divisor) =>
        {
            BigInteger cents = ExactCents(factors, divisor);
            if (cents >= long.MinValue && cents <= long.MaxValue)
            {
                Assert.Equal((long)cents, ExactDecimal.RoundProductToCents(factors, divisor));
            }
            else
            {
                Assert.Throws<OverflowException>(() => ExactDecimal.RoundProductToCents(factors, divisor));
            }
        });

    /// <summary>The reference: the product as a fraction of whole numbers parsed from the decimals' text, in hundredths, half away from zero.</summary>
    private static BigInteger ExactCents(decimal[] factors, int divisor)
    {
        BigInteger numerator = 100;
        BigInteger denominator = divisor;
        foreach (decimal factor in factors)
        {
            string text = factor.ToString(CultureInfo.InvariantCulture);
            int point = text.IndexOf('.', StringComparison.Ordinal);
            numerator *= BigInteger.Parse(text.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            denominator *= point < 0 ? 1 : BigInteger.Pow(10, text.Length - point - 1);
        }

        BigInteger quotient = BigInteger.DivRem(BigInteger.Abs(numerator), denominator, out BigInteger remainder);
        if (remainder * 2 >= denominator)
        {
            quotient++;
        }

        return numerator.Sign < 0 ? -quotient : quotient;
    }

    /// <summary>Shares, rates, day counts and money: short mantissas (the 64-bit path), long ones (128 bits and beyond), either sign.</summary>
    private static Gen<decimal[]> Factors()
    {
        Gen<decimal> small =
            from mantissa in Gen.Choose(0, 2_000_000)
            from scale in Gen.Choose(0, 6)
            from negative in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new decimal(mantissa, 0, 0, negative, (byte)scale);
        Gen<decimal> long64 =
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(0, int.MaxValue)
            from scale in Gen.Choose(0, 12)
            select new decimal(low, mid, 0, false, (byte)scale);
        Gen<decimal> wide =
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            from high in Gen.Choose(1, 1000)
            from scale in Gen.Choose(0, 28)
            select new decimal(low, 7, high, false, (byte)scale);
        return Gen.Frequency((12, small), (2, long64), (1, wide)).ArrayOf().Where(f => f.Length is > 0 and <= 5);
    }
}
