using BenchmarkDotNet.Attributes;
using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>
/// <c>sib design</c>'s work (docs/performance.md, "Contract design (sib design)"): the design benchmark's 1,000
/// candidates (benchmarks/design: the Kvinder i Job design template for a 200-woman intake, the fee, the 13-week bonus
/// and the share of the municipality's saving at 10 values each) priced on the same runs by <see cref="Design.Run"/>,
/// the recommended contract settled exactly and under stress. Its cost is candidates × runs; the target is 1,000
/// runs, measured with the command in docs/performance.md; here fewer, so that the smoke run stays short.
/// </summary>
[MemoryDiagnoser]
public class DesignBenchmarks
{
    private DesignTemplate _template = null!;
    private DesignSpace _space = null!;
    private IReadOnlyList<Investment> _investments = null!;
    private CohortPlan _plan = null!;

    [Params(20)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(RepositoryRoot(), "benchmarks", "design");
        using (FileStream contract = File.OpenRead(Path.Combine(folder, "contract-200.json")))
        {
            _template = DesignTemplate.Read(contract, "contract-200.json").GetValueOrThrow();
        }

        using (FileStream design = File.OpenRead(Path.Combine(folder, "design-1000.json")))
        {
            _space = DesignJson.Read(design, "design-1000.json", _template).GetValueOrThrow();
        }

        using (FileStream investments = File.OpenRead(Path.Combine(folder, "investments-200.csv")))
        {
            _investments = InvestmentsCsv.Read(investments, "investments-200.csv").GetValueOrThrow();
        }

        _plan = new CohortPlan([new Intake(new YearMonth(2027, 1), 100), new Intake(new YearMonth(2027, 2), 100)], new LocalDate(2029, 2, 28));
    }

    [Benchmark]
    public long Design1000Candidates() =>
        Design.Run(_space, _template.ContractFor, _plan, Hazards.Constant(0.08, 0.02), Runs, seed: 1, _investments, StressScenario.Default).Result.Candidates.Count;

    /// <summary>The checkout's root: the first folder up from the benchmark's assembly that holds benchmarks/design.</summary>
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "benchmarks", "design")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("benchmarks/design is not above the benchmark's folder: run it from a checkout.");
    }
}
