using System.Globalization;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>What a workbook cell must hold for a value of an independent output (a CSV field, a JSON value).</summary>
internal enum CellKind
{
    /// <summary>A string, the same text.</summary>
    Text,

    /// <summary>A date: a serial number (days since 1899-12-30) shown as <c>yyyy-mm-dd</c>.</summary>
    Date,

    /// <summary>An amount: a number shown as <c>#,##0.00</c>.</summary>
    Amount,

    /// <summary>A whole number shown as <c>0</c>.</summary>
    Count,

    /// <summary>A number in Excel's General format (a share, a ratio, a rate).</summary>
    Number,
}

/// <summary>Checks one cell against the text an independent output gives for it.</summary>
internal static class ExpectCell
{
    private static readonly DateOnly SerialZero = new(1899, 12, 30);

    /// <summary>
    /// Asserts that <paramref name="cell"/> holds <paramref name="expected"/> (as lines.csv, outcomes.csv or a JSON file
    /// writes it) as a cell of <paramref name="kind"/>; an empty <paramref name="expected"/> is an absent cell.
    /// </summary>
    internal static void Is(string expected, CellKind kind, ReadCell? cell, string where)
    {
        if (expected.Length == 0)
        {
            Assert.True(cell is null, $"{where}: expected no cell, found {cell}");
            return;
        }

        Assert.True(cell is not null, $"{where}: expected '{expected}', found no cell");
        Assert.True(cell.IsText == (kind == CellKind.Text), $"{where}: expected a {kind} cell for '{expected}', found {cell}");
        string? format = kind switch
        {
            CellKind.Date => "yyyy-mm-dd",
            CellKind.Amount => "#,##0.00",
            CellKind.Count => "0",
            CellKind.Number => "General",
            _ => null,
        };
        Assert.True(format is null || cell.NumberFormat == format, $"{where}: expected the format {format}, found {cell}");
        bool same = kind switch
        {
            CellKind.Text => cell.Value == expected,
            CellKind.Date => SerialZero.AddDays(int.Parse(cell.Value, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == expected,
            _ => decimal.Parse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        Assert.True(same, $"{where}: expected '{expected}' as {kind}, found {cell}");
    }
}
