using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Settlement;

/// <summary>docs/calculation.md, "Cohort gate": a cohort gate withholds a payment's lines until the cohort's evaluation date, then releases them only where the cohort's rate beats the baseline by the margin.</summary>
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
        return SocialInvestment.Settlement.Run(
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

    /// <summary>
    /// Two cohorts of 25 (c1 released 2026-01-05, c2 2027-01-04), reconvicted on 2026-03-02 and 2027-03-01; the
    /// Peterborough shape: at most 0.36 per cohort (10 % below 0.40), or at most 0.37 over both (7.5 % below 0.40).
    /// <c>late1</c> more of c1 are reconvicted on 2027-06-01, after c1's evaluation date.
    /// </summary>
    private static SettlementResult RunPooled(int reconvicted1, int reconvicted2, string asOf, string pooledDate = "2027-12-31", int late1 = 0)
    {
        var gate = new CohortGate(
            "reconvicted",
            GateDirection.Lower,
            Share.FromDecimal(0.40m),
            0.10m,
            new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31"), ["c2"] = D("2027-12-31") },
            new PooledGate(0.075m, D(pooledDate)));
        var payment = new FixedPayment("success", "released", 1000m) { CohortGate = gate };
        var c1 = Enumerable.Range(0, 25).Select(i => new Participant(P($"c1-{i:D2}"), D("2026-01-05"), cohort: "c1")).ToList();
        var c2 = Enumerable.Range(0, 25).Select(i => new Participant(P($"c2-{i:D2}"), D("2027-01-04"), cohort: "c2")).ToList();
        return SocialInvestment.Settlement.Run(
            Fixtures.Contract([new EnrolmentTrigger("released"), new EventTrigger("reconvicted", "reconviction")], [payment]),
            c1.Concat(c2),
            [],
            c1.Take(reconvicted1).Select(p => new OutcomeEvent(p.Id, "reconviction", D("2026-03-02")))
                .Concat(c1.Skip(reconvicted1).Take(late1).Select(p => new OutcomeEvent(p.Id, "reconviction", D("2027-06-01"))))
                .Concat(c2.Take(reconvicted2).Select(p => new OutcomeEvent(p.Id, "reconviction", D("2027-03-01")))),
            D(asOf));
    }

    private static Money PayableOf(SettlementResult result, string cohort) =>
        result.Lines.Where(l => l.ParticipantId.Value.StartsWith(cohort, StringComparison.Ordinal)).Aggregate(Money.Zero, (sum, l) => sum + l.Payable);

    [Fact]
    public void A_cohort_that_fails_alone_is_paid_from_the_pooled_date_where_the_pooled_rate_passes()
    {
        // c1: 10 / 25 = 0.40 > 0.36 fails alone; c2: 8 / 25 = 0.32 ≤ 0.36 passes alone.
        // Pooled: (10 + 8) / 50 = 0.36 ≤ 0.40 × 0.925 = 0.37: passes; exactly 18 × 1000 ≤ 50 × 40 × 925 / 1000 = 18.5.
        SettlementResult before = RunPooled(10, 8, "2027-12-30");
        SettlementResult on = RunPooled(10, 8, "2027-12-31");

        Assert.Equal((Money.Zero, Money.Zero), (PayableOf(before, "c1"), PayableOf(before, "c2")));
        Assert.Equal((M(25_000m), M(25_000m)), (PayableOf(on, "c1"), PayableOf(on, "c2")));
    }

    [Fact]
    public void A_cohort_that_fails_alone_stays_withheld_where_the_pooled_rate_fails()
    {
        // c1: 11 / 25 = 0.44 fails; c2: 8 / 25 = 0.32 passes; pooled 19 / 50 = 0.38 > 0.37 fails: only c2 is paid.
        SettlementResult result = RunPooled(11, 8, "2028-06-30");

        Assert.Equal((Money.Zero, M(25_000m)), (PayableOf(result, "c1"), PayableOf(result, "c2")));
        Assert.Equal(M(25_000m), result.Totals.Capped);
    }

    [Fact]
    public void A_cohort_that_passes_alone_is_paid_from_its_own_date_before_the_pooled_one()
    {
        // c1: 9 / 25 = 0.36 passes on 2026-12-31; the pooled date 2027-12-31 is not needed for it.
        SettlementResult result = RunPooled(9, 25, "2026-12-31");

        Assert.Equal((M(25_000m), Money.Zero), (PayableOf(result, "c1"), PayableOf(result, "c2")));
    }

    [Fact]
    public void The_pooled_rate_counts_each_cohort_by_its_own_evaluation_date()
    {
        // c1 evaluated on 2026-12-31 with 10 / 25 (fails alone); one more of c1 is reconvicted on 2027-06-01, after c1's
        // date and before the pooled date 2027-12-31 (inside the 104-week window). Counted by c1's own date the pooled
        // rate is (10 + 8) / 50 = 0.36 ≤ 0.37 and passes; counted by the pooled date it would be 19 / 50 = 0.38 and fail.
        SettlementResult result = RunPooled(10, 8, "2027-12-31", late1: 1);

        Assert.Equal(M(50_000m), result.Totals.Payable);
    }

    [Theory]
    [InlineData(37, true)]  // 37 / 100 = 0.37 = 0.40 × (1 − 0.075): equal passes.
    [InlineData(38, false)]
    public void The_pooled_test_compares_with_its_own_margin(int met, bool passes)
    {
        var gate = new CohortGate("t", GateDirection.Lower, Share.FromDecimal(0.40m), 0.10m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31") }, new PooledGate(0.075m, D("2026-12-31")));

        Assert.Equal((passes, false), (gate.PassesPooled(met, 100), gate.Passes(met, 100)));
    }

    [Fact]
    public void A_pooled_date_before_a_cohort_date_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new CohortGate(
            "t", GateDirection.Lower, Share.FromDecimal(0.40m), 0.10m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31") }, new PooledGate(0.075m, D("2026-12-30"))));
    }

    /// <summary>Whatever the outcomes, a cohort that fails alone is never paid before the pooled date, and nothing before the first cohort date.</summary>
    [Property(MaxTest = 100)]
    public bool A_pooled_gate_never_releases_a_failed_cohort_before_the_pooled_date(byte reconvicted1, byte reconvicted2, ushort daysBefore)
    {
        int r1 = 10 + (reconvicted1 % 16); // 10 … 25 of 25: c1 always fails alone.
        string asOf = D("2027-12-31").PlusDays(-1 - (daysBefore % 800)).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        SettlementResult result = RunPooled(r1, reconvicted2 % 26, asOf);

        return PayableOf(result, "c1") == Money.Zero && result.Lines.All(l => l.Payable == Money.Zero || l.Amount == l.Payable);
    }

    [Fact]
    public void Summary_json_shows_each_cohorts_counts_and_verdicts_only_where_a_payment_has_a_gate()
    {
        // c1: 11 / 25 = 0.44 fails alone; c2: 8 / 25 passes; pooled 19 / 50 = 0.38 > 0.37 fails: c1 stays withheld.
        string gated = Summary(RunPooled(11, 8, "2028-06-30"));
        string ungated = Summary(SocialInvestment.Settlement.Run(Fixtures.Contract([new EnrolmentTrigger("e")], [new FixedPayment("f", "e", 1m)]), [Person("a", "2026-01-05")], [], [], D("2026-06-30")));

        Assert.Contains(
            """
                  "baseline_rate": 0.4,
                  "margin": 0.1,
                  "cohorts": [
                    {
                      "cohort": "c1",
                      "evaluation_date": "2026-12-31",
                      "evaluated": true,
                      "participants": 25,
                      "met": 11,
                      "rate": 0.44,
                      "passed": false,
                      "released": false
                    },
            """.ReplaceLineEndings("\n"),
            gated,
            StringComparison.Ordinal);
        Assert.Contains("\"met\": 19,\n        \"rate\": 0.38,\n        \"passed\": false\n", gated, StringComparison.Ordinal);
        Assert.DoesNotContain("\"gates\"", ungated, StringComparison.Ordinal);
    }

    private static string Summary(SettlementResult result)
    {
        using var stream = new MemoryStream();
        SocialInvestment.Io.SummaryJson.Write(stream, result, [], default);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_reader_reads_a_pooled_test()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" }, { "id": "reconvicted", "kind": "event", "outcome": "r" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "reconvicted", "direction": "lower", "baseline_rate": 0.4, "margin": 0.1,
                                               "evaluation_dates": { "c1": "2012-06-30", "c2": "2014-06-30" },
                                               "pooled": { "margin": 0.075, "evaluation_date": "2014-06-30" } } } ] }
            """);

        PooledGate pooled = contract.Payments[0].CohortGate!.Pooled!;
        Assert.Equal((0.075m, D("2014-06-30")), (pooled.Margin, pooled.EvaluationDate));
    }

    [Fact]
    public void A_pooled_date_before_a_cohort_date_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "released", "direction": "lower", "baseline_rate": 0.4,
                                               "evaluation_dates": { "c1": "2012-06-30", "c2": "2014-06-30" },
                                               "pooled": { "margin": 0.075, "evaluation_date": "2013-06-30" } } } ] }
            """;

        AssertSingleError(json, "\"2013-06-30\"", "payments[0].cohort_gate.pooled.evaluation_date: expected a date on or after every cohort's evaluation date (the latest, \"c2\"'s, is 2014-06-30), found \"2013-06-30\"");
    }

    [Fact]
    public void A_pooled_test_without_a_margin_is_an_error_at_its_object()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "released", "direction": "lower", "baseline_rate": 0.4,
                                               "evaluation_dates": { "c1": "2012-06-30" },
                                               "pooled": { "evaluation_date": "2013-06-30" } } } ] }
            """;

        AssertSingleError(json, "{ \"evaluation_date\"", "payments[0].cohort_gate.pooled.margin: required field is missing");
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
        Assert.Equal(("reconvicted", GateDirection.Lower, (decimal?)0.4m, 0.1m), (gate.Trigger, gate.Direction, gate.BaselineRate?.Value, gate.Margin));
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
