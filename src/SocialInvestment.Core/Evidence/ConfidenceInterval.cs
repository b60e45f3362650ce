namespace SocialInvestment;

/// <summary>
/// A two-sided confidence interval for a share or a difference of shares, both ends included. The ends are
/// <see cref="double"/>: they are statistics, not money (docs/evidence.md).
/// </summary>
/// <param name="Lower">The lower end.</param>
/// <param name="Upper">The upper end, at least <paramref name="Lower"/>.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper);
