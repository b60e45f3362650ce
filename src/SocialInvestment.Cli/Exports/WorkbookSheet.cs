namespace SocialInvestment.Cli.Exports;

/// <summary>
/// One sheet of a workbook: a header row of <paramref name="Columns"/> (frozen, with a filter on it), then the rows that
/// <paramref name="WriteRows"/> writes, streamed, so that a sheet of a million rows is never held in memory.
/// </summary>
/// <param name="Name">The sheet's name (at most 31 characters, none of <c>[]:*?/\</c>), in the workbook's language.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">How many rows <paramref name="WriteRows"/> writes (below the header): known before a byte is written, so that a sheet Excel cannot hold is refused first.</param>
/// <param name="WriteRows">Writes the rows, each with one cell per column.</param>
internal sealed record WorkbookSheet(string Name, IReadOnlyList<SheetColumn> Columns, long Rows, Action<SheetRows> WriteRows);
