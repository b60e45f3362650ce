using System.Globalization;
using NodaTime;

namespace SocialInvestment.Cli.Tests.Report;

/// <summary>
/// Reads back what a Danish report writes, independently of the code under test: numbers with a point between thousands
/// and a decimal comma (<c>1.234.567,89</c>), percentages (<c>41,7 %</c>), months and dates in Danish words
/// (<c>marts 2026</c>, <c>31. december 2025</c>). Parsed invariantly, whatever the machine's culture.
/// </summary>
internal static class DanishNumbers
{
    private static readonly string[] MonthNames =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    /// <summary>A Danish number: <c>-1.234,50</c> is -1234.50.</summary>
    internal static decimal Number(string cell)
    {
        Assert.DoesNotContain(" ", cell, StringComparison.Ordinal);
        Assert.Matches("^-?\\d{1,3}(\\.\\d{3})*(,\\d+)?$", cell);
        return decimal.Parse(cell.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>A Danish percentage as a fraction: <c>31,5 %</c> is 0.315.</summary>
    internal static double Percent(string cell)
    {
        Assert.EndsWith(" %", cell, StringComparison.Ordinal);
        return (double)Number(cell[..^2]) / 100;
    }

    /// <summary>A month in Danish words: <c>marts 2026</c>.</summary>
    internal static YearMonth Month(string cell)
    {
        string[] parts = cell.Split(' ');
        Assert.Equal(2, parts.Length);
        int month = Array.IndexOf(MonthNames, parts[0]) + 1;
        Assert.True(month > 0, $"'{cell}' is no Danish month");
        return new YearMonth(int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture), month);
    }

    /// <summary>A date in Danish words: <c>31. december 2025</c>.</summary>
    internal static LocalDate Date(string cell)
    {
        string[] parts = cell.Split(' ');
        Assert.Equal(3, parts.Length);
        Assert.EndsWith(".", parts[0], StringComparison.Ordinal);
        YearMonth month = Month($"{parts[1]} {parts[2]}");
        return month.OnDayOfMonth(int.Parse(parts[0][..^1], NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
