namespace SocialInvestment.Cli.Exports;

/// <summary>The sheet of lines: every column of lines.csv, in its order, one row per line in lines.csv's order.</summary>
internal static class LinesSheet
{
    /// <summary>The sheet of <paramref name="lines"/>, with headers in <paramref name="language"/>.</summary>
    internal static WorkbookSheet Of(IReadOnlyList<SettlementLine> lines, Language language) => new(
        language.Say("Lines", "Linjer"),
        [
            SheetColumn.Of(language.Say("Participant", "Deltager"), 14),
            SheetColumn.Of(language.Say("Payment", "Betaling"), 14),
            SheetColumn.Of(language.Say("Period", "Periode"), 9),
            SheetColumn.Of(language.Say("Date", "Dato"), 11),
            .. AmountColumns.Of(language),
        ],
        lines.Count,
        rows =>
        {
            foreach (SettlementLine line in lines)
            {
                rows.Text(line.ParticipantId.Value).Text(line.Payment).Text(line.Period).Date(line.Date)
                    .Amount(line.Amount).Amount(line.Payable).Amount(line.Capped).Amount(line.PaidBefore).Amount(line.Due)
                    .EndRow();
            }
        });
}
