using DocumentFormat.OpenXml.Spreadsheet;

namespace SocialInvestment.Cli.Exports;

/// <summary>The workbook's one stylesheet: a font for text, a bold one for headers, and the formats of <see cref="CellStyle"/> in its order.</summary>
internal static class WorkbookStyles
{
    /// <summary>The number format of dates: ISO, as lines.csv writes them, the same in every language.</summary>
    internal const string DateFormat = "yyyy-mm-dd";

    /// <summary>The id of <see cref="DateFormat"/>: the first id free for a workbook's own formats.</summary>
    internal const uint DateFormatId = 164;

    /// <summary>Excel's built-in format 4, <c>#,##0.00</c>.</summary>
    internal const uint AmountFormatId = 4;

    /// <summary>Excel's built-in format 1, <c>0</c>.</summary>
    internal const uint CountFormatId = 1;

    /// <summary>The stylesheet; its cell formats are indexed by <see cref="CellStyle"/>.</summary>
    internal static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(CellStyle.General),
            Format(CellStyle.Header),
            Format(CellStyle.Date),
            Format(CellStyle.Amount),
            Format(CellStyle.Count))
        { Count = 5 },
        new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Format(CellStyle style) => style switch
    {
        CellStyle.Header => new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
        CellStyle.Date => Numbered(DateFormatId),
        CellStyle.Amount => Numbered(AmountFormatId),
        CellStyle.Count => Numbered(CountFormatId),
        _ => new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
    };

    private static CellFormat Numbered(uint formatId) =>
        new() { NumberFormatId = formatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true };
}
