namespace SocialInvestment.Cli.Exports;

/// <summary>
/// How a cell is shown: the index of its format in the workbook's styles (<see cref="WorkbookStyles"/>). The cell holds the
/// value (a number, a date's serial number or text); the number format decides only how Excel shows it, in any language.
/// </summary>
internal enum CellStyle : uint
{
    /// <summary>Text, and numbers as Excel's General shows them (shares, ratios).</summary>
    General = 0,

    /// <summary>A header: bold text.</summary>
    Header = 1,

    /// <summary>A date: the serial number of days since 1899-12-30 shown as <c>yyyy-mm-dd</c>.</summary>
    Date = 2,

    /// <summary>An amount: shown with thousands separators and two decimals (<c>#,##0.00</c>, Excel's format 4).</summary>
    Amount = 3,

    /// <summary>A count: a whole number shown as <c>0</c> (Excel's format 1).</summary>
    Count = 4,
}
