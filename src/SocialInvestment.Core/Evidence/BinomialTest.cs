using MathNet.Numerics.Distributions;

namespace SocialInvestment;

/// <summary>
/// The exact binomial test of k of n against a baseline rate p₀ (docs/evidence.md, "Against a baseline rate"): the
/// two-sided p-value as R's <c>binom.test</c> computes it, and the one-sided p-value for a rate above the baseline.
/// p-values are <see cref="double"/>: statistics, not money.
/// </summary>
public sealed class BinomialTest
{
    /// <summary>The relative tolerance with which another outcome counts as no more likely than the one seen (R's <c>1 + 1e-7</c>).</summary>
    internal const double RelativeTolerance = 1e-7;

    private BinomialTest(int met, int total, double baselineRate, double twoSidedP, double greaterP)
    {
        Met = met;
        Total = total;
        BaselineRate = baselineRate;
        TwoSidedP = twoSidedP;
        GreaterP = greaterP;
    }

    /// <summary>k: how many met it.</summary>
    public int Met { get; }

    /// <summary>n: how many there are, at least 1.</summary>
    public int Total { get; }

    /// <summary>p₀, the baseline rate tested against.</summary>
    public double BaselineRate { get; }

    /// <summary>
    /// The two-sided p-value: Σ P(X = i) over the i with P(X = i) ≤ P(X = k) × (1 + 10⁻⁷), X ~ Binomial(n, p₀), at most 1.
    /// </summary>
    public double TwoSidedP { get; }

    /// <summary>The one-sided p-value for a rate above the baseline: P(X ≥ k).</summary>
    public double GreaterP { get; }

    /// <summary>Tests <paramref name="met"/> of <paramref name="total"/> against <paramref name="baselineRate"/>.</summary>
    /// <param name="met">k, from 0 to <paramref name="total"/>.</param>
    /// <param name="total">n, at least 1.</param>
    /// <param name="baselineRate">p₀, from 0 to 1.</param>
    /// <exception cref="ArgumentException">A count or the rate is out of range.</exception>
    public static BinomialTest Against(int met, int total, double baselineRate)
    {
        Preconditions.CheckArgument(total >= 1, nameof(total), "A binomial test needs at least one participant.");
        Preconditions.CheckArgument(met >= 0 && met <= total, nameof(met), "The number who met it is from 0 to the number of participants.");
        Preconditions.CheckArgument(baselineRate is >= 0 and <= 1, nameof(baselineRate), "A baseline rate is from 0 to 1.");
        return new BinomialTest(met, total, baselineRate, TwoSided(met, total, baselineRate), AtLeast(met, total, baselineRate));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"{Met}/{Total} against {BaselineRate}: two-sided p = {TwoSidedP:G6}, greater p = {GreaterP:G6}");

    /// <summary>
    /// R's <c>binom.test</c> two-sided rule, step by step: the tail holding k is summed whole (the distribution is
    /// unimodal, so every outcome beyond k is less likely than k), and from the other side of the mean m = n·p₀ the
    /// outcomes no more likely than k, which form that side's far end.
    /// </summary>
    private static double TwoSided(int k, int n, double p)
    {
        if (p == 0)
        {
            return k == 0 ? 1 : 0;
        }

        if (p == 1)
        {
            return k == n ? 1 : 0;
        }

        double m = n * p;
        if (k == m)
        {
            return 1;
        }

        double threshold = Binomial.PMF(p, n, k) * (1 + RelativeTolerance);
        double sum;
        if (k < m)
        {
            // From ⌈m⌉ up, P(X = i) does not increase: the outcomes no more likely than k are i = j … n.
            int j = First((int)Math.Ceiling(m), n, i => Binomial.PMF(p, n, i) <= threshold);
            sum = Binomial.CDF(p, n, k) + AtLeast(j, n, p);
        }
        else
        {
            // From 0 up to ⌊m⌋, P(X = i) does not decrease: the outcomes no more likely than k are i = 0 … j − 1.
            int j = First(0, (int)Math.Floor(m), i => Binomial.PMF(p, n, i) > threshold);
            sum = (j == 0 ? 0 : Binomial.CDF(p, n, j - 1)) + AtLeast(k, n, p);
        }

        return Math.Min(1, sum);
    }

    /// <summary>
    /// The first i in [<paramref name="from"/>, <paramref name="to"/>] where <paramref name="holds"/>, which is false
    /// up to some i and true from it on; <paramref name="to"/> + 1 where it never holds. A binary search: R counts the
    /// same outcomes one by one.
    /// </summary>
    private static int First(int from, int to, Func<int, bool> holds)
    {
        int lo = from;
        int hi = to + 1;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (holds(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>
    /// P(X ≥ k) for X ~ Binomial(n, p), computed as P(Y ≤ n − k) for Y ~ Binomial(n, 1 − p) so that a small upper tail
    /// keeps its digits (1 − P(X ≤ k − 1) would lose them).
    /// </summary>
    private static double AtLeast(int k, int n, double p) => k <= 0 ? 1 : k > n ? 0 : Binomial.CDF(1 - p, n, n - k);
}
