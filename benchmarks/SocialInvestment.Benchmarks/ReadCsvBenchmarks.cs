using BenchmarkDotNet.Attributes;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>
/// Stage 1: reading participants.csv and spells.csv (about 10 spell rows per participant) from files, as <c>sib</c>
/// does: on one core, and in pieces on every core (files of 4 MB and more).
/// </summary>
[MemoryDiagnoser]
public class ReadCsvBenchmarks
{
    private BenchmarkCohort _cohort = null!;
    private string _folder = null!;

    [Params(10_000)]
    public int Participants { get; set; }

    [Params(InputDialect.Standard, InputDialect.DanishExport)]
    public InputDialect Dialect { get; set; }

    [Params(1, -1)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cohort = BenchmarkCohort.Of(Participants, Dialect);
        _folder = Directory.CreateTempSubdirectory("sib-bench-").FullName;
        File.WriteAllBytes(Path.Combine(_folder, "participants.csv"), _cohort.ParticipantsBytes);
        File.WriteAllBytes(Path.Combine(_folder, "spells.csv"), _cohort.SpellsBytes);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int ReadParticipantsAndSpells()
    {
        var options = new ReadOptions { MaxDegreeOfParallelism = Cores };
        using FileStream participantsFile = File.OpenRead(Path.Combine(_folder, "participants.csv"));
        var participants = ParticipantsCsv.Read(participantsFile, "participants.csv", options: options).GetValueOrThrow();
        using FileStream spellsFile = File.OpenRead(Path.Combine(_folder, "spells.csv"));
        var spells = SpellsCsv.Read(spellsFile, "spells.csv", _cohort.Contract, _cohort.Cohort, options: options).GetValueOrThrow();
        return participants.Count + spells.TotalRows;
    }
}
