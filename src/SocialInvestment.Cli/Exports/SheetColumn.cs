namespace SocialInvestment.Cli.Exports;

/// <summary>A column of a sheet: its header, in the workbook's language, and its width in characters.</summary>
/// <param name="Header">The header cell's text.</param>
/// <param name="Width">The column's width, in widths of the digit 0 of the default font.</param>
internal sealed record SheetColumn(string Header, double Width)
{
    /// <summary>A column wide enough for its header and for values of <paramref name="least"/> characters.</summary>
    internal static SheetColumn Of(string header, int least = 12) => new(header, Math.Max(least, header.Length + 2));
}
