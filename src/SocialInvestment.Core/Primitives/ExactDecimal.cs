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
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
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

        return (decimal)quotient / (decimal)BigInteger.Pow(10, decimals);
    }

    /// <summary>Splits a decimal into a 128-bit mantissa and a scale: <c>value = mantissa / 10^scale</c>. Always fits: decimals have 96 bits.</summary>
    internal static (Int128 Mantissa, int Scale) Decompose128(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Int128 mantissa = ((Int128)unchecked((uint)bits[2]) << 64) | ((Int128)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        return ((bits[3] & unchecked((int)0x80000000)) != 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
    }

    /// <summary>
    /// <paramref name="value"/> in units of 10^−28, the finest step a decimal has, so that sums and comparisons of
    /// decimals are exact whole-number arithmetic. Fits for any value below about 1.7 × 10^10 in magnitude.
    /// </summary>
    /// <exception cref="OverflowException">The value does not fit.</exception>
    internal static Int128 UnitsOf(decimal value)
    {
        var (mantissa, scale) = Decompose128(value);
        return checked(mantissa * Pow10(28 - scale));
    }

    /// <summary>
    /// <paramref name="value"/> × 10^<paramref name="scale"/> as a 64-bit whole number: false where the value has more
    /// than <paramref name="scale"/> decimals or the result does not fit.
    /// </summary>
    internal static bool TryUnits64(decimal value, int scale, out long units)
    {
        units = 0;
        int valueScale = value.Scale;
        if (valueScale > scale || scale - valueScale > 18)
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0 || bits[1] < 0)
        {
            return false;
        }

        long mantissa = ((long)bits[1] << 32) | unchecked((uint)bits[0]);
        long power = (long)Pow10(scale - valueScale);
        if (mantissa > long.MaxValue / power)
        {
            return false;
        }

        units = bits[3] < 0 ? -(mantissa * power) : mantissa * power;
        return true;
    }

    /// <summary>10^<paramref name="exponent"/> as a 128-bit integer (exponent 0 to 38).</summary>
    internal static Int128 Pow10(int exponent) => PowersOfTen[exponent];

    private static readonly Int128[] PowersOfTen = MakePowersOfTen();

    private static Int128[] MakePowersOfTen()
    {
        var powers = new Int128[39];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>
    /// Rounds <c>numerator / (10^scale × divisor)</c> to hundredths, half away from zero, in checked 128-bit arithmetic.
    /// </summary>
    /// <exception cref="OverflowException">An intermediate value does not fit in 128 bits.</exception>
    internal static decimal RoundHalfAwayFromZero(Int128 numerator, int scale, int divisor) =>
        (decimal)RoundHalfAwayFromZeroToCents(numerator, scale, divisor) / 100m;

    /// <summary><c>numerator / (10^scale × divisor)</c> in hundredths, rounded half away from zero, in checked 128-bit arithmetic.</summary>
    /// <exception cref="OverflowException">An intermediate value does not fit in 128 bits.</exception>
    internal static Int128 RoundHalfAwayFromZeroToCents(Int128 numerator, int scale, int divisor)
    {
        Int128 magnitude = Int128.Abs(numerator);
        Int128 denominator = divisor;
        if (scale >= 2)
        {
            denominator = checked(Pow10(scale - 2) * divisor);
        }
        else
        {
            magnitude = checked(magnitude * Pow10(2 - scale));
        }

        Int128 quotient = Int128.DivRem(magnitude, denominator).Quotient;
        Int128 remainder = magnitude - (quotient * denominator);
        if (remainder * 2 >= denominator)
        {
            quotient++;
        }

        return numerator < 0 ? -quotient : quotient;
    }

    /// <summary>
    /// <c>round(Π factors / divisor)</c> in hundredths, half away from zero, as a whole number: in 128-bit arithmetic,
    /// and exactly through <see cref="BigInteger"/> where that overflows.
    /// </summary>
    internal static long RoundProductToCents(ReadOnlySpan<decimal> factors, int divisor)
    {
        if (TryRoundProductToCents64(factors, divisor, out long cents))
        {
            return cents;
        }

        try
        {
            Int128 product = 1;
            int scale = 0;
            foreach (decimal factor in factors)
            {
                var (m, s) = Decompose128(factor);
                product = checked(product * m);
                scale += s;
            }

            if (scale <= 38)
            {
                return checked((long)RoundHalfAwayFromZeroToCents(product, scale, divisor));
            }
        }
        catch (OverflowException)
        {
            // Falls through to the unbounded path below.
        }

        var (numerator, denominator) = Product(factors);
        return checked((long)(RoundHalfAwayFromZero(numerator, denominator * divisor, 2) * 100m));
    }

    /// <summary>
    /// The common case of <see cref="RoundProductToCents"/>, in 64-bit integers that the processor divides itself
    /// (money amounts, shares and day counts have short mantissas): false, with nothing computed, where a mantissa,
    /// the product or the denominator needs more than 64 bits.
    /// </summary>
    internal static bool TryRoundProductToCents64(ReadOnlySpan<decimal> factors, int divisor, out long cents)
    {
        cents = 0;
        Product64 product = Product64.One;
        foreach (decimal factor in factors)
        {
            if (!product.TryTimes(factor, out product))
            {
                return false;
            }
        }

        return product.TryRoundToCents(divisor, out cents);
    }

    /// <summary>
    /// A product of decimals as a 64-bit mantissa, a scale and a sign (value = ± mantissa / 10^scale), for
    /// <see cref="TryRoundProductToCents64"/>: factors that many products share are multiplied once.
    /// </summary>
    internal readonly record struct Product64(ulong Mantissa, int Scale, bool Negative)
    {
        /// <summary>The empty product, 1.</summary>
        internal static Product64 One => new(1, 0, false);

        /// <summary>This product times <paramref name="factor"/>: false where a mantissa or the product needs more than 64 bits.</summary>
        internal bool TryTimes(decimal factor, out Product64 product)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(factor, bits);
            product = this;
            if (bits[2] != 0)
            {
                return false;
            }

            ulong mantissa = ((ulong)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
            return TryTimes(mantissa, (bits[3] >> 16) & 0xFF, bits[3] < 0, out product);
        }

        /// <summary>This product times <paramref name="value"/> / 10^<paramref name="scale"/>: false where the product needs more than 64 bits.</summary>
        internal bool TryTimes(long value, int scale, out Product64 product) =>
            TryTimes(value < 0 ? unchecked(0UL - (ulong)value) : (ulong)value, scale, value < 0, out product);

        private bool TryTimes(ulong mantissa, int scale, bool negative, out Product64 product)
        {
            ulong high = Math.BigMul(Mantissa, mantissa, out ulong low);
            product = high == 0 ? new Product64(low, Scale + scale, Negative ^ negative) : this;
            return high == 0;
        }

        /// <summary>
        /// The product / <paramref name="divisor"/> in hundredths, rounded half away from zero: false, with nothing
        /// computed, where the denominator or the result needs more than 64 bits.
        /// </summary>
        internal bool TryRoundToCents(int divisor, out long cents)
        {
            cents = 0;
            if (divisor <= 0)
            {
                return false;
            }

            ulong product = Mantissa;
            ulong denominator = (ulong)divisor;
            if (Scale >= 2)
            {
                if (Scale - 2 > 19 || Math.BigMul((ulong)Pow10(Scale - 2), denominator, out denominator) != 0)
                {
                    return false;
                }
            }
            else if (Math.BigMul(product, (ulong)Pow10(2 - Scale), out product) != 0)
            {
                return false;
            }

            (ulong quotient, ulong remainder) = Math.DivRem(product, denominator);
            if (remainder >= denominator - remainder)
            {
                quotient++;
            }

            if (quotient > long.MaxValue)
            {
                return false;
            }

            cents = Negative && quotient != 0 ? -(long)quotient : (long)quotient;
            return true;
        }
    }
}
