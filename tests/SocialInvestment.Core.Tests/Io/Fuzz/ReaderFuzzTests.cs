using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>
/// Every reader, fed the samples and test inputs after random mutations, ends each case in a value or in input errors
/// with file, line and column, within a few seconds, and never throws. A short run in every <c>dotnet test</c>; the long
/// run: <c>SIB_FUZZ_CASES=100000 dotnet test tests/SocialInvestment.Core.Tests --filter FullyQualifiedName~Fuzz</c>
/// (docs/quality.md).
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_participants_files_end_in_participants_or_input_errors() => Fuzz(FuzzTarget.Participants);

    [Fact]
    public void Mutated_spells_files_end_in_spells_or_input_errors() => Fuzz(FuzzTarget.Spells);

    [Fact]
    public void Mutated_events_files_end_in_events_or_input_errors() => Fuzz(FuzzTarget.Events);

    [Fact]
    public void Mutated_ledgers_end_in_a_ledger_or_input_errors() => Fuzz(FuzzTarget.Ledger);

    [Fact]
    public void Mutated_contracts_end_in_a_contract_or_input_errors() => Fuzz(FuzzTarget.Contract);

    [Fact]
    public void Mutated_investments_files_end_in_investments_or_input_errors() => Fuzz(FuzzTarget.Investments);

    [Fact]
    public void Mutated_weeks_files_end_in_weeks_or_input_errors() => Fuzz(FuzzTarget.Weeks);

    private void Fuzz(FuzzTarget target)
    {
        // The first read of a reader compiles it (about 1 s on a loaded 2-core machine, 40 ms for the same case after): read
        // each own seed once, untimed, so that the timeout measures the reader on the input, not the JIT.
        foreach (FuzzSeed seed in FuzzSeeds.For(target))
        {
            FuzzOracle.Check(new FuzzCase(target, seed, [], WithKey: true, Lenient: false), new FuzzStats(), untimed: true);
        }

        var stats = new FuzzStats();
        Property property = Prop.ForAll(FuzzCase.For(target), fuzzCase => FuzzOracle.Check(fuzzCase, stats));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.CasesPerReader).WithQuietOnSuccess(true), property);
        output.WriteLine($"{target}: {stats}");
    }
}
