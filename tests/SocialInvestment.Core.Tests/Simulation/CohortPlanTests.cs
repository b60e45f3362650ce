using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Simulation;

/// <summary>The planned cohort: starts spread evenly over each intake month, ids by intake, and what a plan may not be.</summary>
public sealed class CohortPlanTests
{
    [Fact]
    public void Starts_spread_evenly_over_the_intake_month()
    {
        // January has 31 days; participant j of 4 starts on day 1 + ⌊31j / 4⌋: 1, 8, 16, 24.
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 1), 4)], D("2026-12-31"));

        Assert.Equal([D("2026-01-01"), D("2026-01-08"), D("2026-01-16"), D("2026-01-24")], plan.Participants.Select(p => p.Start));
        Assert.Equal(["2026-01-0001", "2026-01-0002", "2026-01-0003", "2026-01-0004"], plan.Participants.Select(p => p.Id.Value));
    }

    [Fact]
    public void A_single_participant_starts_on_the_first_and_everybody_completes()
    {
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 2), 1, cohort: "h1")], D("2026-12-31"));

        Participant only = Assert.Single(plan.Participants);
        Assert.Equal(D("2026-02-01"), only.Start);
        Assert.True(only.Completed);
        Assert.Null(only.End);
        Assert.Equal("h1", only.Cohort);
    }

    [Fact]
    public void Intakes_are_kept_in_month_order()
    {
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 3), 1), new Intake(new YearMonth(2026, 1), 2)], D("2026-12-31"));

        Assert.Equal(new YearMonth(2026, 1), plan.FirstMonth);
        Assert.Equal(["2026-01-0001", "2026-01-0002", "2026-03-0001"], plan.Participants.Select(p => p.Id.Value));
    }

    [Fact]
    public void A_plan_needs_an_intake_one_per_month_and_none_after_the_horizon()
    {
        Assert.Throws<ArgumentException>(() => new CohortPlan([], D("2026-12-31")));
        Assert.Throws<ArgumentException>(() => new CohortPlan([new Intake(new YearMonth(2026, 1), 1), new Intake(new YearMonth(2026, 1), 2)], D("2026-12-31")));
        ArgumentException late = Assert.Throws<ArgumentException>(() => new CohortPlan([new Intake(new YearMonth(2027, 1), 1)], D("2026-12-31")));
        Assert.Contains("2027-01", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intake_holds_1_to_a_million_participants()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Intake(new YearMonth(2026, 1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Intake(new YearMonth(2026, 1), Intake.MaxParticipants + 1));
        Assert.Throws<ArgumentException>(() => new Intake(new YearMonth(2026, 1), 1, cohort: string.Empty));
    }
}
