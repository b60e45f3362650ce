using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>
/// Issue 18's weekly inputs (SPEC-DK DK1), read from bytes in memory on one core, as `sib generate --weeks` writes them:
/// a cohort read from a wide DREAM extract against the same cohort read from its equivalent spells.csv; and a national
/// extract, most of whose rows are people outside a small cohort, checked for form and let go.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class WeeksBenchmarks
{
    private const string Cohort = "cohort: 20,000 persons x 520 weeks + 120 grad_ months";
    private const string National = "national: 200,000 persons x 260 weeks + 60 grad_ months, 1,000 in the cohort";

    private Extract _cohort = null!;
    private Extract _national = null!;

    [GlobalSetup(Targets = [nameof(ReadSpells), nameof(ReadWeeks)])]
    public void SetupCohort() => _cohort = Extract.Of(new SyntheticExtract(20_000, 20_000, 520, seed: 1, longForm: false));

    [GlobalSetup(Target = nameof(ReadNationalWeeks))]
    public void SetupNational() => _national = Extract.Of(new SyntheticExtract(1_000, 200_000, SyntheticExtract.DefaultWeekColumns, seed: 1, longForm: false));

    [BenchmarkCategory(Cohort)]
    [Benchmark(Baseline = true)]
    public int ReadSpells() =>
        SpellsCsv.Read(new MemoryStream(_cohort.Spells), "spells.csv", _cohort.Contract, _cohort.Ids).GetValueOrThrow().TotalRows;

    [BenchmarkCategory(Cohort)]
    [Benchmark]
    public int ReadWeeks() =>
        WeeksCsv.Read(new MemoryStream(_cohort.Weeks), "weeks.csv", _cohort.Contract, _cohort.Ids).GetValueOrThrow().Spells.TotalRows;

    [BenchmarkCategory(National)]
    [Benchmark]
    public int ReadNationalWeeks() =>
        WeeksCsv.Read(new MemoryStream(_national.Weeks), "weeks.csv", _national.Contract, _national.Ids).GetValueOrThrow().Spells.TotalRows;

    /// <summary>An extract's files as bytes, its contract and its cohort, made once.</summary>
    private sealed record Extract(Contract Contract, HashSet<ParticipantId> Ids, byte[] Weeks, byte[] Spells)
    {
        internal static Extract Of(SyntheticExtract extract)
        {
            Contract contract = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(SyntheticExtract.ContractJson)), "contract.json").GetValueOrThrow();
            using var weeks = new MemoryStream();
            WeeksCsvWriter.WriteWide(weeks, extract);
            using var spells = new MemoryStream();
            SpellsCsv.Write(spells, extract.Spells());
            return new Extract(contract, extract.Participants().Select(p => p.Id).ToHashSet(), weeks.ToArray(), spells.ToArray());
        }
    }
}
