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

    internal static ReportDocument Build(DesignReportInputs inputs)
    {
        DesignResult result = inputs.Report.Result;
        string currency = inputs.Template.Currency;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                $"A design of the contract template: {ReportFormat.English.Count(result.Space.Grid.Count)} candidate contracts, every combination of the values below, each projected over the same "
                + $"{ReportFormat.English.Count(inputs.Runs)} simulated runs of the planned cohort and priced for the payer and the investor"
                + (inputs.Report.SearchRounds is { } rounds
                    ? $"; the grid is larger than one round of pricing, so it was searched in {ReportFormat.English.Count(rounds)} rounds around the front and {ReportFormat.English.Count(result.Candidates.Count)} of them were priced. "
                    : ". ")
                + $"Amounts are in {currency}; "
                + "every number below is design.json's (docs/design.md)."),
        };
        Inputs(blocks, inputs);
        Design(blocks, result);
        Front(blocks, result, currency);
        Recommended(blocks, inputs);
        return new ReportDocument($"{inputs.Template.Name}: contract design", blocks, Language.English);
    }

    private static void Inputs(List<ReportBlock> blocks, DesignReportInputs inputs)
    {
        blocks.Add(new HeadingBlock(2, "Inputs"));
        blocks.Add(new ListBlock([
            $"Template: {inputs.Template.Name}.",
            $"Participants: {ReportFormat.English.Count(inputs.Plan.Participants.Count)}"
                + (inputs.Plan.SupportWeeksBefore is null ? ", starting spread evenly over their intake month." : ", from the planned file."),
            $"Horizon: {ReportFormat.English.Date(inputs.Plan.Horizon)} (the as_of of every simulated settlement).",
            $"Runs: {ReportFormat.English.Count(inputs.Runs)}; seed: {inputs.Seed.ToString(CultureInfo.InvariantCulture)} (the same seed gives the same numbers).",
        ]));
        blocks.Add(SimulationReport.IntakeTable(inputs.Plan));
        blocks.Add(new ParagraphBlock("The files read, by role, with their SHA-256 (as design.json lists them): anyone with the same files, runs and seed gets the same design."));
        blocks.Add(ReportBuilder.InputsTable(inputs.Files));
        SimulationReport.HazardsUsed(blocks, inputs.Hazards, inputs.Estimate);
    }

    private static void Design(List<ReportBlock> blocks, DesignResult result)
    {
        blocks.Add(new HeadingBlock(2, "The design"));
        blocks.Add(new ParagraphBlock("The numbers of the template varied, with their values:"));
        blocks.Add(new TableBlock(
            "parameters",
            ["parameter", "values", "count"],
            [false, false, true],
            [.. result.Space.Grid.Parameters.Select(p => (IReadOnlyList<string>)[p.Name, Values(p), ReportFormat.English.Count(p.Values.Count)])]));
        blocks.Add(result.Space.Conditions.Count == 0
            ? new ParagraphBlock("No conditions: every candidate qualifies, and the one recommended is the one that saves the payer most, whatever the investor earns.")
            : new ParagraphBlock("The conditions a recommended contract meets, each bound itself included:"));
        if (result.Space.Conditions.Count > 0)
        {
            blocks.Add(new ListBlock([.. result.Space.Conditions.Select(c => c.ToString())]));
        }

        blocks.Add(new ParagraphBlock(
            $"{ReportFormat.English.Count(result.Candidates.Count)} of {ReportFormat.English.Count(result.Space.Grid.Count)} candidates evaluated; {ReportFormat.English.Count(result.Qualifying.Count)} meet the conditions; {ReportFormat.English.Count(result.Front.Count)} on the front."));
    }

    private static void Front(List<ReportBlock> blocks, DesignResult result, string currency)
    {
        blocks.Add(new HeadingBlock(2, "The front"));
        blocks.Add(new ParagraphBlock(
            "Among the candidates that meet the conditions, those that no other beats on both the payer's expected net saving (the mean over the runs) "
            + "and the investor's median IRR: along the front, what one side gains the other gives up. The first, the highest expected saving, is recommended."));
        var others = result.Candidates.Where(c => !c.Qualifies).ToList();
        int withoutIrr = result.Candidates.Count(c => c.Measures[DesignMeasure.InvestorIrrP50] is null);
        List<(double Irr, double Saving)> Points(IReadOnlyList<DesignCandidate> candidates) => [.. candidates.Select(Point).OfType<(double, double)>()];
        List<(double Irr, double Saving)> front = Points(result.Front);
        if (withoutIrr < result.Candidates.Count)
        {
            string thinned = others.Count > MaxChartPoints || result.Qualifying.Count > MaxChartPoints
                ? string.Create(CultureInfo.InvariantCulture, $"; of more than {MaxChartPoints} candidates that do or do not meet the conditions, {MaxChartPoints} spread evenly over the grid's order are drawn")
                : string.Empty;
            string left = withoutIrr > 0 ? $"; {ReportFormat.English.Count(withoutIrr)} candidates without a median IRR are not drawn" : string.Empty;
            blocks.Add(new ChartBlock(
                "design-front",
                $"Expected net saving against median IRR: every candidate, those that meet the conditions, the front and the recommended contract{thinned}{left}",
                ReportCharts.DesignFront(
                    Points(Thinned(others)),
                    Points(Thinned(result.Qualifying)),
                    front,
                    result.Recommended is { } r ? Point(r) : null,
                    currency)));
        }

        if (result.Front.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No candidate meets the conditions, so there is no front."));
            return;
        }

        DesignParameter[] parameters = [.. result.Space.Grid.Parameters];
        blocks.Add(new TableBlock(
            "front",
            [
                "candidate",
                .. parameters.Select(p => p.Name),
                "expected net saving", "net saving 5 %", "net saving median", "net saving > 0",
                "median IRR", "median money multiple", "median payments", "recommended",
            ],
            [true, .. parameters.Select(_ => true), true, true, true, true, true, true, true, false],
            [.. result.Front.Select(c => (IReadOnlyList<string>)[
                Index(c.Index),
                .. c.Assignment.Settings.Select(s => ReportFormat.English.Exact(s.Value)),
                Format(c.Measures, DesignMeasure.PayerNetSavingMean),
                Format(c.Measures, DesignMeasure.PayerNetSavingP5),
                Format(c.Measures, DesignMeasure.PayerNetSavingP50),
                Format(c.Measures, DesignMeasure.PayerNetSavingPositiveProbability),
                Format(c.Measures, DesignMeasure.InvestorIrrP50),
                Format(c.Measures, DesignMeasure.InvestorMoneyMultipleP50),
                Format(c.Measures, DesignMeasure.TotalPaymentsP50),
                c.IsRecommended ? "yes" : string.Empty])]));
    }

    private static void Recommended(List<ReportBlock> blocks, DesignReportInputs inputs)
    {
        DesignReport report = inputs.Report;
        if (report.Result.Recommended is not { } recommended)
        {
            blocks.Add(new HeadingBlock(2, "No contract recommended"));
            blocks.Add(new ParagraphBlock($"None recommended: {DesignResultJson.MissMessage(report.Result)}."));
            blocks.Add(new ParagraphBlock("Loosen the binding condition, or vary other values, and run the design again; design.csv holds every candidate's measures."));
            return;
        }

        blocks.Add(new HeadingBlock(2, "The recommended contract"));
        string values = string.Join(", ", recommended.Assignment.Settings.Select(s => $"{s.Parameter} = {ReportFormat.English.Exact(s.Value)}"));
        blocks.Add(new ParagraphBlock(
            $"Candidate {Index(recommended.Index)}: {values}. Written out as {DesignCommand.RecommendedFile}, ready for sib settle or sib simulate. "
            + "Its figures are its exact settlement on every run (sib simulate on it with the same cohort, runs and seed gives the same payments and savings)."));
        ExactEvaluation? stressed = report.Stressed;
        if (report.Stress is { } stress && stressed is not null)
        {
            blocks.Add(new ParagraphBlock(
                $"Under stress, the programme's effect is weakened and the intake smaller: each month's hazard of leaving support times {ReportFormat.English.Probability(stress.LeavingFactor)} "
                + $"(the hazard of returning unchanged) and the intake times {ReportFormat.English.Exact(stress.IntakeFactor)}, {ReportFormat.English.Count(inputs.Plan.Participants.Count)} participants becoming "
                + $"{ReportFormat.English.Count(inputs.StressedParticipants ?? 0)}, with the same runs, seed and investments. The stressed cohort draws other spells, so the two columns are compared band by band, not run by run."));
        }

        DesignMeasures measures = report.Recommended?.Measures ?? recommended.Measures;
        var rows = new List<IReadOnlyList<string>>
        {
            Row("participants", ReportFormat.English.Count(inputs.Plan.Participants.Count), stressed is null ? null : ReportFormat.English.Count(inputs.StressedParticipants ?? 0)),
        };
        (string Label, DesignMeasure Measure)[] shown =
        [
            ("payer's net saving 5 %", DesignMeasure.PayerNetSavingP5),
            ("payer's net saving median", DesignMeasure.PayerNetSavingP50),
            ("payer's net saving 95 %", DesignMeasure.PayerNetSavingP95),
            ("payer's expected net saving", DesignMeasure.PayerNetSavingMean),
            ("probability the net saving is positive", DesignMeasure.PayerNetSavingPositiveProbability),
            ("investor's IRR 5 %", DesignMeasure.InvestorIrrP5),
            ("investor's IRR median", DesignMeasure.InvestorIrrP50),
            ("investor's IRR 95 %", DesignMeasure.InvestorIrrP95),
            ("money multiple 5 %", DesignMeasure.InvestorMoneyMultipleP5),
            ("money multiple median", DesignMeasure.InvestorMoneyMultipleP50),
            ("money multiple 95 %", DesignMeasure.InvestorMoneyMultipleP95),
            ("total payments 5 %", DesignMeasure.TotalPaymentsP5),
            ("total payments median", DesignMeasure.TotalPaymentsP50),
            ("total payments 95 %", DesignMeasure.TotalPaymentsP95),
        ];
        rows.AddRange(shown.Select(m => Row(m.Label, Format(measures, m.Measure), stressed is null ? null : Format(stressed.Measures, m.Measure))));
        if (report.Recommended is { } exact)
        {
            rows.AddRange(Bands("gross saving", exact.Savings, stressed?.Savings));
            if (exact.MunicipalSavings is { } municipal)
            {
                rows.AddRange(Bands("municipal saving", municipal, stressed?.MunicipalSavings));
            }
        }

        blocks.Add(new TableBlock(
            "recommended",
            stressed is null ? ["", "as planned"] : ["", "as planned", "under stress"],
            stressed is null ? [false, true] : [false, true, true],
            rows));
        blocks.Add(new ParagraphBlock(
            "The net saving is the payer's saving (the municipality's, where the contract has a municipal share) less what it pays; the expected net saving is its mean over the runs. "
            + "A percentile is one run's figure; an IRR or money multiple shown as – falls on runs where the investor has none."));
    }

    private static IReadOnlyList<string> Row(string label, string planned, string? stressed) =>
        stressed is null ? [label, planned] : [label, planned, stressed];

    private static IEnumerable<IReadOnlyList<string>> Bands(string label, PercentileBand planned, PercentileBand? stressed)
    {
        (string Name, Func<PercentileBand, Money> Of)[] percentiles = [("5 %", b => b.P5), ("median", b => b.P50), ("95 %", b => b.P95)];
        return percentiles.Select(p => Row($"{label} {p.Name}", ReportFormat.English.Money(p.Of(planned)), stressed is null ? null : ReportFormat.English.Money(p.Of(stressed))));
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
    internal static string Format(DesignMeasures measures, DesignMeasure measure)
    {
        if (measures[measure] is not { } value)
        {
            return "–";
        }

        return measure switch
        {
            DesignMeasure.PayerNetSavingPositiveProbability or DesignMeasure.InvestorIrrP5 or DesignMeasure.InvestorIrrP50 or DesignMeasure.InvestorIrrP95 => ReportFormat.English.Percent(value),
            DesignMeasure.InvestorMoneyMultipleP5 or DesignMeasure.InvestorMoneyMultipleP50 or DesignMeasure.InvestorMoneyMultipleP95 => ReportFormat.English.Multiple(value),
            _ => ReportFormat.English.Amount(value),
        };
    }

    /// <summary>A candidate's index as design.csv writes it, without separators.</summary>
    private static string Index(long index) => index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A parameter's values: all of them, or the first two, an ellipsis and the last where there are more than <see cref="MaxValuesListed"/>.</summary>
    private static string Values(DesignParameter parameter)
    {
        var values = parameter.Values;
        return values.Count <= MaxValuesListed
            ? string.Join(", ", values.Select(ReportFormat.English.Exact))
            : $"{ReportFormat.English.Exact(values[0])}, {ReportFormat.English.Exact(values[1])}, …, {ReportFormat.English.Exact(values[^1])}";
    }
}
