using System.Text.Json;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>
/// <c>sib economics --xlsx</c>: settlement.xlsx with settle's sheets, then the economics and the payer's months, each
/// cell as economics.json has it.
/// </summary>
public sealed class EconomicsWorkbookTests
{
    /// <summary>The samples with an investments.csv: one plain, one with a municipal share.</summary>
    public static TheoryData<string> Cases => ["samples/economics", "samples/kvinder-i-job-municipal-saving"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_settlement_sheets_are_settles_and_the_economics_sheets_are_economics_json(string name)
    {
        using var settled = new TempFolder();
        using var output = new TempFolder();
        SampleCase sample = WorkbookCases.Open(name);
        WorkbookCases.Settle(sample, settled.Path, Language.English);
        WorkbookCases.Economics(sample, output.Path, Language.English);

        IReadOnlyList<ReadSheet> sheets = WorkbookCells.Read(Path.Combine(output.Path, "settlement.xlsx"));
        IReadOnlyList<ReadSheet> settlement = WorkbookCells.Read(Path.Combine(settled.Path, "settlement.xlsx"));
        Assert.Equal(["Lines", "Totals", "Participants", "Economics", "Payer by month"], sheets.Select(s => s.Name));
        for (int s = 0; s < settlement.Count; s++)
        {
            Assert.Equal(settlement[s].Rows, sheets[s].Rows);
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "economics.json")));
        AssertFigures(sheets[3], json.RootElement, name);
        AssertMonths(sheets[4], json.RootElement.GetProperty("payer").GetProperty("months"), name);
    }

    [Fact]
    public void With_language_da_the_economics_sheets_are_named_in_Danish()
    {
        using var output = new TempFolder();
        WorkbookCases.Economics(WorkbookCases.Open("samples/economics"), output.Path, Language.Danish);

        IReadOnlyList<ReadSheet> sheets = WorkbookCells.Read(Path.Combine(output.Path, "settlement.xlsx"));

        Assert.Equal(["Linjer", "Totaler", "Deltagere", "Økonomi", "Betaler pr. måned"], sheets.Select(s => s.Name));
        Assert.Equal(["Synsvinkel", "Nøgle", "Tal", "Værdi"], sheets[3].Headers);
        Assert.Equal("Bruttobesparelse", sheets[3].Body.Single(r => r[1]!.Value == "gross_saving")[2]!.Value);
    }

    /// <summary>Every figure of investor and payer (the lists aside) and of each payer, by its key, with its value as economics.json has it.</summary>
    private static void AssertFigures(ReadSheet sheet, JsonElement json, string name)
    {
        string[] lists = ["irr_roots", "irr_note", "months"];
        var expected = new List<(string View, JsonProperty Figure)>();
        expected.AddRange(json.GetProperty("investor").EnumerateObject().Where(p => !lists.Contains(p.Name)).Select(p => ("Investor", p)));
        expected.AddRange(json.GetProperty("payer").EnumerateObject().Where(p => !lists.Contains(p.Name)).Select(p => ("Payer", p)));
        if (json.TryGetProperty("payers", out JsonElement payers))
        {
            foreach (JsonElement payer in payers.EnumerateArray())
            {
                expected.AddRange(payer.EnumerateObject().Where(p => p.Name != "id").Select(p => ($"Payer: {payer.GetProperty("id").GetString()}", p)));
            }
        }

        Assert.Equal(["View", "Key", "Figure", "Value"], sheet.Headers);
        Assert.Equal(expected.Select(e => (e.View, e.Figure.Name)), sheet.Body.Select(r => (r[0]!.Value, r[1]!.Value)));
        foreach (var ((view, figure), row) in expected.Zip(sheet.Body))
        {
            Assert.True(row[2] is { IsText: true, Value.Length: > 0 }, $"{name}: {figure.Name} has a name");
            JsonElement value = figure.Value;
            string where = $"{name}, Economics, {view} {figure.Name}";
            ReadCell? cell = SettlementWorkbookTests.Cell(row, 3);
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    ExpectCell.Is(string.Empty, CellKind.Number, cell, where);
                    break;
                case JsonValueKind.String:
                    ExpectCell.Is(value.GetString()!, CellKind.Text, cell, where);
                    break;
                default:
                    // The flows are counted; shares, the money multiple and the rates are ratios; every other number is an amount.
                    CellKind kind = figure.Name == "flows" ? CellKind.Count : IsRatio(figure.Name) ? CellKind.Number : CellKind.Amount;
                    ExpectCell.Is(value.GetRawText(), kind, cell, where);
                    break;
            }
        }
    }

    private static bool IsRatio(string key) => key.Contains("share", StringComparison.Ordinal) || key is "money_multiple" or "discount_rate" or "irr";

    private static void AssertMonths(ReadSheet sheet, JsonElement months, string name)
    {
        string[] keys = months.EnumerateArray().First().EnumerateObject().Select(p => p.Name).ToArray();
        var headers = new Dictionary<string, string>
        {
            ["month"] = "Month",
            ["saving"] = "Saving",
            ["payments"] = "Payments",
            ["cumulative_saving"] = "Cumulative saving",
            ["cumulative_payments"] = "Cumulative payments",
            ["municipal_saving"] = "Municipal saving",
            ["state_saving"] = "State saving",
            ["cumulative_municipal_saving"] = "Cumulative municipal saving",
        };
        Assert.Equal(keys.Select(k => headers[k]), sheet.Headers);
        Assert.Equal(months.GetArrayLength() + 1, sheet.Rows.Count);
        foreach (var (month, row) in months.EnumerateArray().Zip(sheet.Body))
        {
            for (int c = 0; c < keys.Length; c++)
            {
                JsonElement value = month.GetProperty(keys[c]);
                ExpectCell.Is(
                    value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(),
                    c == 0 ? CellKind.Text : CellKind.Amount,
                    SettlementWorkbookTests.Cell(row, c),
                    $"{name}, months, {month.GetProperty("month").GetString()} {keys[c]}");
            }
        }
    }
}
