using MathNet.Numerics.Random;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Simulation;

/// <summary>
/// The projection at its edges and what it says of bad input: found by mutation testing of Simulation/ (docs/quality.md).
/// </summary>
public sealed class SimulationEdgeTests
{
    private static readonly Contract Fee = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 1_000m)]);

    private static readonly CohortPlan OneInJanuary = new([new Intake(new YearMonth(2026, 1), 1)], D("2026-06-30"));

    [Fact]
    public void A_plan_s_errors_say_what_is_wrong()
    {
        Assert.Equal("intakes", Assert.Throws<ArgumentNullException>(() => new CohortPlan(null!, D("2026-12-31"))).ParamName);
        Assert.Contains("at least one intake", Assert.Throws<ArgumentException>(() => new CohortPlan([], D("2026-12-31"))).Message, StringComparison.Ordinal);

        ArgumentException twice = Assert.Throws<ArgumentException>(() =>
            new CohortPlan([new Intake(new YearMonth(2026, 3), 1), new Intake(new YearMonth(2026, 3), 2)], D("2026-12-31")));
        Assert.Contains("Two intakes in 2026-03", twice.Message, StringComparison.Ordinal);

        ArgumentException late = Assert.Throws<ArgumentException>(() => new CohortPlan([new Intake(new YearMonth(2027, 1), 1)], D("2026-12-31")));
        Assert.Contains("after the horizon 2026-12-31", late.Message, StringComparison.Ordinal);

        Assert.Contains("non-empty", Assert.Throws<ArgumentException>(() => new Intake(new YearMonth(2026, 1), 1, cohort: string.Empty)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_holds_at_most_a_million_participants_over_all_its_intakes()
    {
        // Each intake is within its own limit; the plan's total is what is over.
        ArgumentException over = Assert.Throws<ArgumentException>(() =>
            new CohortPlan([new Intake(new YearMonth(2026, 1), 600_000), new Intake(new YearMonth(2026, 2), 400_001)], D("2026-12-31")));
        Assert.Contains("at most 1000000 participants, found 1000001", over.Message, StringComparison.Ordinal);

        var full = new CohortPlan([new Intake(new YearMonth(2026, 1), 600_000), new Intake(new YearMonth(2026, 2), 400_000)], D("2026-12-31"));
        Assert.Equal(Intake.MaxParticipants, full.Participants.Count);
    }

    [Fact]
    public void Hazards_errors_name_the_list_and_the_month()
    {
        Assert.Equal("leave", Assert.Throws<ArgumentNullException>(() => new Hazards(null!, [0.1])).ParamName);
        Assert.Equal("returnToSupport", Assert.Throws<ArgumentNullException>(() => new Hazards([0.1], null!)).ParamName);
        Assert.Contains("at least one month", Assert.Throws<ArgumentException>(() => new Hazards([], [])).Message, StringComparison.Ordinal);

        ArgumentException lengths = Assert.Throws<ArgumentException>(() => new Hazards([0.1, 0.2], [0.1]));
        Assert.Equal("returnToSupport", lengths.ParamName);
        Assert.Contains("(2), found 1", lengths.Message, StringComparison.Ordinal);

        ArgumentException high = Assert.Throws<ArgumentException>(() => new Hazards([0.1, 0.2], [0.1, 1.5]));
        Assert.Equal("returnToSupport", high.ParamName);
        Assert.Contains("Month 2: a probability is a number from 0 to 1, found 1.5", high.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participant_observed_for_exactly_one_month_counts_for_month_1()
    {
        // Start 2025-01-01, as_of 2025-02-01: start + 1 month ≤ as_of, so month 1 is observed (docs/simulation.md).
        HazardEstimate estimate = HazardEstimate.FromCohort(
            Contract(), [Person("a", "2025-01-01")], [Spell("a", "kontanthjaelp", "2024-01-01")], D("2025-02-01"), minimumAtRisk: 1);

        Assert.Equal(1, estimate.Participants);
        Assert.Equal([(1, 1, 0)], estimate.Months.Select(m => (m.Month, m.OnSupport, m.Left)));
    }

    [Fact]
    public void Support_ending_on_an_anniversary_is_support_on_that_day()
    {
        // On support to 2025-02-01 inclusive: on at 01-01 and 02-01 (no change in month 1), off at 03-01 (left in month 2).
        HazardEstimate estimate = HazardEstimate.FromCohort(
            Contract(), [Person("a", "2025-01-01")], [Spell("a", "kontanthjaelp", "2024-01-01", "2025-02-01")], D("2025-04-01"), minimumAtRisk: 1);

        Assert.Equal([(1, 1, 0, 0), (2, 1, 1, 0), (3, 0, 0, 1)], estimate.Months.Select(m => (m.Month, m.OnSupport, m.Left, m.OffSupport)));
    }

    [Fact]
    public void An_estimate_needs_a_contract() =>
        Assert.Equal("contract", Assert.Throws<ArgumentNullException>(() => HazardEstimate.FromCohort(null!, [], [], D("2025-06-30"))).ParamName);

    [Fact]
    public void A_projection_s_arguments_are_checked_by_name()
    {
        Hazards hazards = Hazards.Constant(0.1, 0.1);
        Assert.Equal("contract", Assert.Throws<ArgumentNullException>(() => SocialInvestment.Simulation.Run(null!, OneInJanuary, hazards, 1, 1)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => SocialInvestment.Simulation.Run(Fee, null!, hazards, 1, 1)).ParamName);
        Assert.Equal("hazards", Assert.Throws<ArgumentNullException>(() => SocialInvestment.Simulation.Run(Fee, OneInJanuary, null!, 1, 1)).ParamName);
    }

    [Fact]
    public void A_gate_against_a_comparison_group_is_refused_before_any_run_with_the_way_out()
    {
        var gate = CohortGate.AgainstComparisonGroup("enrolled", GateDirection.Higher, 0m, new Dictionary<string, LocalDate> { ["h1"] = D("2026-06-30") });
        Contract comparing = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 1m) { CohortGate = gate }]);

        ArgumentException e = Assert.Throws<ArgumentException>(() => SocialInvestment.Simulation.Run(comparing, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 1, seed: 1));

        Assert.Equal("contract", e.ParamName);
        Assert.Contains("Payment 'fee'", e.Message, StringComparison.Ordinal);
        Assert.Contains("baseline_rate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_with_an_employment_trigger_is_refused_naming_it_as_a_projection_draws_no_employment_rates()
    {
        Contract employment = Contract([new EnrolmentTrigger("enrolled"), new EmploymentTrigger("job25", 6, 0.25m)], [new FixedPayment("bonus", "job25", 1m)]);

        ArgumentException e = Assert.Throws<ArgumentException>(() => SocialInvestment.Simulation.Run(employment, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 1, seed: 1));

        Assert.Equal("contract", e.ParamName);
        Assert.Contains("Trigger 'job25' is an employment trigger", e.Message, StringComparison.Ordinal);
        Assert.Contains("simulate a contract without it", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_with_nothing_that_counts_as_support_is_refused_with_an_example_mapping()
    {
        var noSupport = new Contract("x", new ObservationWindow(WindowAnchor.Start, 52), [new EnrolmentTrigger("enrolled")], [], new Dictionary<string, BenefitClass> { ["su"] = BenefitClass.Education });

        ArgumentException e = Assert.Throws<ArgumentException>(() => SocialInvestment.Simulation.Run(noSupport, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 1, seed: 1));

        Assert.Equal("contract", e.ParamName);
        Assert.Contains("maps no benefit code to support", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivery_fee_that_starts_after_the_first_intake_does_not_move_the_first_month()
    {
        Contract withFee = Contract(
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 1_000m), DeliveryFeePayment.Monthly("delivery", new YearMonth(2026, 3), 2, 500m)]);

        SimulationResult result = SocialInvestment.Simulation.Run(withFee, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 3, seed: 1);

        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"], result.Months.Select(m => CohortPlan.Format(m.Month)));
        Assert.Equal([1_000m, 0m, 500m, 500m, 0m, 0m], result.Months.Select(m => m.Payments.P50.Amount));
    }

    [Fact]
    public void A_run_that_overflows_fails_the_projection_with_the_settlement_s_exception()
    {
        // Two fees of 5·10¹⁶ DKK are 10¹⁹ øre, more than a 64-bit number holds.
        Contract huge = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 50_000_000_000_000_000m)]);
        var two = new CohortPlan([new Intake(new YearMonth(2026, 1), 2)], D("2026-06-30"));

        Assert.Throws<OverflowException>(() => SocialInvestment.Simulation.Run(huge, two, Hazards.Constant(0.1, 0.1), runs: 4, seed: 1));
        Assert.Throws<OverflowException>(() =>
            SocialInvestment.Simulation.Run(huge, two, Hazards.Constant(0.1, 0.1), runs: 4, seed: 1, new SimulationOptions { MaxDegreeOfParallelism = 1 }));
    }

    [Fact]
    public void By_default_every_core_is_used_and_one_core_means_the_calling_thread_only()
    {
        Assert.Equal(-1, SimulationOptions.Default.MaxDegreeOfParallelism);

        var threads = new List<int>();
        var progress = new ThreadRecorder(threads);
        SocialInvestment.Simulation.Run(Fee, OneInJanuary, Hazards.Constant(0.1, 0.1), runs: 200, seed: 1, new SimulationOptions { MaxDegreeOfParallelism = 1, Progress = progress });

        Assert.Equal(200, threads.Count);
        Assert.All(threads, t => Assert.Equal(Environment.CurrentManagedThreadId, t));
    }

    [Fact]
    public void One_number_is_drawn_for_each_month_up_to_one_that_starts_on_the_horizon()
    {
        // Start 2026-01-10, horizon 2026-03-10: months start 01-10, 02-10, 03-10 — three numbers (docs/simulation.md).
        var random = new FixedRandom(0.99);
        var spells = new List<BenefitSpell>();

        SupportChain.Draw(Person("a", "2026-01-10"), Hazards.Constant(0.5, 0.5), "kontanthjaelp", D("2026-03-10"), random, spells);

        Assert.Equal(3, random.Draws);
        Assert.Equal([(D("2026-01-10"), (LocalDate?)null)], spells.Select(s => (s.From, s.To)));
    }

    [Fact]
    public void A_hazard_of_0_never_changes_the_state_even_on_a_draw_of_0()
    {
        var spells = new List<BenefitSpell>();

        SupportChain.Draw(Person("a", "2026-01-10"), Hazards.Constant(0, 0), "kontanthjaelp", D("2026-06-30"), new FixedRandom(0), spells);

        Assert.Equal([(D("2026-01-10"), (LocalDate?)null)], spells.Select(s => (s.From, s.To)));
    }

    /// <summary>Always draws the same number, and counts the draws.</summary>
    private sealed class FixedRandom(double value) : RandomSource(threadSafe: false)
    {
        public int Draws { get; private set; }

        protected override double DoSample()
        {
            Draws++;
            return value;
        }

        protected override int DoSampleInteger() => throw new NotSupportedException();

        protected override void DoSampleBytes(byte[] bytes) => throw new NotSupportedException();

        protected override int DoSampleInt32WithNBits(int bitCount) => throw new NotSupportedException();

        protected override long DoSampleInt64WithNBits(int bitCount) => throw new NotSupportedException();
    }

    /// <summary>Records the thread of each progress report; reports come on the thread that finished the run.</summary>
    private sealed class ThreadRecorder(List<int> threads) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (threads)
            {
                threads.Add(Environment.CurrentManagedThreadId);
            }
        }
    }
}
