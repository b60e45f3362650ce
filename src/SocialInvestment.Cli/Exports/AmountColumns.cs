namespace SocialInvestment.Cli.Exports;

/// <summary>
/// The five amounts of a line, as lines.csv names them (amount, payable, capped, paid before, due), as the columns of
/// the sheets of lines, totals and participants, and their sums over lines with the count of lines before them.
/// </summary>
internal static class AmountColumns
{
    /// <summary>The five amount columns, with headers in <paramref name="language"/>.</summary>
    internal static SheetColumn[] Of(Language language) =>
    [
        SheetColumn.Of(language.Say("Amount", "Beløb"), 14),
        SheetColumn.Of(language.Say("Payable", "Til betaling"), 14),
        SheetColumn.Of(language.Say("Capped", "Over loft"), 14),
        SheetColumn.Of(language.Say("Paid before", "Tidligere betalt"), 14),
        SheetColumn.Of(language.Say("Due", "Forfalden"), 14),
    ];

    /// <summary>The columns of sums over lines: the number of lines, then the five amounts.</summary>
    internal static SheetColumn[] Sums(Language language) => [SheetColumn.Of(language.Say("Lines", "Linjer"), 8), .. Of(language)];

    /// <summary>Writes <paramref name="sums"/> in the columns of <see cref="Sums"/>, and ends the row.</summary>
    internal static void WriteSums(SheetRows rows, SettlementTotals sums) =>
        rows.Count(sums.Lines).Amount(sums.Amount).Amount(sums.Payable).Amount(sums.Capped).Amount(sums.PaidBefore).Amount(sums.Due).EndRow();
}
