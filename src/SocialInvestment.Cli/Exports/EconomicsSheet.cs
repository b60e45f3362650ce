using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Cli.Exports;

/// <summary>
/// The sheet of economics: the investor's and the payer's figures as economics.json has them, one per row: the view,
/// the figure's key in economics.json (the same in every language), its name in the workbook's language, and its value
/// (amounts as amounts; ratios to 6 decimals and rates to 10, as economics.json rounds them; a month as <c>yyyy-MM</c>
/// text; empty where economics.json has null). Then each declared payer's share, payments and share of the saving.
/// economics.json's lists (IRR roots, flows' count aside) and its sentence on the IRR are left to economics.json and
/// cashflows.csv; the payer's months are <see cref="PayerMonthsSheet"/>.
/// </summary>
internal static class EconomicsSheet
{
    /// <summary>The sheet of <paramref name="economics"/>, with headers and names in <paramref name="language"/>.</summary>
    internal static WorkbookSheet Of(EconomicsResult economics, Language language)
    {
        var figures = new List<(string View, string Key, string Name, Action<SheetRows> Value)>();
        string investorView = language.Say("Investor", "Investor");
        InvestorView investor = economics.Investor;
        void Investor(string key, string english, string danish, Action<SheetRows> value) => figures.Add((investorView, key, language.Say(english, danish), value));
        Investor("invested", "Invested", "Investeret", r => r.Amount(investor.Invested));
        Investor("repaid", "Repaid", "Tilbagebetalt", r => r.Amount(investor.Repaid));
        Investor("outcome_payments", "Outcome payments", "Resultatbetalinger", r => r.Amount(investor.OutcomePayments));
        Investor("outcome_payments_after_as_of", "Outcome payments paid after as_of", "Resultatbetalinger betalt efter opgørelsesdatoen", r => r.Amount(investor.OutcomePaymentsAfterAsOf));
        Investor("returned", "Returned", "Tilbage i alt", r => r.Amount(investor.Returned));
        Investor("net", "Net", "Netto", r => r.Amount(investor.Net));
        Investor("money_multiple", "Money multiple", "Pengemultiplum", r => r.Decimal(Ratio(investor.MoneyMultiple)));
        Investor("discount_rate", "Discount rate (a year)", "Diskonteringsrente (om året)", r => r.Decimal(Rate(investor.DiscountRate)));
        Investor("npv", "Net present value", "Nutidsværdi", r => Amount(r, investor.Npv));
        Investor("irr", "IRR (a year)", "Intern rente (om året)", r => r.Decimal(Rate(investor.Irr.Rate)));
        Investor("irr_status", "IRR status", "Status for intern rente", r => r.Text(StatusName(investor.Irr.Status)));
        Investor("flows", "Cash flows", "Pengestrømme", r => r.Count(investor.Flows.Count));

        string payerView = language.Say("Payer", "Betaler");
        PayerView payer = economics.Payer;
        void Payer(string key, string english, string danish, Action<SheetRows> value) => figures.Add((payerView, key, language.Say(english, danish), value));
        Payer("gross_saving", "Gross saving", "Bruttobesparelse", r => r.Amount(payer.GrossSaving));
        Payer("payments", "Payments", "Betalinger", r => r.Amount(payer.Payments));
        Payer("net_saving", "Net saving", "Nettobesparelse", r => r.Amount(payer.NetSaving));
        Payer("payments_share_of_saving", "Payments' share of the saving", "Betalingernes andel af besparelsen", r => r.Decimal(Ratio(payer.PaymentsShareOfSaving)));
        Payer("first_month_saving_exceeds_payments", "First month the saving exceeds the payments", "Første måned besparelsen overstiger betalingerne", r => Month(r, payer.FirstMonthSavingExceedsPayments));
        if (payer.Municipality is { } municipality)
        {
            Payer("municipal_saving", "Municipal saving", "Kommunal besparelse", r => r.Amount(municipality.MunicipalSaving));
            Payer("state_saving", "State saving", "Statslig besparelse", r => r.Amount(municipality.StateSaving));
            Payer("municipal_net_saving", "Municipal net saving", "Kommunal nettobesparelse", r => r.Amount(municipality.NetSaving));
            Payer("payments_share_of_municipal_saving", "Payments' share of the municipal saving", "Betalingernes andel af den kommunale besparelse", r => r.Decimal(Ratio(municipality.PaymentsShareOfSaving)));
            Payer("first_month_municipal_saving_exceeds_payments", "First month the municipal saving exceeds the payments", "Første måned den kommunale besparelse overstiger betalingerne", r => Month(r, municipality.FirstMonthSavingExceedsPayments));
        }

        foreach (PayerPayments part in economics.Payers)
        {
            string view = $"{payerView}: {part.Payer.Id}";
            figures.Add((view, "share", language.Say("Share", "Andel"), r => r.Decimal(part.Payer.Share.Value)));
            figures.Add((view, "payments", language.Say("Payments", "Betalinger"), r => r.Amount(part.Payments)));
            figures.Add((view, "payments_share_of_saving", language.Say("Payments' share of the saving", "Betalingernes andel af besparelsen"), r => r.Decimal(Ratio(part.PaymentsShareOfSaving))));
        }

        return new WorkbookSheet(
            language.Say("Economics", "Økonomi"),
            [
                SheetColumn.Of(language.Say("View", "Synsvinkel"), 14),
                SheetColumn.Of(language.Say("Key", "Nøgle"), 24),
                SheetColumn.Of(language.Say("Figure", "Tal"), 40),
                SheetColumn.Of(language.Say("Value", "Værdi"), 16),
            ],
            figures.Count,
            rows =>
            {
                foreach (var (view, key, name, value) in figures)
                {
                    value(rows.Text(view).Text(key).Text(name));
                    rows.EndRow();
                }
            });
    }

    /// <summary>A ratio as economics.json writes it: to 6 decimals.</summary>
    private static decimal? Ratio(decimal? ratio) =>
        ratio is { } r ? decimal.Parse(r.ToString("0.######", CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    /// <summary>A rate as economics.json writes it: to 10 decimals, rounded half away from zero.</summary>
    private static decimal? Rate(double? rate) => rate is { } r ? decimal.Round((decimal)r, 10, MidpointRounding.AwayFromZero) : null;

    private static void Amount(SheetRows rows, Money? amount)
    {
        if (amount is { } a)
        {
            rows.Amount(a);
        }
        else
        {
            rows.Empty();
        }
    }

    private static void Month(SheetRows rows, YearMonth? month)
    {
        if (month is { } m)
        {
            rows.Text(YearMonthPattern.Iso.Format(m));
        }
        else
        {
            rows.Empty();
        }
    }

    /// <summary>An IRR status as economics.json writes it: its name in snake case (<c>found</c>, <c>several_found</c>, …).</summary>
    private static string StatusName(IrrStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}
