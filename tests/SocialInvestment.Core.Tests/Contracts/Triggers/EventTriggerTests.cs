using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts.Triggers;

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
        ParticipantOutcome o = SocialInvestment.Outcomes.Evaluate(Contract, [Anna, Person("bo", "2026-01-05")], [], [Event("bo", "job_start", "2026-02-01")], D("2026-06-30"))[0];

        Assert.Null(o.DateMet("job"));
    }
}
