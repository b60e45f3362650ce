using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Simulation;

/// <summary>
/// The Monte Carlo projection (docs/simulation.md): chains whose spells are certain, worked by hand; reproducibility by
/// seed on any number of cores; and what the bands are percentiles of.
/// </summary>
public sealed class SimulationTests
{
    /// <summary>Kvinder i Job's payments: a fee on enrolment, a bonus and half the saving (less 10 % deadweight) after 13 weeks off support.</summary>
    private static readonly Contract KvinderIJob = Contract(
        [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", 13, SelfSupport.Full)],
        [
            new FixedPayment("fee", "enrolled", 10_000m),
            new FixedPayment("bonus", "job13", 40_000m),
            new ShareOfSavingsPayment("shared", "job13", Share.FromDecimal(0.5m), 0.1m),
        ],
        monthlyCost: new MonthlyCost(15_000m, 2026));

    private static readonly CohortPlan OneInJanuary = new([new Intake(new YearMonth(2026, 1), 1)], D("2026-06-30"));

    [Fact]
    public void Leaving_for_certain_in_month_1_and_never_returning_is_worked_by_hand()
    {
        // Start 2026-01-01, on support; the change takes effect on the month's 16th day: support 01-01 … 01-15.
        // Weeks from 01-01: weeks 0, 1 have support, week 2 (01-15 … 01-21) one day of it; weeks 3 … 15 are full, so job13
        // is met at the end of week 15, 01-01 + 111 days = 2026-04-22.
        // fee 10,000.00 on 01-01; bonus 40,000.00 on 04-22; shared 0.5 × 0.9 × 15,000 × D / days: January 16 days off
        // (01-16 … 01-31): 6,750 × 16 / 31 = 3,483.870… → 3,483.87; February to June whole months: 6,750.00 each.
        // Savings: January 15,000 × 16 / 31 = 7,741.935… → 7,741.94, then 15,000.00 a month (running totals).
        SimulationResult result = SocialInvestment.Simulation.Run(KvinderIJob, OneInJanuary, Hazards.Constant(1, 0), runs: 7, seed: 42);

        Assert.Equal(
            [("2026-01", 13_483.87m, 7_741.94m), ("2026-02", 6_750m, 15_000m), ("2026-03", 6_750m, 15_000m), ("2026-04", 46_750m, 15_000m), ("2026-05", 6_750m, 15_000m), ("2026-06", 6_750m, 15_000m)],
            result.Months.Select(m => (CohortPlan.Format(m.Month), m.Payments.P50.Amount, m.Savings.P50.Amount)));
        Assert.All(result.Months, m => Assert.Equal((m.Payments.P5, m.Savings.P5), (m.Payments.P95, m.Savings.P95)));
        Assert.All(result.Months, m => Assert.Equal((m.Payments.P5, m.Savings.P5), (m.Payments.P50, m.Savings.P50)));

        // 10,000 + 40,000 + 3,483.87 + 5 × 6,750 = 87,233.87; savings 7,741.94 + 5 × 15,000 = 82,741.94.
        Assert.Equal((M(87_233.87m), M(87_233.87m), M(87_233.87m)), (result.TotalPayments.P5, result.TotalPayments.P50, result.TotalPayments.P95));
        Assert.Equal((M(82_741.94m), M(82_741.94m), M(82_741.94m)), (result.TotalSavings.P5, result.TotalSavings.P50, result.TotalSavings.P95));
        Assert.All(result.PaymentsByRun, total => Assert.Equal(M(87_233.87m), total));
    }

    [Fact]
    public void The_simulated_spells_settle_as_the_same_spells_given_to_the_settlement()
    {
        SimulationResult result = SocialInvestment.Simulation.Run(KvinderIJob, OneInJanuary, Hazards.Constant(1, 0), runs: 1, seed: 1);
        SettlementResult settled = SocialInvestment.Settlement.Run(
            KvinderIJob, OneInJanuary.Participants, [Spell("2026-01-0001", "kontanthjaelp", "2026-01-01", "2026-01-15")], [], D("2026-06-30"));

        Assert.Equal(settled.Totals.Payable, result.TotalPayments.P50);
        Assert.Equal(settled.GrossSaving, result.TotalSavings.P50);
        Assert.Equal("integrationsydelse", result.SupportCode);
    }

    [Fact]
    public void With_no_leaving_only_the_enrolment_fee_is_paid_and_nothing_is_saved()
    {
        SimulationResult result = SocialInvestment.Simulation.Run(KvinderIJob, OneInJanuary, Hazards.Constant(0, 1), runs: 5, seed: 3);

        Assert.Equal(M(10_000m), result.Months[0].Payments.P95);
        Assert.All(result.Months.Skip(1), m => Assert.Equal(Money.Zero, m.Payments.P95));
        Assert.All(result.Months, m => Assert.Equal(Money.Zero, m.Savings.P95));
        Assert.Equal(M(10_000m), result.TotalPayments.P95);
        Assert.Equal(Money.Zero, result.TotalSavings.P95);
    }

    [Fact]
    public void Leaving_and_coming_back_every_month_alternates_spells_of_a_month()
    {
        // Leave = 1 and return = 1: off from 01-16, back from 02-16, off from 03-16, …: in each month since the start the
        // person is on support for 15 days and off for the rest, or the reverse. No 13 weeks off: only the fee is paid.
        // Savings: January 01-16 … 01-31 (16 days), February 02-01 … 02-15 (15 days), March 03-16 … 03-31 (16),
        // April 04-01 … 04-15 (15), May 16, June 15.
        SimulationResult result = SocialInvestment.Simulation.Run(KvinderIJob, OneInJanuary, Hazards.Constant(1, 1), runs: 1, seed: 9);

        Assert.Equal(M(10_000m), result.TotalPayments.P50);
        decimal[] expected =
        [
            decimal.Round(15_000m * 16 / 31, 2),
            decimal.Round(15_000m * 16 / 31 + 15_000m * 15 / 28, 2) - decimal.Round(15_000m * 16 / 31, 2),
        ];
        Assert.Equal(expected, result.Months.Take(2).Select(m => m.Savings.P50.Amount));
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_on_any_number_of_cores()
    {
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 1), 6), new Intake(new YearMonth(2026, 3), 4)], D("2027-06-30"));
        var hazards = new Hazards([0.05, 0.1, 0.15], [0.02, 0.04, 0.04]);

        string one = Describe(SocialInvestment.Simulation.Run(KvinderIJob, plan, hazards, runs: 60, seed: 11, new SimulationOptions { MaxDegreeOfParallelism = 1 }));
        string four = Describe(SocialInvestment.Simulation.Run(KvinderIJob, plan, hazards, runs: 60, seed: 11, new SimulationOptions { MaxDegreeOfParallelism = 4 }));
        string again = Describe(SocialInvestment.Simulation.Run(KvinderIJob, plan, hazards, runs: 60, seed: 11));
        string other = Describe(SocialInvestment.Simulation.Run(KvinderIJob, plan, hazards, runs: 60, seed: 12));

        Assert.Equal(one, four);
        Assert.Equal(one, again);
        Assert.NotEqual(one, other);
    }

    [Fact]
    public void One_run_gives_bands_equal_to_that_run()
    {
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 1), 5)], D("2027-06-30"));

        SimulationResult result = SocialInvestment.Simulation.Run(KvinderIJob, plan, Hazards.Constant(0.1, 0.05), runs: 1, seed: 5);

        Money total = Assert.Single(result.PaymentsByRun);
        Assert.Equal((total, total, total), (result.TotalPayments.P5, result.TotalPayments.P50, result.TotalPayments.P95));
        Assert.Equal(total, result.Months.Aggregate(Money.Zero, (sum, m) => sum + m.Payments.P50));
        Assert.All(result.Months, m => Assert.Equal((m.Payments.P5, m.Payments.P5), (m.Payments.P50, m.Payments.P95)));
    }

    [Fact]
    public void The_total_band_is_the_percentile_of_the_runs_totals_not_the_sum_of_the_months_bands()
    {
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 1), 8)], D("2027-12-31"));

        SimulationResult result = SocialInvestment.Simulation.Run(KvinderIJob, plan, Hazards.Constant(0.08, 0.04), runs: 40, seed: 2);

        // 40 runs: the 5th percentile is the 2nd smallest (⌈40 × 0.05⌉ = 2), the median the 20th, the 95th the 38th.
        Money[] sorted = [.. result.PaymentsByRun.Order()];
        Assert.Equal((sorted[1], sorted[19], sorted[37]), (result.TotalPayments.P5, result.TotalPayments.P50, result.TotalPayments.P95));
        Money[] saved = [.. result.SavingsByRun.Order()];
        Assert.Equal((saved[1], saved[19], saved[37]), (result.TotalSavings.P5, result.TotalSavings.P50, result.TotalSavings.P95));

        // The months' 95th percentiles come from different runs: their sum is above any one run's bad year here.
        Money sumOfMonths = result.Months.Aggregate(Money.Zero, (sum, m) => sum + m.Payments.P95);
        Assert.True(sumOfMonths > result.TotalPayments.P95);
    }

    [Fact]
    public void Years_sum_each_run_s_months_of_the_calendar_year()
    {
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 10), 3)], D("2028-02-29"));

        SimulationResult one = SocialInvestment.Simulation.Run(KvinderIJob, plan, Hazards.Constant(0.2, 0.05), runs: 1, seed: 4);

        Assert.Equal([2026, 2027, 2028], one.Years.Select(y => y.Year));
        foreach (SimulationYear year in one.Years)
        {
            Money sum = one.Months.Where(m => m.Month.Year == year.Year).Aggregate(Money.Zero, (s, m) => s + m.Payments.P50);
            Assert.Equal(sum, year.Payments.P50);
        }

        Assert.Equal(one.TotalSavings.P50, one.Years.Aggregate(Money.Zero, (s, y) => s + y.Savings.P50));

        // With many runs, a year's 95th percentile is that of the runs' years: at most the sum of its months' 95th percentiles.
        SimulationResult many = SocialInvestment.Simulation.Run(KvinderIJob, plan, Hazards.Constant(0.2, 0.05), runs: 50, seed: 4);
        SimulationYear y2027 = many.Years[1];
        Assert.True(y2027.Payments.P5 <= y2027.Payments.P50 && y2027.Payments.P50 <= y2027.Payments.P95);
        Assert.True(y2027.Payments.P95 <= many.Months.Where(m => m.Month.Year == 2027).Aggregate(Money.Zero, (s, m) => s + m.Payments.P95));
    }

    [Fact]
    public void Months_run_from_the_first_intake_to_the_horizon_and_from_an_earlier_delivery_fee()
    {
        Contract withFee = Contract(
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 1_000m), DeliveryFeePayment.Monthly("delivery", new YearMonth(2025, 11), 3, 500m)]);

        SimulationResult result = SocialInvestment.Simulation.Run(withFee, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 3, seed: 1);

        Assert.Equal(["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"], result.Months.Select(m => CohortPlan.Format(m.Month)));
        Assert.Equal([500m, 500m, 1_500m, 0m], result.Months.Take(4).Select(m => m.Payments.P50.Amount));
    }

    [Fact]
    public void Intake_cohorts_reach_a_cohort_gate()
    {
        // Released where at least 50 % met job13 by 2026-06-30: with certain leaving everybody has (04-22).
        var gate = new CohortGate("job13", GateDirection.Higher, Share.FromDecimal(0.5m), 0m, new Dictionary<string, LocalDate> { ["h1"] = D("2026-06-30") });
        Contract gated = Contract(
            [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", 13, SelfSupport.Full)],
            [new FixedPayment("bonus", "job13", 40_000m) { CohortGate = gate }]);
        var withCohort = new CohortPlan([new Intake(new YearMonth(2026, 1), 1, cohort: "h1")], D("2026-06-30"));

        Assert.Equal(M(40_000m), SocialInvestment.Simulation.Run(gated, withCohort, Hazards.Constant(1, 0), runs: 1, seed: 1).TotalPayments.P50);
        Assert.Equal(Money.Zero, SocialInvestment.Simulation.Run(gated, OneInJanuary, Hazards.Constant(1, 0), runs: 1, seed: 1).TotalPayments.P50);
    }

    [Fact]
    public void A_contract_that_maps_no_benefit_code_to_support_or_gates_against_a_comparison_group_cannot_be_projected()
    {
        var noSupport = new Contract("x", new ObservationWindow(WindowAnchor.Start, 52), [new EnrolmentTrigger("enrolled")], [], new Dictionary<string, BenefitClass> { ["su"] = BenefitClass.Education });
        Assert.Throws<ArgumentException>(() => SocialInvestment.Simulation.Run(noSupport, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 1, seed: 1));

        var gate = CohortGate.AgainstComparisonGroup("enrolled", GateDirection.Higher, 0m, new Dictionary<string, LocalDate> { ["h1"] = D("2026-06-30") });
        Contract comparing = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 1m) { CohortGate = gate }]);
        ArgumentException e = Assert.Throws<ArgumentException>(() => SocialInvestment.Simulation.Run(comparing, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 1, seed: 1));
        Assert.Contains("comparison group", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_counted_as_support_are_simulated_with_a_code_the_contract_does_not_map()
    {
        var unknown = new Contract(
            "x", new ObservationWindow(WindowAnchor.Start, 52), [new EnrolmentTrigger("enrolled")], [], new Dictionary<string, BenefitClass> { ["support"] = BenefitClass.Ignore }, unknownBenefits: BenefitClass.Support);

        Assert.Equal("support_", SocialInvestment.Simulation.Run(unknown, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 1, seed: 1).SupportCode);
    }

    [Fact]
    public void Runs_are_1_to_a_million() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SocialInvestment.Simulation.Run(KvinderIJob, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 0, seed: 1));

    [Fact]
    public void Progress_is_told_each_run()
    {
        var reports = new List<int>();
        var progress = new SynchronousProgress(reports);

        SocialInvestment.Simulation.Run(KvinderIJob, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 5, seed: 1, new SimulationOptions { MaxDegreeOfParallelism = 1, Progress = progress });

        Assert.Equal([1, 2, 3, 4, 5], reports);
    }

    private static string Describe(SimulationResult result) =>
        string.Join("\n", result.Months.Select(m => $"{m.Month} {m.Payments.P5} {m.Payments.P50} {m.Payments.P95} {m.Savings.P5} {m.Savings.P50} {m.Savings.P95}"))
        + $"\n{string.Join(",", result.PaymentsByRun)}\n{string.Join(",", result.SavingsByRun)}";

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
