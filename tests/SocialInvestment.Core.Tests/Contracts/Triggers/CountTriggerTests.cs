using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts.Triggers;

// SPEC §6. Weeks of a participant starting 2026-01-05 (Monday, though weekdays do not matter):
// 0 [01-05, 01-11]  1 [01-12, 01-18]  2 [01-19, 01-25]  3 [01-26, 02-01]  4 [02-02, 02-08]  5 [02-09, 02-15]
// 6 [02-16, 02-22]  7 [02-23, 03-01]

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
