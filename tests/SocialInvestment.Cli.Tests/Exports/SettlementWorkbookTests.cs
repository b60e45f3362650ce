using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>
/// <c>sib settle --xlsx</c>: settlement.xlsx, read back with the Open XML SDK, holds every cell of lines.csv, summary.json's
/// totals and outcomes.csv of the same inputs, as numbers, dates and text (docs/output-formats.md, "settlement.xlsx").
/// </summary>
public sealed class SettlementWorkbookTests
{
    private static readonly string[] LineHeaders = ["Participant", "Payment", "Period", "Date", "Amount", "Payable", "Capped", "Paid before", "Due"];
    private static readonly string[] DanishLineHeaders = ["Deltager", "Betaling", "Periode", "Dato", "Beløb", "Til betaling", "Over loft", "Tidligere betalt", "Forfalden"];
    private static readonly CellKind[] LineKinds = [CellKind.Text, CellKind.Text, CellKind.Text, CellKind.Date, CellKind.Amount, CellKind.Amount, CellKind.Amount, CellKind.Amount, CellKind.Amount];
    private static readonly string[] SumHeaders = ["Lines", "Amount", "Payable", "Capped", "Paid before", "Due"];
    private static readonly string[] Amounts = ["amount", "payable", "capped", "paid_before", "due"];

    public static TheoryData<string> Cases => WorkbookCases.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_lines_sheet_is_lines_csv_cell_for_cell_with_dates_as_dates_and_amounts_as_numbers(string name)
    {
        using var output = new TempFolder();
        WorkbookCases.Settle(WorkbookCases.Open(name), output.Path, Language.English);

        IReadOnlyList<ReadSheet> sheets = WorkbookCells.Read(Path.Combine(output.Path, "settlement.xlsx"));
        Assert.Equal(["Lines", "Totals", "Participants"], sheets.Select(s => s.Name));
        AssertLines(sheets[0], CsvRecords.Read(Path.Combine(output.Path, "lines.csv")), LineHeaders, name);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_totals_sheet_is_summary_json_per_payment_per_payer_and_in_total(string name)
    {
        using var output = new TempFolder();
        WorkbookCases.Settle(WorkbookCases.Open(name), output.Path, Language.English);

        ReadSheet totals = WorkbookCells.Read(Path.Combine(output.Path, "settlement.xlsx"))[1];
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "summary.json")));
        JsonElement root = summary.RootElement;
        var expected = new List<(string Kind, string Id, string Share, JsonElement Totals)>();
        expected.AddRange(root.GetProperty("payments").EnumerateArray().Select(p => ("Payment", p.GetProperty("id").GetString()!, string.Empty, p)));
        if (root.TryGetProperty("payers", out JsonElement payers))
        {
            expected.AddRange(payers.EnumerateArray().Select(p => ("Payer", p.GetProperty("id").GetString()!, p.GetProperty("share").GetRawText(), p)));
        }

        expected.Add(("Total", string.Empty, string.Empty, root.GetProperty("total")));
        Assert.Equal(["Kind", "Id", "Share", .. SumHeaders], totals.Headers);
        Assert.Equal(expected.Count + 1, totals.Rows.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var (kind, id, share, sums) = expected[i];
            IReadOnlyList<ReadCell?> row = totals.Rows[i + 1];
            string where = $"{name}, Totals row {i + 2}";
            ExpectCell.Is(kind, CellKind.Text, Cell(row, 0), where);
            ExpectCell.Is(id, CellKind.Text, Cell(row, 1), where);
            ExpectCell.Is(share, CellKind.Number, Cell(row, 2), where);
            ExpectCell.Is(sums.GetProperty("lines").GetRawText(), CellKind.Count, Cell(row, 3), where);
            for (int a = 0; a < Amounts.Length; a++)
            {
                ExpectCell.Is(sums.GetProperty(Amounts[a]).GetRawText(), CellKind.Amount, Cell(row, 4 + a), $"{where}, {Amounts[a]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_participants_sheet_is_outcomes_csv_and_the_sums_of_each_participants_lines(string name)
    {
        using var output = new TempFolder();
        using var outcomesOutput = new TempFolder();
        SampleCase sample = WorkbookCases.Open(name);
        WorkbookCases.Settle(sample, output.Path, Language.English);
        WorkbookCases.Outcomes(sample, outcomesOutput.Path, Language.English);

        ReadSheet participants = WorkbookCells.Read(Path.Combine(output.Path, "settlement.xlsx"))[2];
        List<string[]> outcomes = CsvRecords.Read(Path.Combine(outcomesOutput.Path, "outcomes.csv"));
        List<string[]> lines = CsvRecords.Read(Path.Combine(output.Path, "lines.csv"));
        var sums = lines.Skip(1).GroupBy(l => l[0], StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (string[])[g.Count().ToString(CultureInfo.InvariantCulture), .. Enumerable.Range(4, 5).Select(c => g.Sum(l => decimal.Parse(l[c], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture))],
            StringComparer.Ordinal);
        string[] header = outcomes[0];
        Assert.Equal([.. header.Select(OutcomeHeader), .. SumHeaders], participants.Headers);
        CellKind[] kinds = header.Select(OutcomeKind).ToArray();
        CellKind[] sumKinds = [CellKind.Count, CellKind.Amount, CellKind.Amount, CellKind.Amount, CellKind.Amount, CellKind.Amount];
        string[] none = ["0", "0", "0", "0", "0", "0"];

        // The cohort in outcomes.csv's order, then the other ids of the lines (a delivery fee's, a ledger's) in code-point order.
        string[] others = sums.Keys.Except(outcomes.Skip(1).Select(o => o[0])).Order(StringComparer.Ordinal).ToArray();
        var expected = outcomes.Skip(1).Select(o => (Outcome: o, Sums: sums.GetValueOrDefault(o[0], none)))
            .Concat(others.Select(id => (Outcome: (string[])[id, .. header.Skip(1).Select(_ => string.Empty)], Sums: sums[id])))
            .ToList();
        Assert.Equal(expected.Count + 1, participants.Rows.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            IReadOnlyList<ReadCell?> row = participants.Rows[i + 1];
            for (int c = 0; c < header.Length; c++)
            {
                ExpectCell.Is(expected[i].Outcome[c], kinds[c], Cell(row, c), $"{name}, Participants row {i + 2}, {header[c]}");
            }

            for (int s = 0; s < sumKinds.Length; s++)
            {
                ExpectCell.Is(expected[i].Sums[s], sumKinds[s], Cell(row, header.Length + s), $"{name}, Participants row {i + 2}, {SumHeaders[s]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_sheet_has_its_header_row_frozen_and_filtered_and_the_package_is_valid_Open_XML(string name)
    {
        using var output = new TempFolder();
        WorkbookCases.Settle(WorkbookCases.Open(name), output.Path, Language.English);
        string path = Path.Combine(output.Path, "settlement.xlsx");

        foreach (ReadSheet sheet in WorkbookCells.Read(path))
        {
            Assert.Equal("1 row(s) from A2", sheet.FrozenPane);
            Assert.Equal($"A1:{SocialInvestment.Cli.Exports.SheetRows.ColumnName(sheet.Headers.Count - 1)}{sheet.Rows.Count}", sheet.AutoFilter);
            Assert.All(sheet.Rows[0], cell => Assert.True(cell is { IsText: true, Bold: true }, $"{sheet.Name}: a header cell is bold text"));
        }

        // The SDK's validator against the schemas Excel checks: what would make Excel offer to repair the file.
        using SpreadsheetDocument document = SpreadsheetDocument.Open(path, isEditable: false);
        IEnumerable<string> errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        SampleCase sample = WorkbookCases.Open("samples/life-chances-fund-payers");

        WorkbookCases.Settle(sample, first.Path, Language.Danish);
        Thread.Sleep(TimeSpan.FromSeconds(2.1)); // past a zip time's two-second step, so that a clock in the package would show
        WorkbookCases.Settle(sample, second.Path, Language.Danish);

        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, "settlement.xlsx")), File.ReadAllBytes(Path.Combine(second.Path, "settlement.xlsx")));
    }

    [Fact]
    public void With_language_da_the_headers_and_sheet_names_are_Danish_and_every_other_cell_is_the_same()
    {
        using var english = new TempFolder();
        using var danish = new TempFolder();
        SampleCase sample = WorkbookCases.Open("samples/life-chances-fund-payers");
        WorkbookCases.Settle(sample, english.Path, Language.English);
        WorkbookCases.Settle(sample, danish.Path, Language.Danish);

        IReadOnlyList<ReadSheet> en = WorkbookCells.Read(Path.Combine(english.Path, "settlement.xlsx"));
        IReadOnlyList<ReadSheet> da = WorkbookCells.Read(Path.Combine(danish.Path, "settlement.xlsx"));

        Assert.Equal(["Linjer", "Totaler", "Deltagere"], da.Select(s => s.Name));
        Assert.Equal(DanishLineHeaders, da[0].Headers);
        Assert.Equal(["Art", "Id", "Andel", "Linjer", "Beløb", "Til betaling", "Over loft", "Tidligere betalt", "Forfalden"], da[1].Headers);
        Assert.Equal(["Betaling", "Betaling", "Betaling", "Betaler", "Betaler", "I alt"], da[1].Body.Select(r => r[0]!.Value));
        Assert.Equal(en[1].Body.Select(r => r.Skip(1)), da[1].Body.Select(r => r.Skip(1)));
        Assert.Equal(en[0].Body, da[0].Body);
        Assert.Equal(en[2].Body, da[2].Body);
        AssertLines(da[0], CsvRecords.Read(Path.Combine(danish.Path, "lines.csv")), DanishLineHeaders, "da");
        Assert.Equal(File.ReadAllBytes(Path.Combine(english.Path, "lines.csv")), File.ReadAllBytes(Path.Combine(danish.Path, "lines.csv")));
    }

    private static void AssertLines(ReadSheet sheet, List<string[]> csv, string[] headers, string name)
    {
        Assert.Equal(headers, sheet.Headers);
        Assert.Equal(csv.Count, sheet.Rows.Count);
        for (int i = 1; i < csv.Count; i++)
        {
            Assert.Equal(LineKinds.Length, csv[i].Length);
            for (int c = 0; c < LineKinds.Length; c++)
            {
                ExpectCell.Is(csv[i][c], LineKinds[c], Cell(sheet.Rows[i], c), $"{name}, Lines row {i + 1}, {csv[0][c]}");
            }
        }
    }

    /// <summary>The cell of column <paramref name="column"/>, or null where the row has none.</summary>
    internal static ReadCell? Cell(IReadOnlyList<ReadCell?> row, int column) => column < row.Count ? row[column] : null;

    /// <summary>The English header of an outcomes.csv column; a trigger's id is its own header.</summary>
    internal static string OutcomeHeader(string column) => column switch
    {
        "participant_id" => "Participant",
        "window_start" => "Window start",
        "weeks_full" => "Weeks full",
        "weeks_partial" => "Weeks partial",
        "weeks_none" => "Weeks none",
        "weeks_unobserved" => "Weeks unobserved",
        "support_weeks_before" => "Support weeks before",
        "municipal_share_first_week" => "Municipal share, first week",
        _ => column,
    };

    /// <summary>What an outcomes.csv column's cells are: the participant text, week counts counts, the share a number, every date a date.</summary>
    internal static CellKind OutcomeKind(string column) => column switch
    {
        "participant_id" => CellKind.Text,
        "weeks_full" or "weeks_partial" or "weeks_none" or "weeks_unobserved" or "support_weeks_before" => CellKind.Count,
        "municipal_share_first_week" => CellKind.Number,
        _ => CellKind.Date,
    };
}
