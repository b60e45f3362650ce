using BenchmarkDotNet.Attributes;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>All stages, as `sib settle` runs them, from CSV bytes in memory to lines.csv and summary.json bytes.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private BenchmarkCohort _cohort = null!;

    [Params(10_000)]
    public int Participants { get; set; }

    [GlobalSetup]
    public void Setup() => _cohort = BenchmarkCohort.Of(Participants, InputDialect.DanishExport);

    [Benchmark]
    public long Settle()
    {
        IReadOnlyList<Participant> participants = ParticipantsCsv.Read(new MemoryStream(_cohort.ParticipantsBytes), "participants.csv").GetValueOrThrow();
        var cohort = participants.Select(p => p.Id).ToHashSet();
        var spells = SpellsCsv.Read(new MemoryStream(_cohort.SpellsBytes), "spells.csv", _cohort.Contract, cohort).GetValueOrThrow();
        SettlementResult result = Settlement.Run(_cohort.Contract, participants, spells.Items, [], SyntheticCohort.AsOf);
        using var sink = new CountingStream();
        LinesCsv.Write(sink, result.Lines);
        SummaryJson.Write(sink, result, [], new InputCounts(spells.TotalRows, spells.SkippedRows, 0, 0, 0));
        return sink.Length;
    }
}
