using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Cli;

/// <summary>
/// How what people read writes numbers, in a language (docs/report.md).
/// <para>
/// English (<see cref="English"/>), the same on every machine: amounts with a comma between thousands and two decimals
/// (<c>1,234,567.89</c>), shares and rates as percentages with one decimal (<c>41.7 %</c>), p-values with four decimals
/// (<c>&lt; 0.0001</c> below that), hazards as hazards.csv writes them, months as <c>yyyy-MM</c>, dates as <c>yyyy-MM-dd</c>.
/// </para>
/// <para>
/// Danish (<see cref="Danish"/>): the same digits with a point between thousands and a decimal comma (<c>1.234.567,89</c>,
/// <c>41,7 %</c>), an amount in DKK followed by <c>kr.</c>, months and dates in words (<c>december 2025</c>,
/// <c>31. december 2025</c>). The separators and month names are written here rather than taken from the machine's
/// culture data, so that every machine writes the same bytes.
/// </para>
/// </summary>
internal sealed class ReportFormat
{
    /// <summary>English number formats (the invariant culture's digits with a comma between thousands).</summary>
    internal static readonly ReportFormat English = new(CultureInfo.InvariantCulture.NumberFormat, monthNames: null);

    /// <summary>Danish number and date formats.</summary>
    internal static readonly ReportFormat Danish = new(
        new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" },
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]);

    private readonly NumberFormatInfo numbers;
    private readonly string[]? monthNames;

    private ReportFormat(NumberFormatInfo numbers, string[]? monthNames)
    {
        this.numbers = NumberFormatInfo.ReadOnly(numbers);
        this.monthNames = monthNames;
    }

    /// <summary>An amount of money: <c>-1,234.50</c> (Danish <c>-1.234,50</c>).</summary>
    internal string Money(Money amount) => Amount(amount.Amount);

    /// <summary>A decimal amount: <c>-1,234.50</c> (Danish <c>-1.234,50</c>).</summary>
    internal string Amount(decimal amount) => amount.ToString("#,##0.00", numbers);

    /// <summary>
    /// An amount with its currency, as a sentence gives it: <c>1,234.50 DKK</c>; Danish <c>1.234,50 kr.</c> for DKK and
    /// <c>1.234,50 EUR</c> for another currency.
    /// </summary>
    internal string AmountIn(decimal amount, string currency) =>
        Amount(amount) + " " + (monthNames is not null && currency == "DKK" ? "kr." : currency);

    /// <summary>An amount of money with its currency, as <see cref="AmountIn(decimal, string)"/>.</summary>
    internal string MoneyIn(Money amount, string currency) => AmountIn(amount.Amount, currency);

    /// <summary>A share given as a fraction, as a percentage with one decimal: 0.41666 is <c>41.7 %</c> (Danish <c>41,7 %</c>).</summary>
    internal string Percent(double share) => (share * 100).ToString("0.0", numbers) + " %";

    /// <summary>A share given as an exact fraction, as a percentage with as many decimals as it has: 0.035 is <c>3.5 %</c>.</summary>
    internal string Percent(decimal share) => (share * 100).ToString("0.####", numbers) + " %";

    /// <summary>A p-value with four decimals, or <c>&lt; 0.0001</c>.</summary>
    internal string PValue(double p) => p < 0.0001 ? "< " + 0.0001.ToString("0.0000", numbers) : p.ToString("0.0000", numbers);

    /// <summary>A chart axis's number, with up to two decimals: <c>1,234.5</c> (Danish <c>1.234,5</c>).</summary>
    internal string Axis(double value) => value.ToString("#,##0.##", numbers);

    /// <summary>A whole number with thousands separators: <c>12,345</c> (Danish <c>12.345</c>).</summary>
    internal string Count(long n) => n.ToString("#,##0", numbers);

    /// <summary>A number given exactly (a design's value or factor), without trailing zeros or separators, as design.csv writes it: 0.40 is <c>0.4</c> (Danish <c>0,4</c>).</summary>
    internal string Exact(decimal value) => value.ToString("0.############################", numbers);

    /// <summary>A money multiple as economics.json writes it: up to six decimals.</summary>
    internal string Multiple(decimal multiple) => multiple.ToString("0.######", numbers);

    /// <summary>
    /// A probability (a projection's hazard) as hazards.csv writes it: its shortest form that reads back as the same double,
    /// in plain digits (<c>0.083333</c>, <c>0.00001</c>, <c>1</c>); Danish with a decimal comma.
    /// </summary>
    internal string Probability(double p)
    {
        string shortest = p.ToString("R", CultureInfo.InvariantCulture);
        if (shortest.Contains('E', StringComparison.Ordinal))
        {
            shortest = decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        return monthNames is null ? shortest : shortest.Replace('.', ',');
    }

    /// <summary>A month: <c>2026-03</c> (Danish <c>marts 2026</c>).</summary>
    internal string Month(YearMonth month) =>
        monthNames is null
            ? YearMonthPattern.Iso.Format(month)
            : FormattableString.Invariant($"{monthNames[month.Month - 1]} {month.Year}");

    /// <summary>A date: <c>2026-03-31</c> (Danish <c>31. marts 2026</c>).</summary>
    internal string Date(LocalDate date) =>
        monthNames is null
            ? LocalDatePattern.Iso.Format(date)
            : FormattableString.Invariant($"{date.Day}. {monthNames[date.Month - 1]} {date.Year}");
}
