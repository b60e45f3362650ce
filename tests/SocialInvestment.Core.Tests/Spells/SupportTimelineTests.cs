using System.Globalization;
using SocialInvestment.Tests.Reference;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Spells;

/// <summary>SPEC §1 and §4: the support level s(d) of a day, read off the timeline the sweep builds.</summary>
public sealed class SupportTimelineTests
{
    private static readonly Participant Anna = Person("anna", "2026-01-05");

    [Fact]
    public void Open_spell_runs_to_as_of_and_no_further()
    {
        // Open spell from 2026-01-10, as_of 2026-01-20: s = 1 on 01-10 … 01-20; nothing after as_of is covered.
        ParticipantEvaluation e = Evaluation(Contract(), Anna, [Spell("anna", "kontanthjaelp", "2026-01-10")], "2026-01-20");

        Assert.Equal(0m, LevelOn(e, "2026-01-09"));
        Assert.Equal(1m, LevelOn(e, "2026-01-10"));
        Assert.Equal(1m, LevelOn(e, "2026-01-20"));
        Assert.Equal(D("2026-01-20"), DayNumber.ToDate(e.Timeline.LastDay));
    }

    [Fact]
    public void Open_spell_classifies_the_observed_weeks_up_to_as_of()
    {
        // as_of 01-20: weeks 0 [01-05..01-11] and 1 [01-12..01-18] observed ((20 − 5 + 1) div 7 = 2), 102 unobserved.
        // Week 0: support on 01-10, 01-11 → S = 2 ≤ 3.5 → partial. Week 1: S = 7 → none.
        ParticipantOutcome o = Outcome(Contract(), Anna, [Spell("anna", "kontanthjaelp", "2026-01-10")], "2026-01-20");

        Assert.Equal(new WeekCounts(Full: 0, Partial: 1, None: 1, Unobserved: 102), o.Weeks);
    }

    [Fact]
    public void Part_of_a_closed_spell_after_as_of_is_ignored()
    {
        ParticipantEvaluation e = Evaluation(Contract(), Anna, [Spell("anna", "kontanthjaelp", "2026-01-20", "2026-12-31")], "2026-01-25");

        Assert.Equal(D("2026-01-25"), DayNumber.ToDate(e.Timeline.LastDay));
        Assert.Equal(1m, LevelOn(e, "2026-01-25"));
    }

    [Fact]
    public void Spell_starting_after_as_of_covers_no_day()
    {
        // Benefits decided for the coming months: an open and a closed spell from 02-01, as_of 01-31. Every day has s = 0,
        // so the 3 observed weeks (01-05 … 01-25) are all full.
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-02-01"), Spell("anna", "sygedagpenge", "2026-02-01", "2026-03-01")];
        ParticipantEvaluation e = Evaluation(Contract(), Anna, spells, "2026-01-31");

        Assert.All(e.Timeline.Segments.ToArray(), s => Assert.Equal(0m, s.Level));
        Assert.Equal(new WeekCounts(3, 0, 0, 101), e.Outcome.Weeks);
    }

    [Fact]
    public void Overlapping_rows_of_one_code_take_the_largest_degree_never_the_sum()
    {
        // kontanthjaelp 0.5 on 01-05 … 01-11 and 0.75 on 01-08 … 01-14: s(01-06) = 0.5, s(01-09) = max(0.5, 0.75) = 0.75
        // (a sum would give 1), s(01-13) = 0.75.
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-11", 0.5m), Spell("anna", "kontanthjaelp", "2026-01-08", "2026-01-14", 0.75m)];
        ParticipantEvaluation e = Evaluation(Contract(), Anna, spells, "2026-01-31");

        Assert.Equal(0.5m, LevelOn(e, "2026-01-06"));
        Assert.Equal(0.75m, LevelOn(e, "2026-01-09"));
        Assert.Equal(0.75m, LevelOn(e, "2026-01-13"));
    }

    [Fact]
    public void Repeated_rows_of_one_code_do_not_push_a_partial_week_to_none()
    {
        // partial_max_support 0.25 → limit 7 × 0.25 = 1.75. Two rows of kontanthjaelp at 0.25 over week 0:
        // S_0 = 7 × max(0.25, 0.25) = 1.75 → partial (a sum, 3.5, would make it none).
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-11", 0.25m), Spell("anna", "kontanthjaelp", "2026-01-01", "2026-01-11", 0.25m)];
        ParticipantOutcome o = Outcome(Contract(partialMaxSupport: 0.25m), Anna, spells, "2026-01-11");

        Assert.Equal(new WeekCounts(0, 1, 0, 103), o.Weeks);
    }

    [Fact]
    public void Different_support_codes_add_up_and_are_capped_at_one()
    {
        // 01-05 … 01-07: kontanthjaelp 0.75 + sygedagpenge 0.5 = 1.25 → min(1, 1.25) = 1.
        // 01-08: kontanthjaelp 0.25 + integrationsydelse 0.5 = 0.75.
        BenefitSpell[] spells =
        [
            Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-07", 0.75m),
            Spell("anna", "sygedagpenge", "2026-01-05", "2026-01-07", 0.5m),
            Spell("anna", "kontanthjaelp", "2026-01-08", "2026-01-08", 0.25m),
            Spell("anna", "integrationsydelse", "2026-01-08", "2026-01-08", 0.5m),
        ];
        ParticipantEvaluation e = Evaluation(Contract(), Anna, spells, "2026-01-31");

        Assert.Equal(1m, LevelOn(e, "2026-01-06"));
        Assert.Equal(0.75m, LevelOn(e, "2026-01-08"));
        Assert.Equal(0m, LevelOn(e, "2026-01-09"));
    }

    [Fact]
    public void Education_spell_marks_education_days_and_is_not_support()
    {
        ParticipantEvaluation e = Evaluation(Contract(), Anna, [Spell("anna", "su", "2026-01-07", "2026-01-08")], "2026-01-31");

        Assert.True(EducationOn(e, "2026-01-07"));
        Assert.False(EducationOn(e, "2026-01-09"));
        Assert.Equal(0m, LevelOn(e, "2026-01-07"));
    }

    [Fact]
    public void Ignore_class_codes_change_nothing()
    {
        // boligstoette is mapped to ignore: the settlement with it equals the settlement without it.
        Contract contract = Contract(
            [new EnrolmentTrigger("enrolled"), new CountTrigger("self", 2, SelfSupport.Full)],
            [new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m))],
            monthlyCost: new MonthlyCost(15000m, 2026));
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-12", "2026-01-20")];
        BenefitSpell[] withIgnored = [.. spells, Spell("anna", "boligstoette", "2026-01-01"), Spell("anna", "boligstoette", "2026-01-05", "2026-02-10", 0.5m)];

        SettlementResult without = SocialInvestment.Settlement.Run(contract, [Anna], spells, [], D("2026-03-31"));
        SettlementResult with = SocialInvestment.Settlement.Run(contract, [Anna], withIgnored, [], D("2026-03-31"));

        Assert.Equal(without.Lines.Select(l => l.ToString()), with.Lines.Select(l => l.ToString()));
        Assert.Equal(without.Outcomes[0].Weeks, with.Outcomes[0].Weeks);
        Assert.Equal(without.GrossSaving, with.GrossSaving);
    }

    [Fact]
    public void Unknown_benefits_support_counts_each_unmapped_code_on_its_own()
    {
        // "ukendt1" 0.5 and "ukendt2" 0.75 on 01-05: two codes → min(1, 0.5 + 0.75) = 1.
        // "ukendt1" 0.5 twice on 01-06 (overlapping rows of one code) → 0.5.
        BenefitSpell[] spells =
        [
            Spell("anna", "ukendt1", "2026-01-05", "2026-01-06", 0.5m),
            Spell("anna", "ukendt2", "2026-01-05", "2026-01-05", 0.75m),
            Spell("anna", "ukendt1", "2026-01-06", "2026-01-06", 0.5m),
        ];
        ParticipantEvaluation e = Evaluation(Contract(unknownBenefits: BenefitClass.Support), Anna, spells, "2026-01-31");

        Assert.Equal(1m, LevelOn(e, "2026-01-05"));
        Assert.Equal(0.5m, LevelOn(e, "2026-01-06"));
    }

    [Fact]
    public void Unknown_benefits_ignore_reads_unmapped_codes_as_nothing()
    {
        BenefitSpell[] spells = [Spell("anna", "ukendt1", "2026-01-05", "2026-01-06", 0.5m), Spell("anna", "ukendt2", "2026-01-05")];
        ParticipantEvaluation e = Evaluation(Contract(unknownBenefits: BenefitClass.Ignore), Anna, spells, "2026-01-31");

        Assert.All(e.Timeline.Segments.ToArray(), s => Assert.Equal(0m, s.Level));
    }

    [Fact]
    public void Unknown_benefits_never_override_a_mapped_code()
    {
        // su is mapped to education: with unknown_benefits = support it is still education, not support.
        ParticipantEvaluation e = Evaluation(Contract(unknownBenefits: BenefitClass.Support), Anna, [Spell("anna", "su", "2026-01-05", "2026-01-06")], "2026-01-31");

        Assert.Equal(0m, LevelOn(e, "2026-01-05"));
        Assert.True(EducationOn(e, "2026-01-05"));
    }

    [Fact]
    public void Codes_compare_exactly_letter_case_included()
    {
        // "Kontanthjaelp" is not "kontanthjaelp": under unknown_benefits = ignore it counts for nothing.
        ParticipantEvaluation e = Evaluation(Contract(unknownBenefits: BenefitClass.Ignore), Anna, [Spell("anna", "Kontanthjaelp", "2026-01-05")], "2026-01-31");

        Assert.Equal(0m, LevelOn(e, "2026-01-05"));
    }

    [Fact]
    public void Rows_that_meet_at_the_same_level_make_one_segment()
    {
        // kontanthjaelp 01-05 … 01-10 and 01-11 … 01-20: s = 1 on every day, one segment, not two.
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-10"), Spell("anna", "kontanthjaelp", "2026-01-11", "2026-01-20")];
        ParticipantEvaluation e = Evaluation(Contract(), Anna, spells, "2026-01-31");

        Assert.Equal(
            [new SupportSegment(DayNumber.Of(D("2026-01-05")), DayNumber.Of(D("2026-01-20")), 1m, false), new SupportSegment(DayNumber.Of(D("2026-01-21")), DayNumber.Of(D("2026-01-31")), 0m, false)],
            e.Timeline.Segments.ToArray());
    }

    [Fact]
    public void A_settlement_keeps_a_timeline_of_hundreds_of_segments_whole()
    {
        // Support on every other day of the first 200: 100 one-day segments of support and 100 without (the last runs to
        // as_of), 200 segments: more than the settlement's reused space holds at first (64), and more than
        // twice that. Anna's gross saving must be the reference's, and so must Bo's after her.
        var spells = new List<BenefitSpell>();
        for (int d = 0; d < 200; d += 2)
        {
            string day = D("2026-01-05").PlusDays(d).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            spells.Add(Spell("anna", "kontanthjaelp", day, day));
        }

        spells.Add(Spell("bo", "kontanthjaelp", "2026-01-05", "2026-02-15"));
        Contract contract = Contract(monthlyCost: new MonthlyCost(15000m, 2026));
        Participant[] people = [Anna, Person("bo", "2026-01-05")];

        SettlementResult result = SocialInvestment.Settlement.Run(contract, people, spells, [], D("2026-12-31"));
        NaiveResult naive = NaiveSettlement.Run(contract, people, spells, [], D("2026-12-31"), []);

        Assert.Equal(200, Evaluation(contract, Anna, spells.Where(s => s.ParticipantId == P("anna")), "2026-12-31").Timeline.Segments.Length);
        Assert.Equal(naive.Participants.Single(p => p.Id == "anna").Gross, result.GrossSavings[P("anna")].Amount);
        Assert.Equal(naive.Participants.Single(p => p.Id == "bo").Gross, result.GrossSavings[P("bo")].Amount);
    }
}
