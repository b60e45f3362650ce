using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib economics</c>: settles as <c>sib settle</c> does, then writes the investor's and the payer's views
/// (economics.json) and the investor's cash flows (cashflows.csv); or nothing and exit code 2.
/// </summary>
internal static class EconomicsCommand
{
    internal static Command Create()
    {
        var inputs = new InputOptions();
        Option<LocalDate?> asOf = InputOptions.AsOf(required: true);
        Option<FileInfo?> paid = InputOptions.Paid();
        Option<FileInfo> investments = new("--investments")
        {
            Description = "investments.csv (date,amount): the investor's money paid in (amount above 0) and returned outside the outcome payments (below 0)",
            Required = true,
        };
        Option<double?> rate = RateOption.Create("--rate", "The annual discount rate of the net present value, as a fraction: 0.035 is 3.5 % a year (left out: no NPV)");
        Option<DirectoryInfo> output = InputOptions.Out("economics.json and cashflows.csv");
        Option<Language> language = LanguageOption.Create("the lines printed");
        var command = new Command("economics", "The deal's economics as of a date: the investor's cash flows, money multiple, NPV and IRR, and the payer's saving against its payments");
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(paid);
        command.Options.Add(investments);
        command.Options.Add(rate);
        command.Options.Add(output);
        command.Options.Add(language);
        command.SetAction(parse => Run(
            inputs.Read(parse) with { Ledger = parse.GetValue(paid), Investments = parse.GetValue(investments) },
            parse.GetValue(asOf)!.Value,
            parse.GetValue(rate),
            parse.GetValue(output)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(language)));
        return command;
    }

    /// <summary>Reads the inputs and investments.csv, settles, and writes economics.json and cashflows.csv into <paramref name="output"/>; returns the exit code.</summary>
    internal static int Run(InputPaths paths, LocalDate asOf, double? rate, DirectoryInfo output, TextWriter stdout, TextWriter error, Language? language = null)
    {
        LoadedInputs? loaded = InputLoader.Load(paths, error, asOf: asOf);
        if (loaded is null)
        {
            return ExitCodes.BadInput;
        }

        SettlementResult settlement = SettleCommand.Run(loaded, asOf, SettlementOptions.Default);
        EconomicsResult economics = Economics.Of(settlement, loaded.Investments ?? [], rate);
        OutputFolder.Write(
            output,
            [
                ("economics.json", stream => EconomicsJson.Write(stream, economics, loaded.Files)),
                ("cashflows.csv", stream => CashFlowsCsv.Write(stream, economics.Investor)),
            ]);
        if (language?.IsDanish == true)
        {
            SummarizeInDanish(economics, stdout);
        }
        else
        {
            Summarize(economics, stdout);
        }

        return ExitCodes.Success;
    }

    /// <summary>A few lines for people; economics.json holds every number.</summary>
    private static void Summarize(EconomicsResult economics, TextWriter stdout)
    {
        string currency = economics.Settlement.Contract.Currency;
        InvestorView investor = economics.Investor;
        PayerView payer = economics.Payer;
        string multiple = investor.MoneyMultiple is { } m ? $"money multiple {m.ToString("0.######", CultureInfo.InvariantCulture)}" : "no money multiple (nothing invested)";
        stdout.WriteLine(
            $"Investor: {investor.Invested} {currency} in, {investor.Returned} {currency} back ({investor.OutcomePayments} in outcome payments, "
            + $"{investor.OutcomePaymentsAfterAsOf} of them paid after as_of); {multiple}.");
        string npv = investor.DiscountRate is { } r ? $" NPV at {Percent(r)} a year: {investor.Npv} {currency}." : string.Empty;
        stdout.WriteLine($"{investor.Irr.Explanation}{npv}");
        string share = payer.PaymentsShareOfSaving is { } s ? $"payments {Percent((double)s)} of the saving" : "no saving";
        string month = payer.FirstMonthSavingExceedsPayments is { } first
            ? $"cumulative saving first exceeds cumulative payments in {YearMonthPattern.Iso.Format(first)}"
            : "cumulative saving never exceeds cumulative payments";
        stdout.WriteLine($"Payer: gross saving {payer.GrossSaving} {currency}, payments {payer.Payments} {currency}, net saving {payer.NetSaving} {currency} ({share}); {month}.");
        if (payer.Municipality is { } municipality)
        {
            string municipalShare = municipality.PaymentsShareOfSaving is { } ms ? $"payments {Percent((double)ms)} of its saving" : "no municipal saving";
            string municipalMonth = municipality.FirstMonthSavingExceedsPayments is { } firstMunicipal
                ? $"its cumulative saving first exceeds cumulative payments in {YearMonthPattern.Iso.Format(firstMunicipal)}"
                : "its cumulative saving never exceeds cumulative payments";
            stdout.WriteLine(
                $"Municipality: saving {municipality.MunicipalSaving} {currency} (the state's part {municipality.StateSaving} {currency}), "
                + $"payments {municipality.Payments} {currency}, net saving {municipality.NetSaving} {currency} ({municipalShare}); {municipalMonth}.");
        }
    }

    /// <summary>The same lines as <see cref="Summarize"/>, in Danish words and number formats (<c>1.234,50 kr.</c>, <c>marts 2026</c>).</summary>
    private static void SummarizeInDanish(EconomicsResult economics, TextWriter stdout)
    {
        Language da = Language.Danish;
        ReportFormat f = da.Format;
        string currency = economics.Settlement.Contract.Currency;
        string In(Money amount) => f.MoneyIn(amount, currency);
        InvestorView investor = economics.Investor;
        PayerView payer = economics.Payer;
        string multiple = investor.MoneyMultiple is { } m ? $"pengemultipel {f.Multiple(m)}" : "ingen pengemultipel (intet investeret)";
        stdout.WriteLine(
            $"Investor: {In(investor.Invested)} ind, {In(investor.Returned)} tilbage ({In(investor.OutcomePayments)} i resultatbetalinger, "
            + $"heraf {In(investor.OutcomePaymentsAfterAsOf)} betalt efter opgørelsesdatoen); {multiple}.");
        string npv = investor.DiscountRate is { } r ? Sentence.End($" Nutidsværdi ved {f.Percent((decimal)r)} om året: {(investor.Npv is { } value ? In(value) : "–")}") : string.Empty;
        stdout.WriteLine($"{IrrWords.Explain(investor.Irr, investor.Flows, da)}{npv}");
        string share = payer.PaymentsShareOfSaving is { } s ? $"betalingerne er {f.Percent((decimal)s)} af besparelsen" : "ingen besparelse";
        string month = payer.FirstMonthSavingExceedsPayments is { } first
            ? $"den akkumulerede besparelse overstiger første gang de akkumulerede betalinger i {f.Month(first)}"
            : "den akkumulerede besparelse overstiger aldrig de akkumulerede betalinger";
        stdout.WriteLine($"Betaler: bruttobesparelse {In(payer.GrossSaving)}, betalinger {In(payer.Payments)}, nettobesparelse {In(payer.NetSaving)} ({share}); {month}.");
        if (payer.Municipality is { } municipality)
        {
            string municipalShare = municipality.PaymentsShareOfSaving is { } ms ? $"betalingerne er {f.Percent((decimal)ms)} af dens besparelse" : "ingen kommunal besparelse";
            string municipalMonth = municipality.FirstMonthSavingExceedsPayments is { } firstMunicipal
                ? $"dens akkumulerede besparelse overstiger første gang de akkumulerede betalinger i {f.Month(firstMunicipal)}"
                : "dens akkumulerede besparelse overstiger aldrig de akkumulerede betalinger";
            stdout.WriteLine(
                $"Kommune: besparelse {In(municipality.MunicipalSaving)} (statens andel {In(municipality.StateSaving)}), "
                + $"betalinger {In(municipality.Payments)}, nettobesparelse {In(municipality.NetSaving)} ({municipalShare}); {municipalMonth}.");
        }
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";
}
