using System.CommandLine;
using System.Text;
using NodaTime;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib report</c>: settles as <c>sib settle</c> does, computes the economics and the evidence as <c>sib economics</c> and
/// <c>sib evidence</c> do, and writes report.html (self-contained) and report.md with its charts in charts/; or nothing
/// and exit code 2 (docs/report.md).
/// </summary>
internal static class ReportCommand
{
    /// <summary>The command's name: <c>sib report</c>.</summary>
    internal const string Name = "report";

    internal static Command Create()
    {
        var inputs = new InputOptions();
        Option<LocalDate?> asOf = InputOptions.AsOf(required: true);
        Option<FileInfo?> paid = InputOptions.Paid();
        Option<FileInfo?> investments = new("--investments") { Description = "investments.csv (date,amount): the investor's money, for the investor's view (left out: no investor view)" };
        Option<double?> rate = RateOption.Create("--rate", "The annual discount rate of the investor's net present value, as a fraction: 0.035 is 3.5 % a year (left out: no NPV)");
        Option<DirectoryInfo> output = InputOptions.Out("report.html, report.md and charts/");
        Option<Language> language = LanguageOption.Create("the report (its words, numbers and dates) and the line printed");
        var command = new Command(
            Name,
            "A report people read, as of a date: the contract in plain words, the inputs' hashes, totals, payments by month, saving against payments, outcome rates against the baseline, time to outcome and the investor's view: report.html (self-contained) and report.md with charts/");
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

    /// <summary>
    /// Reads the inputs, settles, and writes report.html, report.md and charts/*.svg into <paramref name="output"/> in
    /// <paramref name="language"/> (English where null); returns the exit code.
    /// </summary>
    internal static int Run(InputPaths paths, LocalDate asOf, double? rate, DirectoryInfo output, TextWriter stdout, TextWriter error, Language? language = null)
    {
        language ??= Language.English;
        // A comparison group is always shown against the outcome rates (as sib evidence does); the settlement uses it only
        // where a cohort gate compares with it.
        LoadedInputs? loaded = InputLoader.Load(paths, error, comparisonAlwaysUsed: true, asOf: asOf);
        if (loaded is null)
        {
            return ExitCodes.BadInput;
        }

        ReportDocument document = ReportBuilder.Build(Compute(loaded, asOf, rate), language);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        List<(string, Action<Stream>)> files =
        [
            ("report.html", stream => stream.Write(utf8.GetBytes(HtmlReport.Render(document)))),
            ("report.md", stream => stream.Write(utf8.GetBytes(MarkdownReport.Render(document)))),
            .. document.Charts.Select(c => ($"{MarkdownReport.ChartFolder}/{c.Name}.svg", (Action<Stream>)(stream => stream.Write(utf8.GetBytes(c.Svg))))),
        ];
        OutputFolder.Write(output, files);
        int charts = document.Charts.Count();
        string participants = language.Format.Count(loaded.Participants.Count);
        stdout.WriteLine(language.Say(
            $"Report on {charts} charts and the settlement of {loaded.Participants.Count} participants written: report.html, report.md.",
            $"Rapport med {charts} diagrammer og afregningen af {participants} deltagere skrevet: report.html, report.md."));
        return ExitCodes.Success;
    }

    /// <summary>The settlement, economics and evidence of what was read, each computed as its own command computes it.</summary>
    internal static ReportInputs Compute(LoadedInputs loaded, LocalDate asOf, double? rate)
    {
        bool gateUsesComparison = loaded.Contract.ComparisonGatedPayment is not null;
        SettlementResult settlement = gateUsesComparison
            ? SettleCommand.Run(loaded, asOf, SettlementOptions.Default)
            : SettleCommand.Run(loaded with { Comparison = null }, asOf, SettlementOptions.Default);
        EconomicsResult economics = Economics.Of(settlement, loaded.Investments ?? [], rate);
        IReadOnlyList<ParticipantOutcome>? controls = loaded.Comparison is { } comparison
            ? comparison.EvaluateOutcomes(loaded.Contract, asOf)
            : null;
        IReadOnlyList<TriggerEvidence> evidence = Evidence.ForSettlement(settlement, controls);
        return new ReportInputs(economics, evidence, loaded.Files, loaded.Investments is not null);
    }
}
