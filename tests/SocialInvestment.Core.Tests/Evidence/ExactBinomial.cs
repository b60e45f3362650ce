using System.Numerics;

namespace SocialInvestment.Tests.Evidence;

/// <summary>
/// The binomial test computed exactly, as a reference: P(X = i) = C(n, i)·a^i·(b − a)^(n − i) / b^n for a rational
/// p₀ = a/b, in whole numbers, so no rounding enters until the result is turned into a double at the end.
/// </summary>
internal static class ExactBinomial
{
    /// <summary>
    /// Σ P(X = i) over the i with P(X = i) ≤ P(X = k)·(1 + 10⁻⁷), at most 1: the rule of R's <c>binom.test</c> as its
    /// documentation states it, compared exactly.
    /// </summary>
    internal static double TwoSidedP(int k, int n, int a, int b)
    {
        BigInteger[] weights = Weights(n, a, b);

        // d_i ≤ d_k·(1 + 10⁻⁷)  ⇔  d_i·10⁷ ≤ d_k·(10⁷ + 1), all over the same denominator b^n.
        BigInteger bound = weights[k] * 10_000_001;
        BigInteger sum = weights.Where(w => w * 10_000_000 <= bound).Aggregate(BigInteger.Zero, (s, w) => s + w);
        BigInteger total = BigInteger.Pow(b, n);
        return sum >= total ? 1 : Quotient(sum, total);
    }

    /// <summary>P(X ≥ k), exactly.</summary>
    internal static double AtLeastP(int k, int n, int a, int b)
    {
        BigInteger[] weights = Weights(n, a, b);
        return Quotient(weights.Skip(k).Aggregate(BigInteger.Zero, (s, w) => s + w), BigInteger.Pow(b, n));
    }

    /// <summary>b^n·P(X = i) for i = 0 … n.</summary>
    private static BigInteger[] Weights(int n, int a, int b)
    {
        var weights = new BigInteger[n + 1];
        BigInteger choose = 1;
        for (int i = 0; i <= n; i++)
        {
            weights[i] = choose * BigInteger.Pow(a, i) * BigInteger.Pow(b - a, n - i);
            choose = choose * (n - i) / (i + 1);
        }

        return weights;
    }

    /// <summary>numerator / denominator as the nearest double or within an ulp of it: 64 significant bits are divided out first.</summary>
    private static double Quotient(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.IsZero)
        {
            return 0;
        }

        int shift = (int)(denominator.GetBitLength() - numerator.GetBitLength()) + 64;
        BigInteger scaled = shift >= 0 ? (numerator << shift) / denominator : numerator / (BigInteger.One << -shift);
        return Math.ScaleB((double)scaled, -shift);
    }
}
