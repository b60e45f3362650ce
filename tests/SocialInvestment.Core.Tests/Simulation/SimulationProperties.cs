using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace SocialInvestment.Tests.Simulation;

/// <summary>Invariants of the projection over random plans and hazards.</summary>
public sealed class SimulationProperties
{
    private static readonly Contract Contract = Fixtures.Contract(
        [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", 13, SelfSupport.Full), new CountTrigger("self26", 26, SelfSupport.Partial)],
        [
            new FixedPayment("fee", "enrolled", 10_000m),
            new FixedPayment("bonus", "job13", 40_000m),
            new ShareOfSavingsPayment("shared", "self26", Share.FromDecimal(0.5m), 0.1m),
        ],
        monthlyCost: new MonthlyCost(15_000m, 2026, 0.02m),
        caps: new Caps(Money.FromAmount(150_000m), Money.FromAmount(400_000m)));

    private static readonly Gen<double> Probability = Gen.Elements(0.0, 0.02, 0.1, 0.25, 0.5, 0.9, 1.0);

    private static readonly Arbitrary<(CohortPlan Plan, Hazards Hazards, int Runs, int Seed)> Projections =
        (from first in Gen.Choose(1, 12)
         from firstCount in Gen.Choose(1, 4)
         from gap in Gen.Choose(1, 6)
         from secondCount in Gen.Choose(0, 4)
         from months in Gen.Choose(1, 30)
         from leave in Probability.ArrayOf(3)
         from back in Probability.ArrayOf(3)
         from runs in Gen.Choose(1, 25)
         from seed in Gen.Choose(int.MinValue, int.MaxValue)
         let january = new YearMonth(2026, first)
         let intakes = secondCount == 0
             ? new[] { new Intake(january, firstCount) }
             : [new Intake(january, firstCount), new Intake(january.PlusMonths(gap), secondCount)]
         select (new CohortPlan(intakes, january.PlusMonths(gap + months).OnDayOfMonth(1).PlusDays(-1)), new Hazards(leave, back), runs, seed))
        .ToArbitrary();

    [Property(MaxTest = 40)]
    public Property Bands_are_ordered_and_within_the_runs() => Prop.ForAll(Projections, p =>
    {
        SimulationResult result = SocialInvestment.Simulation.Run(Contract, p.Plan, p.Hazards, p.Runs, p.Seed);

        foreach (PercentileBand band in result.Months.SelectMany(m => new[] { m.Payments, m.Savings }).Append(result.TotalPayments).Append(result.TotalSavings))
        {
            Assert.True(band.P5 <= band.P50 && band.P50 <= band.P95);
            Assert.True(band.P5 >= Money.Zero);
        }

        if (p.Runs <= 20)
        {
            // ⌈n × 0.05⌉ = 1: the 5th percentile of at most 20 runs is the smallest.
            Assert.Equal(result.PaymentsByRun.Min(), result.TotalPayments.P5);
        }

        Assert.True(result.TotalPayments.P95 <= result.PaymentsByRun.Max());
        Assert.True(result.TotalPayments.P95 <= Money.FromAmount(400_000m));
        Assert.Equal(result.Runs, result.SavingsByRun.Count);
    });

    [Property(MaxTest = 20)]
    public Property Any_number_of_cores_gives_the_same_runs() => Prop.ForAll(Projections, p =>
    {
        SimulationResult one = SocialInvestment.Simulation.Run(Contract, p.Plan, p.Hazards, p.Runs, p.Seed, new SimulationOptions { MaxDegreeOfParallelism = 1 });
        SimulationResult many = SocialInvestment.Simulation.Run(Contract, p.Plan, p.Hazards, p.Runs, p.Seed, new SimulationOptions { MaxDegreeOfParallelism = 3 });

        Assert.Equal(one.PaymentsByRun, many.PaymentsByRun);
        Assert.Equal(one.SavingsByRun, many.SavingsByRun);
    });
}
