namespace SocialInvestment.Cli.Exports;

/// <summary>
/// <c>sib outcomes --xlsx</c>: outcomes.xlsx, beside outcomes.csv, with one sheet of the participants' outcomes (and one of
/// the comparison group's, where there is one), cell for cell as outcomes.csv (and comparison-outcomes.csv) give them.
/// </summary>
internal static class OutcomesWorkbook
{
    /// <summary>The file's name.</summary>
    internal const string FileName = "outcomes.xlsx";

    /// <summary>The sheets: the outcomes, then the comparison group's where <paramref name="comparison"/> is not null.</summary>
    internal static IReadOnlyList<WorkbookSheet> Sheets(Contract contract, IReadOnlyList<ParticipantOutcome> outcomes, IReadOnlyList<ParticipantOutcome>? comparison, Language language)
    {
        var columns = new OutcomeColumns(contract, language);
        List<WorkbookSheet> sheets = [Sheet(language.Say("Outcomes", "Udfald"), columns, outcomes)];
        if (comparison is not null)
        {
            sheets.Add(Sheet(language.Say("Comparison group", "Sammenligningsgruppe"), columns, comparison));
        }

        return sheets;
    }

    private static WorkbookSheet Sheet(string name, OutcomeColumns columns, IReadOnlyList<ParticipantOutcome> outcomes) => new(
        name,
        columns.Columns,
        outcomes.Count,
        rows =>
        {
            foreach (ParticipantOutcome outcome in outcomes)
            {
                columns.Write(rows, outcome).EndRow();
            }
        });
}
