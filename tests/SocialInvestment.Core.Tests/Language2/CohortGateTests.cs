using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.Language2.ContractText;

namespace SocialInvestment.Tests.Language2;

/// <summary>docs/calculation.md L2.7: a cohort gate withholds a payment's lines until the cohort's evaluation date, then releases them only where the cohort's rate beats the baseline by the margin.</summary>
public sealed class CohortGateTests
{
    /// <summary>Peterborough style: fewer reconvictions than a 0.40 baseline by at least 10 %, so at most 0.36.</summary>
    private static CohortGate Gate(params (string Cohort, string Date)[] evaluations) =>
        new("reconvicted", GateDirection.Lower, Share.FromDecimal(0.40m), 0.10m, evaluations.ToDictionary(e => e.Cohort, e => D(e.Date), StringComparer.Ordinal));

    /// <summary>A cohort of 25 released on 2026-01-05, of whom <paramref name="reconvicted"/> are reconvicted on 2026-03-02.</summary>
    private static SettlementResult Run(int reconvicted, string asOf, CohortGate gate, string cohort = "c1")
    {
        var payment = new FixedPayment("success", "released", 1000m) { CohortGate = gate };
        var people = Enumerable.Range(0, 25).Select(i => new Participant(P($"{cohort}-{i:D2}"), D("2026-01-05"), cohort: cohort)).ToList();
        return Settlement.Run(
            Fixtures.Contract([new EnrolmentTrigger("released"), new EventTrigger("reconvicted", "reconviction")], [payment]),
            people,
            [],
            people.Take(reconvicted).Select(p => new OutcomeEvent(p.Id, "reconviction", D("2026-03-02"))),
            D(asOf));
    }

    [Fact]
    public void Before_the_evaluation_date_every_line_accrues_and_none_is_payable()
    {
        SettlementResult result = Run(5, "2026-12-30", Gate(("c1", "2026-12-31")));

        Assert.Equal(25, result.Lines.Count);
        Assert.Equal((M(25_000m), Money.Zero, M(25_000m)), (result.Totals.Amount, result.Totals.Payable, result.Totals.Capped));
    }

    [Theory]
    [InlineData(9, true)]   // 9 / 25 = 0.36 ≤ 0.40 × 0.9 = 0.36: exactly the margin passes.
    [InlineData(10, false)] // 10 / 25 = 0.40: no reduction.
    [InlineData(0, true)]
    public void On_and_after_the_evaluation_date_the_lines_are_payable_only_where_the_rate_beats_the_baseline(int reconvicted, bool paid)
    {
        SettlementResult result = Run(reconvicted, "2026-12-31", Gate(("c1", "2026-12-31")));

        Assert.Equal(paid ? M(25_000m) : Money.Zero, result.Totals.Payable);
    }

    [Fact]
    public void Only_outcomes_met_by_the_evaluation_date_count()
    {
        // The 10 reconvictions on 2026-03-02 come after an evaluation on 2026-03-01: the rate is 0 / 25, so it passes.
        Assert.Equal(M(25_000m), Run(10, "2026-12-31", Gate(("c1", "2026-03-01"))).Totals.Payable);
    }

    [Fact]
    public void A_cohort_with_no_evaluation_date_is_never_paid()
    {
        Assert.Equal(Money.Zero, Run(0, "2026-12-31", Gate(("c2", "2026-06-30")), cohort: "c1").Totals.Payable);
    }

    [Fact]
    public void Higher_needs_at_least_the_baseline_times_one_plus_the_margin()
    {
        // "more jobs": baseline 0.40, margin 0.10: at least 0.44 = 11 of 25.
        var higher = new CohortGate("reconvicted", GateDirection.Higher, Share.FromDecimal(0.40m), 0.10m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31") });

        Assert.Equal(Money.Zero, Run(10, "2026-12-31", higher).Totals.Payable);
        Assert.Equal(M(25_000m), Run(11, "2026-12-31", higher).Totals.Payable);
    }

    /// <summary>Whatever the outcomes, nothing gated is payable before the evaluation date.</summary>
    [Property(MaxTest = 100)]
    public bool A_gate_never_releases_money_before_the_evaluation_date(byte reconvicted, byte daysBefore)
    {
        LocalDate evaluation = D("2026-12-31");
        string asOf = evaluation.PlusDays(-1 - (daysBefore % 200)).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        SettlementResult result = Run(reconvicted % 26, asOf, Gate(("c1", "2026-12-31")));

        return result.Totals.Payable == Money.Zero && result.Lines.All(l => l.Capped == l.Amount);
    }

    [Fact]
    public void The_reader_reads_a_cohort_gate()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" }, { "id": "reconvicted", "kind": "event", "outcome": "r" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "reconvicted", "direction": "lower", "baseline_rate": 0.4, "margin": 0.1,
                                               "evaluation_dates": { "cohort 1": "2012-06-30", "cohort 2": "2014-06-30" } } } ] }
            """);

        CohortGate gate = contract.Payments[0].CohortGate!;
        Assert.Equal(("reconvicted", GateDirection.Lower, 0.4m, 0.1m), (gate.Trigger, gate.Direction, gate.BaselineRate.Value, gate.Margin));
        Assert.Equal(D("2014-06-30"), gate.EvaluationDates["cohort 2"]);
    }

    [Fact]
    public void A_bad_evaluation_date_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "released", "direction": "lower", "baseline_rate": 0.4,
                                               "evaluation_dates": { "c1": "30.06.2012" } } } ] }
            """;

        AssertSingleError(json, "\"30.06.2012\"", "payments[0].cohort_gate.evaluation_dates.c1: expected an ISO date yyyy-MM-dd, found \"30.06.2012\"");
    }

    [Fact]
    public void A_gate_on_an_undefined_trigger_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "reconvicted", "direction": "lower", "baseline_rate": 0.4,
                                               "evaluation_dates": { "c1": "2012-06-30" } } } ] }
            """;

        AssertSingleError(json, "\"reconvicted\"", "payments[0].cohort_gate.trigger: names trigger \"reconvicted\", which is not defined in triggers");
    }
}
