using Xunit;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Triggers;

// SPEC §6. Weeks of a participant starting 2026-01-05 (Monday, though weekdays do not matter):
// 0 [01-05, 01-11]  1 [01-12, 01-18]  2 [01-19, 01-25]  3 [01-26, 02-01]  4 [02-02, 02-08]  5 [02-09, 02-15]
// 6 [02-16, 02-22]  7 [02-23, 03-01]

public sealed class EnrolmentTriggerTests
{
    private static readonly Contract Contract = Fixtures.Contract([new EnrolmentTrigger("enrolled")]);

    [Fact]
    public void Enrolment_is_met_on_the_programme_start() =>
        Assert.Equal(D("2026-01-05"), Outcome(Contract, Person("anna", "2026-01-05"), [], "2026-01-05").DateMet("enrolled"));

    [Fact]
    public void Enrolment_after_as_of_is_not_met() =>
        Assert.Null(Outcome(Contract, Person("anna", "2026-01-05"), [], "2026-01-04").DateMet("enrolled"));
}

public sealed class CompletionTriggerTests
{
    private static readonly Contract Contract = Fixtures.Contract([new CompletionTrigger("completed")]);

    [Fact]
    public void Completion_is_met_on_the_default_programme_end_when_completed()
    {
        // end = 2026-01-05 + 20 × 7 − 1 = 2026-05-24.
        Assert.Equal(D("2026-05-24"), Outcome(Contract, Person("anna", "2026-01-05"), [], "2026-06-30").DateMet("completed"));
    }

    [Fact]
    public void Completion_is_met_on_a_given_end_when_completed() =>
        Assert.Equal(D("2026-03-31"), Outcome(Contract, Person("anna", "2026-01-05", "2026-03-31"), [], "2026-06-30").DateMet("completed"));

    [Fact]
    public void Completion_is_not_met_when_not_completed() =>
        Assert.Null(Outcome(Contract, Person("anna", "2026-01-05", "2026-03-31", completed: false), [], "2026-06-30").DateMet("completed"));

    [Fact]
    public void Completion_on_an_end_after_as_of_is_not_met() =>
        Assert.Null(Outcome(Contract, Person("anna", "2026-01-05", "2026-03-31"), [], "2026-03-30").DateMet("completed"));
}

public sealed class SustainedTriggerTests
{
    private static readonly Participant Anna = Person("anna", "2026-01-05");

    [Fact]
    public void Sustained_trigger_is_met_on_last_day_of_the_Nth_qualifying_week()
    {
        // Support all of week 0; weeks 1, 2, 3 full → N = 3 first reached at k = 3 → its last day, 2026-02-01.
        Contract contract = Contract([new SustainedTrigger("job3", 3, SelfSupport.Full)]);

        ParticipantOutcome o = Outcome(contract, Anna, [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-11")], "2026-06-30");

        Assert.Equal(D("2026-02-01"), o.DateMet("job3"));
    }

    [Fact]
    public void Sustained_run_broken_by_a_week_that_does_not_qualify_starts_again()
    {
        // Week 0 support; weeks 1, 2 full; week 3 support on 01-28 (S = 1, partial: not full); weeks 4, 5, 6 full →
        // the first k with weeks k−2 … k all full is 6 → 2026-02-22.
        Contract contract = Contract([new SustainedTrigger("job3", 3, SelfSupport.Full)]);
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-11"), Spell("anna", "kontanthjaelp", "2026-01-28", "2026-01-28")];

        Assert.Equal(D("2026-02-22"), Outcome(contract, Anna, spells, "2026-06-30").DateMet("job3"));
        Assert.Null(Outcome(contract, Anna, spells, "2026-02-21").DateMet("job3"));
    }

    [Fact]
    public void Sustained_full_or_partial_counts_partial_weeks_in_the_run()
    {
        // Same spells: week 3 is partial (S = 1 ≤ 3.5) so weeks 1, 2, 3 qualify → 2026-02-01.
        Contract contract = Contract([new SustainedTrigger("self3", 3, SelfSupport.Partial)]);
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-11"), Spell("anna", "kontanthjaelp", "2026-01-28", "2026-01-28")];

        Assert.Equal(D("2026-02-01"), Outcome(contract, Anna, spells, "2026-06-30").DateMet("self3"));
    }

    [Fact]
    public void Sustained_trigger_is_not_met_before_its_last_week_is_observed()
    {
        // No spells: weeks 0, 1, 2 full → due 2026-01-25; as_of 01-24 leaves week 2 unobserved.
        Contract contract = Contract([new SustainedTrigger("job3", 3, SelfSupport.Full)]);

        Assert.Null(Outcome(contract, Anna, [], "2026-01-24").DateMet("job3"));
        Assert.Equal(D("2026-01-25"), Outcome(contract, Anna, [], "2026-01-25").DateMet("job3"));
    }

    [Fact]
    public void Sustained_trigger_with_exclude_education_restarts_after_an_education_week()
    {
        // su on 01-14 (week 1): with exclude_education weeks 0 ✓, 1 ✗, 2 ✓, 3 ✓ → N = 2 at k = 3 → 2026-02-01.
        Contract contract = Contract([new SustainedTrigger("job2", 2, SelfSupport.Full, excludeEducation: true)]);

        Assert.Equal(D("2026-02-01"), Outcome(contract, Anna, [Spell("anna", "su", "2026-01-14", "2026-01-14")], "2026-06-30").DateMet("job2"));
    }
}

public sealed class CountTriggerTests
{
    private static readonly Participant Anna = Person("anna", "2026-01-05");

    // Support all of weeks 1 and 3: qualifying (full) weeks are 0, 2, 4, 5, …
    private static readonly BenefitSpell[] Gaps =
    [
        Spell("anna", "kontanthjaelp", "2026-01-12", "2026-01-18"),
        Spell("anna", "kontanthjaelp", "2026-01-26", "2026-02-01"),
    ];

    [Fact]
    public void Count_trigger_reaches_N_across_gaps()
    {
        // Qualifying weeks 0, 2, 4: the third is week 4 → 2026-02-08.
        Contract contract = Contract([new CountTrigger("self3", 3, SelfSupport.Full)]);

        Assert.Equal(D("2026-02-08"), Outcome(contract, Anna, Gaps, "2026-06-30").DateMet("self3"));
        Assert.Null(Outcome(contract, Anna, Gaps, "2026-02-07").DateMet("self3"));
    }

    [Fact]
    public void Count_trigger_with_exclude_education_skips_education_weeks()
    {
        // su on 01-06 makes week 0 not qualify: qualifying weeks 2, 4, 5 → the third is week 5 → 2026-02-15.
        Contract contract = Contract([new CountTrigger("self3", 3, SelfSupport.Full, excludeEducation: true)]);

        Assert.Equal(D("2026-02-15"), Outcome(contract, Anna, [.. Gaps, Spell("anna", "su", "2026-01-06", "2026-01-06")], "2026-06-30").DateMet("self3"));
    }

    [Fact]
    public void Count_full_or_partial_counts_partial_weeks()
    {
        // Week 1 at degree 0.5 → S = 3.5 → partial; week 3 at 1 → none. Qualifying 0, 1, 2 → 2026-01-25.
        Contract contract = Contract([new CountTrigger("self3", 3, SelfSupport.Partial)]);
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-12", "2026-01-18", 0.5m), Spell("anna", "kontanthjaelp", "2026-01-26", "2026-02-01")];

        Assert.Equal(D("2026-01-25"), Outcome(contract, Anna, spells, "2026-06-30").DateMet("self3"));
    }
}

public sealed class EducationTriggerTests
{
    private static readonly Participant Anna = Person("anna", "2026-01-05");

    [Fact]
    public void Education_trigger_is_met_when_the_Nth_week_with_an_education_day_ends()
    {
        // su on 01-07 (week 0) and 01-30 (week 3): the second education week is week 3 → 2026-02-01.
        Contract contract = Contract([new EducationTrigger("edu2", 2)]);
        BenefitSpell[] spells = [Spell("anna", "su", "2026-01-07", "2026-01-07"), Spell("anna", "su", "2026-01-30", "2026-01-30")];

        Assert.Equal(D("2026-02-01"), Outcome(contract, Anna, spells, "2026-06-30").DateMet("edu2"));
    }

    [Fact]
    public void Education_trigger_defaults_to_one_week()
    {
        Contract contract = Contract([new EducationTrigger("edu")]);

        Assert.Equal(D("2026-01-11"), Outcome(contract, Anna, [Spell("anna", "su", "2026-01-07", "2026-01-07")], "2026-06-30").DateMet("edu"));
    }

    [Fact]
    public void Education_in_an_unobserved_week_does_not_count()
    {
        Contract contract = Contract([new EducationTrigger("edu")]);

        Assert.Null(Outcome(contract, Anna, [Spell("anna", "su", "2026-01-07", "2026-01-07")], "2026-01-10").DateMet("edu"));
    }

    [Fact]
    public void Education_week_counts_whatever_the_support()
    {
        // su and full kontanthjaelp on the same days: still an education week.
        Contract contract = Contract([new EducationTrigger("edu")]);
        BenefitSpell[] spells = [Spell("anna", "su", "2026-01-07", "2026-01-07"), Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-11")];

        Assert.Equal(D("2026-01-11"), Outcome(contract, Anna, spells, "2026-06-30").DateMet("edu"));
    }
}

public sealed class EventTriggerTests
{
    private static readonly Participant Anna = Person("anna", "2026-01-05");

    private static readonly Contract Contract = Fixtures.Contract([new EventTrigger("job", "job_start")]);

    [Fact]
    public void Event_trigger_is_met_on_the_earliest_date_in_the_window()
    {
        // Window [2026-01-05, 2028-01-02]. 01-04 is before W0 (ignored); "other" is another outcome (ignored);
        // of 03-10 and 02-20 the earliest is 02-20.
        OutcomeEvent[] events =
        [
            Event("anna", "job_start", "2026-03-10"),
            Event("anna", "job_start", "2026-01-04"),
            Event("anna", "other", "2026-01-10"),
            Event("anna", "job_start", "2026-02-20"),
        ];

        Assert.Equal(D("2026-02-20"), Outcome(Contract, Anna, [], "2026-06-30", events).DateMet("job"));
    }

    [Fact]
    public void Event_after_the_window_is_ignored_and_one_on_its_last_day_counts()
    {
        Assert.Null(Outcome(Contract, Anna, [], "2028-06-30", [Event("anna", "job_start", "2028-01-03")]).DateMet("job"));
        Assert.Equal(D("2028-01-02"), Outcome(Contract, Anna, [], "2028-06-30", [Event("anna", "job_start", "2028-01-02")]).DateMet("job"));
    }

    [Fact]
    public void Event_after_as_of_is_not_counted()
    {
        Assert.Null(Outcome(Contract, Anna, [], "2026-06-30", [Event("anna", "job_start", "2026-07-01")]).DateMet("job"));
        Assert.Equal(D("2026-06-30"), Outcome(Contract, Anna, [], "2026-06-30", [Event("anna", "job_start", "2026-06-30")]).DateMet("job"));
    }

    [Fact]
    public void Event_during_the_programme_is_before_a_window_from_end()
    {
        // window.from = end: W0 = 2026-05-25; an event on 2026-05-24 is before the window.
        Contract contract = Fixtures.Contract([new EventTrigger("job", "job_start")], from: WindowAnchor.End);
        OutcomeEvent[] events = [Event("anna", "job_start", "2026-05-24"), Event("anna", "job_start", "2026-08-01")];

        Assert.Equal(D("2026-08-01"), Outcome(contract, Anna, [], "2026-12-31", events).DateMet("job"));
    }

    [Fact]
    public void Outcome_codes_compare_exactly()
    {
        Assert.Null(Outcome(Contract, Anna, [], "2026-06-30", [Event("anna", "Job_Start", "2026-02-01")]).DateMet("job"));
    }

    [Fact]
    public void Events_of_another_participant_do_not_count()
    {
        ParticipantOutcome o = Outcomes.Evaluate(Contract, [Anna, Person("bo", "2026-01-05")], [], [Event("bo", "job_start", "2026-02-01")], D("2026-06-30"))[0];

        Assert.Null(o.DateMet("job"));
    }
}
