namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>
/// settlement.xlsx opens in LibreOffice headless: it prints to PDF, and its first sheet read by LibreOffice, as shown,
/// is lines.csv (the amounts with two decimals and thousands separators, the dates as dates). Headless LibreOffice never
/// asks to repair a file: a file it could not read would give no PDF or other cells. The Open XML validator's test
/// (<see cref="SettlementWorkbookTests"/>) is the guard against Excel's repair prompt.
/// </summary>
public sealed class LibreOfficeTests
{
    [LibreOfficeFact]
    public void LibreOffice_prints_the_workbook_to_pdf_and_shows_its_first_sheet_as_lines_csv()
    {
        using var output = new TempFolder();
        using var converted = new TempFolder();
        WorkbookCases.Settle(WorkbookCases.Open("samples/life-chances-fund-payers"), output.Path, Language.English);
        string workbook = Path.Combine(output.Path, "settlement.xlsx");
        string profile = Path.Combine(converted.Path, "profile");

        var (pdfExit, pdfOutput) = LibreOffice.Convert(workbook, "pdf", converted.Path, profile);
        var (csvExit, csvOutput) = LibreOffice.Convert(workbook, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true", converted.Path, profile);

        Assert.True(pdfExit == 0, pdfOutput);
        var pdf = new FileInfo(Path.Combine(converted.Path, "settlement.pdf"));
        Assert.True(pdf.Exists && pdf.Length > 0, $"no PDF: {pdfOutput}");
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf.FullName)[..5]);

        Assert.True(csvExit == 0, csvOutput);
        List<string[]> shown = CsvRecords.Read(Path.Combine(converted.Path, "settlement.csv"));
        List<string[]> lines = CsvRecords.Read(Path.Combine(output.Path, "lines.csv"));
        Assert.Equal(["Participant", "Payment", "Period", "Date", "Amount", "Payable", "Capped", "Paid before", "Due"], shown[0]);
        Assert.Equal(lines.Count, shown.Count);
        for (int i = 1; i < lines.Count; i++)
        {
            // Shown as the formats say: ISO dates, amounts #,##0.00 (en-US separators); lines.csv without the separators.
            Assert.Equal(lines[i], shown[i].Select((field, c) => c >= 4 ? field.Replace(",", string.Empty, StringComparison.Ordinal) : field));
            Assert.All(shown[i][4..], amount => Assert.Matches(@"^-?\d{1,3}(,\d{3})*\.\d\d$", amount));
        }
    }
}
