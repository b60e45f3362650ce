using System.Globalization;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>What the report of a design is made from: the report of the design and the projection it was run on.</summary>
/// <param name="Report">The result with the recommended contract's exact evaluation and its stress.</param>
/// <param name="Template">The contract template.</param>
/// <param name="Plan">The planned cohort and horizon.</param>
/// <param name="Hazards">The hazards the runs were drawn with.</param>
/// <param name="Estimate">Where the hazards were estimated from an earlier cohort; null where given.</param>
/// <param name="Runs">The runs.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Files">The input files and their SHA-256, as design.json lists them.</param>
/// <param name="StressedParticipants">The participants of the stressed plan; null where there is no stress.</param>
internal sealed record DesignReportInputs(
    DesignReport Report,
    Contract Template,
    CohortPlan Plan,
    Hazards Hazards,
    HazardEstimate? Estimate,
    int Runs,
    int Seed,
    IReadOnlyList<InputFile> Files,
    int? StressedParticipants);

/// <summary>
/// Builds <c>sib design</c>'s design.html and design.md (docs/design.md, "The report") from the same blocks, renderers,
/// number formats and chart code as <c>sib report</c>; every number is design.json's.
/// </summary>
internal static class DesignReportBuilder
{
    /// <summary>The most candidates of each kind (qualifying or not) drawn on the chart; more are thinned evenly over the grid's order.</summary>
    internal const int MaxChartPoints = 2_000;

    /// <summary>The most values of a parameter listed in the table of the design; more are shown by their first two and last.</summary>
    private const int MaxValuesListed = 12;

    /// <summary>The report of a design in <paramref name="language"/>.</summary>
    internal static ReportDocument Build(DesignReportInputs inputs, Language language)
    {
        DesignResult result = inputs.Report.Result;
        ReportFormat f = language.Format;
        string currency = inputs.Template.Currency;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(language.IsDanish
                ? $"Et kontraktdesign ud fra kontraktskabelonen: {f.Count(result.Space.Grid.Count)} kandidatkontrakter, alle kombinationer af værdierne nedenfor, hver fremskrevet over de samme "
                    + $"{f.Count(inputs.Runs)} simulerede kørsler af den planlagte kohorte og prissat for betaleren og investoren"
                    + (inputs.Report.SearchRounds is { } daRounds
                        ? $"; gitteret er større end én prissætningsrunde, så det blev gennemsøgt i {f.Count(daRounds)} runder omkring fronten, og {f.Count(result.Candidates.Count)} af kandidaterne blev prissat. "
                        : ". ")
                    + $"Beløb er i {currency}; alle tal nedenfor er fra design.json (docs/design.md)."
                : $"A design of the contract template: {f.Count(result.Space.Grid.Count)} candidate contracts, every combination of the values below, each projected over the same "
                    + $"{f.Count(inputs.Runs)} simulated runs of the planned cohort and priced for the payer and the investor"
                    + (inputs.Report.SearchRounds is { } rounds
                        ? $"; the grid is larger than one round of pricing, so it was searched in {f.Count(rounds)} rounds around the front and {f.Count(result.Candidates.Count)} of them were priced. "
                        : ". ")
                    + $"Amounts are in {currency}; "
                    + "every number below is design.json's (docs/design.md)."),
        };
        Inputs(blocks, inputs, language);
        Design(blocks, result, language);
        Front(blocks, result, currency, language);
        Recommended(blocks, inputs, language);
        return new ReportDocument(language.Say($"{inputs.Template.Name}: contract design", $"{inputs.Template.Name}: kontraktdesign"), blocks, language);
    }

    private static void Inputs(List<ReportBlock> blocks, DesignReportInputs inputs, Language language)
    {
        blocks.Add(new HeadingBlock(2, language.Say("Inputs", "Grundlag")));
        string participants = language.Format.Count(inputs.Plan.Participants.Count);
        blocks.Add(new ListBlock([
            language.Say($"Template: {inputs.Template.Name}.", $"Skabelon: {inputs.Template.Name}."),
            inputs.Plan.SupportWeeksBefore is null
                ? language.Say($"Participants: {participants}, starting spread evenly over their intake month.", $"Deltagere: {participants}, med start jævnt fordelt over deres optagelsesmåned.")
                : language.Say($"Participants: {participants}, from the planned file.", $"Deltagere: {participants}, fra filen med planlagte deltagere."),
            SimulationReport.HorizonItem(inputs.Plan.Horizon, language),
            SimulationReport.RunsItem(inputs.Runs, inputs.Seed, language),
        ]));
        blocks.Add(SimulationReport.IntakeTable(inputs.Plan, language));
        blocks.Add(new ParagraphBlock(language.Say(
            "The files read, by role, with their SHA-256 (as design.json lists them): anyone with the same files, runs and seed gets the same design.",
            "De indlæste filer efter rolle med deres SHA-256 (som design.json angiver dem): enhver med de samme filer, kørsler og startværdi får samme resultat.")));

        // The roles are design.json's names of the files (contract, design, investments, …) and stay as they are.
        blocks.Add(ReportBuilder.InputsTable(inputs.Files, language));
        SimulationReport.HazardsUsed(blocks, inputs.Hazards, inputs.Estimate, language);
    }

    private static void Design(List<ReportBlock> blocks, DesignResult result, Language language)
    {
        ReportFormat f = language.Format;
        blocks.Add(new HeadingBlock(2, language.Say("The design", "Designet")));
        blocks.Add(new ParagraphBlock(language.Say("The numbers of the template varied, with their values:", "Skabelonens tal, der varieres, med deres værdier:")));
        blocks.Add(new TableBlock(
            "parameters",
            [language.Say("parameter", "parameternavn"), language.Say("values", "værdier"), language.Say("count", "antal")],
            [false, false, true],
            [.. result.Space.Grid.Parameters.Select(p => (IReadOnlyList<string>)[p.Name, Values(p, language), f.Count(p.Values.Count)])]));
        blocks.Add(result.Space.Conditions.Count == 0
            ? new ParagraphBlock(language.Say(
                "No conditions: every candidate qualifies, and the one recommended is the one that saves the payer most, whatever the investor earns.",
                "Ingen betingelser: alle kandidater kvalificerer sig, og den anbefalede er den, der sparer betaleren mest, uanset hvad investoren tjener."))
            : new ParagraphBlock(language.Say(
                "The conditions a recommended contract meets, each bound itself included:",
                "Betingelserne, som en anbefalet kontrakt opfylder, hver grænse medregnet:")));
        if (result.Space.Conditions.Count > 0)
        {
            blocks.Add(new ListBlock([.. result.Space.Conditions.Select(c => Condition(c, language))]));
        }

        blocks.Add(new ParagraphBlock(language.Say(
            $"{f.Count(result.Candidates.Count)} of {f.Count(result.Space.Grid.Count)} candidates evaluated; {f.Count(result.Qualifying.Count)} meet the conditions; {f.Count(result.Front.Count)} on the front.",
            $"{f.Count(result.Candidates.Count)} af {f.Count(result.Space.Grid.Count)} kandidater vurderet; {f.Count(result.Qualifying.Count)} opfylder betingelserne; {f.Count(result.Front.Count)} på fronten.")));
    }

    private static void Front(List<ReportBlock> blocks, DesignResult result, string currency, Language language)
    {
        ReportFormat f = language.Format;
        blocks.Add(new HeadingBlock(2, language.Say("The front", "Pareto-fronten")));
        blocks.Add(new ParagraphBlock(language.Say(
            "Among the candidates that meet the conditions, those that no other beats on both the payer's expected net saving (the mean over the runs) "
            + "and the investor's median IRR: along the front, what one side gains the other gives up. The first, the highest expected saving, is recommended.",
            "Blandt de kandidater, der opfylder betingelserne, dem, som ingen anden slår på både betalerens forventede nettobesparelse (gennemsnittet over kørslerne) "
            + "og investorens median-IRR: langs fronten opgiver den ene part, hvad den anden vinder. Den første, med den højeste forventede besparelse, anbefales.")));
        var others = result.Candidates.Where(c => !c.Qualifies).ToList();
        int withoutIrr = result.Candidates.Count(c => c.Measures[DesignMeasure.InvestorIrrP50] is null);
        List<(double Irr, double Saving)> Points(IReadOnlyList<DesignCandidate> candidates) => [.. candidates.Select(Point).OfType<(double, double)>()];
        List<(double Irr, double Saving)> front = Points(result.Front);
        if (withoutIrr < result.Candidates.Count)
        {
            string thinned = others.Count > MaxChartPoints || result.Qualifying.Count > MaxChartPoints
                ? language.Say(
                    string.Create(CultureInfo.InvariantCulture, $"; of more than {MaxChartPoints} candidates that do or do not meet the conditions, {MaxChartPoints} spread evenly over the grid's order are drawn"),
                    $"; af mere end {f.Count(MaxChartPoints)} kandidater, der opfylder eller ikke opfylder betingelserne, er {f.Count(MaxChartPoints)} jævnt fordelt over gitterets rækkefølge tegnet")
                : string.Empty;
            string left = withoutIrr > 0
                ? language.Say($"; {f.Count(withoutIrr)} candidates without a median IRR are not drawn", $"; {f.Count(withoutIrr)} kandidater uden median-IRR er ikke tegnet")
                : string.Empty;
            blocks.Add(new ChartBlock(
                "design-front",
                language.Say(
                    "Expected net saving against median IRR: every candidate, those that meet the conditions, the front and the recommended contract",
                    "Forventet nettobesparelse mod median-IRR: alle kandidater, dem, der opfylder betingelserne, fronten og den anbefalede kontrakt") + thinned + left,
                ReportCharts.DesignFront(
                    Points(Thinned(others)),
                    Points(Thinned(result.Qualifying)),
                    front,
                    result.Recommended is { } r ? Point(r) : null,
                    currency,
                    language)));
        }

        if (result.Front.Count == 0)
        {
            blocks.Add(new ParagraphBlock(language.Say("No candidate meets the conditions, so there is no front.", "Ingen kandidat opfylder betingelserne, så fronten er tom.")));
            return;
        }

        DesignParameter[] parameters = [.. result.Space.Grid.Parameters];
        IReadOnlyList<string> measureHeaders = language.IsDanish
            ? [
                "forventet nettobesparelse", "nettobesparelse 5 %", "nettobesparelse median", "nettobesparelse > 0",
                "median-IRR", "median pengemultiplum", "median udbetalinger", "anbefalet",
            ]
            : [
                "expected net saving", "net saving 5 %", "net saving median", "net saving > 0",
                "median IRR", "median money multiple", "median payments", "recommended",
            ];
        blocks.Add(new TableBlock(
            "front",
            [language.Say("candidate", "kandidat"), .. parameters.Select(p => p.Name), .. measureHeaders],
            [true, .. parameters.Select(_ => true), true, true, true, true, true, true, true, false],
            [.. result.Front.Select(c => (IReadOnlyList<string>)[
                Index(c.Index),
                .. c.Assignment.Settings.Select(s => f.Exact(s.Value)),
                Format(c.Measures, DesignMeasure.PayerNetSavingMean, language),
                Format(c.Measures, DesignMeasure.PayerNetSavingP5, language),
                Format(c.Measures, DesignMeasure.PayerNetSavingP50, language),
                Format(c.Measures, DesignMeasure.PayerNetSavingPositiveProbability, language),
                Format(c.Measures, DesignMeasure.InvestorIrrP50, language),
                Format(c.Measures, DesignMeasure.InvestorMoneyMultipleP50, language),
                Format(c.Measures, DesignMeasure.TotalPaymentsP50, language),
                c.IsRecommended ? language.Say("yes", "ja") : string.Empty])]));
    }

    private static void Recommended(List<ReportBlock> blocks, DesignReportInputs inputs, Language language)
    {
        ReportFormat f = language.Format;
        DesignReport report = inputs.Report;
        if (report.Result.Recommended is not { } recommended)
        {
            blocks.Add(new HeadingBlock(2, language.Say("No contract recommended", "Ingen kontrakt anbefalet")));
            blocks.Add(new ParagraphBlock(NoneRecommended(report.Result, language)));
            blocks.Add(new ParagraphBlock(language.Say(
                "Loosen the binding condition, or vary other values, and run the design again; design.csv holds every candidate's measures.",
                "Løsn den bindende betingelse, eller variér andre værdier, og kør designet igen; design.csv indeholder alle kandidaters nøgletal.")));
            return;
        }

        blocks.Add(new HeadingBlock(2, language.Say("The recommended contract", "Den anbefalede kontrakt")));
        blocks.Add(new ParagraphBlock(language.Say(
            $"Candidate {Index(recommended.Index)}: {Values(recommended.Assignment, language)}. Written out as {DesignCommand.RecommendedFile}, ready for sib settle or sib simulate. "
            + "Its figures are its exact settlement on every run (sib simulate on it with the same cohort, runs and seed gives the same payments and savings).",
            $"Kandidat {Index(recommended.Index)}: {Values(recommended.Assignment, language)}. Skrevet som {DesignCommand.RecommendedFile}, klar til sib settle eller sib simulate. "
            + "Dens tal er dens nøjagtige afregning i hver kørsel (sib simulate på den med samme kohorte, kørsler og startværdi giver samme udbetalinger og besparelser).")));
        ExactEvaluation? stressed = report.Stressed;
        if (report.Stress is { } stress && stressed is not null)
        {
            string from = f.Count(inputs.Plan.Participants.Count);
            string to = f.Count(inputs.StressedParticipants ?? 0);
            blocks.Add(new ParagraphBlock(language.Say(
                $"Under stress, the programme's effect is weakened and the intake smaller: each month's hazard of leaving support times {f.Probability(stress.LeavingFactor)} "
                + $"(the hazard of returning unchanged) and the intake times {f.Exact(stress.IntakeFactor)}, {from} participants becoming "
                + $"{to}, with the same runs, seed and investments. The stressed cohort draws other spells, so the two columns are compared band by band, not run by run.",
                $"I stresstesten er programmets effekt svækket og optaget mindre: hver måneds sandsynlighed for at forlade forsørgelse ganget med {f.Probability(stress.LeavingFactor)} "
                + $"(sandsynligheden for at vende tilbage uændret) og optaget ganget med {f.Exact(stress.IntakeFactor)}, så {from} deltagere bliver til "
                + $"{to}, med samme kørsler, startværdi og investeringer. Den stressede kohorte trækker andre forløb, så kolonnerne sammenlignes bånd for bånd, ikke kørsel for kørsel.")));
        }

        DesignMeasures measures = report.Recommended?.Measures ?? recommended.Measures;
        var rows = new List<IReadOnlyList<string>>
        {
            Row(language.Say("participants", "deltagere"), f.Count(inputs.Plan.Participants.Count), stressed is null ? null : f.Count(inputs.StressedParticipants ?? 0)),
        };
        rows.AddRange(RecommendedMeasures(language).Select(m => Row(m.Label, Format(measures, m.Measure, language), stressed is null ? null : Format(stressed.Measures, m.Measure, language))));
        if (report.Recommended is { } exact)
        {
            rows.AddRange(Bands(language.Say("gross saving", "bruttobesparelse"), exact.Savings, stressed?.Savings, language));
            if (exact.MunicipalSavings is { } municipal)
            {
                rows.AddRange(Bands(language.Say("municipal saving", "kommunal besparelse"), municipal, stressed?.MunicipalSavings, language));
            }
        }

        string planned = language.Say("as planned", "som planlagt");
        blocks.Add(new TableBlock(
            "recommended",
            stressed is null ? ["", planned] : ["", planned, language.Say("under stress", "i stresstest")],
            stressed is null ? [false, true] : [false, true, true],
            rows));
        blocks.Add(new ParagraphBlock(language.Say(
            "The net saving is the payer's saving (the municipality's, where the contract has a municipal share) less what it pays; the expected net saving is its mean over the runs. "
            + "A percentile is one run's figure; an IRR or money multiple shown as – falls on runs where the investor has none.",
            "Nettobesparelsen er betalerens besparelse (kommunens, hvor kontrakten har en kommunal andel) fratrukket det, betaleren betaler; den forventede nettobesparelse er gennemsnittet over kørslerne. "
            + "En percentil er én kørsels tal; et afkast (IRR) eller pengemultiplum vist som – falder på kørsler, hvor investoren ikke har noget.")));
    }

    /// <summary>The measures of the recommended contract's table, each with its label in <paramref name="language"/>.</summary>
    private static (string Label, DesignMeasure Measure)[] RecommendedMeasures(Language language) =>
    [
        (language.Say("payer's net saving 5 %", "betalerens nettobesparelse 5 %"), DesignMeasure.PayerNetSavingP5),
        (language.Say("payer's net saving median", "betalerens nettobesparelse median"), DesignMeasure.PayerNetSavingP50),
        (language.Say("payer's net saving 95 %", "betalerens nettobesparelse 95 %"), DesignMeasure.PayerNetSavingP95),
        (language.Say("payer's expected net saving", "betalerens forventede nettobesparelse"), DesignMeasure.PayerNetSavingMean),
        (language.Say("probability the net saving is positive", "sandsynlighed for positiv nettobesparelse"), DesignMeasure.PayerNetSavingPositiveProbability),
        (language.Say("investor's IRR 5 %", "investorens afkast (IRR) 5 %"), DesignMeasure.InvestorIrrP5),
        (language.Say("investor's IRR median", "investorens afkast (IRR) median"), DesignMeasure.InvestorIrrP50),
        (language.Say("investor's IRR 95 %", "investorens afkast (IRR) 95 %"), DesignMeasure.InvestorIrrP95),
        (language.Say("money multiple 5 %", "pengemultiplum 5 %"), DesignMeasure.InvestorMoneyMultipleP5),
        (language.Say("money multiple median", "pengemultiplum median"), DesignMeasure.InvestorMoneyMultipleP50),
        (language.Say("money multiple 95 %", "pengemultiplum 95 %"), DesignMeasure.InvestorMoneyMultipleP95),
        (language.Say("total payments 5 %", "samlede udbetalinger 5 %"), DesignMeasure.TotalPaymentsP5),
        (language.Say("total payments median", "samlede udbetalinger median"), DesignMeasure.TotalPaymentsP50),
        (language.Say("total payments 95 %", "samlede udbetalinger 95 %"), DesignMeasure.TotalPaymentsP95),
    ];

    /// <summary>
    /// Where no candidate qualifies, the sentence that says so: English <c>None recommended: </c> and design.json's
    /// message; Danish the same sentence in Danish, with the condition's measure as design.json names it.
    /// </summary>
    internal static string NoneRecommended(DesignResult result, Language language)
    {
        if (!language.IsDanish || result.Miss is not { } miss || result.Nearest is not { } nearest)
        {
            return $"None recommended: {DesignResultJson.MissMessage(result)}.";
        }

        ReportFormat f = language.Format;
        string among = miss.ConditionIndex == 0 ? string.Empty : ", blandt de kandidater, der opfylder betingelserne før den";
        string by = miss.Shortfall is { } shortfall
            ? $"mangler {f.Exact(shortfall)} for at opfylde den"
            : $"har slet ingen {DesignMeasures.NameOf(miss.Condition.Measure)}";
        return $"Ingen anbefalet: ingen kandidat opfylder {Condition(miss.Condition, language)} (betingelse {f.Count(miss.ConditionIndex + 1)} af {f.Count(result.Space.Conditions.Count)}{among}); "
            + $"den nærmeste, kandidat {Index(nearest.Index)}, {by}.";
    }

    /// <summary>A condition: as design.json writes it (<c>investor_irr_p50 at_least 0.08</c>); Danish <c>investor_irr_p50 mindst 0,08</c>.</summary>
    private static string Condition(DesignCondition condition, Language language) =>
        language.IsDanish
            ? $"{DesignMeasures.NameOf(condition.Measure)} {(condition.Bound == DesignBound.AtLeast ? "mindst" : "højst")} {language.Format.Exact(condition.Limit)}"
            : condition.ToString();

    /// <summary>A candidate's values: <c>payments.fee.amount = 10000, …</c>; Danish with decimal commas, so separated by semicolons.</summary>
    internal static string Values(DesignAssignment assignment, Language language) =>
        string.Join(language.Say(", ", "; "), assignment.Settings.Select(s => $"{s.Parameter} = {language.Format.Exact(s.Value)}"));

    private static IReadOnlyList<string> Row(string label, string planned, string? stressed) =>
        stressed is null ? [label, planned] : [label, planned, stressed];

    private static IEnumerable<IReadOnlyList<string>> Bands(string label, PercentileBand planned, PercentileBand? stressed, Language language)
    {
        (string Name, Func<PercentileBand, Money> Of)[] percentiles = [("5 %", b => b.P5), ("median", b => b.P50), ("95 %", b => b.P95)];
        return percentiles.Select(p => Row($"{label} {p.Name}", language.Format.Money(p.Of(planned)), stressed is null ? null : language.Format.Money(p.Of(stressed))));
    }

    /// <summary>A candidate's point on the chart (median IRR in percent, expected net saving), or null without a median IRR.</summary>
    private static (double Irr, double Saving)? Point(DesignCandidate candidate) =>
        candidate.Measures[DesignMeasure.InvestorIrrP50] is { } irr
            ? ((double)(irr * 100), (double)candidate.Measures[DesignMeasure.PayerNetSavingMean]!.Value)
            : null;

    /// <summary>At most <see cref="MaxChartPoints"/> of <paramref name="candidates"/>: those at positions ⌊i·n/k⌋, spread evenly over the grid's order.</summary>
    internal static IReadOnlyList<DesignCandidate> Thinned(IReadOnlyList<DesignCandidate> candidates) =>
        candidates.Count <= MaxChartPoints
            ? candidates
            : [.. Enumerable.Range(0, MaxChartPoints).Select(i => candidates[(int)((long)i * candidates.Count / MaxChartPoints)])];

    /// <summary>A measure as the report writes it: money as an amount, the probability and IRRs as percentages, a money multiple as economics.json; – where it has no value.</summary>
    /// <remarks>Where <paramref name="currency"/> is given, an amount of money is followed by it, as a sentence writes it (<see cref="ReportFormat.AmountIn"/>).</remarks>
    internal static string Format(DesignMeasures measures, DesignMeasure measure, Language language, string? currency = null)
    {
        if (measures[measure] is not { } value)
        {
            return "–";
        }

        ReportFormat f = language.Format;
        return measure switch
        {
            DesignMeasure.PayerNetSavingPositiveProbability or DesignMeasure.InvestorIrrP5 or DesignMeasure.InvestorIrrP50 or DesignMeasure.InvestorIrrP95 => f.Percent(value),
            DesignMeasure.InvestorMoneyMultipleP5 or DesignMeasure.InvestorMoneyMultipleP50 or DesignMeasure.InvestorMoneyMultipleP95 => f.Multiple(value),
            _ => currency is null ? f.Amount(value) : f.AmountIn(value, currency),
        };
    }

    /// <summary>A candidate's index as design.csv writes it, without separators.</summary>
    private static string Index(long index) => index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A parameter's values: all of them, or the first two, an ellipsis and the last where there are more than <see cref="MaxValuesListed"/>.</summary>
    /// <remarks>Danish values have decimal commas, so they are separated by semicolons.</remarks>
    private static string Values(DesignParameter parameter, Language language)
    {
        var values = parameter.Values;
        ReportFormat f = language.Format;
        string separator = language.Say(", ", "; ");
        return values.Count <= MaxValuesListed
            ? string.Join(separator, values.Select(f.Exact))
            : $"{f.Exact(values[0])}{separator}{f.Exact(values[1])}{separator}…{separator}{f.Exact(values[^1])}";
    }
}
