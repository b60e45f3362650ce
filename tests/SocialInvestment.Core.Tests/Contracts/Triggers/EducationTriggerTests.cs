using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts.Triggers;

// SPEC §6. Weeks of a participant starting 2026-01-05 (Monday, though weekdays do not matter):
// 0 [01-05, 01-11]  1 [01-12, 01-18]  2 [01-19, 01-25]  3 [01-26, 02-01]  4 [02-02, 02-08]  5 [02-09, 02-15]
// 6 [02-16, 02-22]  7 [02-23, 03-01]

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
