using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Evidence;

/// <summary><c>baseline_rate</c> on a trigger of contract.json: optional on every kind, from 0 to 1, for evidence only.</summary>
public sealed class BaselineRateTests
{
    [Fact]
    public void The_reader_reads_a_baseline_rate_on_every_kind()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 }, "benefits": {}, "monthly_cost": { "amount": 1, "base_year": 2026 },
              "triggers": [ { "id": "a", "kind": "enrolment", "baseline_rate": 1 },
                            { "id": "b", "kind": "completion", "baseline_rate": 0 },
                            { "id": "c", "kind": "sustained", "weeks": 13, "level": "full", "baseline_rate": 0.25 },
                            { "id": "d", "kind": "count", "weeks": 13, "level": "full", "baseline_rate": 0.3333 },
                            { "id": "e", "kind": "education", "after": "a", "baseline_rate": 0.5 },
                            { "id": "f", "kind": "event", "outcome": "job", "baseline_rate": 0.125 },
                            { "id": "g", "kind": "event", "outcome": "job" } ],
              "payments": [] }
            """);

        Assert.Equal(
            [1m, 0m, 0.25m, 0.3333m, 0.5m, 0.125m, null],
            contract.Triggers.Select(t => t.BaselineRate?.Value));
        Assert.Equal("a", contract.TriggersById["e"].After);
        Assert.IsType<SustainedTrigger>(contract.TriggersById["c"]);
    }

    [Fact]
    public void A_baseline_rate_above_1_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "a", "kind": "enrolment", "baseline_rate": 1.5 } ],
              "payments": [] }
            """;

        AssertSingleError(json, "1.5", "triggers[0].baseline_rate: expected a rate from 0 to 1, found 1.5");
    }

    [Fact]
    public void A_baseline_rate_as_text_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "a", "kind": "enrolment", "baseline_rate": "25%" } ],
              "payments": [] }
            """;

        AssertSingleError(json, "\"25%\"", "triggers[0].baseline_rate: expected a rate from 0 to 1, found \"25%\"");
    }
}
