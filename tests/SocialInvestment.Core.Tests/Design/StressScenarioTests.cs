using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Tests.Settlement;
using static SocialInvestment.Tests.Design.ExactEvaluationTests;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Design;

/// <summary>
/// The stress of a design (docs/design.md, "Under stress"): each month's hazard of leaving support times the leaving
/// factor (halved by default), the hazard of returning unchanged, and the intake times the intake factor (0.7 by
/// default) parted over the months by largest remainders; planned persons kept at positions ⌊i·n/k⌋ of each month.
/// </summary>
public sealed class StressScenarioTests
{
    private static readonly LocalDate Horizon = D("2027-06-30");

    [Fact]
    public void The_default_halves_each_months_hazard_of_leaving_and_keeps_the_hazard_of_returning()
    {
        var hazards = new Hazards([0.08, 0.2, 1.0, 0.0, 0.06], [0.02, 0.03, 0.5, 1.0, 0.01]);

        Hazards stressed = StressScenario.Default.Apply(hazards);

        // Halving a double only lowers its exponent: 0.08 × 0.5 is the double nearest 0.04, exactly.
        Assert.Equal([0.04, 0.1, 0.5, 0.0, 0.03], stressed.Leave);
        Assert.Equal(hazards.Return, stressed.Return);
        Assert.Equal((0.5, 0.7m), (StressScenario.Default.LeavingFactor, StressScenario.Default.IntakeFactor));
        Assert.Equal(0.03, stressed.LeaveIn(9)); // later months take the last month's, stressed too
    }

    [Fact]
    public void Another_leaving_factor_multiplies_each_month_once_and_never_raises_a_hazard()
    {
        var hazards = new Hazards([0.08, 0.2, 1.0], [0.02, 0.03, 0.5]);

        Hazards stressed = new StressScenario(0.3, 1m).Apply(hazards);

        Assert.Equal([0.08 * 0.3, 0.2 * 0.3, 0.3], stressed.Leave);
        Assert.All(stressed.Leave.Zip(hazards.Leave), p => Assert.True(p.First <= p.Second));
        Assert.Equal([0.0, 0.0, 0.0], new StressScenario(0, 1m).Apply(hazards).Leave);
        Assert.Equal(hazards.Leave, new StressScenario(1, 1m).Apply(hazards).Leave);
    }

    [Theory]
    [InlineData(new[] { 40 }, "0.7", new[] { 28 })]
    [InlineData(new[] { 20, 20 }, "0.7", new[] { 14, 14 })]
    [InlineData(new[] { 5 }, "0.7", new[] { 4 })] // 3.5 rounds half away from zero
    [InlineData(new[] { 10, 5, 3 }, "0.7", new[] { 7, 4, 2 })] // 7 + 3 + 2 = 12 of 12.6 → 13: the left-over person to 3.5's month
    [InlineData(new[] { 3, 3 }, "0.5", new[] { 2, 1 })] // equal remainders: the earlier month
    [InlineData(new[] { 1 }, "0.3", new[] { 1 })] // 0.3 rounds to 0: at least one person
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, "0.7", new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0 })] // 8.4 → 8, not twelve 0.7s rounded to 1
    [InlineData(new[] { 7, 9 }, "1", new[] { 7, 9 })]
    public void The_intake_is_parted_over_the_months_by_largest_remainders(int[] counts, string factor, int[] expected)
    {
        Assert.Equal(expected, StressScenario.Kept(counts, decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static readonly Arbitrary<(int[] Counts, decimal Factor)> Intakes =
        (from counts in Gen.Choose(1, 1000).ArrayOf().Where(a => a.Length is > 0 and <= 40)
         from hundredths in Gen.Choose(1, 100)
         select (counts, hundredths / 100m))
        .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Each_month_keeps_less_than_one_person_from_its_share_and_the_total_is_the_rounded_total() => Prop.ForAll(Intakes, x =>
    {
        int[] kept = StressScenario.Kept(x.Counts, x.Factor);

        Assert.Equal(x.Counts.Length, kept.Length);
        for (int m = 0; m < kept.Length; m++)
        {
            Assert.InRange(kept[m], 0, x.Counts[m]);
            Assert.True(Math.Abs(kept[m] - (x.Counts[m] * x.Factor)) < 1m);
        }

        long total = Math.Max(1, (long)decimal.Round(x.Counts.Sum() * x.Factor, MidpointRounding.AwayFromZero));
        Assert.Equal(total, kept.Sum());
        Assert.True(Math.Abs(kept.Sum() - (x.Counts.Sum() * x.Factor)) <= 0.5m || kept.Sum() == 1);
        Assert.Equal(kept, StressScenario.Kept(x.Counts, x.Factor));
    });

    [Fact]
    public void An_intake_plan_keeps_its_months_cohorts_and_horizon_and_starts_the_kept_persons_as_an_intake()
    {
        var plan = new CohortPlan(
            [new Intake(new YearMonth(2026, 1), 10, "A"), new Intake(new YearMonth(2026, 2), 5, "B"), new Intake(new YearMonth(2026, 3), 3)],
            Horizon);

        CohortPlan stressed = StressScenario.Default.Apply(plan);

        Assert.Equal(
            [(new YearMonth(2026, 1), 7, "A"), (new YearMonth(2026, 2), 4, "B"), (new YearMonth(2026, 3), 2, (string?)null)],
            stressed.Intakes.Select(i => (i.Month, i.Participants, i.Cohort)));
        Assert.Equal(Horizon, stressed.Horizon);

        // Seven in January start on days 1 + ⌊j × 31 / 7⌋: 1, 5, 9, 14, 18, 23, 27.
        Assert.Equal([1, 5, 9, 14, 18, 23, 27], stressed.Participants.Take(7).Select(p => p.Start.Day));
        Assert.Null(stressed.SupportWeeksBefore);
        Assert.Null(stressed.DrawnFrom);
    }

    [Fact]
    public void A_month_left_with_nobody_is_left_out_and_an_earlier_cohort_is_still_drawn_from()
    {
        EarlierCohort earlier = EarlierCohort.Of(PublicDk1Case.Contract(MunicipalShare.Dk2016), PublicDk1Case.People(), PublicDk1Case.Spells(), PublicDk1Case.AsOf);
        var plan = new CohortPlan(Enumerable.Range(1, 12).Select(m => new Intake(new YearMonth(2026, m), 1)), D("2026-12-31")).DrawingFrom(earlier);

        CohortPlan stressed = StressScenario.Default.Apply(plan);

        Assert.Equal(Enumerable.Range(1, 8).Select(m => new YearMonth(2026, m)), stressed.Intakes.Select(i => i.Month));
        Assert.Same(earlier, stressed.DrawnFrom);
    }

    [Fact]
    public void A_planned_cohort_keeps_the_persons_at_even_positions_of_each_month_with_their_own_figures()
    {
        // January: ten persons, c₀ 0 … 9, costs 10,000 … 10,009, given in that order; 7 kept at ⌊i × 10 / 7⌋ = 0, 1, 2,
        // 4, 5, 7, 8. February: five, 4 kept at ⌊i × 5 / 4⌋ = 0, 1, 2, 3. March: three, 2 kept at 0 and ⌊3 / 2⌋ = 1.
        var january = Enumerable.Range(0, 10).Select(i => new PlannedParticipant(new YearMonth(2026, 1), i, 10_000m + i, $"K{i}")).ToArray();
        var february = Enumerable.Range(0, 5).Select(i => new PlannedParticipant(new YearMonth(2026, 2), 20 + i, start: new LocalDate(2026, 2, 1 + (5 * i)))).ToArray();
        var march = Enumerable.Range(0, 3).Select(i => new PlannedParticipant(new YearMonth(2026, 3), 30 + i)).ToArray();
        CohortPlan plan = CohortPlan.FromPlanned([.. march, .. january, .. february], Horizon);

        CohortPlan stressed = StressScenario.Default.Apply(plan);

        Assert.Equal([0, 1, 2, 4, 5, 7, 8, 20, 21, 22, 23, 30, 31], stressed.SupportWeeksBefore);
        Assert.Equal(
            new decimal?[] { 10_000m, 10_001m, 10_002m, 10_004m, 10_005m, 10_007m, 10_008m, null, null, null, null, null, null },
            stressed.Participants.Select(p => p.MonthlyCost));
        Assert.Equal("K7", stressed.Participants[5].Municipality);

        // Each keeps the start day the plan gave them: January's ten were spread as 1 + ⌊j × 31 / 10⌋, February's given.
        Assert.Equal(plan.Participants[7].Start, stressed.Participants[5].Start);
        Assert.Equal([1, 6, 11, 16], stressed.Participants.Skip(7).Take(4).Select(p => p.Start.Day));
        Assert.Equal([7, 4, 2], stressed.Intakes.Select(i => i.Participants));
    }

    [Fact]
    public void No_stress_leaves_the_plan_and_the_evaluation_as_they_are()
    {
        var none = new StressScenario(1, 1m);
        Contract contract = KvinderIJob(MunicipalShare.Dk2016);

        ExactEvaluation plain = ExactEvaluation.Of(contract, Twenty, Varying, runs: 20, seed: 5, Cohort);
        ExactEvaluation unstressed = ExactEvaluation.UnderStress(none, contract, Twenty, Varying, runs: 20, seed: 5, Cohort);

        Assert.Equal(plain.Runs, unstressed.Runs);
        Assert.Equal(Twenty.Participants.Select(p => (p.Id, p.Start, p.MonthlyCost)), none.Apply(Twenty).Participants.Select(p => (p.Id, p.Start, p.MonthlyCost)));
        Assert.Equal(Twenty.SupportWeeksBefore, none.Apply(Twenty).SupportWeeksBefore);
    }

    [Fact]
    public void Under_stress_is_the_evaluation_of_the_stressed_plan_and_hazards_with_the_same_runs_and_seed()
    {
        Contract contract = KvinderIJob();

        ExactEvaluation stressed = ExactEvaluation.UnderStress(StressScenario.Default, contract, Twenty, Varying, runs: 20, seed: 5, Cohort);
        ExactEvaluation byHand = ExactEvaluation.Of(contract, StressScenario.Default.Apply(Twenty), new Hazards([0.025, 0.05, 0.075], [0.02, 0.04, 0.04]), runs: 20, seed: 5, Cohort);

        Assert.Equal(byHand.Runs, stressed.Runs);
        Assert.Equal(20, stressed.Runs.Count);
    }

    [Fact]
    public void Under_stress_a_fixed_price_contract_pays_less_and_the_cohort_saves_less_in_the_mean_over_200_runs()
    {
        // 40 in January, a 10,000 fee on enrolment and a 40,000 bonus after 13 weeks off support. Under the default stress
        // 28 enrol, so the fees alone fall by 120,000; with the intake as it is, halving the hazard of leaving alone pays
        // fewer bonuses and saves fewer days. Asserted on the means of 200 runs with one seed (a run of the stress is not
        // paired with the same run unstressed, nor is a chain with half the hazard below the other in every run).
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 1), 40)], D("2027-06-30"));
        var hazards = new Hazards([0.05, 0.1, 0.15], [0.02, 0.04, 0.04]);
        Contract contract = FeeAndBonus(10_000m, 40_000m);

        ExactEvaluation plain = ExactEvaluation.Of(contract, plan, hazards, runs: 200, seed: 2026, FortyThousandOnJanuary1);
        ExactEvaluation stressed = ExactEvaluation.UnderStress(StressScenario.Default, contract, plan, hazards, runs: 200, seed: 2026, FortyThousandOnJanuary1);
        ExactEvaluation slower = ExactEvaluation.UnderStress(new StressScenario(0.5, 1m), contract, plan, hazards, runs: 200, seed: 2026, FortyThousandOnJanuary1);

        Assert.True(Mean(stressed, r => r.Payments) < Mean(plain, r => r.Payments));
        Assert.True(Mean(slower, r => r.Payments) < Mean(plain, r => r.Payments));
        Assert.True(Mean(slower, r => r.NetSaving + r.Payments) < Mean(plain, r => r.NetSaving + r.Payments), "fewer leave support, so fewer days are saved");
        Assert.True(stressed.Measures[DesignMeasure.TotalPaymentsP50] < plain.Measures[DesignMeasure.TotalPaymentsP50]);
        Assert.All(stressed.Runs, r => Assert.True(r.Payments >= M(280_000m), "every one of the 28 enrols and is paid the fee"));
    }

    [Theory]
    [InlineData(-0.1, "0.7", "leavingFactor")]
    [InlineData(1.1, "0.7", "leavingFactor")]
    [InlineData(double.NaN, "0.7", "leavingFactor")]
    [InlineData(double.PositiveInfinity, "0.7", "leavingFactor")]
    [InlineData(0.5, "0", "intakeFactor")]
    [InlineData(0.5, "-0.5", "intakeFactor")]
    [InlineData(0.5, "1.01", "intakeFactor")]
    public void A_factor_out_of_its_range_is_refused(double leaving, string intake, string parameter)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new StressScenario(leaving, decimal.Parse(intake, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(parameter, thrown.ParamName);
    }

    [Fact]
    public void The_ends_of_the_ranges_are_accepted()
    {
        Assert.Equal((0.0, 0.01m), (new StressScenario(0, 0.01m).LeavingFactor, new StressScenario(0, 0.01m).IntakeFactor));
        Assert.Equal((1.0, 1m), (new StressScenario(1, 1m).LeavingFactor, new StressScenario(1, 1m).IntakeFactor));
    }

    private static decimal Mean(ExactEvaluation evaluation, Func<DesignRun, Money> figure) => evaluation.Runs.Sum(r => figure(r).Amount) / evaluation.Runs.Count;
}
