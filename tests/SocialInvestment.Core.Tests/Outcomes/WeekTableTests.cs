using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Outcomes;

/// <summary>SPEC §5: the window, its weeks counted from the participant's own start, observation and self-support.</summary>
public sealed class WeekTableTests
{
    private static readonly Participant Anna = Person("anna", "2026-01-05");

    [Fact]
    public void Window_from_start_begins_on_the_programme_start()
    {
        // W0 = 2026-01-05; 104 weeks → last day W0 + 727 = 2028-01-02.
        ParticipantOutcome o = Outcome(Contract(), Anna, [], "2026-06-30");

        Assert.Equal(new DateInterval(D("2026-01-05"), D("2028-01-02")), o.Window);
    }

    [Fact]
    public void Window_from_end_begins_the_day_after_the_default_programme_end()
    {
        // Default end = start + 20 × 7 − 1 = 2026-01-05 + 139 = 2026-05-24; W0 = 2026-05-25; 4 weeks → 2026-06-21.
        ParticipantOutcome o = Outcome(Contract(from: WindowAnchor.End, windowWeeks: 4), Anna, [], "2026-12-31");

        Assert.Equal(new DateInterval(D("2026-05-25"), D("2026-06-21")), o.Window);
    }

    [Fact]
    public void Window_from_end_begins_the_day_after_a_given_programme_end()
    {
        // end 2026-03-31 → W0 = 2026-04-01; 2 weeks → 2026-04-14.
        ParticipantOutcome o = Outcome(Contract(from: WindowAnchor.End, windowWeeks: 2), Person("anna", "2026-01-05", "2026-03-31"), [], "2026-12-31");

        Assert.Equal(new DateInterval(D("2026-04-01"), D("2026-04-14")), o.Window);
    }

    [Fact]
    public void Programme_weeks_sets_the_default_end()
    {
        // programme_weeks 3 → end = 2026-01-05 + 20 = 2026-01-25, W0 = 2026-01-26.
        ParticipantOutcome o = Outcome(Contract(from: WindowAnchor.End, windowWeeks: 1, programmeWeeks: 3), Anna, [], "2026-12-31");

        Assert.Equal(D("2026-01-26"), o.Window.Start);
    }

    [Fact]
    public void Week_ending_on_as_of_is_observed()
    {
        // Week 0 = [01-05, 01-11]; as_of 01-11 → observed (and full: no spells).
        ParticipantOutcome o = Outcome(Contract(windowWeeks: 4), Anna, [], "2026-01-11");

        Assert.Equal(new WeekCounts(1, 0, 0, 3), o.Weeks);
    }

    [Fact]
    public void Week_ending_the_day_after_as_of_is_not_observed_and_never_qualifies()
    {
        // as_of 01-10: week 0 ends 01-11 > as_of → unobserved; a count-1 trigger is not met.
        Contract contract = Contract([new CountTrigger("self1", 1, SelfSupport.Full)], windowWeeks: 4);

        ParticipantOutcome o = Outcome(contract, Anna, [], "2026-01-10");

        Assert.Equal(new WeekCounts(0, 0, 0, 4), o.Weeks);
        Assert.Null(o.DateMet("self1"));
        Assert.Equal(D("2026-01-11"), Outcome(contract, Anna, [], "2026-01-11").DateMet("self1"));
    }

    [Fact]
    public void Week_with_support_exactly_at_the_partial_limit_is_partial()
    {
        // partial_max_support 0.5 → limit 7 × 0.5 = 3.5; kontanthjaelp 0.5 on all 7 days of week 0 → S_0 = 3.5 ≤ 3.5 → partial.
        ParticipantOutcome o = Outcome(Contract(windowWeeks: 1), Anna, [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-11", 0.5m)], "2026-01-11");

        Assert.Equal(new WeekCounts(0, 1, 0, 0), o.Weeks);
    }

    [Fact]
    public void Week_with_support_just_above_the_partial_limit_is_none()
    {
        // As above plus integrationsydelse 0.0001 on one day → S_0 = 3.5 + 0.0001 = 3.5001 > 3.5 → none.
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-11", 0.5m), Spell("anna", "integrationsydelse", "2026-01-08", "2026-01-08", 0.0001m)];

        ParticipantOutcome o = Outcome(Contract(windowWeeks: 1), Anna, spells, "2026-01-11");

        Assert.Equal(new WeekCounts(0, 0, 1, 0), o.Weeks);
    }

    [Fact]
    public void Week_with_no_support_at_all_is_full_and_any_support_makes_it_at_most_partial()
    {
        // Week 0: nothing → full. Week 1: 0.25 on one day (01-14) → S = 0.25, 0 < 0.25 ≤ 3.5 → partial.
        ParticipantOutcome o = Outcome(Contract(windowWeeks: 2), Anna, [Spell("anna", "kontanthjaelp", "2026-01-14", "2026-01-14", 0.25m)], "2026-01-18");

        Assert.Equal(new WeekCounts(1, 1, 0, 0), o.Weeks);
    }

    [Fact]
    public void Partial_max_support_zero_makes_every_supported_week_none()
    {
        // limit 7 × 0 = 0: S = 0.25 > 0 → none.
        ParticipantOutcome o = Outcome(Contract(windowWeeks: 1, partialMaxSupport: 0m), Anna, [Spell("anna", "kontanthjaelp", "2026-01-06", "2026-01-06", 0.25m)], "2026-01-11");

        Assert.Equal(new WeekCounts(0, 0, 1, 0), o.Weeks);
    }

    [Fact]
    public void Week_holding_a_leap_day_has_seven_days()
    {
        // Start 2028-02-24: week 0 = [02-24, 03-01] (24, 25, 26, 27, 28, 29, 1). Support on 02-29 and 03-01 only →
        // S_0 = 2 ≤ 3.5 → partial; week 1 = [03-02, 03-08] full.
        Participant leap = Person("leap", "2028-02-24");
        BenefitSpell[] spells = [Spell("leap", "kontanthjaelp", "2028-02-29", "2028-03-01")];

        ParticipantOutcome o = Outcome(Contract([new SustainedTrigger("any1", 1, SelfSupport.Partial)], windowWeeks: 2), leap, spells, "2028-03-08");

        Assert.Equal(new WeekCounts(1, 1, 0, 0), o.Weeks);
        Assert.Equal(D("2028-03-01"), o.DateMet("any1"));
    }

    [Fact]
    public void Weeks_run_across_a_year_boundary()
    {
        // Start 2026-12-28: week 0 = [2026-12-28, 2027-01-03]; support on 2027-01-01 only → S = 1 → partial.
        // A sustained 1 full_or_partial trigger is met on 2027-01-03; a full one on week 1's last day, 2027-01-10.
        Participant newYear = Person("ny", "2026-12-28");
        Contract contract = Contract([new SustainedTrigger("any1", 1, SelfSupport.Partial), new SustainedTrigger("full1", 1, SelfSupport.Full)], windowWeeks: 3);

        ParticipantOutcome o = Outcome(contract, newYear, [Spell("ny", "sygedagpenge", "2027-01-01", "2027-01-01")], "2027-01-17");

        Assert.Equal(new WeekCounts(2, 1, 0, 0), o.Weeks);
        Assert.Equal(D("2027-01-03"), o.DateMet("any1"));
        Assert.Equal(D("2027-01-10"), o.DateMet("full1"));
    }

    [Fact]
    public void Exclude_education_disqualifies_a_week_holding_an_education_day()
    {
        // Week 0 holds su on 01-07: full self-support, but with exclude_education it does not qualify.
        // count 1 full without exclusion → 01-11 (week 0); with exclusion → week 1, 01-18.
        Contract contract = Contract([new CountTrigger("plain", 1, SelfSupport.Full), new CountTrigger("noedu", 1, SelfSupport.Full, excludeEducation: true)]);

        ParticipantOutcome o = Outcome(contract, Anna, [Spell("anna", "su", "2026-01-07", "2026-01-07")], "2026-03-31");

        Assert.Equal(D("2026-01-11"), o.DateMet("plain"));
        Assert.Equal(D("2026-01-18"), o.DateMet("noedu"));
    }

    [Fact]
    public void Week_counts_add_up_to_the_windows_weeks()
    {
        // 104 weeks from Monday 2026-01-05; kontanthjælp in weeks 2 … 3; as_of 2026-03-01 (the last day of week 7):
        // weeks 0, 1, 4 … 7 full (6), weeks 2 … 3 none (2), weeks 8 … 103 unobserved (96).
        ParticipantOutcome outcome = Outcome(
            Contract([new EnrolmentTrigger("enrolled")]), Person("anna", "2026-01-05"), [Spell("anna", "kontanthjaelp", "2026-01-19", "2026-02-01")], "2026-03-01");

        Assert.Equal(new WeekCounts(6, 0, 2, 96), outcome.Weeks);
        Assert.Equal(104, outcome.Weeks.Total);
        Assert.Equal(10, new WeekCounts(1, 2, 3, 4).Total);
    }

    [Fact]
    public void Sustained_and_count_read_the_same_weeks_differently()
    {
        // kontanthjælp all of weeks 1 and 3; as_of 2026-03-01 (the last day of week 7): full weeks 0, 2, 4 … 7. N = 3:
        // count reaches 3 at week 4 (0, 2, 4); sustained first ends a run of 3 at week 6 (4, 5, 6).
        BenefitSpell[] gaps = [Spell("anna", "kontanthjaelp", "2026-01-12", "2026-01-18"), Spell("anna", "kontanthjaelp", "2026-01-26", "2026-02-01")];
        Contract contract = Contract();
        WeekTable weeks = WeekTable.Build(
            Evaluation(contract, Anna, gaps, "2026-03-01").Timeline, contract.Window.Weeks, DayNumber.Of(D("2026-03-01")), contract.PartialMaxSupport.Value, new WeekRun[contract.Window.Weeks]);
        WeekQualification full = WeekQualification.AtLeast(SelfSupport.Full, excludeEducation: false);

        Assert.Equal(4, weeks.WeekReachingCount(3, full));
        Assert.Equal(6, weeks.FirstWeekEndingRun(3, full));
        Assert.Equal(-1, weeks.FirstWeekEndingRun(5, full));
        Assert.Equal(7, weeks.WeekReachingCount(6, full));

        // From week 5 on (a prerequisite's), the run 4 … 7 counts as 5 … 7: count 2 at week 6, sustained 3 at week 7, 4 never.
        Assert.Equal(6, weeks.WeekReachingCount(2, full, fromWeek: 5));
        Assert.Equal(7, weeks.FirstWeekEndingRun(3, full, fromWeek: 5));
        Assert.Equal(-1, weeks.FirstWeekEndingRun(4, full, fromWeek: 5));
    }
}
