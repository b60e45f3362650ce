using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts.Triggers;

// SPEC §6. Weeks of a participant starting 2026-01-05 (Monday, though weekdays do not matter):
// 0 [01-05, 01-11]  1 [01-12, 01-18]  2 [01-19, 01-25]  3 [01-26, 02-01]  4 [02-02, 02-08]  5 [02-09, 02-15]
// 6 [02-16, 02-22]  7 [02-23, 03-01]

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
