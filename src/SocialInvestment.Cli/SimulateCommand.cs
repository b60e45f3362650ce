using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib simulate</c>: a Monte Carlo projection of a planned cohort under a contract (docs/simulation.md); writes
/// simulation.csv, simulation.json, hazards.csv and the report of them (simulation.html, simulation.md, charts/), or nothing and exit code 2.
/// </summary>
internal static class SimulateCommand
{
    private const string HazardSources =
        "give the hazards one way: --hazards FILE, or --leave P with --return Q, or --estimate-participants FILE with --estimate-spells FILE (or --estimate-weeks FILE) and --estimate-as-of DATE";

    /// <summary>The command's name: <c>sib simulate</c>.</summary>
    internal const string Name = "simulate";

    internal static Command Create(bool showProgress = false)
    {
        var projection = new ProjectionOptions("The contract (JSON, SPEC §2)");
        Option<DirectoryInfo> output = InputOptions.Out("simulation.csv, simulation.json, hazards.csv, simulation.html, simulation.md and charts/");
        Option<int> threads = WholeNumberOption.Create(
            "--threads",
            "The most cores used for the runs (default: one per processor); the output is the same for any value",
            "a whole number of at least 1 (or -1 for one per processor)",
            n => n is -1 or >= 1,
            defaultValue: -1);
        Option<Language> language = LanguageOption.Create("simulation.html, simulation.md and the summary printed");
        var command = new Command(Name, "Project a planned cohort's payments and savings: percentile bands (5, 50, 95) per month, per year and in total");
        projection.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(threads);
        command.Options.Add(language);
        command.SetAction(parse => Simulate(
            projection.Read(parse),
            parse.GetValue(output)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(threads),
            showProgress ? new ProgressLine(parse.InvocationConfiguration.Error) : ProgressLine.None,
            parse.GetValue(language)));
        return command;
    }

    /// <summary>
    /// Reads the inputs, projects, and writes the outputs into <paramref name="output"/>, the report and the summary printed
    /// in <paramref name="language"/> (English where null; the CSV and JSON files are the same in every language); returns the exit code.
    /// </summary>
    internal static int Simulate(SimulationRequest request, DirectoryInfo output, TextWriter stdout, TextWriter error, int threads = -1, ProgressLine? progress = null, Language? language = null)
    {
        progress ??= ProgressLine.None;
        language ??= Language.English;
        var errors = new List<InputError>();
        var files = new List<InputFile>();
        if (ReadProjection(request, error, files, errors, progress, (f, e) => InputLoader.Read(request.Contract, "contract", f, e, (s, name) => ContractJson.Read(s, name))) is not { } projection)
        {
            return Report(errors, error, progress);
        }

        (Contract contract, CohortPlan plan, Hazards hazards, HazardEstimate? estimate) = projection;

        progress.Stage("simulating runs", request.Runs);
        SimulationResult result;
        try
        {
            result = Simulation.Run(contract, plan, hazards, request.Runs, request.Seed, new SimulationOptions { MaxDegreeOfParallelism = threads, Progress = progress });
        }
        catch (ArgumentException e)
        {
            errors.Add(new InputError(request.Contract.Name, 0, 0, ArgumentErrors.Reason(e)));
            return Report(errors, error, progress);
        }

        progress.Stage("writing simulation.csv, simulation.json, hazards.csv, simulation.html and simulation.md");
        ReportDocument document = SimulationReport.Build(result, estimate, language);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        OutputFolder.Write(output, [
            ("simulation.csv", stream => SimulationCsv.Write(stream, result)),
            ("simulation.json", stream => SimulationJson.Write(stream, result, files, estimate)),
            ("hazards.csv", stream => HazardsCsv.Write(stream, result.Hazards)),
            ("simulation.html", stream => stream.Write(utf8.GetBytes(HtmlReport.Render(document)))),
            ("simulation.md", stream => stream.Write(utf8.GetBytes(MarkdownReport.Render(document)))),
            .. document.Charts.Select(c => ($"{MarkdownReport.ChartFolder}/{c.Name}.svg", (Action<Stream>)(stream => stream.Write(utf8.GetBytes(c.Svg))))),
        ]);
        progress.Done();
        PrintSummary(result, estimate, stdout, language);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Reads what a projection needs as <c>sib simulate</c> reads it: the plan, the hazards (given, or estimated from an
    /// earlier cohort) and the contract, read by <paramref name="readContract"/>; null with <paramref name="errors"/>
    /// where anything cannot be read.
    /// </summary>
    internal static (Contract Contract, CohortPlan Plan, Hazards Hazards, HazardEstimate? Estimate)? ReadProjection(
        SimulationRequest request,
        TextWriter error,
        List<InputFile> files,
        List<InputError> errors,
        ProgressLine progress,
        Func<List<InputFile>, List<InputError>, Contract?> readContract)
    {
        if (!HasOneHazardSource(request))
        {
            errors.Add(new InputError("--hazards", 0, 0, HazardSources + "."));
        }

        if (request.PseudonymKey is not null && request.EstimateParticipants is null)
        {
            errors.Add(new InputError("--pseudonym-key", 0, 0, "the key is for the earlier cohort's files (--estimate-participants, --estimate-spells or --estimate-weeks); leave it out."));
        }

        List<Intake>? intakes = null;
        if ((request.Intake is null) == (request.Planned is null))
        {
            errors.Add(new InputError("--intake", 0, 0, "give the plan one way: --intake MONTH:COUNT,… or --planned FILE (one row per person, with their weeks on support before the start)."));
        }
        else if (request.Intake is { } intakeText)
        {
            intakes = ParseIntake(intakeText, errors);
        }

        progress.Stage("reading the inputs");
        Contract? contract = readContract(files, errors);
        CohortPlan? plan = null;
        if (request.Planned is { } plannedFile && contract is not null)
        {
            IReadOnlyList<PlannedParticipant>? people = InputLoader.Read(plannedFile, "planned", files, errors, (s, name) => PlannedCsv.Read(s, name, contract));
            plan = people is null ? null : PlannedPlan(people, request.Horizon, errors);
        }
        else if (intakes is not null)
        {
            try
            {
                plan = new CohortPlan(intakes, request.Horizon);
            }
            catch (ArgumentException e)
            {
                errors.Add(new InputError("--intake", 0, 0, ArgumentErrors.Reason(e)));
            }
        }

        if (contract?.ComparisonGatedPayment is { } gated)
        {
            // Said before an earlier cohort is read, whose loader would ask for the comparison group's files instead.
            errors.Add(new InputError(
                request.Contract.Name,
                0,
                0,
                $"payment '{gated.Id}' has a cohort_gate against a comparison group, which a projection cannot know; give the gate a baseline_rate to project it."));
        }

        if (contract?.EmploymentRatesTrigger is { } employment)
        {
            // Said before an earlier cohort is read, whose loader would ask for its employment rates instead.
            errors.Add(new InputError(
                request.Contract.Name,
                0,
                0,
                $"trigger '{employment.Id}' is an employment trigger, measured on monthly employment rates, which a projection cannot draw (it draws support spells only); simulate a contract without it."));
        }

        if (contract?.MunicipalShare is { Steps.Count: > 1 } && request.Planned is null && request.EstimateParticipants is null)
        {
            errors.Add(new InputError(
                "--planned",
                0,
                0,
                "the contract's municipal_share has steps, so the municipal saving depends on each person's weeks on support before the start (c0); "
                + "give --planned FILE with support_weeks_before for each person, or an earlier cohort to draw them from (--estimate-participants with --estimate-spells or --estimate-weeks and --estimate-as-of)."));
        }

        if (errors.Count > 0 || contract is null || plan is null)
        {
            return null;
        }

        HazardEstimate? estimate = null;
        Hazards? hazards = null;
        if (request.Hazards is { } hazardsFile)
        {
            hazards = InputLoader.Read(hazardsFile, "hazards", files, errors, HazardsCsv.Read);
        }
        else if (request.Leave is { } p && request.Return is { } q)
        {
            hazards = Hazards.Constant(p, q);
        }
        else
        {
            EarlierCohort? earlier;
            (estimate, earlier) = Estimate(request, error, files, errors, drawFrom: contract.MunicipalShare is not null && request.Planned is null);
            hazards = estimate?.Hazards;
            plan = earlier is null ? plan : plan.DrawingFrom(earlier);
        }

        if (hazards is null)
        {
            return null;
        }

        return (contract, plan, hazards, estimate);
    }

    /// <summary>Whether the hazards are given exactly one way, each way whole: a file, both constants, or all three parts of an estimate.</summary>
    private static bool HasOneHazardSource(SimulationRequest request)
    {
        bool file = request.Hazards is not null;
        bool constants = request.Leave is not null && request.Return is not null;
        bool history = request.EstimateSpells is not null || request.EstimateWeeks is not null;
        bool estimate = request.EstimateParticipants is not null && history && request.EstimateAsOf is not null;
        bool halfConstants = (request.Leave is null) != (request.Return is null);
        bool partEstimate = !estimate && (request.EstimateParticipants is not null || history || request.EstimateAsOf is not null);
        return !halfConstants && !partEstimate && (file ? 1 : 0) + (constants ? 1 : 0) + (estimate ? 1 : 0) == 1;
    }

    /// <summary>A plan of the planned persons; null with the error where it cannot be made (none, or a start after the horizon).</summary>
    private static CohortPlan? PlannedPlan(IReadOnlyList<PlannedParticipant> people, LocalDate horizon, List<InputError> errors)
    {
        try
        {
            return CohortPlan.FromPlanned(people, horizon);
        }
        catch (ArgumentException e)
        {
            errors.Add(new InputError("--planned", 0, 0, ArgumentErrors.Reason(e)));
            return null;
        }
    }

    /// <summary>
    /// Reads the earlier cohort as <c>sib settle</c> reads a cohort, and estimates the hazards from it; with
    /// <paramref name="drawFrom"/>, also each earlier person's c₀ and monthly cost for the planned participants to be
    /// drawn as. Nulls with the errors where it cannot.
    /// </summary>
    private static (HazardEstimate? Estimate, EarlierCohort? Earlier) Estimate(SimulationRequest request, TextWriter error, List<InputFile> files, List<InputError> errors, bool drawFrom)
    {
        var paths = new InputPaths(request.Contract, request.EstimateParticipants!, request.EstimateSpells, null, request.PseudonymKey) { Weeks = request.EstimateWeeks };
        LoadedInputs? loaded = InputLoader.Load(paths, error, asOf: request.EstimateAsOf);
        if (loaded is null)
        {
            // The loader has printed the errors of the earlier cohort's files.
            errors.Add(new InputError(request.EstimateParticipants!.Name, 0, 0, "the earlier cohort could not be read, so no hazard can be estimated."));
            return (null, null);
        }

        // The loader read the contract again: list every file once, in the loader's order, a planned file after the contract.
        InputFile[] planned = [.. files.Where(f => f.Role == "planned")];
        files.Clear();
        files.AddRange(loaded.Files);
        files.InsertRange(Math.Min(1, files.Count), planned);
        try
        {
            IReadOnlyList<BenefitSpell> spells = loaded.Spells?.Items ?? [];
            LocalDate asOf = request.EstimateAsOf!.Value;
            return (
                HazardEstimate.FromCohort(loaded.Contract, loaded.Participants, spells, asOf, request.MinimumAtRisk),
                drawFrom ? EarlierCohort.Of(loaded.Contract, loaded.Participants, spells, asOf) : null);
        }
        catch (ArgumentException e)
        {
            errors.Add(new InputError(request.EstimateParticipants!.Name, 0, 0, ArgumentErrors.Reason(e)));
            return (null, null);
        }
    }

    /// <summary>Reads <c>MONTH:COUNT[:COHORT],…</c>; null with an error where a part cannot be read.</summary>
    internal static List<Intake>? ParseIntake(string text, List<InputError> errors)
    {
        var intakes = new List<Intake>();
        foreach (string part in text.Split(','))
        {
            string[] pieces = part.Trim().Split(':', 3);
            ParseResult<YearMonth> month = YearMonthPattern.Iso.Parse(pieces[0]);
            if (pieces.Length < 2
                || !month.Success
                || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                || count is < 1 or > Intake.MaxParticipants
                || (pieces.Length == 3 && pieces[2].Length == 0))
            {
                errors.Add(new InputError(
                    "--intake",
                    0,
                    0,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"expected MONTH:COUNT[:COHORT] separated by commas (a month yyyy-MM, a count from 1 to {Intake.MaxParticipants}), such as 2026-01:20,2026-02:20, found '{Echo.Value(part)}'.")));
                return null;
            }

            intakes.Add(new Intake(month.Value, count, pieces.Length == 3 ? pieces[2] : null));
        }

        return intakes;
    }

    /// <summary>
    /// Prints the runs, the plan and each year's and the total payments' percentiles; English with invariant numbers
    /// (amounts as simulation.json writes them), Danish with Danish numbers and dates (<c>1.234,50 kr.</c>,
    /// <c>28. februar 2029</c>). The seed is written as given.
    /// </summary>
    private static void PrintSummary(SimulationResult result, HazardEstimate? estimate, TextWriter stdout, Language language)
    {
        ReportFormat f = language.Format;
        string currency = result.Contract.Currency;
        string Band(PercentileBand band) => language.IsDanish
            ? $"{f.MoneyIn(band.P5, currency)} / {f.MoneyIn(band.P50, currency)} / {f.MoneyIn(band.P95, currency)}"
            : $"{band.P5} / {band.P50} / {band.P95}";

        // Numbers in the invariant form whatever the machine's culture (a seed of -3 is never written with a letter mark).
        string seed = result.Seed.ToString(CultureInfo.InvariantCulture);
        stdout.WriteLine(language.IsDanish
            ? $"{f.Count(result.Runs)} kørsler af {f.Count(result.Plan.Participants.Count)} deltagere til {f.Date(result.Plan.Horizon)} (startværdi {seed}, overgangssandsynligheder "
                + (estimate is null ? "givet" : $"estimeret ud fra {f.Count(estimate.Participants)} deltagere") + ")."
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Runs} runs of {result.Plan.Participants.Count} participants to {LocalDatePattern.Iso.Format(result.Plan.Horizon)} (seed {seed}, hazards ")
                + (estimate is null ? "given" : string.Create(CultureInfo.InvariantCulture, $"estimated from {estimate.Participants} participants")) + ").");
        stdout.WriteLine(language.Say($"Payable in {currency}, 5 % / median / 95 % of the runs:", "Udbetalinger, 5 % / median / 95 % af kørslerne:"));
        foreach (SimulationYear year in result.Years)
        {
            stdout.WriteLine($"  {year.Year.ToString(CultureInfo.InvariantCulture)}: {Band(year.Payments)}");
        }

        stdout.WriteLine($"  {language.Say("total", "i alt")}: {Band(result.TotalPayments)}");
        if (result.TotalMunicipalSavings is { } municipal && result.TotalStateSavings is { } state)
        {
            stdout.WriteLine(language.Say(
                $"Saving in total, 5 % / median / 95 % of the runs: municipal {Band(municipal)}; state {Band(state)}",
                $"Besparelse i alt, 5 % / median / 95 % af kørslerne: kommunen {Band(municipal)}; staten {Band(state)}"));
        }
    }

    /// <summary>Prints <paramref name="errors"/>; returns the exit code of bad input.</summary>
    internal static int Report(List<InputError> errors, TextWriter error, ProgressLine progress)
    {
        progress.Done();
        foreach (InputError e in errors)
        {
            error.WriteLine($"error: {e}");
        }

        return ExitCodes.BadInput;
    }
}
