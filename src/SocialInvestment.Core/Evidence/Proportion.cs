namespace SocialInvestment;

/// <summary>
/// A share k of n (participants who met a trigger, of all participants) with its Wilson score interval
/// (docs/evidence.md, "A share and its interval"). Shares and ends are <see cref="double"/>: statistics, not money.
/// </summary>
public sealed class Proportion
{
    private Proportion(int met, int total, double confidenceLevel, double? share, ConfidenceInterval? interval)
    {
        Met = met;
        Total = total;
        ConfidenceLevel = confidenceLevel;
        Share = share;
        Interval = interval;
    }

    /// <summary>k: how many met it.</summary>
    public int Met { get; }

    /// <summary>n: how many there are.</summary>
    public int Total { get; }

    /// <summary>The confidence level of <see cref="Interval"/>, for example 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>k / n; null where n = 0 (no share can be estimated from nobody).</summary>
    public double? Share { get; }

    /// <summary>The Wilson score interval of the share; null where n = 0. Its lower end is exactly 0 where k = 0, its upper end exactly 1 where k = n.</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>The share <paramref name="met"/> of <paramref name="total"/> with its Wilson score interval.</summary>
    /// <param name="met">k, from 0 to <paramref name="total"/>.</param>
    /// <param name="total">n, at least 0.</param>
    /// <param name="confidenceLevel">The interval's confidence level, above 0 and below 1; 0.95 for 95 %.</param>
    /// <exception cref="ArgumentException">A count is out of range, or the level is not in (0, 1).</exception>
    public static Proportion Of(int met, int total, double confidenceLevel = Confidence.DefaultLevel)
    {
        Preconditions.CheckArgument(total >= 0, nameof(total), "A count of participants is at least 0.");
        Preconditions.CheckArgument(met >= 0 && met <= total, nameof(met), "The number who met it is from 0 to the number of participants.");
        double z = Confidence.Z(confidenceLevel, nameof(confidenceLevel));
        if (total == 0)
        {
            return new Proportion(met, total, confidenceLevel, null, null);
        }

        double k = met;
        double n = total;
        double z2 = z * z;

        // (k + z²/2 ± z·√(k(n − k)/n + z²/4)) / (n + z²): Wilson's (2np̂ + z² ± z√(z² + 4np̂q̂)) / (2(n + z²)) divided
        // through by 2, with np̂q̂ written as k(n − k)/n so that nothing cancels.
        double centre = (k + (z2 / 2)) / (n + z2);
        double half = z * Math.Sqrt((k * (n - k) / n) + (z2 / 4)) / (n + z2);

        // At k = 0 and k = n the formula gives 0 and 1 exactly in real arithmetic; say so rather than leave rounding dust.
        double lower = met == 0 ? 0 : centre - half;
        double upper = met == total ? 1 : centre + half;
        return new Proportion(met, total, confidenceLevel, k / n, new ConfidenceInterval(lower, upper));
    }

    /// <inheritdoc/>
    public override string ToString() => Interval is { } i
        ? FormattableString.Invariant($"{Met}/{Total} = {Share:0.####} [{i.Lower:0.####}, {i.Upper:0.####}]")
        : FormattableString.Invariant($"{Met}/{Total}");
}
