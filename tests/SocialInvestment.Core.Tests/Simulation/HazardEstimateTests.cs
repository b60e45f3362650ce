using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Simulation;

/// <summary>
/// Estimating the hazards from an earlier cohort (docs/simulation.md): the state on each monthly anniversary of the
/// start, transitions counted per month since the start, censored at as_of, thin months pooled.
/// </summary>
public sealed class HazardEstimateTests
{
    // as_of 2025-06-30. On each anniversary of the start (on support where s(d) > 0):
    // a, start 2025-01-01: 01-01 on, 02-01 on, 03-01 off, 04-01 off, 05-01 on, 06-01 on (07-01 after as_of): months 1-5.
    // b, start 2025-02-15, no spells: off on 02-15 … 06-15: months 1-4.
    // c, start 2025-01-10, half support (partial counts as support) to 03-05, then SU (education, not support):
    //    01-10 on, 02-10 on, 03-10 off, 04-10 off, 05-10 off, 06-10 off: months 1-5.
    // d, start 2025-06-15: 07-15 is after as_of, not one month observed.
    // e, start 2025-03-01, only housing benefit (ignored): off on 03-01 … 06-01: months 1-3.
    private static readonly Participant[] Cohort =
    [
        Person("a", "2025-01-01"), Person("b", "2025-02-15"), Person("c", "2025-01-10"), Person("d", "2025-06-15"), Person("e", "2025-03-01"),
    ];

    private static readonly BenefitSpell[] Spells =
    [
        Spell("a", "kontanthjaelp", "2024-06-01", "2025-02-20"),
        Spell("a", "kontanthjaelp", "2025-04-10"),
        Spell("c", "kontanthjaelp", "2024-01-01", "2025-03-05", 0.5m),
        Spell("c", "su", "2025-03-06"),
        Spell("d", "kontanthjaelp", "2025-01-01"),
        Spell("e", "boligstoette", "2025-03-01"),
    ];

    [Fact]
    public void Transitions_are_counted_per_month_since_the_start_by_hand()
    {
        HazardEstimate estimate = HazardEstimate.FromCohort(Contract(), Cohort, Spells, D("2025-06-30"), minimumAtRisk: 1);

        // (on support, left, off support, returned) per month:
        // 1: a on→on, c on→on; b, e off→off                 → (2, 0, 2, 0)
        // 2: a on→off, c on→off; b, e off→off               → (2, 2, 2, 0)
        // 3: a, b, c, e off→off                             → (0, 0, 4, 0)
        // 4: a off→on; b, c off→off                         → (0, 0, 3, 1)
        // 5: a on→on; c off→off                             → (1, 0, 1, 0)
        Assert.Equal(
            [(1, 2, 0, 2, 0), (2, 2, 2, 2, 0), (3, 0, 0, 4, 0), (4, 0, 0, 3, 1), (5, 1, 0, 1, 0)],
            estimate.Months.Select(m => (m.Month, m.OnSupport, m.Left, m.OffSupport, m.Returned)));
        Assert.Equal(4, estimate.Participants);
        Assert.Equal(D("2025-06-30"), estimate.AsOf);
    }

    [Fact]
    public void Without_pooling_each_month_s_hazard_is_its_own_share_and_months_with_nobody_at_risk_join_the_next()
    {
        HazardEstimate estimate = HazardEstimate.FromCohort(Contract(), Cohort, Spells, D("2025-06-30"), minimumAtRisk: 1);

        // Leaving: 0/2, 2/2, then months 3 and 4 (nobody on support) pooled with 5: 0/1.
        Assert.Equal([0.0, 1.0, 0.0, 0.0, 0.0], estimate.Hazards.Leave);

        // Returning: 0/2, 0/2, 0/4, 1/3 = 0.333333 (6 decimals, half away from zero), 0/1.
        Assert.Equal([0.0, 0.0, 0.0, 0.333333, 0.0], estimate.Hazards.Return);
    }

    [Fact]
    public void Months_are_pooled_until_a_group_holds_the_minimum_at_risk_and_a_thin_last_group_joins_the_one_before()
    {
        HazardEstimate estimate = HazardEstimate.FromCohort(Contract(), Cohort, Spells, D("2025-06-30"), minimumAtRisk: 3);

        // Leaving, at risk 2, 2, 0, 0, 1: months 1-2 hold 4 ≥ 3 (2 left); 3-5 hold only 1, so they join: 2 / 5 = 0.4.
        Assert.Equal([0.4, 0.4, 0.4, 0.4, 0.4], estimate.Hazards.Leave);

        // Returning, at risk 2, 2, 4, 3, 1: months 1-2 (0/4), 3 (0/4), 4 (1/3), and 5 (1 at risk) joins 4: 1 / 4 = 0.25.
        Assert.Equal([0.0, 0.0, 0.0, 0.25, 0.25], estimate.Hazards.Return);
        Assert.Equal(3, estimate.MinimumAtRisk);
    }

    [Fact]
    public void The_default_minimum_at_risk_is_10()
    {
        HazardEstimate estimate = HazardEstimate.FromCohort(Contract(), Cohort, Spells, D("2025-06-30"));

        // No month holds 10 at risk, nor do all of them (leaving: 5): one group, 2 / 5; returning: 1 / 12 = 0.083333.
        Assert.Equal(10, estimate.MinimumAtRisk);
        Assert.All(estimate.Hazards.Leave, h => Assert.Equal(0.4, h));
        Assert.All(estimate.Hazards.Return, h => Assert.Equal(0.083333, h));
    }

    [Fact]
    public void Nobody_ever_at_risk_gives_a_hazard_of_0()
    {
        // Everybody on support throughout: nobody was ever off support, so nothing is known of returning.
        HazardEstimate estimate = HazardEstimate.FromCohort(
            Contract(), [Person("a", "2025-01-01")], [Spell("a", "kontanthjaelp", "2024-01-01")], D("2025-03-31"));

        Assert.Equal([0.0, 0.0], estimate.Hazards.Leave);
        Assert.Equal([0.0, 0.0], estimate.Hazards.Return);
    }

    [Fact]
    public void Days_after_as_of_are_never_used()
    {
        // The spell ends on 2025-03-15, but the data were extracted on 2025-03-10: the person is censored after month 2
        // (2025-03-01 ≤ as_of < 2025-04-01) and did not leave.
        HazardEstimate estimate = HazardEstimate.FromCohort(
            Contract(), [Person("a", "2025-01-01")], [Spell("a", "kontanthjaelp", "2024-01-01", "2025-03-15")], D("2025-03-10"), minimumAtRisk: 1);

        Assert.Equal(2, estimate.Months.Count);
        Assert.All(estimate.Months, m => Assert.Equal((1, 0), (m.OnSupport, m.Left)));
    }

    [Fact]
    public void A_cohort_with_nobody_observed_for_a_whole_month_is_an_error()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
            HazardEstimate.FromCohort(Contract(), [Person("a", "2025-06-15")], [], D("2025-06-30")));

        Assert.Contains("whole month", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_at_risk_below_1_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HazardEstimate.FromCohort(Contract(), Cohort, Spells, D("2025-06-30"), minimumAtRisk: 0));

    [Fact]
    public void An_unmapped_benefit_code_is_an_error_as_in_a_settlement() =>
        Assert.Throws<ArgumentException>(() =>
            HazardEstimate.FromCohort(Contract(), [Person("a", "2025-01-01")], [Spell("a", "ukendt", "2025-01-01")], D("2025-06-30")));
}
