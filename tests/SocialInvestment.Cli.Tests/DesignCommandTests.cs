using System.Globalization;
using System.Text.Json;
using NodaTime;
using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary><c>sib design</c> with the exact engine: every candidate settled on the same runs (docs/design.md).</summary>
public sealed class DesignCommandTests
{
    private const string GoodDesign =
        """
        {
          "vary": [
            { "parameter": "payments.fee.amount", "values": [10000, 20000] },
            { "parameter": "payments.bonus.amount", "from": 30000, "to": 40000, "step": 10000 }
          ],
          "conditions": [
            { "measure": "payer_net_saving_positive_probability", "at_least": 0 }
          ]
        }
        """;

    private static string Template => RepositoryFolder.PathOf("samples", "kvinder-i-job", "contract.json");

    private static string[] Plan(string runs = "20") =>
        ["--contract", Template, "--intake", "2027-01:5,2027-02:5", "--horizon", "2029-02-28", "--leave", "0.1", "--return", "0.04", "--runs", runs, "--seed", "3"];

    private static (string Design, string Investments) Inputs(TempFolder folder, string design)
    {
        Directory.CreateDirectory(folder.Path);
        string designPath = Path.Combine(folder.Path, "design.json");
        string investmentsPath = Path.Combine(folder.Path, "investments.csv");
        File.WriteAllText(designPath, design);
        File.WriteAllText(investmentsPath, "date,amount\n2026-12-01,400000\n");
        return (designPath, investmentsPath);
    }

    [Fact]
    public void A_two_by_two_design_settles_four_candidates_and_writes_the_recommended_contract()
    {
        using var inputs = new TempFolder();
        using var output = new TempFolder();
        var (design, investments) = Inputs(inputs, GoodDesign);

        CliRun run = CliRun.Of(["design", .. Plan(), "--design", design, "--investments", investments, "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("4 candidates, priced on the same 20 runs (seed 3); 4 meet the conditions", run.Output, StringComparison.Ordinal);
        Assert.Contains("Recommended: candidate ", run.Output, StringComparison.Ordinal);
        string[] rows = File.ReadAllLines(Path.Combine(output.Path, "design.csv"));
        Assert.Equal(5, rows.Length);
        Assert.True(File.Exists(Path.Combine(output.Path, "design.json")));
        Assert.True(File.Exists(Path.Combine(output.Path, DesignCommand.RecommendedFile)));
    }

    [Fact]
    public void Simulate_on_the_recommended_contract_gives_the_payments_and_savings_the_design_settled_to_the_øre()
    {
        using var inputs = new TempFolder();
        using var designed = new TempFolder();
        using var simulated = new TempFolder();
        var (design, investments) = Inputs(inputs, GoodDesign);
        Assert.Equal(0, CliRun.Of(["design", .. Plan(), "--design", design, "--investments", investments, "--out", designed.Path]).ExitCode);
        string recommended = Path.Combine(designed.Path, DesignCommand.RecommendedFile);

        CliRun simulate = CliRun.Of(
            ["simulate", "--contract", recommended, "--intake", "2027-01:5,2027-02:5", "--horizon", "2029-02-28", "--leave", "0.1", "--return", "0.04", "--runs", "20", "--seed", "3", "--out", simulated.Path]);

        Assert.Equal(0, simulate.ExitCode);
        ExactEvaluation exact = Evaluations(designed.Path, investments).Exact;
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(simulated.Path, "simulation.json")));
        JsonElement total = json.RootElement.GetProperty("total");
        AssertBand(exact.Payments, total.GetProperty("payments"));
        AssertBand(exact.Savings, total.GetProperty("savings"));

        // The design reports the same payments for the recommended row.
        string[] rows = File.ReadAllLines(Path.Combine(designed.Path, "design.csv"));
        string[] header = rows[0].Split(',');
        string[] row = rows.Skip(1).Select(r => r.Split(',')).Single(r => r[Array.IndexOf(header, "recommended")] == "true");
        Assert.Equal(exact.Payments.P5.Amount, Decimal(row[Array.IndexOf(header, "total_payments_p5")]));
        Assert.Equal(exact.Payments.P50.Amount, Decimal(row[Array.IndexOf(header, "total_payments_p50")]));
        Assert.Equal(exact.Payments.P95.Amount, Decimal(row[Array.IndexOf(header, "total_payments_p95")]));
    }

    [Fact]
    public void A_design_that_no_candidate_meets_is_an_answer_with_the_miss_and_no_recommended_contract_or_stress()
    {
        using var inputs = new TempFolder();
        using var output = new TempFolder();
        var (design, investments) = Inputs(inputs, GoodDesign.Replace("\"payer_net_saving_positive_probability\", \"at_least\": 0", "\"investor_irr_p50\", \"at_least\": 100", StringComparison.Ordinal));

        CliRun run = CliRun.Of(["design", .. Plan(), "--design", design, "--investments", investments, "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 meet the conditions", run.Output, StringComparison.Ordinal);
        Assert.Contains("None recommended: no candidate meets investor_irr_p50 at_least 100 (condition 1 of 1); the nearest, candidate ", run.Output, StringComparison.Ordinal);
        Assert.Equal(5, File.ReadAllLines(Path.Combine(output.Path, "design.csv")).Length);
        Assert.True(File.Exists(Path.Combine(output.Path, "design.json")));
        Assert.False(File.Exists(Path.Combine(output.Path, DesignCommand.RecommendedFile)));

        // Nothing is stressed; the report says the miss where the contract would stand, and has no front table.
        Assert.DoesNotContain("Under stress", run.Output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "design.json")));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("recommended_contract").ValueKind);
        string miss = json.RootElement.GetProperty("miss").GetProperty("message").GetString()!;
        string markdown = File.ReadAllText(Path.Combine(output.Path, "design.md"));
        string html = File.ReadAllText(Path.Combine(output.Path, "design.html"));
        Assert.Contains($"## No contract recommended\n\nNone recommended: {miss}.", markdown, StringComparison.Ordinal);
        Assert.Contains("No candidate meets the conditions, so there is no front.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("under stress", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data-table=\"recommended\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-table=\"front\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"design-front\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recommended_contract_under_stress_is_ExactEvaluation_UnderStress_with_the_same_runs_seed_and_investments()
    {
        using var inputs = new TempFolder();
        using var output = new TempFolder();
        var (design, investments) = Inputs(inputs, GoodDesign);

        CliRun run = CliRun.Of(["design", .. Plan(), "--design", design, "--investments", investments, "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        var (exact, stressed) = Evaluations(output.Path, investments);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "design.json")));
        JsonElement recommended = json.RootElement.GetProperty("recommended_contract");
        Assert.Equal(json.RootElement.GetProperty("recommended").GetInt64(), recommended.GetProperty("candidate").GetInt64());
        AssertEvaluation(exact, recommended);
        JsonElement stress = recommended.GetProperty("stress");
        Assert.Equal(0.5, stress.GetProperty("leaving_factor").GetDouble());
        Assert.Equal(0.7m, stress.GetProperty("intake_factor").GetDecimal());
        AssertEvaluation(stressed, stress);

        // Ten persons become seven; the printed line gives the stressed median beside the planned one.
        Assert.Contains(
            Invariant($"Under stress (hazard of leaving × 0.5, intake × 0.7: 7 of 10 participants): payer's net saving median {ReportFormat.English.Amount(stressed.Measures[DesignMeasure.PayerNetSavingP50]!.Value)} (as planned {ReportFormat.English.Amount(exact.Measures[DesignMeasure.PayerNetSavingP50]!.Value)})"),
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Design_html_and_md_show_the_front_and_the_recommended_contract_beside_its_stress_as_design_json_gives_them()
    {
        using var inputs = new TempFolder();
        using var output = new TempFolder();
        var (design, investments) = Inputs(inputs, GoodDesign);

        Assert.Equal(0, CliRun.Of(["design", .. Plan(), "--design", design, "--investments", investments, "--out", output.Path]).ExitCode);

        var (exact, stressed) = Evaluations(output.Path, investments);
        string html = File.ReadAllText(Path.Combine(output.Path, "design.html"));
        string markdown = File.ReadAllText(Path.Combine(output.Path, "design.md"));
        Assert.Contains("<figure data-chart=\"design-front\">\n<svg", html, StringComparison.Ordinal);
        Assert.Contains("![Expected net saving against median IRR", markdown, StringComparison.Ordinal);
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(output.Path, "charts", "design-front.svg")), StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "design.json")));

        // The inputs' hashes, as design.json lists them.
        Dictionary<string, List<string[]>> tables = ReportTables.HtmlTables(html);
        Assert.Equal(
            json.RootElement.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("role").GetString() + " " + i.GetProperty("sha256").GetString()),
            tables["inputs"].Select(r => r[0] + " " + r[1]));

        // The front: each point's candidate, values and expected net saving, in design.json's order, the first recommended.
        JsonElement[] front = [.. json.RootElement.GetProperty("front").EnumerateArray()];
        Assert.Equal(front.Length, tables["front"].Count);
        for (int i = 0; i < front.Length; i++)
        {
            string[] row = tables["front"][i];
            Assert.Equal(front[i].GetProperty("candidate").GetInt64().ToString(CultureInfo.InvariantCulture), row[0]);
            Assert.Equal(front[i].GetProperty("values").GetProperty("payments.fee.amount").GetDecimal(), Decimal(row[1]));
            Assert.Equal(front[i].GetProperty("values").GetProperty("payments.bonus.amount").GetDecimal(), Decimal(row[2]));
            Assert.Equal(front[i].GetProperty("measures").GetProperty("payer_net_saving_mean").GetDecimal(), ReportTables.Amount(row[3]));
            Assert.Equal(i == 0 ? "yes" : string.Empty, row[^1]);
        }

        // The recommended contract as planned and under stress, side by side.
        Dictionary<string, string[]> recommended = tables["recommended"].ToDictionary(r => r[0], StringComparer.Ordinal);
        Assert.Equal(["participants", "10", "7"], recommended["participants"]);
        AssertRow(recommended["payer's net saving 5 %"], exact.Measures[DesignMeasure.PayerNetSavingP5], stressed.Measures[DesignMeasure.PayerNetSavingP5]);
        AssertRow(recommended["payer's net saving median"], exact.Measures[DesignMeasure.PayerNetSavingP50], stressed.Measures[DesignMeasure.PayerNetSavingP50]);
        AssertRow(recommended["payer's net saving 95 %"], exact.Measures[DesignMeasure.PayerNetSavingP95], stressed.Measures[DesignMeasure.PayerNetSavingP95]);
        AssertRow(recommended["total payments median"], exact.Payments.P50.Amount, stressed.Payments.P50.Amount);
        AssertRow(recommended["gross saving 95 %"], exact.Savings.P95.Amount, stressed.Savings.P95.Amount);
        Assert.Equal(Percent(stressed.Measures[DesignMeasure.PayerNetSavingPositiveProbability]!.Value), recommended["probability the net saving is positive"][2]);
        Assert.Equal(Percent(exact.Measures[DesignMeasure.InvestorIrrP50]!.Value), recommended["investor's IRR median"][1]);
        Assert.Equal(Percent(stressed.Measures[DesignMeasure.InvestorIrrP50]!.Value), recommended["investor's IRR median"][2]);
        Assert.Equal(stressed.Measures[DesignMeasure.InvestorMoneyMultipleP50], decimal.Parse(recommended["money multiple median"][2], CultureInfo.InvariantCulture));

        // The Markdown's tables say what the HTML's say.
        List<List<string[]>> markdownTables = ReportTables.MarkdownTables(markdown);
        Assert.Contains(markdownTables, t => t.Count == front.Length && t.Zip(tables["front"]).All(p => p.First.SequenceEqual(p.Second)));
        Assert.Contains(markdownTables, t => t.Count == recommended.Count && t.Zip(tables["recommended"]).All(p => p.First.SequenceEqual(p.Second)));
    }

    [Fact]
    public void The_same_design_twice_gives_the_same_bytes_of_every_output()
    {
        using var inputs = new TempFolder();
        using var first = new TempFolder();
        using var second = new TempFolder();
        var (design, investments) = Inputs(inputs, GoodDesign);

        Assert.Equal(0, CliRun.Of(["design", .. Plan(), "--design", design, "--investments", investments, "--out", first.Path]).ExitCode);
        Assert.Equal(0, CliRun.Of(["design", .. Plan(), "--design", design, "--investments", investments, "--out", second.Path]).ExitCode);

        string[] files = ["design.csv", "design.json", DesignCommand.RecommendedFile, "design.html", "design.md", Path.Combine("charts", "design-front.svg")];
        Assert.Equal(files.Order(StringComparer.Ordinal), Directory.GetFiles(first.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Path, f)).Order(StringComparer.Ordinal));
        foreach (string file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
    }

    [Fact]
    public void No_stress_leaves_the_stress_out_of_every_output()
    {
        using var inputs = new TempFolder();
        using var output = new TempFolder();
        var (design, investments) = Inputs(inputs, GoodDesign);

        CliRun run = CliRun.Of(["design", .. Plan(), "--design", design, "--investments", investments, "--no-stress", "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Under stress", run.Output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "design.json")));
        JsonElement recommended = json.RootElement.GetProperty("recommended_contract");
        Assert.Equal(JsonValueKind.Null, recommended.GetProperty("stress").ValueKind);
        Assert.Equal(JsonValueKind.Object, recommended.GetProperty("payments").ValueKind);
        string markdown = File.ReadAllText(Path.Combine(output.Path, "design.md"));
        Assert.Contains("|  | as planned |\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("under stress", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_bad_design_is_refused_with_its_place_and_nothing_is_written()
    {
        string error = Refused(GoodDesign.Replace("payments.fee.amount", "payments.nothing.amount", StringComparison.Ordinal), runs: "20");

        Assert.Contains("design.json:3:", error, StringComparison.Ordinal);
        Assert.Contains("payments.nothing.amount", error, StringComparison.Ordinal);
    }

    /// <summary>Runs a design that must be refused: exit 2 and no output folder; returns what it printed on standard error.</summary>
    private static string Refused(string designText, string runs)
    {
        using var inputs = new TempFolder();
        using var output = new TempFolder();
        var (design, investments) = Inputs(inputs, designText);

        CliRun run = CliRun.Of(["design", .. Plan(runs), "--design", design, "--investments", investments, "--out", output.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(Directory.Exists(output.Path));
        return run.Error;
    }

    /// <summary>
    /// The recommended contract as written (recommended-contract.json) evaluated directly: exactly, and under
    /// <see cref="StressScenario.Default"/>, on the plan, hazards, runs, seed and investments of <see cref="Plan"/>.
    /// </summary>
    private static (ExactEvaluation Exact, ExactEvaluation Stressed) Evaluations(string output, string investments)
    {
        Contract contract;
        using (FileStream stream = File.OpenRead(Path.Combine(output, DesignCommand.RecommendedFile)))
        {
            contract = ContractJson.Read(stream, DesignCommand.RecommendedFile).GetValueOrThrow();
        }

        IReadOnlyList<Investment> money;
        using (FileStream stream = File.OpenRead(investments))
        {
            money = InvestmentsCsv.Read(stream, "investments.csv").GetValueOrThrow();
        }

        var plan = new CohortPlan([new Intake(new YearMonth(2027, 1), 5), new Intake(new YearMonth(2027, 2), 5)], new LocalDate(2029, 2, 28));
        Hazards hazards = Hazards.Constant(0.1, 0.04);
        return (
            ExactEvaluation.Of(contract, plan, hazards, 20, 3, money),
            ExactEvaluation.UnderStress(StressScenario.Default, contract, plan, hazards, 20, 3, money));
    }

    /// <summary>An evaluation's measures (each to design.json's precision) and bands, against its object in design.json.</summary>
    private static void AssertEvaluation(ExactEvaluation evaluation, JsonElement json)
    {
        JsonElement measures = json.GetProperty("measures");
        foreach (DesignMeasure measure in Enum.GetValues<DesignMeasure>())
        {
            JsonElement value = measures.GetProperty(DesignMeasures.NameOf(measure));
            if (evaluation.Measures[measure] is not { } expected)
            {
                Assert.Equal(JsonValueKind.Null, value.ValueKind);
                continue;
            }

            int decimals = measure switch
            {
                DesignMeasure.InvestorIrrP5 or DesignMeasure.InvestorIrrP50 or DesignMeasure.InvestorIrrP95 => 10,
                DesignMeasure.PayerNetSavingPositiveProbability or DesignMeasure.InvestorMoneyMultipleP5 or DesignMeasure.InvestorMoneyMultipleP50 or DesignMeasure.InvestorMoneyMultipleP95 => 6,
                _ => 2,
            };
            Assert.Equal(decimal.Round(expected, decimals, MidpointRounding.AwayFromZero), value.GetDecimal());
        }

        AssertBand(evaluation.Payments, json.GetProperty("payments"));
        AssertBand(evaluation.Savings, json.GetProperty("savings"));
        Assert.Null(evaluation.MunicipalSavings);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("municipal_savings").ValueKind);
    }

    /// <summary>A row of the report's recommended table: the label, the amount as planned and under stress.</summary>
    private static void AssertRow(string[] row, decimal? planned, decimal? stressed)
    {
        Assert.Equal(3, row.Length);
        Assert.Equal(planned, ReportTables.Amount(row[1]));
        Assert.Equal(stressed, ReportTables.Amount(row[2]));
    }

    /// <summary>A probability or IRR as the report writes it: percent with up to four decimals (<c>95 %</c>, <c>7.3457 %</c>).</summary>
    private static string Percent(decimal fraction) =>
        decimal.Round(fraction * 100, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static void AssertBand(PercentileBand band, JsonElement json)
    {
        Assert.Equal(band.P5.Amount, json.GetProperty("p5").GetDecimal());
        Assert.Equal(band.P50.Amount, json.GetProperty("p50").GetDecimal());
        Assert.Equal(band.P95.Amount, json.GetProperty("p95").GetDecimal());
    }

    private static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
