using NodaTime;

namespace SocialInvestment.Cli.Tests;

public class ReportFormatTests
{
    [Fact]
    public void Danish_amounts_have_a_point_between_thousands_and_a_decimal_comma_and_DKK_is_kr()
    {
        Assert.Equal("1.234.567,89", ReportFormat.Danish.Amount(1234567.89m));
        Assert.Equal("-0,50", ReportFormat.Danish.Amount(-0.5m));
        Assert.Equal("1.234.567,89 kr.", ReportFormat.Danish.AmountIn(1234567.89m, "DKK"));
        Assert.Equal("1.234,00 EUR", ReportFormat.Danish.AmountIn(1234m, "EUR"));
        Assert.Equal("1,234,567.89 DKK", ReportFormat.English.AmountIn(1234567.89m, "DKK"));
    }

    [Fact]
    public void Danish_dates_and_months_are_in_words()
    {
        Assert.Equal("31. december 2025", ReportFormat.Danish.Date(new LocalDate(2025, 12, 31)));
        Assert.Equal("1. marts 2026", ReportFormat.Danish.Date(new LocalDate(2026, 3, 1)));
        Assert.Equal("maj 2026", ReportFormat.Danish.Month(new YearMonth(2026, 5)));
        Assert.Equal("2025-12-31", ReportFormat.English.Date(new LocalDate(2025, 12, 31)));
        Assert.Equal("2026-05", ReportFormat.English.Month(new YearMonth(2026, 5)));
    }

    [Fact]
    public void Danish_shares_counts_and_probabilities_use_the_decimal_comma()
    {
        Assert.Equal("41,7 %", ReportFormat.Danish.Percent(0.41666));
        Assert.Equal("3,5 %", ReportFormat.Danish.Percent(0.035m));
        Assert.Equal("12.345", ReportFormat.Danish.Count(12345));
        Assert.Equal("< 0,0001", ReportFormat.Danish.PValue(0.00001));
        Assert.Equal("0,0123", ReportFormat.Danish.PValue(0.0123));
        Assert.Equal("0,00001", ReportFormat.Danish.Probability(0.00001));
        Assert.Equal("0,4", ReportFormat.Danish.Exact(0.40m));
        Assert.Equal("< 0.0001", ReportFormat.English.PValue(0.00001));
    }

    [Fact]
    public void Language_is_read_from_its_code_in_either_letter_case()
    {
        Assert.Same(Language.Danish, Language.FromCode("da"));
        Assert.Same(Language.Danish, Language.FromCode("DA"));
        Assert.Same(Language.English, Language.FromCode("en"));
        Assert.Null(Language.FromCode("dk"));
        Assert.Equal("Totaler", Language.Danish.Say("Totals", "Totaler"));
        Assert.Equal("Totals", Language.English.Say("Totals", "Totaler"));
    }
}
