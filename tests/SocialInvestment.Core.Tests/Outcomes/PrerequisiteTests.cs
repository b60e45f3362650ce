using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Outcomes;

/// <summary>
/// docs/calculation.md, "Prerequisites": a trigger with <c>after</c> is met only where its prerequisite is, and is
/// measured from the prerequisite's date on.
/// </summary>
public sealed class PrerequisiteTests
{
    /// <summary>DWP style: a job start (evidenced), 13 full weeks after it, then 26.</summary>
    private static readonly Contract Chain = Fixtures.Contract(
    [
        new EventTrigger("job", "job_start"),
        new SustainedTrigger("job13", 13, SelfSupport.Full) { After = "job" },
        new SustainedTrigger("job26", 26, SelfSupport.Full) { After = "job13" },
    ]);

    [Fact]
    public void Weeks_before_the_prerequisite_do_not_count()
    {
        // Start Monday 2026-01-05 = W0, never on support: without a prerequisite job13 would be met at the end of
        // week 12, W0 + 90 = 2026-04-05. The job starts Wednesday 2026-01-21 = W0 + 16, inside week 2, so weeks
        // count from week 3 (the first that begins on or after it, W0 + 21 = 2026-01-26): weeks 3 … 15, and week 15
        // ends on W0 + 7×15 + 6 = W0 + 111 = 2026-04-26.
        ParticipantOutcome outcome = Outcome(Chain, Person("anna", "2026-01-05"), [], "2026-12-31", [Event("anna", "job_start", "2026-01-21")]);

        Assert.Equal(D("2026-04-26"), outcome.DateMet("job13"));

        // job26 is measured from 2026-04-26 (a Sunday, inside week 15): weeks 16 … 41, and week 41 ends on
        // W0 + 7×41 + 6 = W0 + 293 = 2026-10-25.
        Assert.Equal(D("2026-10-25"), outcome.DateMet("job26"));
    }

    [Fact]
    public void A_prerequisite_on_the_first_day_of_a_week_lets_that_week_count()
    {
        // The job starts Monday 2026-01-26 = W0 + 21, the first day of week 3: weeks 3 … 15 again, 2026-04-26.
        ParticipantOutcome outcome = Outcome(Chain, Person("anna", "2026-01-05"), [], "2026-12-31", [Event("anna", "job_start", "2026-01-26")]);

        Assert.Equal(D("2026-04-26"), outcome.DateMet("job13"));
    }

    [Fact]
    public void A_run_of_qualifying_weeks_that_begins_before_the_prerequisite_counts_only_from_it()
    {
        // Start Monday 2026-01-05 = W0; off support in weeks 0 … 9, then kontanthjælp from W0 + 70 = 2026-03-16 on.
        // The job on Wednesday W0 + 16 lets weeks from 3 count: weeks 3 … 9 are 7 full weeks, so 7 are reached at the
        // end of week 9 (W0 + 69 = 2026-03-15) and 8 never are. Weeks 0 … 2 of the same run do not count.
        Contract contract = Fixtures.Contract(
        [
            new EventTrigger("job", "job_start"),
            new SustainedTrigger("job7", 7, SelfSupport.Full) { After = "job" },
            new SustainedTrigger("job8", 8, SelfSupport.Full) { After = "job" },
        ]);

        ParticipantOutcome outcome = Outcome(
            contract, Person("anna", "2026-01-05"), [Spell("anna", "kontanthjaelp", "2026-03-16")], "2026-12-31", [Event("anna", "job_start", "2026-01-21")]);

        Assert.Equal(D("2026-03-15"), outcome.DateMet("job7"));
        Assert.Null(outcome.DateMet("job8"));
    }

    [Fact]
    public void A_run_that_ends_before_the_prerequisite_adds_nothing_to_a_count()
    {
        // Start Monday 2026-01-05 = W0; SU (education, not support) in weeks 0 … 1, then nothing: every week is a full
        // self-supported week, but weeks 0 … 1 hold education days, so they form a run of their own. The job on Monday
        // W0 + 21 lets weeks from 3 count: 4 full weeks are weeks 3 … 6, ending W0 + 48 = 2026-02-22.
        Contract contract = Fixtures.Contract(
        [
            new EventTrigger("job", "job_start"),
            new CountTrigger("weeks4", 4, SelfSupport.Full) { After = "job" },
        ]);

        ParticipantOutcome outcome = Outcome(
            contract, Person("anna", "2026-01-05"), [Spell("anna", "su", "2026-01-05", "2026-01-18")], "2026-12-31", [Event("anna", "job_start", "2026-01-26")]);

        Assert.Equal(D("2026-02-22"), outcome.DateMet("weeks4"));
    }

    [Fact]
    public void Enrolment_counts_only_on_or_after_its_prerequisite()
    {
        // An enrolment trigger after an assessment: the start (2026-01-05) counts only where the assessment is on or
        // before it.
        Contract contract = Fixtures.Contract([new EventTrigger("assessed", "assessment"), new EnrolmentTrigger("enrolled") { After = "assessed" }]);

        Assert.Null(Outcome(contract, Person("anna", "2026-01-05"), [], "2026-12-31", [Event("anna", "assessment", "2026-01-06")]).DateMet("enrolled"));
        Assert.Equal(D("2026-01-05"), Outcome(contract, Person("anna", "2026-01-05"), [], "2026-12-31", [Event("anna", "assessment", "2026-01-05")]).DateMet("enrolled"));
    }

    [Fact]
    public void Without_the_prerequisite_the_trigger_and_its_followers_are_not_met()
    {
        ParticipantOutcome outcome = Outcome(Chain, Person("anna", "2026-01-05"), [], "2026-12-31");

        Assert.Null(outcome.DateMet("job"));
        Assert.Null(outcome.DateMet("job13"));
        Assert.Null(outcome.DateMet("job26"));
    }

    [Fact]
    public void A_prerequisite_met_after_as_of_is_not_met_so_neither_is_the_trigger()
    {
        ParticipantOutcome outcome = Outcome(Chain, Person("anna", "2026-01-05"), [], "2026-01-20", [Event("anna", "job_start", "2026-01-21")]);

        Assert.Null(outcome.DateMet("job13"));
    }

    [Fact]
    public void Support_after_the_prerequisite_breaks_the_run_as_in_v1()
    {
        // Job Monday 2026-01-26 (week 3); kontanthjælp in week 5 (2026-02-09 … 2026-02-15): weeks 6 … 18 are the
        // first 13 full ones after the job; week 18 ends on W0 + 132 = 2026-05-17.
        ParticipantOutcome outcome = Outcome(
            Chain,
            Person("anna", "2026-01-05"),
            [Spell("anna", "kontanthjaelp", "2026-02-09", "2026-02-15")],
            "2026-12-31",
            [Event("anna", "job_start", "2026-01-26")]);

        Assert.Equal(D("2026-05-17"), outcome.DateMet("job13"));
    }

    [Fact]
    public void An_event_counts_only_on_or_after_the_prerequisite()
    {
        var contract = Fixtures.Contract(
        [
            new EventTrigger("job", "job_start"),
            new EventTrigger("paid", "earnings") { After = "job" },
        ]);

        ParticipantOutcome outcome = Outcome(
            contract,
            Person("anna", "2026-01-05"),
            [],
            "2026-12-31",
            [Event("anna", "earnings", "2026-02-01"), Event("anna", "job_start", "2026-03-02"), Event("anna", "earnings", "2026-03-02"), Event("anna", "earnings", "2026-05-01")]);

        Assert.Equal(D("2026-03-02"), outcome.DateMet("paid"));
    }

    [Fact]
    public void Completion_before_its_prerequisite_does_not_count()
    {
        var contract = Fixtures.Contract([new EventTrigger("assessed", "assessment"), new CompletionTrigger("completed") { After = "assessed" }]);

        // Programme end 2026-05-24 (20 weeks from 2026-01-05).
        Assert.Null(Outcome(contract, Person("anna", "2026-01-05"), [], "2026-12-31", [Event("anna", "assessment", "2026-05-25")]).DateMet("completed"));
        Assert.Equal(D("2026-05-24"), Outcome(contract, Person("anna", "2026-01-05"), [], "2026-12-31", [Event("anna", "assessment", "2026-05-24")]).DateMet("completed"));
    }

    [Fact]
    public void A_fixed_payment_on_a_trigger_with_a_prerequisite_is_paid_only_when_both_are_met()
    {
        var contract = Fixtures.Contract(Chain.Triggers, [new FixedPayment("p13", "job13", 1000m)]);
        SettlementResult result = SocialInvestment.Settlement.Run(
            contract, [Person("anna", "2026-01-05"), Person("bo", "2026-01-05")], [], [Event("anna", "job_start", "2026-01-21")], D("2026-12-31"));

        SettlementLine line = Assert.Single(result.Lines);
        Assert.Equal(("anna", D("2026-04-26")), (line.ParticipantId.Value, line.Date));
    }

    [Fact]
    public void The_contract_refuses_a_prerequisite_that_is_not_listed_before()
    {
        Assert.Throws<ArgumentException>(() => Fixtures.Contract([new EnrolmentTrigger("a") { After = "b" }, new EnrolmentTrigger("b")]));
        Assert.Throws<ArgumentException>(() => Fixtures.Contract([new EnrolmentTrigger("a") { After = "a" }]));
    }

    [Fact]
    public void The_reader_reads_after_on_every_kind()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 }, "benefits": {}, "monthly_cost": { "amount": 1, "base_year": 2026 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "job_start" },
                            { "id": "job13", "kind": "sustained", "weeks": 13, "level": "full", "after": "job" } ],
              "payments": [] }
            """);

        Assert.Equal("job", contract.TriggersById["job13"].After);
        Assert.Null(contract.TriggersById["job"].After);
    }

    [Fact]
    public void After_naming_a_later_trigger_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "a", "kind": "enrolment", "after": "b" },
                            { "id": "b", "kind": "enrolment" } ],
              "payments": [] }
            """;

        AssertSingleError(json, "\"b\" }", "triggers[0].after: names trigger \"b\", which is not listed before this trigger in triggers (a prerequisite comes first)");
    }
}
