using System.Text;
using System.Text.Json;
using NodaTime;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Io;

/// <summary>simulation.csv and simulation.json: their exact form, on the projection worked by hand in SimulationTests.</summary>
public sealed class SimulationOutputTests
{
    private static readonly Contract Contract = Fixtures.Contract(
        [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", 13, SelfSupport.Full)],
        [
            new FixedPayment("fee", "enrolled", 10_000m),
            new FixedPayment("bonus", "job13", 40_000m),
            new ShareOfSavingsPayment("shared", "job13", Share.FromDecimal(0.5m), 0.1m),
        ],
        monthlyCost: new MonthlyCost(15_000m, 2026));

    private static SimulationResult Certain() => SocialInvestment.Simulation.Run(
        Contract, new CohortPlan([new Intake(new YearMonth(2026, 1), 1, "h1")], D("2026-06-30")), Hazards.Constant(1, 0), runs: 3, seed: 7);

    [Fact]
    public void Simulation_csv_has_a_row_per_month_then_per_year_then_the_total_row_with_two_decimals()
    {
        using var stream = new MemoryStream();

        SimulationCsv.Write(stream, Certain());

        Assert.Equal(
            """
            period,payments_p5,payments_p50,payments_p95,savings_p5,savings_p50,savings_p95
            2026-01,13483.87,13483.87,13483.87,7741.94,7741.94,7741.94
            2026-02,6750.00,6750.00,6750.00,15000.00,15000.00,15000.00
            2026-03,6750.00,6750.00,6750.00,15000.00,15000.00,15000.00
            2026-04,46750.00,46750.00,46750.00,15000.00,15000.00,15000.00
            2026-05,6750.00,6750.00,6750.00,15000.00,15000.00,15000.00
            2026-06,6750.00,6750.00,6750.00,15000.00,15000.00,15000.00
            2026,87233.87,87233.87,87233.87,82741.94,82741.94,82741.94
            total,87233.87,87233.87,87233.87,82741.94,82741.94,82741.94

            """.ReplaceLineEndings("\n"),
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Simulation_json_holds_the_plan_the_hazards_the_seed_the_rule_and_the_bands()
    {
        using var stream = new MemoryStream();

        SimulationJson.Write(stream, Certain(), [new InputFile("contract", "ab12")]);

        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(text);
        JsonElement root = document.RootElement;
        Assert.Equal(
            ["format", "contract", "currency", "inputs", "plan", "hazards", "runs", "seed", "quantile", "months", "years", "total"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("socialinvestment-simulation/1", root.GetProperty("format").GetString());
        Assert.Equal("""{"intake":[{"month":"2026-01","participants":1,"cohort":"h1"}],"participants":1,"horizon":"2026-06-30"}""", Compact(root.GetProperty("plan")));
        Assert.Equal("""{"source":"given","support_code":"integrationsydelse","months":[{"month":1,"leave":1,"return":0}],"estimation":null}""", Compact(root.GetProperty("hazards")));
        Assert.Equal((3, 7), (root.GetProperty("runs").GetInt32(), root.GetProperty("seed").GetInt32()));
        Assert.Equal(SimulationJson.QuantileRule, root.GetProperty("quantile").GetString());
        Assert.Equal("""{"month":"2026-04","payments":{"p5":46750.00,"p50":46750.00,"p95":46750.00},"savings":{"p5":15000.00,"p50":15000.00,"p95":15000.00}}""", Compact(root.GetProperty("months")[3]));
        Assert.Equal("""{"payments":{"p5":87233.87,"p50":87233.87,"p95":87233.87},"savings":{"p5":82741.94,"p50":82741.94,"p95":82741.94}}""", Compact(root.GetProperty("total")));
    }

    [Fact]
    public void Estimated_hazards_are_written_with_the_counts_they_came_from()
    {
        // Support to 2025-01-20: on on 01-01, off on 02-01 and 03-01 (04-01 is after as_of). Leaving: 1 of 1 in month 1
        // and nobody at risk in month 2, which joins month 1's group (1 / 1); returning: 0 of 1, month 1 joining month 2.
        HazardEstimate estimate = HazardEstimate.FromCohort(
            Contract, [Person("a", "2025-01-01")], [Spell("a", "kontanthjaelp", "2024-01-01", "2025-01-20")], D("2025-03-31"), minimumAtRisk: 1);
        SimulationResult result = SocialInvestment.Simulation.Run(
            Contract, new CohortPlan([new Intake(new YearMonth(2026, 1), 1)], D("2026-03-31")), estimate.Hazards, runs: 1, seed: 1);
        using var stream = new MemoryStream();

        SimulationJson.Write(stream, result, [], estimate);

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(
            """{"source":"estimated","support_code":"integrationsydelse","months":[{"month":1,"leave":1,"return":0},{"month":2,"leave":1,"return":0}],"estimation":{"as_of":"2025-03-31","participants":1,"minimum_at_risk":1,"months":[{"month":1,"on_support":1,"left":1,"off_support":0,"returned":0},{"month":2,"on_support":0,"left":0,"off_support":1,"returned":0}]}}""",
            Compact(document.RootElement.GetProperty("hazards")));
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
