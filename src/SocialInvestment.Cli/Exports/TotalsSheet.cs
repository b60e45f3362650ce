namespace SocialInvestment.Cli.Exports;

/// <summary>
/// The sheet of totals, as summary.json gives them: one row per payment (in its order), one per payer where the contract
/// declares payers (in the contract's order, with the payer's share), and the total; each with its lines, amount,
/// payable, capped, paid before and due.
/// </summary>
internal static class TotalsSheet
{
    /// <summary>The sheet of <paramref name="result"/>'s totals, with headers and kinds in <paramref name="language"/>.</summary>
    internal static WorkbookSheet Of(SettlementResult result, Language language)
    {
        string payment = language.Say("Payment", "Betaling");
        string payer = language.Say("Payer", "Betaler");
        string total = language.Say("Total", "I alt");
        return new WorkbookSheet(
            language.Say("Totals", "Totaler"),
            [
                SheetColumn.Of(language.Say("Kind", "Art"), 10),
                SheetColumn.Of("Id", 16),
                SheetColumn.Of(language.Say("Share", "Andel"), 8),
                .. AmountColumns.Sums(language),
            ],
            result.PaymentTotals.Count + result.PayerTotals.Count + 1,
            rows =>
            {
                foreach (var (id, totals) in result.PaymentTotals)
                {
                    AmountColumns.WriteSums(rows.Text(payment).Text(id).Empty(), totals);
                }

                for (int i = 0; i < result.PayerTotals.Count; i++)
                {
                    var (id, totals) = result.PayerTotals[i];
                    AmountColumns.WriteSums(rows.Text(payer).Text(id).Decimal(result.Contract.Payers[i].Share.Value), totals);
                }

                AmountColumns.WriteSums(rows.Text(total).Empty().Empty(), result.Totals);
            });
    }
}
