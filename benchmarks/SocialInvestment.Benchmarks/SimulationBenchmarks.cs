using BenchmarkDotNet.Attributes;
using NodaTime;

namespace SocialInvestment.Benchmarks;

/// <summary>
/// <c>sib simulate</c>'s work: runs of a planned cohort under the SPEC §2 contract, each drawing every participant's spells
/// and settling them over a two-year horizon. Its cost is runs × participants, so one run of 1,000 people stands for
/// 10 runs of 100.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private Contract _contract = null!;
    private CohortPlan _plan = null!;

    [Params(100)]
    public int Runs { get; set; }

    [Params(1, -1)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _contract = BenchmarkCohort.Of(1_000).Contract;
        _plan = new CohortPlan([new Intake(new YearMonth(2027, 1), 100), new Intake(new YearMonth(2027, 2), 100)], new LocalDate(2029, 2, 28));
    }

    [Benchmark]
    public int Simulate() =>
        Simulation.Run(_contract, _plan, Hazards.Constant(0.08, 0.02), Runs, seed: 1, new SimulationOptions { MaxDegreeOfParallelism = Cores }).Months.Count;
}
