using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Design;

/// <summary>
/// The exact evaluation of a candidate contract (docs/design.md, "Exact evaluation"): every run of the projection settled
/// by <see cref="SocialInvestment.Settlement.Run"/> and priced by <see cref="SocialInvestment.Economics.Of"/>; a forced
/// outcome worked by hand, the same bands as the projection to the øre, the municipality's saving where the contract has
/// a share, the same figures on any number of cores, and a higher price never paying less.
/// </summary>
public sealed class ExactEvaluationTests
{
    internal static readonly Investment[] FortyThousandOnJanuary1 = [new(D("2026-01-01"), M(40_000m))];

    private static readonly CohortPlan OneInJanuary = new([new Intake(new YearMonth(2026, 1), 1)], D("2026-06-30"));

    /// <summary>
    /// The forced outcome of <see cref="A_forced_outcome_is_worked_by_hand"/> at a fee of <paramref name="fee"/> and a
    /// bonus of 40,000 on three runs: every run the same, worked by hand there.
    /// </summary>
    internal static ExactEvaluation Forced(decimal fee) =>
        ExactEvaluation.Of(FeeAndBonus(fee, 40_000m), OneInJanuary, Hazards.Constant(1, 0), runs: 3, seed: 42, FortyThousandOnJanuary1);

    /// <summary>A fee on enrolment and a bonus after 13 weeks off support, as in Kvinder i Job, at the given prices.</summary>
    internal static Contract FeeAndBonus(decimal fee, decimal bonus, Caps? caps = null) => Contract(
        [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", 13, SelfSupport.Full)],
        [new FixedPayment("fee", "enrolled", fee), new FixedPayment("bonus", "job13", bonus)],
        monthlyCost: new MonthlyCost(15_000m, 2026),
        caps: caps);

    /// <summary>Kvinder i Job's payments with half the saving (less 10 % deadweight), capped, and a municipal share where given.</summary>
    internal static Contract KvinderIJob(MunicipalShare? share = null) =>
        new(
            "kvinder i job",
            new ObservationWindow(WindowAnchor.Start, 104),
            [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", 13, SelfSupport.Full), new CountTrigger("self26", 26, SelfSupport.Partial)],
            [
                new FixedPayment("fee", "enrolled", 10_000m),
                new FixedPayment("bonus", "job13", 40_000m),
                new ShareOfSavingsPayment("shared", "self26", Share.FromDecimal(0.5m), 0.1m),
            ],
            Benefits,
            new MonthlyCost(15_000m, 2026, 0.02m),
            new Caps(Money.FromAmount(150_000m)))
        {
            MunicipalShare = share,
        };

    /// <summary>Twenty persons starting over three months, with 0 to 95 weeks on support before their start (c₀).</summary>
    internal static readonly CohortPlan Twenty = CohortPlan.FromPlanned(
        Enumerable.Range(0, 20).Select(i => new PlannedParticipant(new YearMonth(2026, 1 + (i % 3)), i * 5, null)),
        D("2027-12-31"));

    internal static readonly Hazards Varying = new([0.05, 0.1, 0.15], [0.02, 0.04, 0.04]);

    internal static readonly Investment[] Cohort = [new(D("2026-01-01"), M(300_000m)), new(D("2026-07-01"), M(100_000m))];

    [Fact]
    public void A_forced_outcome_is_worked_by_hand()
    {
        // Start 2026-01-01; leaving is certain in month 1 and returning never (support 01-01 … 01-15), so job13 is met on
        // 2026-04-22 (SimulationTests). Lines: fee 10,000.00 on 01-01, bonus 40,000.00 on 04-22; payments 50,000.00.
        // Gross saving 15,000 × 16 / 31 = 7,741.94 in January, then 15,000.00 a month to June: 82,741.94.
        // Net saving 82,741.94 − 50,000.00 = 32,741.94. Investor: −40,000 and +10,000 on 01-01, +40,000 on 04-22 (111 days
        // later): −30,000 + 40,000 / (1 + r)^(111/365) = 0, r = (4/3)^(365/111) − 1; money multiple 50,000 / 40,000 = 1.25.
        ExactEvaluation exact = ExactEvaluation.Of(FeeAndBonus(10_000m, 40_000m), OneInJanuary, Hazards.Constant(1, 0), runs: 3, seed: 42, FortyThousandOnJanuary1);

        double rate = Math.Pow(4.0 / 3.0, 365.0 / 111.0) - 1;
        Assert.Equal(3, exact.Runs.Count);
        Assert.All(exact.Runs, run =>
        {
            Assert.Equal((M(32_741.94m), M(50_000m), 1.25m), (run.NetSaving, run.Payments, run.MoneyMultiple));
            Assert.Equal(rate, run.Irr!.Value, 1e-9);
        });
        Assert.Equal(32_741.94m, exact.Measures[DesignMeasure.PayerNetSavingP5]);
        Assert.Equal(32_741.94m, exact.Measures[DesignMeasure.PayerNetSavingMean]);
        Assert.Equal(1m, exact.Measures[DesignMeasure.PayerNetSavingPositiveProbability]);
        Assert.Equal(50_000m, exact.Measures[DesignMeasure.TotalPaymentsP95]);
        Assert.Equal(1.25m, exact.Measures[DesignMeasure.InvestorMoneyMultipleP50]);
        Assert.Equal((double)decimal.Round((decimal)rate, 10, MidpointRounding.AwayFromZero), (double)exact.Measures[DesignMeasure.InvestorIrrP50]!.Value, 1e-9);
        Assert.Equal((M(82_741.94m), M(82_741.94m)), (exact.Savings.P5, exact.Savings.P95));
        Assert.Null(exact.MunicipalSavings);
    }

    [Fact]
    public void Nobody_leaving_pays_the_fee_saves_nothing_and_gives_no_rate_without_an_investment()
    {
        // Only the fee, 10,000.00, is paid: net saving −10,000.00. Nothing invested: the flows are all money in, no IRR,
        // and no money multiple.
        ExactEvaluation exact = ExactEvaluation.Of(FeeAndBonus(10_000m, 40_000m), OneInJanuary, Hazards.Constant(0, 1), runs: 2, seed: 7, []);

        Assert.All(exact.Runs, run => Assert.Equal(new DesignRun(M(-10_000m), M(10_000m), null, null), run));
        Assert.Equal(0m, exact.Measures[DesignMeasure.PayerNetSavingPositiveProbability]);
        Assert.Null(exact.Measures[DesignMeasure.InvestorIrrP50]);
    }

    [Fact]
    public void The_template_gives_the_projections_payment_and_saving_percentiles_to_the_ore()
    {
        // 50 runs × 20 persons, the same seed: the bands of the projection are those of the exact evaluation, run by run.
        Contract contract = KvinderIJob();
        SimulationResult projected = SocialInvestment.Simulation.Run(contract, Twenty, Varying, runs: 50, seed: 2026);
        ExactEvaluation exact = ExactEvaluation.Of(contract, Twenty, Varying, runs: 50, seed: 2026, Cohort);

        Assert.Equal(projected.PaymentsByRun, exact.Runs.Select(r => r.Payments));
        Assert.Equal(Band(projected.TotalPayments), Band(exact.Payments));
        Assert.Equal(Band(projected.TotalSavings), Band(exact.Savings));
        Assert.Equal(
            (projected.TotalPayments.P5.Amount, projected.TotalPayments.P50.Amount, projected.TotalPayments.P95.Amount),
            (exact.Measures[DesignMeasure.TotalPaymentsP5], exact.Measures[DesignMeasure.TotalPaymentsP50], exact.Measures[DesignMeasure.TotalPaymentsP95]));
        Assert.Equal(projected.SavingsByRun.Zip(projected.PaymentsByRun, (s, p) => s - p), exact.Runs.Select(r => r.NetSaving));
        Assert.True(projected.TotalPayments.P5 < projected.TotalPayments.P95, "the runs differ, so the test compares more than one figure");
    }

    [Fact]
    public void With_a_municipal_share_the_payer_is_the_municipality_and_its_band_is_the_projections()
    {
        // dk_2016 with each person's c₀ given: the net saving is the municipality's saving less the payments; its band is
        // the projection's municipal band for the same seed, and the gross band is unchanged.
        Contract contract = KvinderIJob(MunicipalShare.Dk2016);
        SimulationResult projected = SocialInvestment.Simulation.Run(contract, Twenty, Varying, runs: 50, seed: 2026);
        ExactEvaluation exact = ExactEvaluation.Of(contract, Twenty, Varying, runs: 50, seed: 2026, Cohort);

        Assert.Equal(Band(projected.TotalMunicipalSavings!), Band(exact.MunicipalSavings!));
        Assert.Equal(Band(projected.TotalSavings), Band(exact.Savings));
        Assert.Equal(Band(projected.TotalPayments), Band(exact.Payments));
        Assert.Equal(projected.PaymentsByRun, exact.Runs.Select(r => r.Payments));

        // Run by run, against the settlement's own figures for the same contract on one forced run.
        ExactEvaluation forced = ExactEvaluation.Of(
            KvinderIJob(MunicipalShare.Constant(Share.FromDecimal(0.6m))), OneInJanuary, Hazards.Constant(1, 0), runs: 1, seed: 1, FortyThousandOnJanuary1);
        ExactEvaluation gross = ExactEvaluation.Of(KvinderIJob(), OneInJanuary, Hazards.Constant(1, 0), runs: 1, seed: 1, FortyThousandOnJanuary1);
        DesignRun municipal = Assert.Single(forced.Runs);
        Assert.Equal(forced.MunicipalSavings!.P50 - municipal.Payments, municipal.NetSaving);
        Assert.Equal(gross.Savings.P50 - Assert.Single(gross.Runs).Payments, gross.Runs[0].NetSaving);
        Assert.True(municipal.NetSaving < gross.Runs[0].NetSaving, "the municipality keeps 0.6 of the saving, so it saves less than the gross");
    }

    [Fact]
    public void The_same_seed_gives_the_same_runs_on_one_core_and_on_two()
    {
        Contract contract = KvinderIJob(MunicipalShare.Dk2016);
        ExactEvaluation one = ExactEvaluation.Of(contract, Twenty, Varying, runs: 40, seed: 11, Cohort, new SimulationOptions { MaxDegreeOfParallelism = 1 });
        ExactEvaluation two = ExactEvaluation.Of(contract, Twenty, Varying, runs: 40, seed: 11, Cohort, new SimulationOptions { MaxDegreeOfParallelism = 2 });
        ExactEvaluation other = ExactEvaluation.Of(contract, Twenty, Varying, runs: 40, seed: 12, Cohort, new SimulationOptions { MaxDegreeOfParallelism = 2 });

        Assert.Equal(one.Runs, two.Runs);
        Assert.Equal(Enum.GetValues<DesignMeasure>().Select(m => one.Measures[m]), Enum.GetValues<DesignMeasure>().Select(m => two.Measures[m]));
        Assert.NotEqual(one.Runs, other.Runs);
    }

    [Fact]
    public void A_run_that_fails_fails_as_the_projection_does()
    {
        Contract employment = Contract([new EmploymentTrigger("rate", 3, 0.5m)], [new FixedPayment("fee", "rate", 1m)]);

        var thrown = Assert.Throws<ArgumentException>(() => ExactEvaluation.Of(employment, OneInJanuary, Hazards.Constant(1, 0), runs: 1, seed: 1, []));
        Assert.Contains("employment trigger", thrown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactEvaluation.Of(KvinderIJob(), OneInJanuary, Hazards.Constant(1, 0), runs: 0, seed: 1, []));
    }

    private static readonly Arbitrary<(int Seed, double Leave, double Back, decimal Fee, decimal Raise, decimal Bonus, decimal BonusRaise, bool Capped)> Candidates =
        (from seed in Gen.Choose(int.MinValue, int.MaxValue)
         from leave in Gen.Elements(0.0, 0.1, 0.3, 0.6, 1.0)
         from back in Gen.Elements(0.0, 0.05, 0.2, 1.0)
         from fee in Gen.Choose(0, 20_000)
         from raise in Gen.Choose(1, 10_000)
         from bonus in Gen.Choose(0, 60_000)
         from bonusRaise in Gen.Choose(0, 20_000)
         from capped in Gen.Elements(false, true)
         select (seed, leave, back, (decimal)fee, (decimal)raise, (decimal)bonus, (decimal)bonusRaise, capped))
        .ToArbitrary();

    [Property(MaxTest = 25)]
    public Property A_higher_price_pays_more_in_every_run() => Prop.ForAll(Candidates, c =>
    {
        // Uncapped, a higher fee pays exactly the raise more per person in every run (every person enrols), and a higher
        // bonus never less; with a cap on each person, a higher price still never pays less. The net saving falls by as
        // much as the payments rise: the runs and their savings are the same.
        var plan = new CohortPlan([new Intake(new YearMonth(2026, 1), 3), new Intake(new YearMonth(2026, 4), 2)], D("2027-03-31"));
        var hazards = Hazards.Constant(c.Leave, c.Back);
        Caps? caps = c.Capped ? new Caps(Money.FromAmount(45_000m), null) : null;
        ExactEvaluation low = ExactEvaluation.Of(FeeAndBonus(c.Fee, c.Bonus, caps), plan, hazards, runs: 8, c.Seed, FortyThousandOnJanuary1);
        ExactEvaluation high = ExactEvaluation.Of(FeeAndBonus(c.Fee + c.Raise, c.Bonus + c.BonusRaise, caps), plan, hazards, runs: 8, c.Seed, FortyThousandOnJanuary1);

        foreach ((DesignRun l, DesignRun h) in low.Runs.Zip(high.Runs))
        {
            Assert.True(h.Payments >= l.Payments);
            Assert.Equal(l.NetSaving - h.NetSaving, h.Payments - l.Payments);
            if (!c.Capped && c.BonusRaise == 0)
            {
                Assert.Equal(M(5 * c.Raise), h.Payments - l.Payments);
            }
            else if (!c.Capped)
            {
                Assert.True(h.Payments - l.Payments >= M(5 * c.Raise));
            }
        }

        Assert.Equal(Band(low.Savings), Band(high.Savings));
    });

    private static (Money P5, Money P50, Money P95) Band(PercentileBand band) => (band.P5, band.P50, band.P95);
}
