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
        Option<Language> language = LanguageOption.Create("the printed summary and the workbook's headers");
        var command = new Command("economics", "The deal's economics as of a date: the investor's cash flows, money multiple, NPV and IRR, and the payer's saving against its payments");
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
        Summarize(economics, stdout);
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

    private static string Percent(double rate) => (rate * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";
}
