using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Tests.Settlement;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Simulation;

/// <summary>
/// The projection of the municipal saving (docs/simulation.md, "The municipal saving"): each simulated person's c₀ given
/// to the real settlement as a history of exactly c₀ support weeks, worked by hand for a constant share and dk_2016, and
/// the draw from an earlier cohort reproducible on any number of cores without changing the spells drawn.
/// </summary>
public sealed class MunicipalSimulationTests
{
    private const string Support = "integrationsydelse";

    /// <summary>A contract that pays the municipality's saving, and one that pays half the gross saving after 13 weeks off support.</summary>
    private static Contract Danish(MunicipalShare? share) =>
        new(
            "municipal projection",
            new ObservationWindow(WindowAnchor.Start, 104),
            [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", 13, SelfSupport.Full)],
            share is null
                ? [new ShareOfSavingsPayment("gross", "job13", Share.FromDecimal(0.5m))]
                : [new ShareOfSavingsPayment("muni", "enrolled", Share.FromDecimal(1m)) { Of = SavingsBase.Municipality }, new ShareOfSavingsPayment("gross", "job13", Share.FromDecimal(0.5m))],
            Benefits,
            new MonthlyCost(31000m, 2026),
            programmeWeeks: 4)
        {
            MunicipalShare = share,
        };

    private static CohortPlan OnePlanned(int weeksBefore, string start = "2026-01-05", string horizon = "2026-03-31", decimal? monthlyCost = null) =>
        CohortPlan.FromPlanned([new PlannedParticipant(D(start).ToYearMonth(), weeksBefore, monthlyCost, start: D(start))], D(horizon));

    private static IEnumerable<(string Month, decimal Gross, decimal Municipal, decimal State)> Medians(SimulationResult result) =>
        result.Months.Select(m => (CohortPlan.Format(m.Month), m.Savings.P50.Amount, m.MunicipalSavings!.P50.Amount, m.StateSavings!.P50.Amount));

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(26)]
    [InlineData(52)]
    [InlineData(200)]
    public void The_history_given_to_a_simulated_person_makes_the_settlements_count_exactly_c0(int weeks)
    {
        foreach (string start in new[] { "2026-01-05", "2026-01-07", "2026-01-11", "2027-03-01" })
        {
            Assert.Equal(weeks, CountOf(weeks, D(start)));
        }
    }

    [Property(MaxTest = 200)]
    public Property The_history_makes_the_count_c0_for_any_c0_and_start_day() =>
        Prop.ForAll(
            Gen.Choose(0, 400).ToArbitrary(),
            Gen.Choose(0, 3000).ToArbitrary(),
            (weeks, day) => CountOf(weeks, new LocalDate(2020, 1, 1).PlusDays(day)) == weeks);

    [Fact]
    public void The_history_before_the_start_changes_no_trigger_no_gross_line_and_no_gross_saving()
    {
        // The same drawn spells with c0 = 0 and c0 = 80: the history lies before the start's week, so job13, the half of
        // the gross saving it gates and the gross saving are the same; only the municipal saving grows (0.8 from week 53).
        Contract contract = Danish(MunicipalShare.Dk2016);
        SimulationResult none = SocialInvestment.Simulation.Run(contract, OnePlanned(0, horizon: "2026-12-31"), Hazards.Constant(0.3, 0.2), runs: 30, seed: 5);
        SimulationResult long_ = SocialInvestment.Simulation.Run(contract, OnePlanned(80, horizon: "2026-12-31"), Hazards.Constant(0.3, 0.2), runs: 30, seed: 5);

        Assert.Equal(none.SavingsByRun, long_.SavingsByRun);
        Assert.Equal(none.Months.Select(m => m.Savings.P50), long_.Months.Select(m => m.Savings.P50));
        SettlementResult without = Settle(contract, 0);
        SettlementResult with = Settle(contract, 80);
        Assert.Equal(without.Outcomes.SelectMany(o => o.MetOn.OrderBy(t => t.Key, StringComparer.Ordinal)), with.Outcomes.SelectMany(o => o.MetOn.OrderBy(t => t.Key, StringComparer.Ordinal)));
        Assert.Equal(D("2026-05-17"), with.Outcomes[0].DateMet("job13"));
        Assert.Equal(without.Outcomes[0].Weeks, with.Outcomes[0].Weeks);
        Assert.Equal(
            without.Lines.Where(l => l.Payment == "gross").Select(l => (l.Date, l.Amount)),
            with.Lines.Where(l => l.Payment == "gross").Select(l => (l.Date, l.Amount)));
        Assert.Equal(without.GrossSaving, with.GrossSaving);
        Assert.True(with.MunicipalSaving > without.MunicipalSaving);
    }

    [Fact]
    public void A_constant_share_of_0_6_projects_0_6_of_the_gross_saving_each_month()
    {
        // Start 2026-01-05, off support from 01-20 for good (leave = 1): January 12 days × 1,000 = 12,000.00 gross, then
        // 31,000.00 a month. Municipal: 0.6 × 12,000 = 7,200.00, then 18,600.00; state 4,800.00, then 12,400.00. A constant
        // share needs no c0: an intake plan will do, and the person starts on day 1 + 0 = 2026-01-01 there, so here a planned start.
        Contract contract = Danish(MunicipalShare.Constant(Share.FromDecimal(0.6m)));
        SimulationResult result = SocialInvestment.Simulation.Run(contract, OnePlanned(0), Hazards.Constant(1, 0), runs: 1, seed: 1);

        Assert.Equal(
            [("2026-01", 12_000m, 7_200m, 4_800m), ("2026-02", 31_000m, 18_600m, 12_400m), ("2026-03", 31_000m, 18_600m, 12_400m)],
            Medians(result));
        Assert.Equal((M(44_400m), M(29_600m)), (result.TotalMunicipalSavings!.P50, result.TotalStateSavings!.P50));
        Assert.Equal(M(74_000m), result.TotalSavings.P50);
    }

    [Fact]
    public void Dk_2016_from_c0_0_gives_0_2_for_the_first_four_weeks_then_0_6()
    {
        // c0 = 0: weeks 1–4 (Jan 5 – Feb 1) at 0.2, weeks 5–26 (from Feb 2) at 0.6. Off support from Jan 20.
        // January: 12 days × 1,000 × 0.2 = 2,400.00. February (1,107.142857… a day): Feb 1 at 0.2, Feb 2–28 at 0.6:
        // 31,000 × (0.2 + 27 × 0.6) / 28 = 31,000 × 16.4 / 28 = 18,157.142857…; March 31 days at 0.6 = 18,600.
        // Rounded once, 39,157.142857… → 39,157.14, parted by running totals: 2,400.00, 18,157.14, 18,600.00.
        SimulationResult result = SocialInvestment.Simulation.Run(Danish(MunicipalShare.Dk2016), OnePlanned(0), Hazards.Constant(1, 0), runs: 1, seed: 1);

        Assert.Equal(
            [("2026-01", 12_000m, 2_400m, 9_600m), ("2026-02", 31_000m, 18_157.14m, 12_842.86m), ("2026-03", 31_000m, 18_600m, 12_400m)],
            Medians(result));

        // The municipal payment pays the municipal saving month by month.
        Assert.Equal([2_400m, 18_157.14m, 18_600m], result.Months.Select(m => m.Payments.P50.Amount));
    }

    [Theory]
    [InlineData(3, 7_200, 18_600, 18_600)] // c* = 4 in the start's week (0.2), 5 from Jan 12: every self-supported day at 0.6.
    [InlineData(52, 9_600, 24_800, 24_800)] // c* = 53 from the start: 0.8 throughout.
    public void Dk_2016_with_weeks_on_support_before_the_start_starts_higher_on_the_staircase(int weeks, int january, int february, int march)
    {
        SimulationResult result = SocialInvestment.Simulation.Run(Danish(MunicipalShare.Dk2016), OnePlanned(weeks), Hazards.Constant(1, 0), runs: 1, seed: 1);

        Assert.Equal([(decimal)january, february, march], result.Months.Select(m => m.MunicipalSavings!.P50.Amount));
    }

    [Fact]
    public void A_planned_persons_own_monthly_cost_is_their_rate()
    {
        // 15,500 a month: January 12 days × 500 = 6,000.00 gross, then 15,500.00.
        SimulationResult result = SocialInvestment.Simulation.Run(Danish(MunicipalShare.Dk2016), OnePlanned(52, monthlyCost: 15_500m), Hazards.Constant(1, 0), runs: 1, seed: 1);

        Assert.Equal([6_000m, 15_500m, 15_500m], result.Months.Select(m => m.Savings.P50.Amount));
        Assert.Equal([4_800m, 12_400m, 12_400m], result.Months.Select(m => m.MunicipalSavings!.P50.Amount));
    }

    [Fact]
    public void Without_a_municipal_share_there_are_no_municipal_bands()
    {
        SimulationResult result = SocialInvestment.Simulation.Run(Danish(null), OnePlanned(0), Hazards.Constant(1, 0), runs: 1, seed: 1);

        Assert.Null(result.TotalMunicipalSavings);
        Assert.Null(result.TotalStateSavings);
        Assert.All(result.Months, m => Assert.Null(m.MunicipalSavings));
        Assert.All(result.Years, y => Assert.Null(y.StateSavings));
    }

    [Fact]
    public void A_stepped_share_needs_each_persons_weeks_on_support_before_the_start()
    {
        var intake = new CohortPlan([new Intake(new YearMonth(2026, 1), 3)], D("2026-06-30"));

        ArgumentException e = Assert.Throws<ArgumentException>(() => SocialInvestment.Simulation.Run(Danish(MunicipalShare.Dk2016), intake, Hazards.Constant(0.1, 0.1), runs: 2, seed: 1));

        Assert.Contains("weeks on support before the start", e.Message, StringComparison.Ordinal);

        // A constant share needs none.
        SimulationResult constant = SocialInvestment.Simulation.Run(Danish(MunicipalShare.Constant(Share.FromDecimal(0.5m))), intake, Hazards.Constant(0.1, 0.1), runs: 2, seed: 1);
        Assert.NotNull(constant.TotalMunicipalSavings);
    }

    [Fact]
    public void An_earlier_cohort_gives_each_persons_c0_by_the_settlements_count_and_their_own_monthly_cost()
    {
        // public-dk-1's people: P1 3 weeks before, P2 new, P3 reset to 0 then 1 week, P4 not reset (52 + 10 = 62).
        EarlierCohort earlier = EarlierCohort.Of(PublicDk1Case.Contract(MunicipalShare.Dk2016), PublicDk1Case.People(), PublicDk1Case.Spells(), PublicDk1Case.AsOf);

        Assert.Equal(4, earlier.Participants);
        Assert.Equal([3, 0, 1, 62], earlier.SupportWeeksBeforeOf);
        Assert.Equal([null, 15500m, null, null], earlier.MonthlyCostOf);

        // With a window from the start, the count at the start is the outcomes' c0.
        Assert.Equal(
            PublicDk1Case.Settle(MunicipalShare.Dk2016).Outcomes.Select(o => o.SupportWeeksBefore),
            earlier.SupportWeeksBeforeOf.Select(c => (int?)c));
    }

    [Fact]
    public void Drawing_from_an_earlier_cohort_gives_the_same_result_on_one_core_or_many_and_leaves_the_spells_as_they_were()
    {
        EarlierCohort earlier = EarlierCohort.Of(
            Danish(MunicipalShare.Dk2016),
            [Person("A", "2025-01-06"), Person("B", "2025-01-06"), Person("C", "2025-03-03")],
            [Spell("A", Support, "2024-01-01", "2025-01-05"), Spell("C", Support, "2025-02-17", "2025-03-02")],
            D("2025-06-30"));
        var intake = new CohortPlan([new Intake(new YearMonth(2026, 1), 12), new Intake(new YearMonth(2026, 2), 9)], D("2027-06-30"));
        CohortPlan drawn = intake.DrawingFrom(earlier);

        SimulationResult one = SocialInvestment.Simulation.Run(Danish(MunicipalShare.Dk2016), drawn, Hazards.Constant(0.15, 0.05), runs: 60, seed: 11, new SimulationOptions { MaxDegreeOfParallelism = 1 });
        SimulationResult many = SocialInvestment.Simulation.Run(Danish(MunicipalShare.Dk2016), drawn, Hazards.Constant(0.15, 0.05), runs: 60, seed: 11, new SimulationOptions { MaxDegreeOfParallelism = 4 });
        SimulationResult plain = SocialInvestment.Simulation.Run(Danish(null), intake, Hazards.Constant(0.15, 0.05), runs: 60, seed: 11);

        Assert.Equal(Bands(one), Bands(many));

        // No earlier person has an own cost, so the gross saving of each run is that of the contract without a share:
        // the draw takes its numbers from generators of its own.
        Assert.Equal(plain.SavingsByRun, one.SavingsByRun);

        // The draw varies from run to run: some run's municipal saving differs from another's with the same gross saving
        // share, and the municipal saving never exceeds the gross (every share ≤ 1) nor falls below 0.2 of it.
        Assert.All(one.Months, m => Assert.True(m.MunicipalSavings!.P95 <= m.Savings.P95));
        Assert.True(one.TotalMunicipalSavings!.P50.Amount >= 0.2m * one.TotalSavings.P5.Amount);
    }

    [Fact]
    public void A_planned_plan_spreads_the_starts_without_a_day_over_the_month_and_keeps_each_persons_weeks()
    {
        var plan = CohortPlan.FromPlanned(
            [new PlannedParticipant(new YearMonth(2026, 2), 10), new PlannedParticipant(new YearMonth(2026, 1), 5, 15_000m, "Aarhus"), new PlannedParticipant(new YearMonth(2026, 2), 0, start: D("2026-02-20"))],
            D("2026-12-31"));

        Assert.Equal(["2026-01-0001 2026-01-01", "2026-02-0001 2026-02-01", "2026-02-0002 2026-02-20"], plan.Participants.Select(p => p.ToString()));
        Assert.Equal([5, 10, 0], plan.SupportWeeksBefore!);
        Assert.Equal([15_000m, null, null], plan.Participants.Select(p => p.MonthlyCost));
        Assert.Equal("Aarhus", plan.Participants[0].Municipality);
        Assert.Equal([(new YearMonth(2026, 1), 1), (new YearMonth(2026, 2), 2)], plan.Intakes.Select(i => (i.Month, i.Participants)));
        Assert.Throws<ArgumentException>(() => plan.DrawingFrom(EarlierCohort.Of(Danish(MunicipalShare.Dk2016), [Person("A", "2025-01-06")], [], D("2025-06-30"))));
        Assert.Throws<ArgumentException>(() => new PlannedParticipant(new YearMonth(2026, 2), 0, start: D("2026-03-01")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlannedParticipant(new YearMonth(2026, 2), -1));
    }

    private static List<string> Bands(SimulationResult r) =>
        [
            .. r.Months.Select(m => FormattableString.Invariant($"{m.Month} {m.Payments.P5} {m.Payments.P50} {m.Payments.P95} {m.Savings.P50} {m.MunicipalSavings!.P5} {m.MunicipalSavings.P50} {m.MunicipalSavings.P95} {m.StateSavings!.P50}")),
            FormattableString.Invariant($"{r.TotalMunicipalSavings!.P50} {r.TotalStateSavings!.P95}"),
        ];

    /// <summary>The count the settlement finds at the start of a person given only the history of <paramref name="weeks"/> support weeks.</summary>
    private static int CountOf(int weeks, LocalDate start)
    {
        var person = new Participant(P("X"), start);
        var spells = new List<BenefitSpell>();
        SupportHistory.Add(person, weeks, Support, spells);
        return EarlierCohort.Of(Danish(MunicipalShare.Dk2016), [person], spells, start.PlusDays(400)).SupportWeeksBeforeOf[0];
    }

    /// <summary>One person off support from 2026-02-16 to 2026-06-15, then back, settled with a history of <paramref name="weeks"/> weeks.</summary>
    private static SettlementResult Settle(Contract contract, int weeks)
    {
        Participant person = Person("X", "2026-01-05");
        var spells = new List<BenefitSpell> { Spell("X", Support, "2026-01-05", "2026-02-15"), Spell("X", Support, "2026-06-16") };
        SupportHistory.Add(person, weeks, Support, spells);
        return SocialInvestment.Settlement.Run(contract, [person], spells, [], D("2026-12-31"));
    }
}
