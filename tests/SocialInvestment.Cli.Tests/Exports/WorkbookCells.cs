using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>A cell as read back with the Open XML SDK: its text (the string, or the number as stored), whether it is a string, and its number format's code.</summary>
internal sealed record ReadCell(string Value, bool IsText, string NumberFormat, bool Bold);

/// <summary>A sheet as read back: its name, its rows of cells by column (null where no cell), its frozen pane and its filter.</summary>
internal sealed record ReadSheet(string Name, IReadOnlyList<IReadOnlyList<ReadCell?>> Rows, string? FrozenPane, string? AutoFilter)
{
    /// <summary>The header row's texts.</summary>
    internal IReadOnlyList<string> Headers => Rows[0].Select(c => c?.Value ?? string.Empty).ToList();

    /// <summary>The rows below the header.</summary>
    internal IEnumerable<IReadOnlyList<ReadCell?>> Body => Rows.Skip(1);
}

/// <summary>Reads a workbook's sheets back with the Open XML SDK, independently of how it was written.</summary>
internal static class WorkbookCells
{
    /// <summary>Excel's built-in number formats the workbook may use, by id (ECMA-376 Part 1, 18.8.30).</summary>
    private static readonly Dictionary<uint, string> BuiltIn = new() { [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [14] = "mm-dd-yy" };

    /// <summary>The sheets of the workbook at <paramref name="path"/>, in order.</summary>
    internal static IReadOnlyList<ReadSheet> Read(string path)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(path, isEditable: false);
        WorkbookPart workbook = document.WorkbookPart!;
        Stylesheet styles = workbook.WorkbookStylesPart!.Stylesheet;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        List<CellFormat> formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        List<Font> fonts = styles.Fonts!.Elements<Font>().ToList();
        string[] shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var sheets = new List<ReadSheet>();
        foreach (Sheet sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            Worksheet worksheet = part.Worksheet;
            var rows = new List<IReadOnlyList<ReadCell?>>();
            foreach (Row row in worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                Assert.Equal((uint)(rows.Count + 1), row.RowIndex!.Value);
                var cells = new List<ReadCell?>();
                foreach (Cell cell in row.Elements<Cell>())
                {
                    int column = ColumnIndex(cell.CellReference!.Value!);
                    while (cells.Count < column)
                    {
                        cells.Add(null);
                    }

                    CellFormat format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                    uint formatId = format.NumberFormatId?.Value ?? 0;
                    string code = custom.TryGetValue(formatId, out string? c) ? c : BuiltIn[formatId];
                    bool bold = fonts[(int)(format.FontId?.Value ?? 0)].Bold is not null;
                    cells.Add(cell.DataType?.Value == CellValues.InlineString ? new ReadCell(cell.InlineString!.InnerText, true, code, bold)
                        : cell.DataType?.Value == CellValues.SharedString ? new ReadCell(shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)], true, code, bold)
                        : cell.DataType?.Value == CellValues.String ? new ReadCell(cell.CellValue!.Text, true, code, bold)
                        : new ReadCell(cell.CellValue!.Text, false, code, bold));
                }

                rows.Add(cells);
            }

            Pane? pane = worksheet.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
            string? frozen = pane?.State?.Value == PaneStateValues.Frozen ? $"{pane.VerticalSplit?.Value ?? 0} row(s) from {pane.TopLeftCell?.Value}" : null;
            sheets.Add(new ReadSheet(sheet.Name!.Value!, rows, frozen, worksheet.GetFirstChild<AutoFilter>()?.Reference?.Value));
        }

        return sheets;
    }

    /// <summary>The 0-based column of a reference such as <c>AB12</c>.</summary>
    internal static int ColumnIndex(string reference)
    {
        int column = 0;
        foreach (char c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }
}
