using BenchmarkDotNet.Attributes;
using CsvHelper;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>
/// Stage 1: reading participants.csv and spells.csv (about 10 spell rows per participant) from files, as <c>sib</c>
/// does: on one core, and in pieces on every core (files of 4 MB and more). <see cref="ScanSpellsWithCsvHelper"/> is the
/// floor that issue 22 measures the reading of spells.csv against (within 1.5×): CsvHelper alone on the same file.
/// </summary>
[MemoryDiagnoser]
public class ReadCsvBenchmarks
{
    private BenchmarkCohort _cohort = null!;
    private string _folder = null!;
    private InputEncoding.Sniffed _sniffed;

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
        _sniffed = SniffOf(Path.Combine(_folder, "spells.csv"));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// CsvHelper alone splitting spells.csv into fields and touching every field, as <see cref="SpellsCsv"/> has it do:
    /// the encoding the reader would find (an ASCII file is read as bytes, not transcoded), the reader's options, and on
    /// as many cores, each reader taking a piece cut at a line start. Nothing else of the reading: no sniffing of the
    /// encoding, no scan for the pieces' line numbers, no values.
    /// </summary>
    [Benchmark(Baseline = true)]
    public long ScanSpellsWithCsvHelper() => Scan(Path.Combine(_folder, "spells.csv"), Cores == -1 ? Environment.ProcessorCount : Cores, _sniffed);

    /// <summary>What <see cref="SpellsCsv"/> does with the same file: its spells, in pieces on as many cores.</summary>
    [Benchmark]
    public int ReadSpells()
    {
        var options = new ReadOptions { MaxDegreeOfParallelism = Cores };
        using FileStream spellsFile = File.OpenRead(Path.Combine(_folder, "spells.csv"));
        return SpellsCsv.Read(spellsFile, "spells.csv", _cohort.Contract, _cohort.Cohort, options: options).GetValueOrThrow().TotalRows;
    }

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

    /// <summary>The scan of <see cref="ScanSpellsWithCsvHelper"/> on any file, on <paramref name="cores"/> cores.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cores">How many cores (and readers per core, as <see cref="ReadOptions.PiecesPerCore"/> has it).</param>
    /// <param name="sniffed">The file's encoding, found beforehand (not part of the scan).</param>
    internal static long Scan(string path, int cores, InputEncoding.Sniffed sniffed)
    {
        using FileStream file = File.OpenRead(path);
        CsvReaderOptions options = CsvInput.ReaderOptions(sniffed) with { HasHeader = false };
        int pieces = cores == 1 ? 1 : cores * new ReadOptions().PiecesPerCore;
        long[] starts = PieceStarts(file, sniffed.BomLength, pieces);
        var touched = new long[pieces];
        Parallel.For(0, pieces, new ParallelOptions { MaxDegreeOfParallelism = cores }, k =>
        {
            using var slice = new FileSlice(file.SafeFileHandle, starts[k], starts[k + 1]);
            using CsvReader reader = CsvReader.Create(slice, options, leaveOpen: true);
            long bytes = 0;
            while (reader.Read())
            {
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    bytes += reader.GetSpan(i).Length;
                }
            }

            touched[k] = bytes;
        });

        return touched.Sum();
    }

    /// <summary>The encoding <see cref="SpellsCsv"/> would find for the file (UTF-8 or Windows-1252, and its BOM).</summary>
    internal static InputEncoding.Sniffed SniffOf(string path)
    {
        using FileStream file = File.OpenRead(path);
        return InputEncoding.Sniff(file);
    }

    /// <summary>
    /// Where <paramref name="pieces"/> pieces of the file's records start, after the header line that holds byte
    /// <paramref name="from"/>, each cut at a line start, and the file's end after them.
    /// </summary>
    internal static long[] PieceStarts(FileStream file, long from, int pieces)
    {
        var starts = new long[pieces + 1];
        starts[0] = LineAfter(file, from);
        for (int k = 1; k < pieces; k++)
        {
            starts[k] = LineAfter(file, starts[0] + ((file.Length - starts[0]) * k / pieces));
        }

        starts[pieces] = file.Length;
        return starts;
    }

    /// <summary>The offset of the line after the one that holds byte <paramref name="from"/>.</summary>
    private static long LineAfter(FileStream file, long from)
    {
        var buffer = new byte[1 << 16];
        for (long at = from; ; at += buffer.Length)
        {
            int n = RandomAccess.Read(file.SafeFileHandle, buffer, at);
            int i = buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (n == 0 || i >= 0)
            {
                return n == 0 ? file.Length : at + i + 1;
            }
        }
    }
}
