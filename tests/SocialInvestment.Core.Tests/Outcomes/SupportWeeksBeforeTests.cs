using SocialInvestment.Tests.Settlement;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Outcomes;

/// <summary>
/// SPEC-DK DK5 in the outcomes: each participant's count c₀ of weeks on support at the window start and the municipal
/// share m in the window's first week, where the contract has a municipal share.
/// </summary>
public sealed class SupportWeeksBeforeTests
{
    [Fact]
    public void The_outcomes_of_public_dk_1_give_the_READMEs_counts_and_first_week_shares()
    {
        // P1: 2026-W07..W09 → c0 = 3, c* = 4 in Mar 2–8 → 0.2. P2: no history → 0, c* = 1 → 0.2.
        // P3: 52 weeks, 60 without (reset), W09 → 1, c* = 2 → 0.2. P4: 52, 51 without (no reset), 10 → 62, c* = 63 → 0.8.
        IReadOnlyList<ParticipantOutcome> outcomes = SocialInvestment.Outcomes.Evaluate(PublicDk1Case.Contract(MunicipalShare.Dk2016), PublicDk1Case.People(), PublicDk1Case.Spells(), [], PublicDk1Case.AsOf);

        Assert.Equal(
            [("P1", 3, 0.2m), ("P2", 0, 0.2m), ("P3", 1, 0.2m), ("P4", 62, 0.8m)],
            outcomes.Select(o => (o.ParticipantId.Value, o.SupportWeeksBefore!.Value, o.MunicipalShareInFirstWeek!.Value.Value)));
    }

    [Fact]
    public void The_settlements_outcomes_carry_the_same_counts_as_the_outcomes_alone()
    {
        SettlementResult r = PublicDk1Case.Settle(MunicipalShare.Dk2016);
        IReadOnlyList<ParticipantOutcome> alone = SocialInvestment.Outcomes.Evaluate(PublicDk1Case.Contract(MunicipalShare.Dk2016), PublicDk1Case.People(), PublicDk1Case.Spells(), [], PublicDk1Case.AsOf);

        Assert.Equal([3, 0, 1, 62], r.Outcomes.Select(o => o.SupportWeeksBefore!.Value));
        Assert.Equal(alone.Select(o => (o.SupportWeeksBefore, o.MunicipalShareInFirstWeek)), r.Outcomes.Select(o => (o.SupportWeeksBefore, o.MunicipalShareInFirstWeek)));
    }

    [Fact]
    public void Under_a_constant_share_the_count_is_still_the_history_and_the_share_is_the_constant()
    {
        IReadOnlyList<ParticipantOutcome> outcomes = SocialInvestment.Outcomes.Evaluate(
            PublicDk1Case.Contract(MunicipalShare.Constant(Share.FromDecimal(0.5m))), PublicDk1Case.People(), PublicDk1Case.Spells(), [], PublicDk1Case.AsOf);

        Assert.Equal([(3, 0.5m), (0, 0.5m), (1, 0.5m), (62, 0.5m)], outcomes.Select(o => (o.SupportWeeksBefore!.Value, o.MunicipalShareInFirstWeek!.Value.Value)));
    }

    [Fact]
    public void A_count_that_reaches_a_step_at_the_window_start_takes_that_steps_share()
    {
        // 4 support weeks (2026-W06..W09) before a window from Mon Mar 2: c0 = 4, so c* = 5 in the first week → 0.6.
        IReadOnlyList<ParticipantOutcome> outcomes = SocialInvestment.Outcomes.Evaluate(
            PublicDk1Case.Contract(MunicipalShare.Dk2016), [Person("a", "2026-03-02")], [Spell("a", PublicDk1Case.Support, "2026-02-02", "2026-03-01")], [], PublicDk1Case.AsOf);

        Assert.Equal((4, 0.6m), (outcomes[0].SupportWeeksBefore!.Value, outcomes[0].MunicipalShareInFirstWeek!.Value.Value));
    }

    [Fact]
    public void Without_a_municipal_share_there_is_no_count_and_no_share()
    {
        IReadOnlyList<ParticipantOutcome> outcomes = SocialInvestment.Outcomes.Evaluate(
            PublicDk1Case.Contract(null, [new EnrolmentTrigger("enrolled")], "enrolled"), PublicDk1Case.People(), PublicDk1Case.Spells(), [], PublicDk1Case.AsOf);

        Assert.All(outcomes, o => Assert.Null(o.SupportWeeksBefore));
        Assert.All(outcomes, o => Assert.Null(o.MunicipalShareInFirstWeek));
    }
}
