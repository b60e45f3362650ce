using NodaTime;

namespace SocialInvestment;

/// <summary>
/// One calendar month of a participant's saving (SPEC §7): <c>D</c> = Σ (1 − s(d)) over the window days of the month
/// that are on or before <c>as_of</c>, with the month's rate and length, and its last day as a day number; with a municipal
/// share (SPEC-DK DK5), <see cref="MunicipalDays"/> = Σ (1 − s(d)) × m(d) over the same days. <see cref="RateCents"/> is
/// <see cref="Rate"/> in øre, computed once a year rather than for every use. The month is a <see cref="SocialInvestment.MonthNumber"/>.
/// </summary>
internal readonly record struct MonthlySaving(int MonthNumber, int LastDayNumber, int DaysInMonth, decimal SelfSupportedDays, Money Rate, long RateCents, decimal MunicipalDays = 0m)
{
    /// <summary>
    /// <see cref="SelfSupportedDays"/> in whole units, where the timeline gave it so (the same value): the fast paths
    /// multiply it without taking the decimal apart. Null for a month summed as decimals.
    /// </summary>
    internal ScaledDays? SelfSupportedUnits { get; init; }

    /// <summary>The calendar month.</summary>
    internal YearMonth Month => SocialInvestment.MonthNumber.ToYearMonth(MonthNumber);

    /// <summary>A month as a line's period, <c>yyyy-MM</c>.</summary>
    internal static string PeriodOf(YearMonth month) => string.Create(7, month, static (span, month) =>
    {
        month.Year.TryFormat(span[..4], out _, "D4", System.Globalization.CultureInfo.InvariantCulture);
        span[4] = '-';
        month.Month.TryFormat(span[5..], out _, "D2", System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary><c>round(share × (1 − deadweight) × rate × D / days_in_month)</c> in hundredths: divide last, round once.</summary>
    internal long ShareCents(decimal share, decimal deadweight) =>
        ExactDecimal.RoundProductToCents([share, 1m - deadweight, Rate.Amount, SelfSupportedDays], DaysInMonth);

    /// <summary>
    /// <see cref="ShareCents(decimal, decimal)"/> with <c>share × (1 − deadweight)</c> multiplied once per payment
    /// (<paramref name="factor"/>; null where it needs more than 64 bits) and the rate in øre: the same product of the
    /// same values, in the same order, so the same hundredths.
    /// </summary>
    internal long ShareCents(decimal share, decimal deadweight, ExactDecimal.Product64? factor) =>
        SelfSupportedUnits is { Units: 0 } ? 0 // no self-supported day: the product is 0, and so is its rounding
        : factor is { } product && product.TryTimes(RateCents, 2, out product)
            && (SelfSupportedUnits is { } units ? product.TryTimes(units.Units, units.Scale, out product) : product.TryTimes(SelfSupportedDays, out product))
            && product.TryRoundToCents(DaysInMonth, out long cents)
            ? cents
            : ShareCents(share, deadweight);

    /// <summary>
    /// <c>round(share × (1 − deadweight) × rate × Σ_d (1 − s(d)) × m(d) / days_in_month)</c> in hundredths (SPEC-DK DK5,
    /// <c>"of": "municipality"</c>): divide last, round once.
    /// </summary>
    internal long MunicipalShareCents(decimal share, decimal deadweight) =>
        ExactDecimal.RoundProductToCents([share, 1m - deadweight, Rate.Amount, MunicipalDays], DaysInMonth);

    /// <summary><c>rate × Σ (1 − s(d)) × m(d) / days_in_month</c>, exact.</summary>
    internal Fraction Municipal => Fraction.Of([Rate.Amount, MunicipalDays], DaysInMonth);

    /// <summary><c>rate × D / days_in_month</c>, exact.</summary>
    internal Fraction Gross => Fraction.Of([Rate.Amount, SelfSupportedDays], DaysInMonth);
}
