using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SocialInvestment.Cli.Exports;

/// <summary>
/// Writes an Excel workbook (.xlsx) of <see cref="WorkbookSheet"/>s with the Open XML SDK: each sheet's header row frozen
/// and filtered, its rows streamed with <see cref="SheetRows"/>; the same sheets give the same bytes
/// (<see cref="ReproducibleZip"/>). docs/output-formats.md, "settlement.xlsx".
/// </summary>
internal static class Workbook
{
    /// <summary>The most rows an Excel sheet holds, the header row included.</summary>
    internal const int MaxRows = 1_048_576;

    /// <summary>The content type of a workbook's main part (.xlsx, no macros).</summary>
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>Why <paramref name="sheets"/> do not fit in a workbook (a sheet of more rows than Excel holds below its header), or null where they fit.</summary>
    internal static string? Refusal(IEnumerable<WorkbookSheet> sheets, string fileName) =>
        sheets.FirstOrDefault(s => s.Rows > MaxRows - 1) is { } sheet
            ? FormattableString.Invariant(
                $"--xlsx: {fileName} not written: the sheet '{sheet.Name}' would have {sheet.Rows} rows below its header, and an Excel sheet holds at most {MaxRows - 1}; nothing was written (the CSV files, or --parquet where the command has it, hold any number of rows).")
            : null;

    /// <summary>Writes the workbook of <paramref name="sheets"/>, in order, to <paramref name="stream"/> (left open).</summary>
    /// <exception cref="InvalidOperationException">A sheet has more rows than Excel holds (check <see cref="Refusal"/> first).</exception>
    /// <remarks>
    /// The SDK's packages are read-write (a zip in update mode, every part held uncompressed in memory until saved), so
    /// the SDK first makes the package with each worksheet empty, in memory, a few kilobytes; then the package is copied
    /// entry by entry into <paramref name="stream"/>, each worksheet's rows written by the SDK's <see cref="OpenXmlWriter"/>
    /// straight into its compressed entry: a sheet of a million rows is never held in memory. Every entry gets one fixed
    /// time (<see cref="ReproducibleZip"/>).
    /// </remarks>
    internal static void Write(Stream stream, IReadOnlyList<WorkbookSheet> sheets)
    {
        if (Refusal(sheets, "the workbook") is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        using var skeleton = new MemoryStream();
        Dictionary<string, WorkbookSheet> parts = WriteSkeleton(skeleton, sheets);
        skeleton.Position = 0;
        ReproducibleZip.Copy(skeleton, stream, entry => parts.TryGetValue(entry, out WorkbookSheet? sheet) ? into => WriteSheet(into, sheet) : null);
    }

    /// <summary>Makes the package with empty worksheets; returns the sheet of each worksheet's zip entry name.</summary>
    private static Dictionary<string, WorkbookSheet> WriteSkeleton(Stream into, IReadOnlyList<WorkbookSheet> sheets)
    {
        var parts = new Dictionary<string, WorkbookSheet>(StringComparer.Ordinal);
        using SpreadsheetDocument document = SpreadsheetDocument.Create(into, SpreadsheetDocumentType.Workbook);
        // AddWorkbookPart would name its relationship from a new GUID: the id is given, so the package is the same every time.
        WorkbookPart workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
        var entries = new Sheets();
        var filters = new DefinedNames();
        for (int i = 0; i < sheets.Count; i++)
        {
            // Relationship ids by position (and the workbook's rId1), never generated: the same sheets give the same package.
            string id = RelationshipId(i);
            WorksheetPart part = workbookPart.AddNewPart<WorksheetPart>(id);
            part.Worksheet = new Worksheet(new SheetData());
            parts.Add(part.Uri.OriginalString.TrimStart('/'), sheets[i]);
            string range = FormattableString.Invariant($"$A$1:${SheetRows.ColumnName(sheets[i].Columns.Count - 1)}${sheets[i].Rows + 1}");
            entries.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            filters.Append(new DefinedName($"{Quoted(sheets[i].Name)}!{range}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
        }

        WorkbookStylesPart styles = workbookPart.AddNewPart<WorkbookStylesPart>(RelationshipId(sheets.Count));
        styles.Stylesheet = WorkbookStyles.Create();
        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new BookViews(new WorkbookView()), entries, filters);
        return parts;
    }

    /// <summary>Writes one worksheet into <paramref name="into"/>: the frozen header row, the rows, the filter on the header.</summary>
    private static void WriteSheet(Stream into, WorkbookSheet sheet)
    {
        using OpenXmlWriter writer = OpenXmlWriter.Create(into);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(
            new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
            { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(sheet.Columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        var rows = new SheetRows(writer, sheet.Columns.Count, firstRow: 1);
        foreach (SheetColumn column in sheet.Columns)
        {
            rows.Text(column.Header, CellStyle.Header);
        }

        rows.EndRow();
        sheet.WriteRows(rows);
        uint lastRow = rows.NextRow - 1;
        if (lastRow != sheet.Rows + 1)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"The sheet '{sheet.Name}' was to have {sheet.Rows} rows below its header; {lastRow - 1} were written."));
        }

        writer.WriteEndElement();
        string lastColumn = SheetRows.ColumnName(sheet.Columns.Count - 1);
        writer.WriteElement(new AutoFilter { Reference = FormattableString.Invariant($"A1:{lastColumn}{lastRow}") });
        writer.WriteEndElement();
    }

    private static string RelationshipId(int index) => "rId" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A sheet's name as a formula names it: in single quotes, a quote doubled.</summary>
    private static string Quoted(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
