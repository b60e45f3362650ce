using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Evidence;

/// <summary>The evidence for each trigger of a contract, from the participants' outcomes (docs/evidence.md).</summary>
public sealed class EvidenceTests
{
    /// <summary>A 4-week window from the start: W0 to W0 + 27.</summary>
    private static readonly Contract Contract = Fixtures.Contract(
        [new EnrolmentTrigger("enrolled"), new EventTrigger("job", "job_start") { BaselineRate = Share.FromDecimal(0.25m) }],
        windowWeeks: 4);

    private static readonly Participant[] Cohort =
    [
        Person("anna", "2026-01-05"), // job on 2026-01-15: met on day 10
        Person("bo", "2026-01-05"), // no job: censored at the window end 2026-02-01, day 27
        Person("cai", "2026-03-20"), // no job: censored at as_of 2026-03-31, day 11
        Person("dan", "2026-04-10"), // starts after as_of: counted in the share, left out of the curve
        Person("eva", "2026-03-25"), // job on 2026-04-02, after as_of: censored at day 6
    ];

    private static readonly OutcomeEvent[] Events = [Event("anna", "job_start", "2026-01-15"), Event("eva", "job_start", "2026-04-02")];

    private static IReadOnlyList<ParticipantOutcome> Evaluate(IEnumerable<Participant> people, IEnumerable<OutcomeEvent> events) =>
        SocialInvestment.Outcomes.Evaluate(Contract, people, [], events, D("2026-03-31"));

    [Fact]
    public void Times_run_from_the_window_start_to_the_date_met_or_the_last_day_observed()
    {
        IReadOnlyList<TimeToOutcome> times = SocialInvestment.Evidence.TimesTo("job", Evaluate(Cohort, Events), D("2026-03-31"));

        // Outcomes come ordered by participant id: anna, bo, cai, (dan left out), eva.
        Assert.Equal([new(10, true), new(27, false), new(11, false), new(6, false)], times);
    }

    [Fact]
    public void A_trigger_met_before_the_window_starts_counts_as_met_on_day_0()
    {
        // window.from = end: W0 is the day after the programme end (20 weeks), enrolment is met on the start before it.
        Contract contract = Fixtures.Contract([new EnrolmentTrigger("enrolled")], from: WindowAnchor.End, windowWeeks: 4);
        IReadOnlyList<ParticipantOutcome> outcomes = SocialInvestment.Outcomes.Evaluate(contract, [Person("anna", "2026-01-05")], [], [], D("2026-12-31"));

        Assert.Equal([new TimeToOutcome(0, true)], SocialInvestment.Evidence.TimesTo("enrolled", outcomes, D("2026-12-31")));
    }

    [Fact]
    public void Each_trigger_has_its_share_test_and_curve_in_contract_order()
    {
        IReadOnlyList<TriggerEvidence> evidence = SocialInvestment.Evidence.ForTriggers(Contract, Evaluate(Cohort, Events), D("2026-03-31"));

        Assert.Equal(["enrolled", "job"], evidence.Select(e => e.TriggerId));
        TriggerEvidence job = evidence[1];
        Assert.Equal("event", job.Kind);

        // Share: 1 of 5 (dan counts: he is a participant), with the Wilson interval of 1/5.
        Assert.Equal((1, 5), (job.Proportion.Met, job.Proportion.Total));
        Assert.Equal(Proportion.Of(1, 5).Interval, job.Proportion.Interval);

        // Against the baseline 0.25: the exact test of 1 of 5.
        Assert.Equal(BinomialTest.Against(1, 5, 0.25).TwoSidedP, job.AgainstBaseline!.TwoSidedP);
        Assert.Null(evidence[0].AgainstBaseline);

        // The curve: 4 participants (dan left out); at day 10 three at risk (bo, cai, anna), one met: S = 2/3.
        Assert.Equal(4, job.TimeToOutcome.Count);
        Assert.Equal([6, 10, 11, 27], job.TimeToOutcome.Steps.Select(s => s.Days));
        Assert.Equal(2.0 / 3, job.TimeToOutcome.SurvivalAt(10), 1e-12);
        Assert.Null(job.TimeToOutcome.MedianDays);
        Assert.Null(job.AgainstComparison);
        Assert.Null(job.ComparisonTimeToOutcome);
    }

    [Fact]
    public void A_comparison_group_adds_the_difference_and_its_own_curve()
    {
        Participant[] others = [Person("x1", "2026-01-05"), Person("x2", "2026-01-05"), Person("x3", "2026-01-05")];
        IReadOnlyList<ParticipantOutcome> comparison = Evaluate(others, [Event("x1", "job_start", "2026-01-07"), Event("x2", "job_start", "2026-01-09")]);

        TriggerEvidence job = SocialInvestment.Evidence.ForTriggers(Contract, Evaluate(Cohort, Events), D("2026-03-31"), comparison)[1];

        // 1/5 − 2/3.
        Assert.Equal((2, 3), (job.AgainstComparison!.Comparison.Met, job.AgainstComparison.Comparison.Total));
        Assert.Equal(0.2 - (2.0 / 3), job.AgainstComparison.Difference!.Value, 1e-15);
        Assert.Equal(ProportionDifference.Between(Proportion.Of(1, 5), Proportion.Of(2, 3)).Interval, job.AgainstComparison.Interval);

        // x1 on day 2, x2 on day 4: S = 2/3, then 1/3, the median day 4.
        Assert.Equal(4, job.ComparisonTimeToOutcome!.MedianDays);
    }

    [Fact]
    public void Nobody_gives_shares_without_intervals_tests_or_curves()
    {
        TriggerEvidence job = SocialInvestment.Evidence.ForTriggers(Contract, [], D("2026-03-31"), [])[1];

        Assert.Null(job.Proportion.Share);
        Assert.Null(job.AgainstBaseline);
        Assert.Null(job.AgainstComparison!.Difference);
        Assert.Empty(job.TimeToOutcome.Steps);
    }

    [Fact]
    public void The_evidence_of_a_settlement_is_that_of_its_outcomes()
    {
        SettlementResult result = SocialInvestment.Settlement.Run(Contract, Cohort, [], Events, D("2026-03-31"));

        TriggerEvidence fromResult = SocialInvestment.Evidence.ForSettlement(result, confidenceLevel: 0.9)[1];
        TriggerEvidence fromOutcomes = SocialInvestment.Evidence.ForTriggers(Contract, result.Outcomes, result.AsOf, null, 0.9)[1];

        Assert.Equal(fromOutcomes.Proportion.Interval, fromResult.Proportion.Interval);
        Assert.Equal(0.9, fromResult.Proportion.ConfidenceLevel);
        Assert.Equal(result.TriggerSummaries[1].Met, fromResult.Proportion.Met);
        Assert.Equal(fromOutcomes.TimeToOutcome.Steps.Select(s => s.Survival), fromResult.TimeToOutcome.Steps.Select(s => s.Survival));
    }

    [Fact]
    public void A_baseline_rate_changes_no_settlement()
    {
        Payment[] payments = [new FixedPayment("bonus", "job", 1000m)];
        Contract without = Fixtures.Contract([new EventTrigger("job", "job_start")], payments, windowWeeks: 4);
        Contract with = Fixtures.Contract([new EventTrigger("job", "job_start") { BaselineRate = Share.FromDecimal(0.25m) }], payments, windowWeeks: 4);

        SettlementResult a = SocialInvestment.Settlement.Run(without, Cohort, [], Events, D("2026-03-31"));
        SettlementResult b = SocialInvestment.Settlement.Run(with, Cohort, [], Events, D("2026-03-31"));

        Assert.Equal(a.Lines.Select(l => (l.ParticipantId, l.Date, l.Amount)), b.Lines.Select(l => (l.ParticipantId, l.Date, l.Amount)));
        Assert.Equal(a.TriggerSummaries, b.TriggerSummaries);
    }

    [Fact]
    public void A_level_outside_0_and_1_is_refused() =>
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentException>(
            () => SocialInvestment.Evidence.ForTriggers(Contract, [], D("2026-03-31"), null, 95)).ParamName);
}
