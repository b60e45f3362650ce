namespace SocialInvestment;

/// <summary>Ratios of money for display: exact quotients of øre, rounded once half away from zero to six decimals.</summary>
internal static class Ratio
{
    internal const int Decimals = 6;

    /// <summary><c>numerator / denominator</c> rounded half away from zero to six decimals; null where the denominator is 0.</summary>
    internal static decimal? Of(Money numerator, Money denominator)
    {
        if (denominator == Money.Zero)
        {
            return null;
        }

        Int128 n = checked((Int128)numerator.Cents * 1_000_000);
        Int128 d = denominator.Cents;
        bool negative = (n < 0) != (d < 0);
        n = Int128.Abs(n);
        d = Int128.Abs(d);
        Int128 quotient = Int128.DivRem(n, d).Quotient;
        Int128 remainder = n - (quotient * d);
        if (remainder * 2 >= d)
        {
            quotient++;
        }

        decimal value = (decimal)quotient / 1_000_000m;
        return negative ? -value : value;
    }
}
