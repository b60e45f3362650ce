namespace SocialInvestment;

/// <summary>
/// A number of days with decimals, <c>Units / 10^Scale</c>, held as a whole number so that summing the self-supported
/// days of a month's segments is integer arithmetic. It is the same decimal, value and scale, that adding the segments'
/// decimals gives (<see cref="ToDecimal"/>): a sum takes the larger scale of its terms, as decimal addition does. Never
/// negative: a support level is at most 1.
/// </summary>
internal readonly record struct ScaledDays(long Units, int Scale)
{
    /// <summary>
    /// The largest scale held: a degree with more decimals than this is summed as a decimal instead. With it, 10^13 ×
    /// 377,580 (the days-in-month multiplier of <see cref="MonthlySavings.TryGrossOf64"/>) and a few years of days fit in
    /// 64 bits.
    /// </summary>
    internal const int MaxScale = 13;

    /// <summary>No days, scale 0: the decimal 0m.</summary>
    internal static ScaledDays Zero => default;

    /// <summary>
    /// The self-supported part <c>1 − s</c> of one day at support level <paramref name="level"/> (0 ≤ s ≤ 1), as
    /// <see cref="SupportTimeline.SelfSupportedDays"/> adds it: a day without support is a whole day of scale 0, a day of
    /// full support adds nothing (0 of scale 0), any other level <c>1 − s</c> at <paramref name="level"/>'s scale. Null
    /// where that scale is above <see cref="MaxScale"/>.
    /// </summary>
    internal static ScaledDays? SelfPerDay(decimal level)
    {
        if (level == 0m)
        {
            return new ScaledDays(1, 0);
        }

        if (level == 1m)
        {
            return Zero;
        }

        int scale = level.Scale;
        if (scale > MaxScale || !ExactDecimal.TryUnits64(level, scale, out long units))
        {
            return null;
        }

        return new ScaledDays(Pow10(scale) - units, scale);
    }

    /// <summary>
    /// <paramref name="days"/> (at least 0) in whole units at its own scale; null where it has more decimals than
    /// <see cref="MaxScale"/> or does not fit.
    /// </summary>
    internal static ScaledDays? Of(decimal days) =>
        days >= 0m && days.Scale <= MaxScale && ExactDecimal.TryUnits64(days, days.Scale, out long units) ? new ScaledDays(units, days.Scale) : null;

    /// <summary><c>1 − x</c> of a part of one day <c>x</c> (0 ≤ x ≤ 1), at the same scale: a support level from its self-supported part.</summary>
    internal ScaledDays OneMinus() => new(Pow10(Scale) - Units, Scale);

    /// <summary>Compares the values (not the scales): negative where this is less than <paramref name="other"/>.</summary>
    internal int CompareTo(ScaledDays other)
    {
        int scale = Math.Max(Scale, other.Scale);
        return UnitsAt(scale).CompareTo(other.UnitsAt(scale));
    }

    /// <summary>This many days <paramref name="count"/> times, at the same scale (a decimal times a whole number).</summary>
    /// <exception cref="OverflowException">The product needs more than 64 bits.</exception>
    internal ScaledDays Times(int count) => new(checked(Units * count), Scale);

    /// <summary>The sum, at the larger of the two scales (as decimal addition gives it).</summary>
    /// <exception cref="OverflowException">The sum needs more than 64 bits.</exception>
    internal ScaledDays Plus(ScaledDays other) =>
        Scale == other.Scale ? new ScaledDays(checked(Units + other.Units), Scale)
        : Scale < other.Scale ? new ScaledDays(checked(UnitsAt(other.Scale) + other.Units), other.Scale)
        : new ScaledDays(checked(Units + other.UnitsAt(Scale)), Scale);

    /// <summary>
    /// <see cref="Units"/> at <paramref name="scale"/> (at least <see cref="Scale"/>, at most <see cref="MaxScale"/>):
    /// the same value in finer units.
    /// </summary>
    /// <exception cref="OverflowException">The result needs more than 64 bits.</exception>
    internal long UnitsAt(int scale) => scale == Scale ? Units : checked(Units * Pow10(scale - Scale));

    /// <summary>10^<paramref name="exponent"/>, exponent 0 to <see cref="MaxScale"/>.</summary>
    internal static long Pow10(int exponent) => PowersOfTen[exponent];

    /// <summary>The same days as a decimal, with <see cref="Scale"/> decimals. Days are never negative.</summary>
    internal decimal ToDecimal() => new(unchecked((int)Units), unchecked((int)(Units >> 32)), 0, false, (byte)Scale);

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000];
}
