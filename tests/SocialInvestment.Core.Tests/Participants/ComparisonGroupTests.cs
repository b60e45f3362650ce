using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Participants;

/// <summary>
/// docs/calculation.md, "Cohort gate" against a comparison group: a cohort's rate is compared with the rate of the same trigger among
/// the comparison people matched to the cohort (their <c>cohort</c>), measured by the same contract by the same evaluation
/// date; exactly, <c>m_c · n′_c · 10^s ≤ m′_c · n_c · mantissa(1 − margin)</c>.
/// </summary>
public sealed class ComparisonGroupTests
{
    private static readonly Contract Reconvictions = Fixtures.Contract(
        [new EnrolmentTrigger("released"), new EventTrigger("reconvicted", "reconviction")],
        [new FixedPayment("success", "released", 1000m)]);

    /// <summary>
    /// <c>People</c> people whose ids begin with <c>Prefix</c>, of <c>Cohort</c>, released on <c>Released</c>; the first
    /// <c>Reconvicted</c> of them reconvicted on <c>ReconvictedOn</c>.
    /// </summary>
    private sealed record Group(string Prefix, string? Cohort, int People, int Reconvicted, string Released = "2026-01-05", string ReconvictedOn = "2026-03-02")
    {
        internal List<Participant> Participants => Enumerable.Range(0, People).Select(i => new Participant(P($"{Prefix}-{i:D2}"), D(Released), cohort: Cohort)).ToList();

        internal IEnumerable<OutcomeEvent> Events => Participants.Take(Reconvicted).Select(p => new OutcomeEvent(p.Id, "reconviction", D(ReconvictedOn)));
    }

    /// <summary>Lower by at least 10 % against the comparison group, evaluated on 2026-12-31 (c1) and 2027-12-31 (c2).</summary>
    private static CohortGate Gate(GateDirection direction = GateDirection.Lower, decimal margin = 0.10m, PooledGate? pooled = null) =>
        CohortGate.AgainstComparisonGroup(
            "reconvicted",
            direction,
            margin,
            new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31"), ["c2"] = D("2027-12-31") },
            pooled);

    private static SettlementResult Settle(CohortGate gate, IEnumerable<Group> treated, IEnumerable<Group>? controls, string asOf)
    {
        Contract contract = Fixtures.Contract(
            [new EnrolmentTrigger("released"), new EventTrigger("reconvicted", "reconviction")],
            [new FixedPayment("success", "released", 1000m) { CohortGate = gate }]);
        List<Group> cohort = treated.ToList();
        List<Group>? comparison = controls?.ToList();
        return SocialInvestment.Settlement.Run(
            contract,
            cohort.SelectMany(g => g.Participants),
            [],
            cohort.SelectMany(g => g.Events),
            D(asOf),
            comparisonGroup: comparison is null ? null : new ComparisonGroup(comparison.SelectMany(g => g.Participants), [], comparison.SelectMany(g => g.Events)));
    }

    private static Money PayableOf(SettlementResult result, string prefix) =>
        result.Lines.Where(l => l.ParticipantId.Value.StartsWith(prefix, StringComparison.Ordinal)).Aggregate(Money.Zero, (sum, l) => sum + l.Payable);

    [Theory]
    [InlineData(9, true)]   // 9 · 50 · 10 = 4,500 ≤ 20 · 25 · 9 = 4,500: 9 / 25 = 0.36 = (20 / 50) × 0.9, equal passes.
    [InlineData(10, false)] // 10 · 50 · 10 = 5,000 > 4,500: one more fails.
    [InlineData(0, true)]
    public void A_cohort_passes_where_its_rate_is_at_most_the_comparison_groups_times_one_minus_the_margin(int reconvicted, bool paid)
    {
        SettlementResult result = Settle(Gate(), [new Group("t1", "c1", 25, reconvicted)], [new Group("k1", "c1", 50, 20)], "2026-12-31");

        Assert.Equal(paid ? M(25_000m) : Money.Zero, result.Totals.Payable);
        Assert.Equal(M(25_000m), result.Totals.Amount);
    }

    [Theory]
    [InlineData(10, false)] // 10 · 50 · 10 = 5,000 < 20 · 25 · 11 = 5,500: 0.40 is below 0.44.
    [InlineData(11, true)]  // 11 · 50 · 10 = 5,500 ≥ 5,500: equal passes.
    public void Higher_needs_at_least_the_comparison_groups_rate_times_one_plus_the_margin(int met, bool paid)
    {
        SettlementResult result = Settle(Gate(GateDirection.Higher), [new Group("t1", "c1", 25, met)], [new Group("k1", "c1", 50, 20)], "2026-12-31");

        Assert.Equal(paid ? M(25_000m) : Money.Zero, result.Totals.Payable);
    }

    [Fact]
    public void Before_the_evaluation_date_nothing_is_payable()
    {
        SettlementResult result = Settle(Gate(), [new Group("t1", "c1", 25, 0)], [new Group("k1", "c1", 50, 20)], "2026-12-30");

        Assert.Equal((Money.Zero, M(25_000m)), (result.Totals.Payable, result.Totals.Capped));
    }

    [Fact]
    public void Each_cohort_is_compared_with_the_comparison_people_matched_to_it()
    {
        // c1 (8 of 25 = 0.32) against k1 (20 of 50 = 0.40, so at most 0.36): passes. c2 (8 of 25) against k2 (15 of 50 =
        // 0.30, at most 0.27): fails. Both evaluated by 2027-12-31.
        SettlementResult result = Settle(
            Gate(),
            [new Group("t1", "c1", 25, 8), new Group("t2", "c2", 25, 8, "2027-01-04", "2027-03-01")],
            [new Group("k1", "c1", 50, 20), new Group("k2", "c2", 50, 15, "2027-01-04", "2027-03-01")],
            "2027-12-31");

        Assert.Equal((M(25_000m), Money.Zero), (PayableOf(result, "t1"), PayableOf(result, "t2")));
    }

    [Fact]
    public void A_cohort_with_no_comparison_people_cannot_be_compared_and_stays_withheld()
    {
        // No one of the comparison group is matched to c1: n′ = 0, so c1 does not pass on its own, even with no reconviction.
        SettlementResult result = Settle(Gate(), [new Group("t1", "c1", 25, 0)], [new Group("k2", "c2", 50, 20)], "2027-12-31");

        Assert.Equal((Money.Zero, M(25_000m)), (result.Totals.Payable, result.Totals.Capped));
    }

    [Fact]
    public void Comparison_outcomes_count_only_where_met_on_or_before_the_cohorts_evaluation_date()
    {
        // 20 of k1 reconvicted on 2027-01-15, after c1's evaluation on 2026-12-31: m′ = 0, so c1's 1 of 25 cannot be at
        // most 0 × 0.9. Counted by as_of (2027-06-30) it would be 20 / 50 and pass.
        SettlementResult result = Settle(Gate(), [new Group("t1", "c1", 25, 1)], [new Group("k1", "c1", 50, 20, ReconvictedOn: "2027-01-15")], "2027-06-30");

        Assert.Equal(Money.Zero, result.Totals.Payable);
    }

    [Fact]
    public void Each_comparison_person_is_measured_over_their_own_window()
    {
        // k1 released on 2023-01-02: their 104-week window ends 2024-12-29, so a reconviction on 2026-03-02 is outside it
        // and not counted (event triggers are limited to the window): m′ = 0 and c1's 1 of 25 fails.
        SettlementResult outside = Settle(Gate(), [new Group("t1", "c1", 25, 1)], [new Group("k1", "c1", 50, 20, Released: "2023-01-02")], "2026-12-31");
        SettlementResult inside = Settle(Gate(), [new Group("t1", "c1", 25, 1)], [new Group("k1", "c1", 50, 20)], "2026-12-31");

        Assert.Equal((Money.Zero, M(25_000m)), (outside.Totals.Payable, inside.Totals.Payable));
    }

    [Theory]
    [InlineData(10, true)]  // 18 · 100 · 1000 = 1,800,000 ≤ 40 · 50 · 925 = 1,850,000: (10 + 8) / 50 = 0.36 ≤ 0.40 × 0.925 = 0.37.
    [InlineData(11, false)] // 19 · 100 · 1000 = 1,900,000 > 1,850,000: 0.38 > 0.37.
    public void The_pooled_test_compares_the_summed_cohorts_with_the_summed_comparison_group(int reconvicted1, bool c1Paid)
    {
        // c1 fails alone (0.40 or 0.44 against at most 0.36); c2's 8 of 25 = 0.32 passes alone; comparison 20 of 50 in each.
        SettlementResult result = Settle(
            Gate(pooled: new PooledGate(0.075m, D("2027-12-31"))),
            [new Group("t1", "c1", 25, reconvicted1), new Group("t2", "c2", 25, 8, "2027-01-04", "2027-03-01")],
            [new Group("k1", "c1", 50, 20), new Group("k2", "c2", 50, 20, "2027-01-04", "2027-03-01")],
            "2027-12-31");

        Assert.Equal((c1Paid ? M(25_000m) : Money.Zero, M(25_000m)), (PayableOf(result, "t1"), PayableOf(result, "t2")));
    }

    [Fact]
    public void The_pooled_test_counts_each_cohorts_comparison_people_by_that_cohorts_own_evaluation_date()
    {
        // k1's 20 are reconvicted on 2027-01-15, after c1's date (2026-12-31) and before the pooled date: they count 0.
        // Pooled: M = 10 + 8 = 18 of 50, M′ = 0 + 20 = 20 of 100 = 0.20, at most 0.185: 0.36 fails. Counted by the pooled
        // date, M′ would be 40 of 100 and pass (as in the test above).
        SettlementResult result = Settle(
            Gate(pooled: new PooledGate(0.075m, D("2027-12-31"))),
            [new Group("t1", "c1", 25, 10), new Group("t2", "c2", 25, 8, "2027-01-04", "2027-03-01")],
            [new Group("k1", "c1", 50, 20, ReconvictedOn: "2027-01-15"), new Group("k2", "c2", 50, 20, "2027-01-04", "2027-03-01")],
            "2027-12-31");

        Assert.Equal((Money.Zero, M(25_000m)), (PayableOf(result, "t1"), PayableOf(result, "t2")));
    }

    [Fact]
    public void The_pooled_test_fails_where_no_comparison_person_is_matched_to_any_cohort()
    {
        // N′ = 0: nothing to compare with; with no reconviction at all the pooled test still fails.
        SettlementResult result = Settle(
            Gate(pooled: new PooledGate(0.075m, D("2027-12-31"))),
            [new Group("t1", "c1", 25, 0)],
            [new Group("k9", "c9", 50, 20)],
            "2028-06-30");

        Assert.Equal(Money.Zero, result.Totals.Payable);
    }

    [Fact]
    public void Summary_json_shows_each_cohorts_counts_the_comparison_groups_and_the_verdicts()
    {
        SettlementResult result = Settle(
            Gate(pooled: new PooledGate(0.075m, D("2027-12-31"))),
            [new Group("t1", "c1", 25, 10), new Group("t2", "c2", 25, 8, "2027-01-04", "2027-03-01")],
            [new Group("k1", "c1", 50, 20), new Group("k2", "c2", 50, 20, "2027-01-04", "2027-03-01")],
            "2027-12-31");

        string summary = Summary(result);

        Assert.Contains(
            """
              "gates": [
                {
                  "payment": "success",
                  "trigger": "reconvicted",
                  "direction": "lower",
                  "baseline": "comparison_group",
                  "margin": 0.1,
                  "cohorts": [
                    {
                      "cohort": "c1",
                      "evaluation_date": "2026-12-31",
                      "evaluated": true,
                      "participants": 25,
                      "met": 10,
                      "rate": 0.4,
                      "comparison_participants": 50,
                      "comparison_met": 20,
                      "comparison_rate": 0.4,
                      "passed": false,
                      "released": true
                    },
                    {
                      "cohort": "c2",
                      "evaluation_date": "2027-12-31",
                      "evaluated": true,
                      "participants": 25,
                      "met": 8,
                      "rate": 0.32,
                      "comparison_participants": 50,
                      "comparison_met": 20,
                      "comparison_rate": 0.4,
                      "passed": true,
                      "released": true
                    }
                  ],
                  "pooled": {
                    "margin": 0.075,
                    "evaluation_date": "2027-12-31",
                    "evaluated": true,
                    "participants": 50,
                    "met": 18,
                    "rate": 0.36,
                    "comparison_participants": 100,
                    "comparison_met": 40,
                    "comparison_rate": 0.4,
                    "passed": true
                  }
                }
              ],
              "gross_saving": 0.00
            """.ReplaceLineEndings("\n"),
            summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_json_hides_a_cohort_that_looks_like_a_CPR_number()
    {
        var gate = CohortGate.AgainstComparisonGroup("reconvicted", GateDirection.Lower, 0.1m, new Dictionary<string, LocalDate> { ["0101901234"] = D("2026-12-31") });

        string summary = Summary(Settle(gate, [new Group("t1", "0101901234", 5, 1)], [new Group("k1", "0101901234", 5, 1)], "2026-12-31"));

        Assert.Contains("\"cohort\": \"<digits hidden>\"", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("0101901234", summary, StringComparison.Ordinal);
    }

    private static string Summary(SettlementResult result)
    {
        using var stream = new MemoryStream();
        SummaryJson.Write(stream, result, [], default);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData(9, 50, 20, true)]
    [InlineData(10, 50, 20, false)]
    [InlineData(0, 0, 0, false)] // No comparison people: cannot be compared.
    public void Passes_compares_the_counts_exactly(int met, int comparisonParticipants, int comparisonMet, bool passes)
    {
        Assert.Equal(passes, Gate().Passes(met, 25, comparisonMet, comparisonParticipants));
    }

    [Fact]
    public void A_gate_of_one_kind_refuses_the_counts_of_the_other()
    {
        var rate = new CohortGate("reconvicted", GateDirection.Lower, Share.FromDecimal(0.4m), 0.1m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31") });

        Assert.Throws<InvalidOperationException>(() => Gate().Passes(1, 25));
        Assert.Throws<InvalidOperationException>(() => rate.Passes(1, 25, 1, 25));
        Assert.Equal((true, (Share?)null, false), (Gate().UsesComparisonGroup, Gate().BaselineRate, rate.UsesComparisonGroup));
    }

    [Fact]
    public void A_gate_against_a_comparison_group_without_one_is_an_argument_error_naming_the_parameter()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Settle(Gate(), [new Group("t1", "c1", 25, 0)], null, "2026-12-31"));

        Assert.Equal("comparisonGroup", error.ParamName);
        Assert.Contains("Payment 'success' has a cohort gate against a comparison group", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_group_given_to_a_contract_with_no_gate_against_one_is_an_argument_error()
    {
        var group = new ComparisonGroup(new Group("k1", "c1", 5, 1).Participants, [], []);
        var rateGate = new CohortGate("reconvicted", GateDirection.Lower, Share.FromDecimal(0.4m), 0.1m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31") });
        Contract rateGated = Fixtures.Contract(
            [new EnrolmentTrigger("released"), new EventTrigger("reconvicted", "reconviction")],
            [new FixedPayment("success", "released", 1000m) { CohortGate = rateGate }]);

        ArgumentException ungated = Assert.Throws<ArgumentException>(() => SocialInvestment.Settlement.Run(Reconvictions, [], [], [], D("2026-12-31"), comparisonGroup: group));
        ArgumentException gatedByRate = Assert.Throws<ArgumentException>(() => SocialInvestment.Settlement.Run(rateGated, [], [], [], D("2026-12-31"), comparisonGroup: group));

        Assert.Equal(("comparisonGroup", "comparisonGroup"), (ungated.ParamName, gatedByRate.ParamName));
    }

    [Fact]
    public void A_person_in_both_the_cohort_and_the_comparison_group_is_an_argument_error_that_shows_no_CPR_number()
    {
        var person = new Participant(P("0101901234"), D("2026-01-05"), cohort: "c1");
        Contract contract = Fixtures.Contract(
            [new EnrolmentTrigger("released"), new EventTrigger("reconvicted", "reconviction")],
            [new FixedPayment("success", "released", 1000m) { CohortGate = Gate() }]);

        ArgumentException error = Assert.Throws<ArgumentException>(() =>
            SocialInvestment.Settlement.Run(contract, [person], [], [], D("2026-12-31"), comparisonGroup: new ComparisonGroup([person], [], [])));

        Assert.Equal("comparisonGroup", error.ParamName);
        Assert.Contains("both in the cohort and in the comparison group", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0101901234", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_group_holds_each_person_once()
    {
        var person = new Participant(P("0101901234"), D("2026-01-05"), cohort: "c1");

        ArgumentException error = Assert.Throws<ArgumentException>(() => new ComparisonGroup([person, person], [], []));

        Assert.Equal("participants", error.ParamName);
        Assert.DoesNotContain("0101901234", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_benefit_code_of_the_comparison_groups_spells_that_the_contract_does_not_map_is_an_argument_error_naming_the_group()
    {
        Contract contract = Fixtures.Contract(
            [new EnrolmentTrigger("released"), new SustainedTrigger("job", 4, SelfSupport.Full)],
            [new FixedPayment("success", "released", 1000m) { CohortGate = CohortGate.AgainstComparisonGroup("job", GateDirection.Higher, 0m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31") }) }]);
        var control = new Participant(P("k1"), D("2026-01-05"), cohort: "c1");

        ArgumentException error = Assert.Throws<ArgumentException>(() => SocialInvestment.Settlement.Run(
            contract, [], [], [], D("2026-12-31"), comparisonGroup: new ComparisonGroup([control], [Spell("k1", "unknown-code", "2026-01-05")], [])));

        Assert.Equal("comparisonGroup", error.ParamName);
        Assert.StartsWith("The comparison group: Benefit code 'unknown-code' is not mapped by the contract.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// (a) A comparison group whose rate is exactly r, in each of two cohorts, settles every line as <c>baseline_rate: r</c>
    /// does, alone and pooled: <c>n′</c> divides a power of ten, so <c>r = m′ / n′</c> is an exact decimal.
    /// </summary>
    [Property(MaxTest = 300)]
    public bool A_comparison_group_with_the_rate_r_settles_as_baseline_rate_r(byte sizeIndex, byte comparisonMet, byte reconvicted1, byte reconvicted2, byte marginIndex, bool higher, bool pooled)
    {
        int[] sizes = [1, 2, 4, 5, 8, 10, 16, 20, 25, 40, 50, 80];
        decimal[] margins = [0m, 0.05m, 0.075m, 0.1m, 0.2m, 0.5m, 0.999m];
        int size = sizes[sizeIndex % sizes.Length];
        int met = comparisonMet % (size + 1);
        decimal rate = (decimal)met / size;
        decimal margin = margins[marginIndex % margins.Length];
        GateDirection direction = higher ? GateDirection.Higher : GateDirection.Lower;
        var dates = new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31"), ["c2"] = D("2027-12-31") };
        PooledGate? pooledGate = pooled ? new PooledGate(margin / 2, D("2027-12-31")) : null;
        Group[] treated = [new Group("t1", "c1", 25, reconvicted1 % 26), new Group("t2", "c2", 25, reconvicted2 % 26, "2027-01-04", "2027-03-01")];
        Group[] controls = [new Group("k1", "c1", size, met), new Group("k2", "c2", size, met, "2027-01-04", "2027-03-01")];

        SettlementResult byGroup = Settle(CohortGate.AgainstComparisonGroup("reconvicted", direction, margin, dates, pooledGate), treated, controls, "2028-01-31");
        SettlementResult byRate = Settle(new CohortGate("reconvicted", direction, Share.FromDecimal(rate), margin, dates, pooledGate), treated, null, "2028-01-31");

        return byGroup.Lines.Select(l => (l.ParticipantId, l.Payable, l.Capped)).SequenceEqual(byRate.Lines.Select(l => (l.ParticipantId, l.Payable, l.Capped)));
    }

    /// <summary>(b) Whatever the outcomes of the cohort and the comparison group, nothing gated is payable before the evaluation date.</summary>
    [Property(MaxTest = 200)]
    public bool A_gate_against_a_comparison_group_never_releases_money_before_the_evaluation_date(byte reconvicted, byte comparisonSize, byte comparisonMet, ushort daysBefore)
    {
        int size = comparisonSize % 60;
        string asOf = D("2026-12-31").PlusDays(-1 - (daysBefore % 400)).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        SettlementResult result = Settle(Gate(GateDirection.Lower, 0m), [new Group("t1", "c1", 25, reconvicted % 26)], [new Group("k1", "c1", size, comparisonMet % (size + 1))], asOf);

        return result.Totals.Payable == Money.Zero && result.Lines.All(l => l.Capped == l.Amount);
    }

    /// <summary>(c) Comparison people of a cohort the gate does not list, or of none, change nothing, whatever their outcomes.</summary>
    [Property(MaxTest = 200)]
    public bool Comparison_people_of_a_cohort_not_listed_change_nothing(byte reconvicted, byte comparisonMet, byte extra, byte extraMet, bool noCohort, ushort asOfDays)
    {
        int extras = 1 + (extra % 40);
        string asOf = D("2026-06-30").PlusDays(asOfDays % 1000).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Group[] treated = [new Group("t1", "c1", 25, reconvicted % 26)];
        Group control = new("k1", "c1", 50, comparisonMet % 51);
        Group outsider = new("x9", noCohort ? null : "c9", extras, extraMet % (extras + 1));

        SettlementResult without = Settle(Gate(pooled: new PooledGate(0.075m, D("2027-12-31"))), treated, [control], asOf);
        SettlementResult with = Settle(Gate(pooled: new PooledGate(0.075m, D("2027-12-31"))), treated, [control, outsider], asOf);

        return with.Lines.Select(l => (l.ParticipantId, l.Payable, l.Capped)).SequenceEqual(without.Lines.Select(l => (l.ParticipantId, l.Payable, l.Capped)));
    }

    [Fact]
    public void The_reader_reads_a_gate_against_the_comparison_group()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" }, { "id": "reconvicted", "kind": "event", "outcome": "r" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "reconvicted", "direction": "lower", "baseline": "comparison_group", "margin": 0.1,
                                               "evaluation_dates": { "c1": "2012-06-30" } } } ] }
            """);

        CohortGate gate = contract.Payments[0].CohortGate!;
        Assert.Equal((true, (Share?)null, 0.1m), (gate.UsesComparisonGroup, gate.BaselineRate, gate.Margin));
    }

    [Fact]
    public void Both_baseline_rate_and_baseline_is_an_error_at_the_second_field()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "released", "direction": "lower", "baseline_rate": 0.4, "baseline": "comparison_group",
                                               "evaluation_dates": { "c1": "2012-06-30" } } } ] }
            """;

        AssertSingleError(json, "\"baseline\":", "payments[0].cohort_gate.baseline: a cohort gate has one of baseline_rate and baseline, not both");
    }

    [Fact]
    public void Neither_baseline_rate_nor_baseline_is_an_error_at_the_gates_object()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "released", "direction": "lower",
                                               "evaluation_dates": { "c1": "2012-06-30" } } } ] }
            """;

        AssertSingleError(json, "{ \"trigger\"", "payments[0].cohort_gate.baseline_rate: required field is missing: a cohort gate has baseline_rate, or \"baseline\": \"comparison_group\"");
    }

    [Fact]
    public void A_baseline_other_than_the_comparison_group_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "released", "kind": "enrolment" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "released", "amount": 5,
                              "cohort_gate": { "trigger": "released", "direction": "lower", "baseline": "national_average",
                                               "evaluation_dates": { "c1": "2012-06-30" } } } ] }
            """;

        AssertSingleError(json, "\"national_average\"", "payments[0].cohort_gate.baseline: expected one of \"comparison_group\", found \"national_average\"");
    }
}
