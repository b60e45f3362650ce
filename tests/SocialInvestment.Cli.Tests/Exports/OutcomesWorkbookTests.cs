namespace SocialInvestment.Cli.Tests.Exports;

/// <summary><c>sib outcomes --xlsx</c>: outcomes.xlsx, beside outcomes.csv, holds its cells (and comparison-outcomes.csv's), read back with the Open XML SDK.</summary>
public sealed class OutcomesWorkbookTests
{
    public static TheoryData<string> Cases => WorkbookCases.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_outcomes_sheet_is_outcomes_csv_cell_for_cell_and_the_comparison_groups_sheet_its_csv(string name)
    {
        using var output = new TempFolder();
        WorkbookCases.Outcomes(WorkbookCases.Open(name), output.Path, Language.English);

        IReadOnlyList<ReadSheet> sheets = WorkbookCells.Read(Path.Combine(output.Path, "outcomes.xlsx"));
        bool comparison = File.Exists(Path.Combine(output.Path, "comparison-outcomes.csv"));
        Assert.Equal(comparison ? ["Outcomes", "Comparison group"] : ["Outcomes"], sheets.Select(s => s.Name));
        AssertOutcomes(sheets[0], CsvRecords.Read(Path.Combine(output.Path, "outcomes.csv")), name);
        if (comparison)
        {
            AssertOutcomes(sheets[1], CsvRecords.Read(Path.Combine(output.Path, "comparison-outcomes.csv")), name);
        }

        Assert.All(sheets, s => Assert.Equal("1 row(s) from A2", s.FrozenPane));
        Assert.All(sheets, s => Assert.NotNull(s.AutoFilter));
    }

    [Fact]
    public void With_language_da_the_headers_are_Danish_and_the_trigger_ids_stay()
    {
        using var output = new TempFolder();
        WorkbookCases.Outcomes(WorkbookCases.Open("samples/kvinder-i-job-municipal-saving"), output.Path, Language.Danish);

        ReadSheet sheet = WorkbookCells.Read(Path.Combine(output.Path, "outcomes.xlsx"))[0];
        string[] header = CsvRecords.Read(Path.Combine(output.Path, "outcomes.csv"))[0];

        Assert.Equal("Udfald", sheet.Name);
        Assert.Equal(
            header.Select(c => c switch
            {
                "participant_id" => "Deltager",
                "window_start" => "Vinduets start",
                "weeks_full" => "Uger hel",
                "weeks_partial" => "Uger delvis",
                "weeks_none" => "Uger ingen",
                "weeks_unobserved" => "Uger ikke observeret",
                "support_weeks_before" => "Uger på ydelse før",
                "municipal_share_first_week" => "Kommunal andel, første uge",
                _ => c,
            }),
            sheet.Headers);
    }

    [Fact]
    public void Without_xlsx_no_workbook_is_written()
    {
        using var output = new TempFolder();
        SampleCase sample = WorkbookCases.Open("samples/restatement");

        Assert.Equal(0, OutcomesCommand.WriteOutcomes(sample.Inputs, sample.AsOf!.Value, new DirectoryInfo(output.Path), new StringWriter(), new StringWriter()));

        Assert.Equal(["outcomes.csv"], Directory.GetFiles(output.Path).Select(Path.GetFileName));
    }

    private static void AssertOutcomes(ReadSheet sheet, List<string[]> csv, string name)
    {
        string[] header = csv[0];
        Assert.Equal(header.Select(SettlementWorkbookTests.OutcomeHeader), sheet.Headers);
        Assert.Equal(csv.Count, sheet.Rows.Count);
        for (int i = 1; i < csv.Count; i++)
        {
            for (int c = 0; c < header.Length; c++)
            {
                ExpectCell.Is(csv[i][c], SettlementWorkbookTests.OutcomeKind(header[c]), SettlementWorkbookTests.Cell(sheet.Rows[i], c), $"{name}, {sheet.Name} row {i + 1}, {header[c]}");
            }
        }
    }
}
