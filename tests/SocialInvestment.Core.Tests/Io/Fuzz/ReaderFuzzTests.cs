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
        var stats = new FuzzStats();
        Property property = Prop.ForAll(FuzzCase.For(target), fuzzCase => FuzzOracle.Check(fuzzCase, stats));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzSettings.CasesPerReader).WithQuietOnSuccess(true), property);
        output.WriteLine($"{target}: {stats}");
    }
}
