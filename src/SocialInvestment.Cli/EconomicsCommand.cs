using System.CommandLine;
using System.Globalization;
using NodaTime;
using SocialInvestment.Cli.Exports;
using NodaTime.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib economics</c>: settles as <c>sib settle</c> does, then writes the investor's and the payer's views
/// (economics.json) and the investor's cash flows (cashflows.csv); or nothing and exit code 2.
/// </summary>
internal static class EconomicsCommand
{
    /// <summary>The command's name: <c>sib economics</c>.</summary>
    internal const string Name = "economics";

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
        Option<bool> xlsx = XlsxOption.Create(SettlementWorkbook.FileName, "lines, totals, participants and the economics");
        Option<Language> language = LanguageOption.Create("the lines printed and the workbook's headers");
        var command = new Command(Name, "The deal's economics as of a date: the investor's cash flows, money multiple, NPV and IRR, and the payer's saving against its payments");
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(paid);
        command.Options.Add(investments);
        command.Options.Add(rate);
        command.Options.Add(output);
        command.Options.Add(xlsx);
        command.Options.Add(language);
        command.SetAction(parse => Run(
            inputs.Read(parse) with { Ledger = parse.GetValue(paid), Investments = parse.GetValue(investments) },
            parse.GetValue(asOf)!.Value,
            parse.GetValue(rate),
            parse.GetValue(output)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(xlsx),
            parse.GetValue(language)!));
        return command;
    }

    /// <summary>
    /// Reads the inputs and investments.csv, settles, and writes economics.json and cashflows.csv (and settlement.xlsx where
    /// <paramref name="xlsx"/>, headers in <paramref name="language"/>) into <paramref name="output"/>; returns the exit code.
    /// </summary>
    internal static int Run(InputPaths paths, LocalDate asOf, double? rate, DirectoryInfo output, TextWriter stdout, TextWriter error, bool xlsx = false, Language? language = null)
    {
        language ??= Language.English;
        LoadedInputs? loaded = InputLoader.Load(paths, error, asOf: asOf);
        if (loaded is null)
        {
            return ExitCodes.BadInput;
        }

        SettlementResult settlement = SettleCommand.Run(loaded, asOf, SettlementOptions.Default);
        EconomicsResult economics = Economics.Of(settlement, loaded.Investments ?? [], rate);
        List<(string, Action<Stream>)> outputs =
        [
            ("economics.json", stream => EconomicsJson.Write(stream, economics, loaded.Files)),
            ("cashflows.csv", stream => CashFlowsCsv.Write(stream, economics.Investor)),
        ];
        if (xlsx && !XlsxOption.Add(outputs, SettlementWorkbook.FileName, SettlementWorkbook.Sheets(economics, language), error))
        {
            return ExitCodes.BadInput;
        }

        OutputFolder.Write(output, outputs);
        Summarize(economics, stdout, language);
        return ExitCodes.Success;
    }

    /// <summary>
    /// A few lines for people, in <paramref name="language"/>; economics.json holds every number. English as it always
    /// was (<c>96506.45 DKK</c>, <c>31.5364 %</c>, <c>2026-02</c>), Danish with Danish formats (<c>96.506,45 kr.</c>,
    /// <c>31,5364 %</c>, <c>februar 2026</c>).
    /// </summary>
    private static void Summarize(EconomicsResult economics, TextWriter stdout, Language language)
    {
        bool danish = language.IsDanish;
        ReportFormat f = language.Format;
        string currency = economics.Settlement.Contract.Currency;
        string In(Money amount) => danish ? f.MoneyIn(amount, currency) : $"{amount} {currency}";
        string Bare(Money amount) => danish ? f.MoneyIn(amount, currency) : $"{amount}";
        string Rate(double rate) => danish ? f.Percent((decimal)rate) : Percent(rate);
        string Month(YearMonth month) => danish ? f.Month(month) : YearMonthPattern.Iso.Format(month);
        InvestorView investor = economics.Investor;
        PayerView payer = economics.Payer;
        string multiple = investor.MoneyMultiple is { } m
            ? language.Say($"money multiple {f.Multiple(m)}", $"pengemultipel {f.Multiple(m)}")
            : language.Say("no money multiple (nothing invested)", "ingen pengemultipel (intet investeret)");
        stdout.WriteLine(language.Say(
            $"Investor: {In(investor.Invested)} in, {In(investor.Returned)} back ({Bare(investor.OutcomePayments)} in outcome payments, "
            + $"{Bare(investor.OutcomePaymentsAfterAsOf)} of them paid after as_of); {multiple}.",
            $"Investor: {In(investor.Invested)} ind, {In(investor.Returned)} tilbage ({In(investor.OutcomePayments)} i resultatbetalinger, "
            + $"heraf {In(investor.OutcomePaymentsAfterAsOf)} betalt efter opgørelsesdatoen); {multiple}."));
        string npv = investor.DiscountRate is { } r
            ? Sentence.End(language.Say($" NPV at {Rate(r)} a year: {investor.Npv} {currency}", $" Nutidsværdi ved {Rate(r)} om året: {(investor.Npv is { } value ? In(value) : "–")}"))
            : string.Empty;
        stdout.WriteLine($"{IrrWords.Explain(investor.Irr, investor.Flows, language)}{npv}");
        string share = payer.PaymentsShareOfSaving is { } s
            ? language.Say($"payments {Rate((double)s)} of the saving", $"betalingerne er {Rate((double)s)} af besparelsen")
            : language.Say("no saving", "ingen besparelse");
        string month = payer.FirstMonthSavingExceedsPayments is { } first
            ? language.Say($"cumulative saving first exceeds cumulative payments in {Month(first)}", $"den akkumulerede besparelse overstiger første gang de akkumulerede betalinger i {Month(first)}")
            : language.Say("cumulative saving never exceeds cumulative payments", "den akkumulerede besparelse overstiger aldrig de akkumulerede betalinger");
        stdout.WriteLine(language.Say(
            $"Payer: gross saving {In(payer.GrossSaving)}, payments {In(payer.Payments)}, net saving {In(payer.NetSaving)} ({share}); {month}.",
            $"Betaler: bruttobesparelse {In(payer.GrossSaving)}, betalinger {In(payer.Payments)}, nettobesparelse {In(payer.NetSaving)} ({share}); {month}."));
        if (payer.Municipality is { } municipality)
        {
            string municipalShare = municipality.PaymentsShareOfSaving is { } ms
                ? language.Say($"payments {Rate((double)ms)} of its saving", $"betalingerne er {Rate((double)ms)} af dens besparelse")
                : language.Say("no municipal saving", "ingen kommunal besparelse");
            string municipalMonth = municipality.FirstMonthSavingExceedsPayments is { } firstMunicipal
                ? language.Say($"its cumulative saving first exceeds cumulative payments in {Month(firstMunicipal)}", $"dens akkumulerede besparelse overstiger første gang de akkumulerede betalinger i {Month(firstMunicipal)}")
                : language.Say("its cumulative saving never exceeds cumulative payments", "dens akkumulerede besparelse overstiger aldrig de akkumulerede betalinger");
            stdout.WriteLine(language.Say(
                $"Municipality: saving {In(municipality.MunicipalSaving)} (the state's part {In(municipality.StateSaving)}), "
                + $"payments {In(municipality.Payments)}, net saving {In(municipality.NetSaving)} ({municipalShare}); {municipalMonth}.",
                $"Kommune: besparelse {In(municipality.MunicipalSaving)} (statens andel {In(municipality.StateSaving)}), "
                + $"betalinger {In(municipality.Payments)}, nettobesparelse {In(municipality.NetSaving)} ({municipalShare}); {municipalMonth}."));
        }
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";
}
