using NodaTime;

namespace SocialInvestment.Cli;

/// <summary>
/// Builds the report of a projection (<c>sib simulate</c>'s simulation.html and simulation.md) from the same blocks and
/// renderers as <c>sib report</c> (docs/simulation.md, "The report"), in English or Danish; every number is formatted by
/// the language's <see cref="ReportFormat"/> and is simulation.json's.
/// </summary>
internal static class SimulationReport
{
    /// <summary>
    /// The report of <paramref name="result"/> in <paramref name="language"/>; <paramref name="estimate"/> says where the
    /// hazards came from (null: given).
    /// </summary>
    internal static ReportDocument Build(SimulationResult result, HazardEstimate? estimate, Language language)
    {
        ReportFormat f = language.Format;
        string currency = result.Contract.Currency;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(language.Say(
                $"A Monte Carlo projection of a planned cohort under the contract: {f.Count(result.Runs)} runs, each drawing who leaves and returns to support "
                + $"and settling the draw with the real settlement as of the horizon. Amounts are in {currency}; every number below is simulation.json's (docs/simulation.md).",
                $"En Monte Carlo-fremskrivning af en planlagt kohorte under kontrakten: {f.Count(result.Runs)} kørsler, som hver trækker, hvem der forlader og vender tilbage til forsørgelse, "
                + $"og afregner trækningen med den rigtige afregning pr. horisonten. Beløb er i {currency}; alle tal nedenfor er fra simulation.json (docs/simulation.md).")),
        };
        Plan(blocks, result, language);
        HazardsUsed(blocks, result.Hazards, estimate, language);
        Bands(blocks, result, currency, language);
        MunicipalBands(blocks, result, currency, language);
        Meaning(blocks, language);
        return new ReportDocument(
            language.Say($"{result.Contract.Name}: projection to {f.Date(result.Plan.Horizon)}", $"{result.Contract.Name}: fremskrivning til {f.Date(result.Plan.Horizon)}"),
            blocks,
            language);
    }

    private static void Plan(List<ReportBlock> blocks, SimulationResult result, Language language)
    {
        ReportFormat f = language.Format;
        blocks.Add(new HeadingBlock(2, language.Say("The plan", "Planen")));
        blocks.Add(new ListBlock([
            result.Plan.SupportWeeksBefore is null
                ? language.Say(
                    $"Participants: {f.Count(result.Plan.Participants.Count)}, starting spread evenly over their intake month.",
                    $"Deltagere: {f.Count(result.Plan.Participants.Count)}, med start jævnt fordelt over deres optagelsesmåned.")
                : language.Say(
                    $"Participants: {f.Count(result.Plan.Participants.Count)}, from the planned file: each on their start day, or spread evenly over their start month where it gives none.",
                    $"Deltagere: {f.Count(result.Plan.Participants.Count)}, fra filen med planlagte deltagere: hver på sin startdag eller, hvor filen ikke angiver en, jævnt fordelt over startmåneden."),
            HorizonItem(result.Plan.Horizon, language),
            RunsItem(result.Runs, result.Seed, language),
            language.Say($"Support code of the simulated spells: {result.SupportCode}.", $"Ydelseskode for de simulerede forløb: {result.SupportCode}."),
            .. WeeksBefore(result, language),
        ]));
        blocks.Add(IntakeTable(result.Plan, language));
    }

    /// <summary>The plan's horizon as a list item of the report.</summary>
    internal static string HorizonItem(LocalDate horizon, Language language) => language.Say(
        $"Horizon: {language.Format.Date(horizon)} (the as_of of every simulated settlement).",
        $"Horisont: {language.Format.Date(horizon)} (as_of for hver simuleret afregning).");

    /// <summary>The runs and seed as a list item of the report; the seed in plain digits, as given.</summary>
    internal static string RunsItem(int runs, int seed, Language language)
    {
        string seedText = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return language.Say(
            $"Runs: {language.Format.Count(runs)}; seed: {seedText} (the same seed gives the same numbers).",
            $"Kørsler: {language.Format.Count(runs)}; startværdi (--seed): {seedText} (samme startværdi giver samme tal).");
    }

    /// <summary>The plan's intake months: each month, its participants and the cohort it draws from.</summary>
    internal static TableBlock IntakeTable(CohortPlan plan, Language language) => new(
        "intake",
        [language.Say("month", "måned"), language.Say("participants", "deltagere"), language.Say("cohort", "kohorte")],
        [false, true, false],
        [.. plan.Intakes.Select(i => (IReadOnlyList<string>)[language.Format.Month(i.Month), language.Format.Count(i.Participants), i.Cohort ?? "–"])]);

    /// <summary>The section on the hazards of a projection: where they came from and their table.</summary>
    internal static void HazardsUsed(List<ReportBlock> blocks, Hazards hazards, HazardEstimate? estimate, Language language)
    {
        ReportFormat f = language.Format;
        blocks.Add(new HeadingBlock(2, language.Say("The hazards used", "De anvendte overgangssandsynligheder")));
        string what = language.Say(
            "the probability of leaving support, and of returning to it, in each month since a participant's start; months after the last take its values.",
            "sandsynligheden for at forlade forsørgelse og for at vende tilbage til den i hver måned efter deltagerens start; måneder efter den sidste får dennes værdier.");
        blocks.Add(new ParagraphBlock(estimate is null
            ? language.Say("Given (hazards.csv or --leave and --return): ", "Givet (hazards.csv eller --leave og --return): ") + what
            : language.Say(
                $"Estimated from an earlier cohort of {f.Count(estimate.Participants)} participants observed to {f.Date(estimate.AsOf)}, months pooled until at least {f.Count(estimate.MinimumAtRisk)} were at risk: ",
                $"Estimeret ud fra en tidligere kohorte på {f.Count(estimate.Participants)} deltagere observeret til {f.Date(estimate.AsOf)}, med måneder lagt sammen, til mindst {f.Count(estimate.MinimumAtRisk)} var i risiko: ")
                + what));
        var leave = hazards.Leave;
        var back = hazards.Return;
        blocks.Add(new TableBlock(
            "hazards",
            [language.Say("month", "måned"), language.Say("leave", "afgang"), language.Say("return", "tilbagevenden")],
            [true, true, true],
            [.. leave.Select((p, m) => (IReadOnlyList<string>)[f.Count(m + 1), f.Probability(p), f.Probability(back[m])])]));
    }

    private static void Bands(List<ReportBlock> blocks, SimulationResult result, string currency, Language language)
    {
        blocks.Add(new HeadingBlock(2, language.Say("Payments and savings by month", "Udbetalinger og besparelser pr. måned")));
        blocks.Add(new ParagraphBlock(language.Say(
            $"The 5th, 50th and 95th percentiles over the runs of the payable of the lines dated in each month, and of the cohort's gross saving in it, in {currency}.",
            $"5., 50. og 95. percentil over kørslerne af det beløb, der skal betales for linjerne dateret i hver måned, og af kohortens bruttobesparelse i måneden, i {currency}.")));
        IReadOnlyList<YearMonth> months = [.. result.Months.Select(m => m.Month)];
        blocks.Add(BandsChart(
            "simulation-payments",
            language.Say("Payments per month", "Udbetalinger pr. måned"),
            currency,
            months,
            [.. result.Months.Select(m => m.Payments)],
            language));
        blocks.Add(BandsChart(
            "simulation-savings",
            language.Say("Gross saving per month", "Bruttobesparelse pr. måned"),
            currency,
            months,
            [.. result.Months.Select(m => m.Savings)],
            language));
        blocks.Add(new TableBlock(
            "simulation-months",
            Headers(language.Say("month", "måned"), language),
            [false, true, true, true, true, true, true],
            [.. result.Months.Select(m => Row(language.Format.Month(m.Month), m.Payments, m.Savings, language))]));
        blocks.Add(new HeadingBlock(2, language.Say("Per year and in total", "Pr. år og i alt")));
        blocks.Add(new ParagraphBlock(language.Say(
            "Each row is a percentile of the runs' own sums over the year (or over all months), never a sum of the months' percentiles: a budget for a year reads the year's row.",
            "Hver række er en percentil af kørslernes egne summer over året (eller over alle måneder), aldrig summen af månedernes percentiler: et årsbudget bruger årets række.")));
        blocks.Add(new TableBlock(
            "simulation-years",
            Headers(language.Say("year", "år"), language),
            [false, true, true, true, true, true, true],
            [
                .. result.Years.Select(y => Row(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Payments, y.Savings, language)),
                Row(Total(language), result.TotalPayments, result.TotalSavings, language),
            ]));
    }

    /// <summary>
    /// A chart <paramref name="name"/> of the percentile bands of <paramref name="what"/> (<c>Payments per month</c>): its
    /// title says they are percentiles of the runs, its caption which ones.
    /// </summary>
    private static ChartBlock BandsChart(string name, string what, string currency, IReadOnlyList<YearMonth> months, IReadOnlyList<PercentileBand> bands, Language language) => new(
        name,
        what + language.Say(": 5th, 50th and 95th percentiles of the runs", ": 5., 50. og 95. percentil af kørslerne"),
        ReportCharts.Bands(what + language.Say(" (percentiles of the runs)", " (percentiler af kørslerne)"), currency, months, bands, name, language));

    /// <summary>Where the contract has a municipal share: where each person's weeks on support before the start (c₀) and monthly cost came from.</summary>
    private static IEnumerable<string> WeeksBefore(SimulationResult result, Language language)
    {
        if (result.TotalMunicipalSavings is null)
        {
            yield break;
        }

        ReportFormat f = language.Format;
        if (result.Plan.SupportWeeksBefore is { } weeks)
        {
            yield return language.Say(
                $"Weeks on support before the start (c₀) and monthly costs: from the planned file, person by person (c₀ from {f.Count(weeks.Min())} to {f.Count(weeks.Max())} weeks).",
                $"Uger på forsørgelse før start (c₀) og månedlige udgifter: fra filen med planlagte deltagere, person for person (c₀ fra {f.Count(weeks.Min())} til {f.Count(weeks.Max())} uger).");
        }
        else if (result.Plan.DrawnFrom is { } earlier)
        {
            yield return language.Say(
                $"Weeks on support before the start (c₀) and monthly costs: drawn afresh in each run, for each participant, from the {f.Count(earlier.Participants)} people of the earlier cohort.",
                $"Uger på forsørgelse før start (c₀) og månedlige udgifter: trukket på ny i hver kørsel for hver deltager blandt de {f.Count(earlier.Participants)} personer i den tidligere kohorte.");
        }
        else
        {
            yield return language.Say(
                "Weeks on support before the start (c₀): not needed, the municipal share is a constant; every monthly cost is the contract's.",
                "Uger på forsørgelse før start (c₀): ikke nødvendige, da den kommunale andel er konstant; alle månedlige udgifter er kontraktens.");
        }
    }

    /// <summary>The municipal and state savings, where the contract has a municipal share (SPEC-DK DK5); nothing otherwise.</summary>
    private static void MunicipalBands(List<ReportBlock> blocks, SimulationResult result, string currency, Language language)
    {
        if (result.TotalMunicipalSavings is not { } municipalTotal || result.TotalStateSavings is not { } stateTotal)
        {
            return;
        }

        blocks.Add(new HeadingBlock(2, language.Say("The municipality's saving and the state's", "Kommunens besparelse og statens")));
        blocks.Add(new ParagraphBlock(language.Say(
            $"The gross saving parted by the contract's municipal_share: the 5th, 50th and 95th percentiles over the runs of the municipality's part and of the state's (each run's gross less its municipal part), in {currency}. "
            + "Each is a percentile of its own: the municipal and the state percentiles of a row need not sum to the gross one.",
            $"Bruttobesparelsen fordelt efter kontraktens municipal_share: 5., 50. og 95. percentil over kørslerne af kommunens del og af statens (hver kørsels bruttobesparelse fratrukket den kommunale del), i {currency}. "
            + "Hver er sin egen percentil: den kommunale og den statslige percentil i en række summerer ikke nødvendigvis til bruttobesparelsens.")));
        IReadOnlyList<YearMonth> months = [.. result.Months.Select(m => m.Month)];
        blocks.Add(BandsChart(
            "simulation-municipal-savings",
            language.Say("Municipal saving per month", "Kommunal besparelse pr. måned"),
            currency,
            months,
            [.. result.Months.Select(m => m.MunicipalSavings!)],
            language));
        string[] headers = language.IsDanish
            ? ["periode", "kommunen 5 %", "kommunen median", "kommunen 95 %", "staten 5 %", "staten median", "staten 95 %"]
            : ["period", "municipal 5 %", "municipal median", "municipal 95 %", "state 5 %", "state median", "state 95 %"];
        blocks.Add(new TableBlock(
            "simulation-municipal",
            headers,
            [false, true, true, true, true, true, true],
            [
                .. result.Months.Select(m => Row(language.Format.Month(m.Month), m.MunicipalSavings!, m.StateSavings!, language)),
                .. result.Years.Select(y => Row(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.MunicipalSavings!, y.StateSavings!, language)),
                Row(Total(language), municipalTotal, stateTotal, language),
            ]));
    }

    private static void Meaning(List<ReportBlock> blocks, Language language)
    {
        blocks.Add(new HeadingBlock(2, language.Say("What the bands mean, and what they do not", "Hvad båndene betyder, og hvad de ikke betyder")));
        blocks.Add(new ParagraphBlock(language.Say(
            "If people leave and return to support at these monthly rates, in at least 95 % of the runs the amount was at or below the 95th percentile, "
            + "in at least half at or below the median, and in at most 5 % below the 5th percentile. Each percentile is one run's amount.",
            "Hvis folk forlader og vender tilbage til forsørgelse med disse månedlige sandsynligheder, var beløbet i mindst 95 % af kørslerne på eller under 95. percentil, "
            + "i mindst halvdelen på eller under medianen og i højst 5 % under 5. percentil. Hver percentil er én kørsels beløb.")));
        blocks.Add(new ParagraphBlock(language.Say(
            "The bands show only the chance in who leaves and returns, given the hazards. They do not show:",
            "Båndene viser kun tilfældigheden i, hvem der forlader og vender tilbage, givet overgangssandsynlighederne. De viser ikke:")));
        blocks.Add(new ListBlock(language.IsDanish
            ? [
                "usikkerheden i selve overgangssandsynlighederne (estimeret ud fra få personer; en anden kohorte kunne give andre);",
                "at den planlagte kohorte kan afvige fra den tidligere (andre personer, et andet arbejdsmarked);",
                "dødvægt, som er kontraktens antagelse, ikke en måling;",
                "delvis forsørgelse, uddannelse, frafald og hændelsesudfald, som fremskrivningen ikke trækker;",
                "præcisionen af selve percentilerne: flere kørsler gør dem mere stabile.",
            ]
            : [
                "the uncertainty of the hazards themselves (estimated from few people, another cohort would have given others);",
                "that the planned cohort may differ from the earlier one (other people, another labour market);",
                "deadweight, which is the contract's assumption, not a measurement;",
                "partial support, education, dropping out and event outcomes, which the projection does not draw;",
                "the precision of the percentiles themselves: more runs steady them.",
            ]));
    }

    /// <summary>The label of the row of all months: <c>total</c> (Danish <c>i alt</c>).</summary>
    private static string Total(Language language) => language.Say("total", "i alt");

    private static IReadOnlyList<string> Headers(string first, Language language) => language.IsDanish
        ? [first, "udbetalinger 5 %", "udbetalinger median", "udbetalinger 95 %", "besparelser 5 %", "besparelser median", "besparelser 95 %"]
        : [first, "payments 5 %", "payments median", "payments 95 %", "savings 5 %", "savings median", "savings 95 %"];

    private static IReadOnlyList<string> Row(string first, PercentileBand payments, PercentileBand savings, Language language) =>
    [
        first,
        language.Format.Money(payments.P5),
        language.Format.Money(payments.P50),
        language.Format.Money(payments.P95),
        language.Format.Money(savings.P5),
        language.Format.Money(savings.P50),
        language.Format.Money(savings.P95),
    ];
}
