using BenchmarkDotNet.Attributes;

namespace SocialInvestment.Benchmarks;

/// <summary>Stages 2 and 3: timelines, triggers, payments and caps of a whole cohort (parsed values in memory).</summary>
[MemoryDiagnoser]
public class SettlementBenchmarks
{
    private BenchmarkCohort _cohort = null!;

    [Params(10_000)]
    public int Participants { get; set; }

    [Params(1, -1)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup() => _cohort = BenchmarkCohort.Of(Participants);

    [Benchmark]
    public int Settle() =>
        Settlement.Run(_cohort.Contract, _cohort.Participants, _cohort.Spells, [], SyntheticCohort.AsOf, options: new SettlementOptions { MaxDegreeOfParallelism = Cores }).Lines.Count;
}
