namespace SocialInvestment.Cli.Exports;

/// <summary>
/// <c>sib settle --xlsx</c> and <c>sib economics --xlsx</c>: settlement.xlsx, beside the command's other files, with the
/// sheets of lines, totals and participants (and, for economics, the economics). docs/output-formats.md, "settlement.xlsx".
/// </summary>
internal static class SettlementWorkbook
{
    /// <summary>The file's name.</summary>
    internal const string FileName = "settlement.xlsx";

    /// <summary>The sheets of a settlement: lines, totals, participants.</summary>
    internal static List<WorkbookSheet> Sheets(SettlementResult result, Language language) =>
        [LinesSheet.Of(result.Lines, language), TotalsSheet.Of(result, language), ParticipantsSheet.Of(result, language)];

    /// <summary>The sheets of a settlement's economics: the settlement's, then the economics' figures and the payer's months.</summary>
    internal static List<WorkbookSheet> Sheets(EconomicsResult economics, Language language) =>
        [.. Sheets(economics.Settlement, language), EconomicsSheet.Of(economics, language), PayerMonthsSheet.Of(economics.Payer, language)];
}
