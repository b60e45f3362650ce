using System.Text;
using NodaTime;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The ranges of the contract language's second set of fields (docs/contract-format.md): each bound is read on both of
/// its sides, the bound itself accepted, one step past it an error at the value that says what was expected.
/// </summary>
public sealed class ContractJsonFieldRangeTests
{
    private static string ContractWith(string payments, string more = "") => $$"""
        { "name": "x", "window": { "weeks": 52 },
          "triggers": [ { "id": "released", "kind": "enrolment" }, { "id": "job", "kind": "event", "outcome": "j" } ],
          "payments": [ {{payments}} ]{{more}} }
        """;

    private static string GateWith(string fields) =>
        ContractWith($$"""{ "id": "p", "kind": "fixed", "trigger": "released", "amount": 5, "cohort_gate": { "trigger": "job", "direction": "lower", {{fields}} } }""");

    private static string[] Messages(string json)
    {
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName);
        Assert.False(result.Succeeded);
        return result.Errors.Select(e => e.Message).ToArray();
    }

    public static TheoryData<string, string, string> OneStepPastABound => new()
    {
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "amount": -0.01 }"""),
            "-0.01", "payments[0].amount: expected an amount of at least 0, found -0.01"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "tiers": [ { "up_to": 5, "amount": -1 }, { "amount": 1 } ] }"""),
            "-1", "payments[0].tiers[0].amount: expected an amount of at least 0, found -1"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "tiers": [ { "up_to": 0, "amount": 1 }, { "amount": 1 } ] }"""),
            "0, \"amount\"", "payments[0].tiers[0].up_to: expected a whole number of at least 1, found 0"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "prices": [ { "until_months": 0, "amount": 1 }, { "amount": 1 } ] }"""),
            "0, \"amount\"", "payments[0].prices[0].until_months: expected a whole number from 1 to 120000, found 0"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "prices": [ { "until_months": 12, "amount": -1 }, { "amount": 1 } ] }"""),
            "-1", "payments[0].prices[0].amount: expected an amount of at least 0, found -1"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "prices": 5 }"""),
            "5 }", "payments[0].prices: expected an array of prices, at least one, found 5"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "prices": [] }"""),
            "[]", "payments[0].prices: expected an array of prices, at least one, found an empty array"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "tiers": [ 5, { "amount": 1 } ] }"""),
            "5,", "payments[0].tiers[0]: expected a tier object, found 5"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "cap": { "amount": 100.005 } }"""),
            "100.005", "payments[0].cap.amount: expected an amount of at least 0 with at most two decimals, found 100.005"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "cap": { "amount": -0.01 } }"""),
            "-0.01", "payments[0].cap.amount: expected an amount of at least 0 with at most two decimals, found -0.01"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "cap": { "participant_share": -0.1 } }"""),
            "-0.1", "payments[0].cap.participant_share: expected a number from 0 to 1, found -0.1"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "cap": { "count": -1 } }"""),
            "-1", "payments[0].cap.count: expected a whole number of at least 0, found -1"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "indexation": { "base_year": 0, "annual_indexation": 0.02 } }"""),
            "0, \"annual", "payments[0].indexation.base_year: expected a whole number from 1 to 9999, found 0"
        },
        {
            ContractWith("""{ "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "indexation": { "base_year": 2024, "annual_indexation": -1 } }"""),
            "-1", "payments[0].indexation.annual_indexation: expected a number greater than -1 (0.02 for 2 %), found -1"
        },
        {
            GateWith("""  "baseline_rate": 1.01, "evaluation_dates": { "c1": "2014-06-30" }"""),
            "1.01", "payments[0].cohort_gate.baseline_rate: expected a rate from 0 to 1, found 1.01"
        },
        {
            GateWith("""  "baseline_rate": -0.01, "evaluation_dates": { "c1": "2014-06-30" }"""),
            "-0.01", "payments[0].cohort_gate.baseline_rate: expected a rate from 0 to 1, found -0.01"
        },
        {
            GateWith("""  "baseline_rate": 0.4, "margin": 1, "evaluation_dates": { "c1": "2014-06-30" }"""),
            "1, \"eval", "payments[0].cohort_gate.margin: expected a number from 0 up to but not including 1 (0.1 for 10 %), found 1"
        },
        {
            GateWith("""  "baseline_rate": 0.4, "margin": -0.01, "evaluation_dates": { "c1": "2014-06-30" }"""),
            "-0.01", "payments[0].cohort_gate.margin: expected a number from 0 up to but not including 1 (0.1 for 10 %), found -0.01"
        },
        {
            GateWith("""  "baseline_rate": 0.4, "evaluation_dates": { "c1": "2014-06-30" }, "pooled": { "margin": 1, "evaluation_date": "2015-01-01" }"""),
            "1, \"eval", "payments[0].cohort_gate.pooled.margin: expected a number from 0 up to but not including 1 (0.075 for 7.5 %), found 1"
        },
        {
            GateWith("""  "baseline_rate": 0.4, "evaluation_dates": { "c1": "2014-06-30" }, "pooled": { "margin": -0.5, "evaluation_date": "2015-01-01" }"""),
            "-0.5", "payments[0].cohort_gate.pooled.margin: expected a number from 0 up to but not including 1 (0.075 for 7.5 %), found -0.5"
        },
        {
            GateWith("""  "baseline_rate": 0.4, "evaluation_dates": { "c1": "2014-06-30" }, "pooled": { "margin": 0.1, "evaluation_date": 2015 }"""),
            "2015 }", "payments[0].cohort_gate.pooled.evaluation_date: expected an ISO date yyyy-MM-dd, found 2015"
        },
        {
            GateWith("""  "baseline_rate": 0.4, "evaluation_dates": { "c1": "2014-06-30" }, "pooled": { "margin": 0.1, "evaluation_date": "30.06.2015" }"""),
            "\"30.06.2015\"", "payments[0].cohort_gate.pooled.evaluation_date: expected an ISO date yyyy-MM-dd, found \"30.06.2015\""
        },
        {
            GateWith("""  "baseline_rate": 0.4, "evaluation_dates": { "c1": 2014 }"""),
            "2014 }", "payments[0].cohort_gate.evaluation_dates.c1: expected an ISO date yyyy-MM-dd, found 2014"
        },
        {
            GateWith("""  "baseline_rate": 0.4, "evaluation_dates": [ "2014-06-30" ]"""),
            "[ \"2014", "payments[0].cohort_gate.evaluation_dates: expected an object of cohort to evaluation date, found an array"
        },
        {
            GateWith("""  "baseline_rate": 0.4, "evaluation_dates": {}"""),
            "{}", "payments[0].cohort_gate.evaluation_dates: expected at least one cohort with its evaluation date, found an empty object"
        },
        {
            GateWith("""  "direction": "up", "baseline_rate": 0.4, "evaluation_dates": { "c1": "2014-06-30" }""").Replace("\"direction\": \"lower\", ", "", StringComparison.Ordinal),
            "\"up\"", "payments[0].cohort_gate.direction: expected one of \"lower\", \"higher\", found \"up\""
        },
        {
            ContractWith("""{ "id": "fee", "kind": "delivery_fee", "from": "2026-01", "months": 12, "monthly_amount": -1 }"""),
            "-1", "payments[0].monthly_amount: expected an amount of at least 0, found -1"
        },
        {
            ContractWith("""{ "id": "fee", "kind": "delivery_fee", "from": "2026-01", "months": 0, "monthly_amount": 1 }"""),
            "0, \"monthly", "payments[0].months: expected a whole number from 1 to 1200, found 0"
        },
        {
            ContractWith("""{ "id": "fee", "kind": "delivery_fee", "from": "2026-01", "months": 12, "contract_value": -1, "share": 0.3 }"""),
            "-1", "payments[0].contract_value: expected an amount of at least 0, found -1"
        },
        {
            ContractWith("""{ "id": "fee", "kind": "delivery_fee", "from": "2026-01", "months": 12, "contract_value": 100, "share": 1.01 }"""),
            "1.01", "payments[0].share: expected a number from 0 to 1, found 1.01"
        },
        {
            ContractWith("""{ "id": "fee", "kind": "delivery_fee", "from": "2026-01", "months": 12, "contract_value": 100, "share": -0.01 }"""),
            "-0.01", "payments[0].share: expected a number from 0 to 1, found -0.01"
        },
        {
            ContractWith("""{ "id": "fee", "kind": "delivery_fee", "from": 202601, "months": 12, "monthly_amount": 1 }"""),
            "202601", "payments[0].from: expected a month yyyy-MM, found 202601"
        },
        {
            ContractWith("""{ "id": "fee", "kind": "delivery_fee", "from": "2026-01", "months": 12 }"""),
            "{ \"id\": \"fee\"", "payments[0].monthly_amount: required field is missing: a delivery fee has monthly_amount, or contract_value and share"
        },
        {
            ContractWith("", """, "payers": [ { "id": "a", "share": 1.01 }, { "id": "b", "share": 0 } ]"""),
            "1.01", "payers[0].share: expected a number from 0 to 1, found 1.01"
        },
        {
            ContractWith("", """, "payers": [ { "id": "a", "share": -0.01 }, { "id": "b", "share": 1 } ]"""),
            "-0.01", "payers[0].share: expected a number from 0 to 1, found -0.01"
        },
        {
            ContractWith("", """, "payers": [ { "id": "a", "share": 0.5 }, { "id": "a", "share": 0.5 } ]"""),
            "\"a\", \"share\": 0.5 } ]", "payers[1].id: duplicate payer id \"a\" (first at payers[0])"
        },
        {
            ContractWith("", """, "payers": []"""),
            "[]", "payers: expected an array of payers, at least one, found an empty array"
        },
    };

    [Theory]
    [MemberData(nameof(OneStepPastABound))]
    public void One_step_past_a_bound_is_an_error_at_the_value(string json, string marker, string message) =>
        AssertSingleError(json, marker, message);

    [Fact]
    public void A_payer_without_an_id_fails_the_payers_without_a_second_error_about_the_sum()
    {
        string json = ContractWith("", """, "payers": [ { "share": 0.5 }, { "id": "b", "share": 0.5 } ]""");

        Assert.Equal(["payers[0].id: required field is missing"], Messages(json));
    }

    [Fact]
    public void Each_tier_must_pass_the_last_valid_up_to_before_it_even_after_an_invalid_one()
    {
        string json = ContractWith("""
            { "id": "p", "kind": "fixed", "trigger": "job",
              "tiers": [ { "up_to": 10, "amount": 1 }, { "up_to": 5, "amount": 1 }, { "up_to": 8, "amount": 1 }, { "amount": 1 } ] }
            """);

        Assert.Equal(
            [
                "payments[0].tiers[1].up_to: expected a whole number of at least 11 (more than the up_to before it, 10), found 5",
                "payments[0].tiers[2].up_to: expected a whole number of at least 11 (more than the up_to before it, 10), found 8",
            ],
            Messages(json));
    }

    [Fact]
    public void Each_tier_must_pass_the_up_to_just_before_it_not_the_first()
    {
        string json = ContractWith("""
            { "id": "p", "kind": "fixed", "trigger": "job",
              "tiers": [ { "up_to": 10, "amount": 1 }, { "up_to": 20, "amount": 1 }, { "up_to": 15, "amount": 1 }, { "amount": 1 } ] }
            """);

        Assert.Equal(["payments[0].tiers[2].up_to: expected a whole number of at least 21 (more than the up_to before it, 20), found 15"], Messages(json));
    }

    [Fact]
    public void The_bounds_themselves_are_read()
    {
        Contract contract = ReadOk(ContractWith("""
            { "id": "free", "kind": "fixed", "trigger": "job", "amount": 0 },
            { "id": "tiered", "kind": "fixed", "trigger": "job", "tiers": [ { "up_to": 1, "amount": 0 }, { "amount": 0 } ],
              "cap": { "count": 0, "amount": 0, "participant_share": 0 }, "indexation": { "base_year": 1, "annual_indexation": -0.99 } },
            { "id": "banded", "kind": "fixed", "trigger": "job", "prices": [ { "until_months": 1, "amount": 0 }, { "until_months": 120000, "amount": 0 } ],
              "cap": { "amount": 0.01, "participant_share": 1 }, "indexation": { "base_year": 9999, "annual_indexation": 0 } },
            { "id": "fee0", "kind": "delivery_fee", "from": "2026-01", "months": 1, "monthly_amount": 0 },
            { "id": "fee1", "kind": "delivery_fee", "from": "2026-01", "months": 1200, "contract_value": 0, "share": 1 },
            { "id": "fee2", "kind": "delivery_fee", "from": "2026-01", "months": 12, "contract_value": 100, "share": 0 }
            """, """, "payers": [ { "id": "a", "share": 1 }, { "id": "b", "share": 0 } ]"""));

        var free = Assert.IsType<FixedPayment>(contract.Payments[0]);
        Assert.Equal(0m, Assert.Single(free.Prices).Amount);

        var tiered = Assert.IsType<FixedPayment>(contract.Payments[1]);
        Assert.Equal([(0m, (int?)1), (0m, null)], tiered.Tiers!.Select(t => (t.Amount, t.UpTo)));
        Assert.Equal((0, 0m, 0m), (tiered.Cap!.Count, tiered.Cap.Amount!.Value.Amount, tiered.Cap.ParticipantShare!.Value.Value));
        Assert.Equal((1, -0.99m), (tiered.Indexation!.BaseYear, tiered.Indexation.AnnualIndexation));

        var banded = Assert.IsType<FixedPayment>(contract.Payments[2]);
        Assert.Equal([(0m, (int?)1), (0m, 120000)], banded.Prices.Select(p => (p.Amount, p.UntilMonths)));
        Assert.Equal((null, 0.01m, 1m), (banded.Cap!.Count, banded.Cap.Amount!.Value.Amount, banded.Cap.ParticipantShare!.Value.Value));
        Assert.Equal((9999, 0m), (banded.Indexation!.BaseYear, banded.Indexation.AnnualIndexation));

        var fee0 = Assert.IsType<DeliveryFeePayment>(contract.Payments[3]);
        Assert.Equal((new YearMonth(2026, 1), 1, (decimal?)0m), (fee0.From, fee0.Months, fee0.MonthlyAmount));
        var fee1 = Assert.IsType<DeliveryFeePayment>(contract.Payments[4]);
        Assert.Equal((1200, (decimal?)0m, 1m), (fee1.Months, fee1.ContractValue, fee1.ShareOfContractValue!.Value.Value));
        var fee2 = Assert.IsType<DeliveryFeePayment>(contract.Payments[5]);
        Assert.Equal(0m, fee2.ShareOfContractValue!.Value.Value);

        Assert.Equal([("a", 1m), ("b", 0m)], contract.Payers.Select(p => (p.Id, p.Share.Value)));
    }

    [Fact]
    public void A_gate_without_a_margin_has_a_margin_of_0_and_the_bounds_of_rates_and_margins_are_read()
    {
        Contract contract = ReadOk(ContractWith("""
            { "id": "a", "kind": "fixed", "trigger": "released", "amount": 5,
              "cohort_gate": { "trigger": "job", "direction": "higher", "baseline_rate": 0, "evaluation_dates": { "c1": "2014-06-30" } } },
            { "id": "b", "kind": "fixed", "trigger": "released", "amount": 5,
              "cohort_gate": { "trigger": "job", "direction": "lower", "baseline_rate": 1, "margin": 0, "evaluation_dates": { "c1": "2014-06-30" },
                               "pooled": { "margin": 0, "evaluation_date": "2014-06-30" } } },
            { "id": "c", "kind": "fixed", "trigger": "released", "amount": 5,
              "cohort_gate": { "trigger": "job", "direction": "lower", "baseline_rate": 0.5, "margin": 0.99, "evaluation_dates": { "c1": "2014-06-30" },
                               "pooled": { "margin": 0.99, "evaluation_date": "2015-01-01" } } }
            """));

        CohortGate a = contract.Payments[0].CohortGate!;
        Assert.Equal((GateDirection.Higher, (decimal?)0m, 0m, (PooledGate?)null), (a.Direction, a.BaselineRate?.Value, a.Margin, a.Pooled));
        CohortGate b = contract.Payments[1].CohortGate!;
        Assert.Equal((GateDirection.Lower, (decimal?)1m, 0m), (b.Direction, b.BaselineRate?.Value, b.Margin));
        Assert.Equal((0m, D("2014-06-30")), (b.Pooled!.Margin, b.Pooled.EvaluationDate));
        CohortGate c = contract.Payments[2].CohortGate!;
        Assert.Equal((0.99m, 0.99m, D("2015-01-01")), (c.Margin, c.Pooled!.Margin, c.Pooled.EvaluationDate));
    }

    [Fact]
    public void A_cohort_gate_keeps_the_payments_own_cap_and_indexation_on_every_kind_of_payment()
    {
        Contract contract = ReadOk(ContractWith("""
            { "id": "tiered", "kind": "fixed", "trigger": "released", "tiers": [ { "up_to": 2, "amount": 10 }, { "amount": 5 } ],
              "cap": { "count": 3 }, "indexation": { "base_year": 2024, "annual_indexation": 0.02 },
              "cohort_gate": { "trigger": "job", "direction": "lower", "baseline_rate": 0.4, "evaluation_dates": { "c1": "2014-06-30" } } },
            { "id": "share", "kind": "share_of_savings", "gate": "released", "share": 0.5, "deadweight": 0.1,
              "cap": { "amount": 1000 },
              "cohort_gate": { "trigger": "job", "direction": "higher", "baseline_rate": 0.2, "evaluation_dates": { "c1": "2014-06-30" } } }
            """, """, "benefits": {}, "monthly_cost": { "amount": 15000, "base_year": 2024 }"""));

        var tiered = Assert.IsType<FixedPayment>(contract.Payments[0]);
        Assert.Equal([(10m, (int?)2), (5m, null)], tiered.Tiers!.Select(t => (t.Amount, t.UpTo)));
        Assert.Equal((3, 2024, 0.02m, 0.4m), (tiered.Cap!.Count, tiered.Indexation!.BaseYear, tiered.Indexation.AnnualIndexation, tiered.CohortGate!.BaselineRate!.Value.Value));

        var share = Assert.IsType<ShareOfSavingsPayment>(contract.Payments[1]);
        Assert.Equal(("released", 0.5m, 0.1m), (share.Gate, share.Share.Value, share.Deadweight));
        Assert.Equal((1000m, GateDirection.Higher, 0.2m), (share.Cap!.Amount!.Value.Amount, share.CohortGate!.Direction, share.CohortGate.BaselineRate!.Value.Value));
    }
}
