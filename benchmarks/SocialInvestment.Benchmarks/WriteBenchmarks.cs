using BenchmarkDotNet.Attributes;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>Stage 4: writing lines.csv (about 19 lines per participant).</summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private SettlementResult _result = null!;

    [Params(10_000)]
    public int Participants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkCohort cohort = BenchmarkCohort.Of(Participants);
        _result = Settlement.Run(cohort.Contract, cohort.Participants, cohort.Spells, [], SyntheticCohort.AsOf);
    }

    [Benchmark]
    public long WriteLines()
    {
        using var sink = new CountingStream();
        LinesCsv.Write(sink, _result.Lines);
        return sink.Length;
    }
}
