using System.Numerics;

namespace SocialInvestment;

/// <summary>Exact rational arithmetic on decimals, so that every rounding the SPEC asks for happens once, on the exact value.</summary>
internal static class ExactDecimal
{
    /// <summary>Splits a decimal into an integer mantissa and a power-of-ten scale: <c>value = mantissa / 10^scale</c>.</summary>
    internal static (BigInteger Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        bool negative = (bits[3] & unchecked((int)0x80000000)) != 0;
        int scale = (bits[3] >> 16) & 0xFF;
        return (negative ? -mantissa : mantissa, scale);
    }

    /// <summary>The product of decimals as an exact fraction over a power of ten.</summary>
    internal static (BigInteger Numerator, BigInteger Denominator) Product(ReadOnlySpan<decimal> factors)
    {
        BigInteger numerator = BigInteger.One;
        int scale = 0;
        foreach (decimal factor in factors)
        {
            var (m, s) = Decompose(factor);
            numerator *= m;
            scale += s;
        }

        return (numerator, BigInteger.Pow(10, scale));
    }

    /// <summary>Rounds <c>numerator / denominator</c> to <paramref name="decimals"/> places, half away from zero, exactly.</summary>
    internal static decimal RoundHalfAwayFromZero(BigInteger numerator, BigInteger denominator, int decimals)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        BigInteger scaled = numerator * BigInteger.Pow(10, decimals);
        BigInteger quotient = BigInteger.DivRem(BigInteger.Abs(scaled), denominator, out BigInteger remainder);
        if (remainder * 2 >= denominator)
        {
            quotient += 1;
        }

        if (scaled.Sign < 0)
        {
            quotient = -quotient;
        }

        return (decimal)quotient / Pow10(decimals);
    }

    private static decimal Pow10(int decimals)
    {
        decimal result = 1m;
        for (int i = 0; i < decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
