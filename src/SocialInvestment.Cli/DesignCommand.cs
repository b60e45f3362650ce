using System.CommandLine;
using System.Globalization;
using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib design</c> (docs/design.md): reads a contract template, a design (design.json), the plan and hazards as
/// <c>sib simulate</c> reads them and the investor's money, evaluates the design with <see cref="Design.Run"/> (every
/// candidate priced on the same runs, a grid larger than a round searched, the recommended contract settled exactly and
/// under <see cref="StressScenario.Default"/>), and writes design.csv, design.json, the recommended contract and the
/// report (design.html, design.md, charts/); or nothing and exit code 2.
/// </summary>
internal static class DesignCommand
{
    /// <summary>The file name of the recommended contract.</summary>
    internal const string RecommendedFile = "recommended-contract.json";

    /// <summary>The command's name: <c>sib design</c>.</summary>
    internal const string Name = "design";

    internal static Command Create()
    {
        var projection = new ProjectionOptions("The contract template (JSON, SPEC §2) whose numbers the design varies");
        Option<FileInfo> design = new("--design") { Description = "design.json: the numbers of the template to vary and the conditions (docs/design.md)", Required = true };
        Option<FileInfo> investments = new("--investments")
        {
            Description = "investments.csv (date,amount): the investor's money, the same on every run, as sib economics takes it",
            Required = true,
        };
        Option<bool> noStress = new("--no-stress") { Description = "Leave out the recommended contract under stress (the hazard of leaving halved, the intake 30 % smaller), which costs one more exact evaluation" };
        Option<DirectoryInfo> output = InputOptions.Out("design.csv, design.json, recommended-contract.json, design.html, design.md and charts/");
        Option<Language> language = LanguageOption.Create("design.html, design.md and the summary printed");
        var command = new Command(Name, "Try every contract of a design over the same simulated runs: the payer's net saving, the investor's return, the ones that meet the conditions and the recommended contract");
        projection.AddTo(command);
        Option[] own = [design, investments, noStress, output, language];
        foreach (Option option in own)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            projection.Read(parse),
            parse.GetValue(design)!,
            parse.GetValue(investments)!,
            parse.GetValue(output)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(noStress) ? null : StressScenario.Default,
            parse.GetValue(language)));
        return command;
    }

    /// <summary>
    /// Reads the inputs, evaluates the design (<see cref="Design.Run"/>), evaluates the recommended contract under <paramref name="stress"/> (none:
    /// null) and writes the outputs into <paramref name="output"/>, the report and the summary printed in
    /// <paramref name="language"/> (English where null; design.csv, design.json and the contract are the same in every
    /// language); returns the exit code.
    /// </summary>
    internal static int Run(
        SimulationRequest request, FileInfo designFile, FileInfo investmentsFile, DirectoryInfo output, TextWriter stdout, TextWriter error, StressScenario? stress, Language? language = null)
    {
        language ??= Language.English;
        var errors = new List<InputError>();
        var files = new List<InputFile>();
        DesignTemplate? template = null;
        var projection = SimulateCommand.ReadProjection(request, error, files, errors, ProgressLine.None, (f, e) =>
        {
            template = InputLoader.Read(request.Contract, "contract", f, e, DesignTemplate.Read);
            return template?.Contract;
        });
        DesignSpace? space = template is null ? null : InputLoader.Read(designFile, "design", files, errors, (s, name) => DesignJson.Read(s, name, template));
        IReadOnlyList<Investment>? investments = InputLoader.Read(investmentsFile, "investments", files, errors, InvestmentsCsv.Read);
        if (errors.Count > 0 || projection is not { } inputs || template is null || space is null || investments is null)
        {
            return SimulateCommand.Report(errors, error, ProgressLine.None);
        }

        DesignReport report;
        try
        {
            report = Design.Run(space, template.ContractFor, inputs.Plan, inputs.Hazards, request.Runs, request.Seed, investments, stress);
        }
        catch (ArgumentException e)
        {
            errors.Add(new InputError(request.Contract.Name, 0, 0, ArgumentErrors.Reason(e)));
            return SimulateCommand.Report(errors, error, ProgressLine.None);
        }

        int? stressedParticipants = report.Stress?.Apply(inputs.Plan).Participants.Count;
        ReportDocument document = DesignReportBuilder.Build(
            new DesignReportInputs(report, template.Contract, inputs.Plan, inputs.Hazards, inputs.Estimate, request.Runs, request.Seed, files, stressedParticipants),
            language);
        OutputFolder.Write(output, Writers(report, template, files, document));
        PrintSummary(report, request, stressedParticipants, inputs.Plan.Participants.Count, stdout, language, template.Contract.Currency);
        return ExitCodes.Success;
    }

    /// <summary>The output files: design.csv, design.json, the recommended contract where there is one, design.html, design.md and the chart.</summary>
    private static List<(string FileName, Action<Stream> Write)> Writers(DesignReport report, DesignTemplate template, IReadOnlyList<InputFile> files, ReportDocument document)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        List<(string FileName, Action<Stream> Write)> writers =
        [
            ("design.csv", stream => DesignCsv.Write(stream, report.Result)),
            ("design.json", stream => DesignResultJson.Write(stream, report, files)),
        ];
        if (report.Result.Recommended is { } recommended)
        {
            byte[] json = template.JsonFor(recommended.Assignment);
            writers.Add((RecommendedFile, stream => stream.Write(json)));
        }

        writers.Add(("design.html", stream => stream.Write(utf8.GetBytes(HtmlReport.Render(document)))));
        writers.Add(("design.md", stream => stream.Write(utf8.GetBytes(MarkdownReport.Render(document)))));
        writers.AddRange(document.Charts.Select(c => ($"{MarkdownReport.ChartFolder}/{c.Name}.svg", (Action<Stream>)(stream => stream.Write(utf8.GetBytes(c.Svg))))));
        return writers;
    }

    /// <summary>
    /// Prints what was priced, the recommended contract (or the miss) and its stress; English with invariant numbers,
    /// Danish with Danish numbers and amounts with their <paramref name="currency"/> (<c>1.234,50 kr.</c>).
    /// </summary>
    private static void PrintSummary(DesignReport report, SimulationRequest request, int? stressedParticipants, int participants, TextWriter stdout, Language language, string currency)
    {
        DesignResult result = report.Result;
        ReportFormat f = language.Format;
        string seed = request.Seed.ToString(CultureInfo.InvariantCulture);
        string evaluated = report.SearchRounds is { } rounds
            ? language.Say(
                string.Create(CultureInfo.InvariantCulture, $"{result.Candidates.Count} of the grid's {result.Space.Grid.Count} candidates, searched in {rounds} rounds,"),
                $"{f.Count(result.Candidates.Count)} af gitterets {f.Count(result.Space.Grid.Count)} kandidater, gennemsøgt i {f.Count(rounds)} runder,")
            : language.Say(string.Create(CultureInfo.InvariantCulture, $"{result.Candidates.Count} candidates,"), $"{f.Count(result.Candidates.Count)} kandidater,");
        stdout.WriteLine(language.Say(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{evaluated} priced on the same {request.Runs} runs (seed {seed}); {result.Qualifying.Count} meet the conditions, {result.Front.Count} on the front."),
            $"{evaluated} prissat på de samme {f.Count(request.Runs)} kørsler (startværdi {seed}); {f.Count(result.Qualifying.Count)} opfylder betingelserne, {f.Count(result.Front.Count)} på fronten."));
        stdout.WriteLine(result.Recommended is { } recommended
            ? language.Say(
                string.Create(CultureInfo.InvariantCulture, $"Recommended: candidate {recommended.Index}, {recommended.Assignment} ({RecommendedFile})."),
                $"Anbefalet: kandidat {recommended.Index.ToString(CultureInfo.InvariantCulture)}, {DesignReportBuilder.Values(recommended.Assignment, language)} ({RecommendedFile}).")
            : DesignReportBuilder.NoneRecommended(result, language));
        if (report.Stress is { } stress && report.Stressed is { } stressed && report.Recommended is { } exact)
        {
            string Measure(DesignMeasure measure) => language.Say(
                $"{DesignReportBuilder.Format(stressed.Measures, measure, language)} (as planned {DesignReportBuilder.Format(exact.Measures, measure, language)})",
                $"{DesignReportBuilder.Format(stressed.Measures, measure, language, currency)} (som planlagt {DesignReportBuilder.Format(exact.Measures, measure, language, currency)})");
            string leaving = f.Probability(stress.LeavingFactor);
            stdout.WriteLine(language.Say(
                $"Under stress (hazard of leaving × {leaving}, intake × {f.Exact(stress.IntakeFactor)}: {f.Count(stressedParticipants ?? 0)} of {f.Count(participants)} participants): "
                + $"payer's net saving median {Measure(DesignMeasure.PayerNetSavingP50)}, 5th percentile {Measure(DesignMeasure.PayerNetSavingP5)}, "
                + $"positive in {Measure(DesignMeasure.PayerNetSavingPositiveProbability)} of runs; investor's median IRR {Measure(DesignMeasure.InvestorIrrP50)} (design.json, design.html).",
                $"I stresstest (sandsynlighed for at forlade forsørgelse × {leaving}, optag × {f.Exact(stress.IntakeFactor)}: {f.Count(stressedParticipants ?? 0)} af {f.Count(participants)} deltagere): "
                + $"betalerens nettobesparelse median {Measure(DesignMeasure.PayerNetSavingP50)}, 5. percentil {Measure(DesignMeasure.PayerNetSavingP5)}, "
                + $"positiv i {Measure(DesignMeasure.PayerNetSavingPositiveProbability)} af kørslerne; investorens median-IRR {Measure(DesignMeasure.InvestorIrrP50)} (design.json, design.html)."));
        }
    }
}
