using NodaTime;

namespace SocialInvestment.Cli;

/// <summary>
/// Builds the report of a projection (<c>sib simulate</c>'s simulation.html and simulation.md) from the same blocks and
/// renderers as <c>sib report</c> (docs/simulation.md, "The report"); every number is formatted by <see cref="ReportFormat"/>
/// and is simulation.json's.
/// </summary>
internal static class SimulationReport
{
    /// <summary>The report of <paramref name="result"/>; <paramref name="estimate"/> says where the hazards came from (null: given).</summary>
    internal static ReportDocument Build(SimulationResult result, HazardEstimate? estimate)
    {
        string currency = result.Contract.Currency;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(
                $"A Monte Carlo projection of a planned cohort under the contract: {ReportFormat.English.Count(result.Runs)} runs, each drawing who leaves and returns to support "
                + $"and settling the draw with the real settlement as of the horizon. Amounts are in {currency}; every number below is simulation.json's (docs/simulation.md)."),
        };
        Plan(blocks, result);
        HazardsUsed(blocks, result.Hazards, estimate);
        Bands(blocks, result, currency);
        MunicipalBands(blocks, result, currency);
        Meaning(blocks);
        return new ReportDocument($"{result.Contract.Name}: projection to {ReportFormat.English.Date(result.Plan.Horizon)}", blocks, Language.English);
    }

    private static void Plan(List<ReportBlock> blocks, SimulationResult result)
    {
        blocks.Add(new HeadingBlock(2, "The plan"));
        blocks.Add(new ListBlock([
            result.Plan.SupportWeeksBefore is null
                ? $"Participants: {ReportFormat.English.Count(result.Plan.Participants.Count)}, starting spread evenly over their intake month."
                : $"Participants: {ReportFormat.English.Count(result.Plan.Participants.Count)}, from the planned file: each on their start day, or spread evenly over their start month where it gives none.",
            $"Horizon: {ReportFormat.English.Date(result.Plan.Horizon)} (the as_of of every simulated settlement).",
            $"Runs: {ReportFormat.English.Count(result.Runs)}; seed: {result.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)} (the same seed gives the same numbers).",
            $"Support code of the simulated spells: {result.SupportCode}.",
            .. WeeksBefore(result),
        ]));
        blocks.Add(IntakeTable(result.Plan));
    }

    /// <summary>The plan's intake months: each month, its participants and the cohort it draws from.</summary>
    internal static TableBlock IntakeTable(CohortPlan plan) => new(
        "intake",
        ["month", "participants", "cohort"],
        [false, true, false],
        [.. plan.Intakes.Select(i => (IReadOnlyList<string>)[ReportFormat.English.Month(i.Month), ReportFormat.English.Count(i.Participants), i.Cohort ?? "–"])]);

    /// <summary>The section on the hazards of a projection: where they came from and their table.</summary>
    internal static void HazardsUsed(List<ReportBlock> blocks, Hazards hazards, HazardEstimate? estimate)
    {
        blocks.Add(new HeadingBlock(2, "The hazards used"));
        blocks.Add(new ParagraphBlock(estimate is null
            ? "Given (hazards.csv or --leave and --return): the probability of leaving support, and of returning to it, in each month since a participant's start; months after the last take its values."
            : $"Estimated from an earlier cohort of {ReportFormat.English.Count(estimate.Participants)} participants observed to {ReportFormat.English.Date(estimate.AsOf)}, months pooled until at least {ReportFormat.English.Count(estimate.MinimumAtRisk)} were at risk: the probability of leaving support, and of returning to it, in each month since a participant's start; months after the last take its values."));
        var leave = hazards.Leave;
        var back = hazards.Return;
        blocks.Add(new TableBlock(
            "hazards",
            ["month", "leave", "return"],
            [true, true, true],
            [.. leave.Select((p, m) => (IReadOnlyList<string>)[ReportFormat.English.Count(m + 1), ReportFormat.English.Probability(p), ReportFormat.English.Probability(back[m])])]));
    }

    private static void Bands(List<ReportBlock> blocks, SimulationResult result, string currency)
    {
        blocks.Add(new HeadingBlock(2, "Payments and savings by month"));
        blocks.Add(new ParagraphBlock(
            $"The 5th, 50th and 95th percentiles over the runs of the payable of the lines dated in each month, and of the cohort's gross saving in it, in {currency}."));
        IReadOnlyList<YearMonth> months = [.. result.Months.Select(m => m.Month)];
        blocks.Add(new ChartBlock(
            "simulation-payments",
            "Payments per month: 5th, 50th and 95th percentiles of the runs",
            ReportCharts.Bands("Payments per month (percentiles of the runs)", currency, months, [.. result.Months.Select(m => m.Payments)], "simulation-payments")));
        blocks.Add(new ChartBlock(
            "simulation-savings",
            "Gross saving per month: 5th, 50th and 95th percentiles of the runs",
            ReportCharts.Bands("Gross saving per month (percentiles of the runs)", currency, months, [.. result.Months.Select(m => m.Savings)], "simulation-savings")));
        blocks.Add(new TableBlock(
            "simulation-months",
            Headers("month"),
            [false, true, true, true, true, true, true],
            [.. result.Months.Select(m => Row(ReportFormat.English.Month(m.Month), m.Payments, m.Savings))]));
        blocks.Add(new HeadingBlock(2, "Per year and in total"));
        blocks.Add(new ParagraphBlock(
            "Each row is a percentile of the runs' own sums over the year (or over all months), never a sum of the months' percentiles: a budget for a year reads the year's row."));
        blocks.Add(new TableBlock(
            "simulation-years",
            Headers("year"),
            [false, true, true, true, true, true, true],
            [
                .. result.Years.Select(y => Row(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Payments, y.Savings)),
                Row("total", result.TotalPayments, result.TotalSavings),
            ]));
    }

    /// <summary>Where the contract has a municipal share: where each person's weeks on support before the start (c₀) and monthly cost came from.</summary>
    private static IEnumerable<string> WeeksBefore(SimulationResult result)
    {
        if (result.TotalMunicipalSavings is null)
        {
            yield break;
        }

        if (result.Plan.SupportWeeksBefore is { } weeks)
        {
            yield return $"Weeks on support before the start (c₀) and monthly costs: from the planned file, person by person (c₀ from {ReportFormat.English.Count(weeks.Min())} to {ReportFormat.English.Count(weeks.Max())} weeks).";
        }
        else if (result.Plan.DrawnFrom is { } earlier)
        {
            yield return $"Weeks on support before the start (c₀) and monthly costs: drawn afresh in each run, for each participant, from the {ReportFormat.English.Count(earlier.Participants)} people of the earlier cohort.";
        }
        else
        {
            yield return "Weeks on support before the start (c₀): not needed, the municipal share is a constant; every monthly cost is the contract's.";
        }
    }

    /// <summary>The municipal and state savings, where the contract has a municipal share (SPEC-DK DK5); nothing otherwise.</summary>
    private static void MunicipalBands(List<ReportBlock> blocks, SimulationResult result, string currency)
    {
        if (result.TotalMunicipalSavings is not { } municipalTotal || result.TotalStateSavings is not { } stateTotal)
        {
            return;
        }

        blocks.Add(new HeadingBlock(2, "The municipality's saving and the state's"));
        blocks.Add(new ParagraphBlock(
            $"The gross saving parted by the contract's municipal_share: the 5th, 50th and 95th percentiles over the runs of the municipality's part and of the state's (each run's gross less its municipal part), in {currency}. "
            + "Each is a percentile of its own: the municipal and the state percentiles of a row need not sum to the gross one."));
        IReadOnlyList<YearMonth> months = [.. result.Months.Select(m => m.Month)];
        blocks.Add(new ChartBlock(
            "simulation-municipal-savings",
            "Municipal saving per month: 5th, 50th and 95th percentiles of the runs",
            ReportCharts.Bands("Municipal saving per month (percentiles of the runs)", currency, months, [.. result.Months.Select(m => m.MunicipalSavings!)], "simulation-municipal-savings")));
        string[] headers = ["period", "municipal 5 %", "municipal median", "municipal 95 %", "state 5 %", "state median", "state 95 %"];
        blocks.Add(new TableBlock(
            "simulation-municipal",
            headers,
            [false, true, true, true, true, true, true],
            [
                .. result.Months.Select(m => Row(ReportFormat.English.Month(m.Month), m.MunicipalSavings!, m.StateSavings!)),
                .. result.Years.Select(y => Row(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.MunicipalSavings!, y.StateSavings!)),
                Row("total", municipalTotal, stateTotal),
            ]));
    }

    private static void Meaning(List<ReportBlock> blocks)
    {
        blocks.Add(new HeadingBlock(2, "What the bands mean, and what they do not"));
        blocks.Add(new ParagraphBlock(
            "If people leave and return to support at these monthly rates, in at least 95 % of the runs the amount was at or below the 95th percentile, "
            + "in at least half at or below the median, and in at most 5 % below the 5th percentile. Each percentile is one run's amount."));
        blocks.Add(new ParagraphBlock("The bands show only the chance in who leaves and returns, given the hazards. They do not show:"));
        blocks.Add(new ListBlock([
            "the uncertainty of the hazards themselves (estimated from few people, another cohort would have given others);",
            "that the planned cohort may differ from the earlier one (other people, another labour market);",
            "deadweight, which is the contract's assumption, not a measurement;",
            "partial support, education, dropping out and event outcomes, which the projection does not draw;",
            "the precision of the percentiles themselves: more runs steady them.",
        ]));
    }

    private static IReadOnlyList<string> Headers(string first) =>
        [first, "payments 5 %", "payments median", "payments 95 %", "savings 5 %", "savings median", "savings 95 %"];

    private static IReadOnlyList<string> Row(string first, PercentileBand payments, PercentileBand savings) =>
    [
        first,
        ReportFormat.English.Money(payments.P5),
        ReportFormat.English.Money(payments.P50),
        ReportFormat.English.Money(payments.P95),
        ReportFormat.English.Money(savings.P5),
        ReportFormat.English.Money(savings.P50),
        ReportFormat.English.Money(savings.P95),
    ];
}
