using NodaTime.Text;

namespace SocialInvestment.Cli.Exports;

/// <summary>
/// The sheet of the payer's months, as economics.json's <c>payer.months</c>: per month (<c>yyyy-MM</c> text, as economics.json writes it) the
/// saving, the payments and their running totals; where the contract has a municipal share, also the municipal and state
/// savings and the municipal saving's running total.
/// </summary>
internal static class PayerMonthsSheet
{
    /// <summary>The sheet of <paramref name="payer"/>'s months, with headers in <paramref name="language"/>.</summary>
    internal static WorkbookSheet Of(PayerView payer, Language language)
    {
        bool municipal = payer.Municipality is not null;
        List<SheetColumn> columns =
        [
            SheetColumn.Of(language.Say("Month", "Måned"), 9),
            SheetColumn.Of(language.Say("Saving", "Besparelse"), 14),
            SheetColumn.Of(language.Say("Payments", "Betalinger"), 14),
            SheetColumn.Of(language.Say("Cumulative saving", "Akkumuleret besparelse"), 14),
            SheetColumn.Of(language.Say("Cumulative payments", "Akkumulerede betalinger"), 14),
        ];
        if (municipal)
        {
            columns.Add(SheetColumn.Of(language.Say("Municipal saving", "Kommunal besparelse"), 14));
            columns.Add(SheetColumn.Of(language.Say("State saving", "Statslig besparelse"), 14));
            columns.Add(SheetColumn.Of(language.Say("Cumulative municipal saving", "Akkumuleret kommunal besparelse"), 14));
        }

        return new WorkbookSheet(
            language.Say("Payer by month", "Betaler pr. måned"),
            columns,
            payer.Months.Count,
            rows =>
            {
                foreach (PayerMonth month in payer.Months)
                {
                    rows.Text(YearMonthPattern.Iso.Format(month.Month))
                        .Amount(month.Saving).Amount(month.Payments).Amount(month.CumulativeSaving).Amount(month.CumulativePayments);
                    if (municipal)
                    {
                        rows.Amount(month.MunicipalSaving!.Value).Amount(month.StateSaving!.Value).Amount(month.CumulativeMunicipalSaving!.Value);
                    }

                    rows.EndRow();
                }
            });
    }
}
