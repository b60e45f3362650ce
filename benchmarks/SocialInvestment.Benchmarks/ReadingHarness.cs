using System.Diagnostics;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>
/// Issue 22's reading target at national scale, outside BenchmarkDotNet (whose runs of a 515 MB read take minutes and
/// whose errors on this machine were wider than the differences): a `sib generate` folder's spells.csv read in turn by
/// <see cref="ReadCsvBenchmarks.Scan"/> (CsvHelper's own scan, the target's measure), by <see cref="ReadingFloor"/> (the
/// least a reader of the file's one shape must do) and by <see cref="SpellsCsv.Read"/>, several times in one process,
/// each read timed in wall and in CPU-seconds of the process (user + system). The scan is given the file's encoding;
/// the reader finds it itself (its sniff is part of reading). benchmarks/reading.sh runs it as sib runs: with sib's
/// precompiled images and runtime settings.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/SocialInvestment.Benchmarks -- read /tmp/d1000000 [reads [cores]]</c>
/// (4 reads of each kind, on every core, unless told).
/// The first read of each kind warms the code and the page cache and is left out of the medians.
/// </remarks>
internal static class ReadingHarness
{
    internal static int Run(string folder, int reads, int cores)
    {
        string spellsPath = Path.Combine(folder, "spells.csv");
        Contract contract;
        using (FileStream contractFile = File.OpenRead(Path.Combine(folder, "contract.json")))
        {
            contract = ContractJson.Read(contractFile, "contract.json").GetValueOrThrow();
        }

        HashSet<ParticipantId> cohort;
        using (FileStream participantsFile = File.OpenRead(Path.Combine(folder, "participants.csv")))
        {
            cohort = ParticipantsCsv.Read(participantsFile, "participants.csv").GetValueOrThrow().Select(p => p.Id).ToHashSet();
        }

        InputEncoding.Sniffed sniffed = ReadCsvBenchmarks.SniffOf(spellsPath);
        HashSet<string> cohortIds = [.. cohort.Select(id => id.ToString())];
        string[] codes = [.. contract.Benefits.Keys];
        var floors = new List<(double Wall, double Cpu)>();
        (long Rows, long Kept) floor = default;
        var scans = new List<(double Wall, double Cpu)>();
        var readsOf = new List<(double Wall, double Cpu)>();
        long touched = 0;
        int rows = 0;
        int kept = 0;
        for (int r = 0; r <= reads; r++)
        {
            scans.Add(Time(() => touched = ReadCsvBenchmarks.Scan(spellsPath, cores, sniffed)));
            readsOf.Add(Time(() =>
            {
                using FileStream spellsFile = File.OpenRead(spellsPath);
                InputRows<BenefitSpell> read = SpellsCsv.Read(spellsFile, "spells.csv", contract, cohort, options: new ReadOptions { MaxDegreeOfParallelism = cores }).GetValueOrThrow();
                rows = read.TotalRows;
                kept = read.Items.Count;
            }));
            floors.Add(Time(() => floor = ReadingFloor.Read(spellsPath, cores, cohortIds, codes)));
            Console.WriteLine($"floor {floors[^1].Wall:F3} s wall {floors[^1].Cpu:F3} CPU-s, {floor.Rows} rows, {floor.Kept} kept");
            Console.WriteLine($"read {r}: scan {scans[^1].Wall:F3} s wall {scans[^1].Cpu:F3} CPU-s; SpellsCsv.Read {readsOf[^1].Wall:F3} s wall {readsOf[^1].Cpu:F3} CPU-s{(r == 0 ? " (warm-up, left out)" : "")}");
        }

        double scanCpu = Median(scans.Skip(1).Select(t => t.Cpu));
        double readCpu = Median(readsOf.Skip(1).Select(t => t.Cpu));
        Console.WriteLine($"{touched} field bytes; SpellsCsv.Read: {rows} rows, {kept} kept");
        Console.WriteLine($"median of {reads}: scan {Median(scans.Skip(1).Select(t => t.Wall)):F3} s wall {scanCpu:F3} CPU-s; " +
            $"floor {Median(floors.Skip(1).Select(t => t.Wall)):F3} s wall {Median(floors.Skip(1).Select(t => t.Cpu)):F3} CPU-s; " +
            $"SpellsCsv.Read {Median(readsOf.Skip(1).Select(t => t.Wall)):F3} s wall {readCpu:F3} CPU-s; ratio in CPU {readCpu / scanCpu:F2}x");
        return 0;
    }

    private static (double Wall, double Cpu) Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        TimeSpan cpu = process.TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        action();
        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
