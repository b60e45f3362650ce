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
        Assert.StartsWith("4 candidates, each settled exactly on the same 20 runs (seed 3); 4 meet the conditions", run.Output, StringComparison.Ordinal);
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
        Contract contract;
        using (FileStream stream = File.OpenRead(recommended))
        {
            contract = ContractJson.Read(stream, "recommended-contract.json").GetValueOrThrow();
        }

        IReadOnlyList<Investment> money;
        using (FileStream stream = File.OpenRead(investments))
        {
            money = InvestmentsCsv.Read(stream, "investments.csv").GetValueOrThrow();
        }

        var plan = new CohortPlan([new Intake(new YearMonth(2027, 1), 5), new Intake(new YearMonth(2027, 2), 5)], new LocalDate(2029, 2, 28));
        ExactEvaluation exact = ExactEvaluation.Of(contract, plan, Hazards.Constant(0.1, 0.04), 20, 3, money);
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
    public void A_design_that_no_candidate_meets_is_an_answer_with_the_miss_and_no_recommended_contract()
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
    }

    [Fact]
    public void A_bad_design_is_refused_with_its_place_and_nothing_is_written()
    {
        string error = Refused(GoodDesign.Replace("payments.fee.amount", "payments.nothing.amount", StringComparison.Ordinal), runs: "20");

        Assert.Contains("design.json:3:", error, StringComparison.Ordinal);
        Assert.Contains("payments.nothing.amount", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_beyond_the_exact_engine_s_limit_is_refused_naming_its_size_and_the_limit()
    {
        string error = Refused(GoodDesign, runs: "5001");

        Assert.Contains("4 candidates × 5001 runs = 20004 settlements, more than the 20000", error, StringComparison.Ordinal);
        Assert.Contains("screening engine", error, StringComparison.Ordinal);
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

    private static void AssertBand(PercentileBand band, JsonElement json)
    {
        Assert.Equal(band.P5.Amount, json.GetProperty("p5").GetDecimal());
        Assert.Equal(band.P50.Amount, json.GetProperty("p50").GetDecimal());
        Assert.Equal(band.P95.Amount, json.GetProperty("p95").GetDecimal());
    }

    private static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
