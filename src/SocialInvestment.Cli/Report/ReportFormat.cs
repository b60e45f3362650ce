using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Cli;

/// <summary>
/// How the report writes numbers (docs/report.md): invariantly on every machine, amounts with a comma between thousands and
/// two decimals (<c>1,234,567.89</c>), shares and rates as percentages with one decimal (<c>41.7 %</c>), p-values with
/// four decimals (<c>&lt; 0.0001</c> below that), hazards as hazards.csv writes them, months as <c>yyyy-MM</c>.
/// </summary>
internal static class ReportFormat
{
    /// <summary>An amount of money: <c>-1,234.50</c>.</summary>
    internal static string Money(Money amount) => Amount(amount.Amount);

    /// <summary>A decimal amount: <c>-1,234.50</c>.</summary>
    internal static string Amount(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A share given as a fraction, as a percentage with one decimal: 0.41666 is <c>41.7 %</c>.</summary>
    internal static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>A share given as an exact fraction, as a percentage with as many decimals as it has: 0.035 is <c>3.5 %</c>.</summary>
    internal static string Percent(decimal share) => (share * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    /// <summary>A p-value with four decimals, or <c>&lt; 0.0001</c>.</summary>
    internal static string PValue(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>A whole number with thousands separators: <c>12,345</c>.</summary>
    internal static string Count(long n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>A number given exactly (a design's value or factor), without trailing zeros or separators, as design.csv writes it: 0.40 is <c>0.4</c>.</summary>
    internal static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A money multiple as economics.json writes it: up to six decimals.</summary>
    internal static string Multiple(decimal multiple) => multiple.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>
    /// A probability (a projection's hazard) as hazards.csv writes it: its shortest form that reads back as the same double,
    /// in plain digits (<c>0.083333</c>, <c>0.00001</c>, <c>1</c>).
    /// </summary>
    internal static string Probability(double p)
    {
        string shortest = p.ToString("R", CultureInfo.InvariantCulture);
        return shortest.Contains('E', StringComparison.Ordinal)
            ? decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            : shortest;
    }

    /// <summary>A month: <c>2026-03</c>.</summary>
    internal static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);

    /// <summary>A date: <c>2026-03-31</c>.</summary>
    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
