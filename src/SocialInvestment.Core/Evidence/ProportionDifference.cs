using MathNet.Numerics.Distributions;

namespace SocialInvestment;

/// <summary>
/// The difference between the share of a cohort and that of a comparison group, p₁ − p₂, with Newcombe's hybrid score
/// interval and the two-proportion z test with pooled variance (docs/evidence.md, "Against a comparison group").
/// Values are <see cref="double"/>: statistics, not money.
/// </summary>
public sealed class ProportionDifference
{
    private ProportionDifference(Proportion cohort, Proportion comparison)
    {
        Cohort = cohort;
        Comparison = comparison;
    }

    /// <summary>The cohort's share k₁ of n₁, with its Wilson interval.</summary>
    public Proportion Cohort { get; }

    /// <summary>The comparison group's share k₂ of n₂, with its Wilson interval.</summary>
    public Proportion Comparison { get; }

    /// <summary>p₁ − p₂; null where either group is empty.</summary>
    public double? Difference { get; private init; }

    /// <summary>Newcombe's hybrid score interval of the difference (method 10 of Newcombe 1998) at the groups' confidence level; null where either group is empty.</summary>
    public ConfidenceInterval? Interval { get; private init; }

    /// <summary>
    /// z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)) with p̄ = (k₁ + k₂)/(n₁ + n₂); null where either group is empty or
    /// p̄ is 0 or 1 (nobody, or everybody, met it: there is no variance to test against).
    /// </summary>
    public double? Z { get; private init; }

    /// <summary>z², Pearson's chi-squared of the 2 × 2 table without continuity correction (R's <c>prop.test(correct = FALSE)</c>); null where <see cref="Z"/> is.</summary>
    public double? ChiSquared => Z * Z;

    /// <summary>The two-sided p-value of the z test, 2·Φ(−|z|); null where <see cref="Z"/> is.</summary>
    public double? TwoSidedP { get; private init; }

    /// <summary>Compares a cohort's share with a comparison group's.</summary>
    /// <param name="cohort">The cohort's share (group 1).</param>
    /// <param name="comparison">The comparison group's share (group 2), at the same confidence level.</param>
    /// <exception cref="ArgumentException">The two shares have different confidence levels.</exception>
    public static ProportionDifference Between(Proportion cohort, Proportion comparison)
    {
        Preconditions.CheckNotNull(cohort, nameof(cohort));
        Preconditions.CheckNotNull(comparison, nameof(comparison));
        Preconditions.CheckArgument(cohort.ConfidenceLevel == comparison.ConfidenceLevel, nameof(comparison), "Both shares have the same confidence level.");
        if (cohort is not { Share: { } p1, Interval: { } i1 } || comparison is not { Share: { } p2, Interval: { } i2 })
        {
            return new ProportionDifference(cohort, comparison);
        }

        double d = p1 - p2;
        var interval = new ConfidenceInterval(
            d - Math.Sqrt(Square(p1 - i1.Lower) + Square(i2.Upper - p2)),
            d + Math.Sqrt(Square(i1.Upper - p1) + Square(p2 - i2.Lower)));
        int met = cohort.Met + comparison.Met;
        int total = cohort.Total + comparison.Total;
        double? z = null;
        double? p = null;
        if (met > 0 && met < total)
        {
            double pooled = (double)met / total;
            z = d / Math.Sqrt(pooled * (1 - pooled) * ((1.0 / cohort.Total) + (1.0 / comparison.Total)));
            p = 2 * Normal.CDF(0, 1, -Math.Abs(z.Value));
        }

        return new ProportionDifference(cohort, comparison) { Difference = d, Interval = interval, Z = z, TwoSidedP = p };
    }

    /// <inheritdoc/>
    public override string ToString() => Interval is { } i
        ? FormattableString.Invariant($"{Difference:0.####} [{i.Lower:0.####}, {i.Upper:0.####}], z = {Z:0.####}, p = {TwoSidedP:G6}")
        : "no difference: a group is empty";

    private static double Square(double x) => x * x;
}
