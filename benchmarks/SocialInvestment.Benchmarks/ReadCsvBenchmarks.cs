using BenchmarkDotNet.Attributes;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>Stage 1: reading participants.csv and spells.csv (about 10 spell rows per participant).</summary>
[MemoryDiagnoser]
public class ReadCsvBenchmarks
{
    private BenchmarkCohort _cohort = null!;

    [Params(10_000)]
    public int Participants { get; set; }

    [Params(InputDialect.Standard, InputDialect.DanishExport)]
    public InputDialect Dialect { get; set; }

    [GlobalSetup]
    public void Setup() => _cohort = BenchmarkCohort.Of(Participants, Dialect);

    [Benchmark]
    public int ReadParticipantsAndSpells()
    {
        var participants = ParticipantsCsv.Read(new MemoryStream(_cohort.ParticipantsBytes), "participants.csv").GetValueOrThrow();
        var spells = SpellsCsv.Read(new MemoryStream(_cohort.SpellsBytes), "spells.csv", _cohort.Contract, _cohort.Cohort).GetValueOrThrow();
        return participants.Count + spells.TotalRows;
    }
}
