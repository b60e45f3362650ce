using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using SocialInvestment.Tests.Io.Fuzz;

namespace SocialInvestment.Cli.Tests.Fuzz;

/// <summary>
/// <c>sib validate</c> (and <c>sib settle --paid --xlsx --parquet --language da</c> for the ledger, <c>sib validate --weeks</c> for both forms of a weeks file) on a test case with one input file mutated, in process:
/// exit code 0 or 2 with every error on a line of its own, never an exception, never more than a few seconds. The
/// mutations are those of the reader fuzz tests (tests/SocialInvestment.Core.Tests/Io/Fuzz). A short run in every
/// <c>dotnet test</c>; <c>SIB_FUZZ_CASES</c> (the reader tests' total) runs one case here for every 50 there.
/// </summary>
public sealed class CliFuzzTests
{
    private const int ShortRunCases = 25;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The files of each case folder that the command reads, by option.</summary>
    private static readonly (string Folder, string Command, (string Option, string File)[] Inputs)[] Runs =
    [
        ("public-2", "validate", [("--contract", "contract.json"), ("--participants", "participants.csv"), ("--spells", "spells.csv")]),
        ("care-leavers-reboot-west", "validate", [("--contract", "contract.json"), ("--participants", "participants.csv"), ("--events", "events.csv")]),
        ("public-2", "settle", [("--paid", "ledger.csv")]),
        ("public-dk-2", "validate", [("--weeks", "weeks.csv")]),
        ("public-dk-3", "validate", [("--weeks", "weeks.csv")]),
    ];

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("SIB_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int cases) && cases > 0
            ? Math.Max(ShortRunCases, cases / 50)
            : ShortRunCases;

    [Fact]
    public void Sib_on_a_mutated_input_exits_0_or_2_with_each_error_on_a_line()
    {
        Gen<CliCase> cases =
            from run in Gen.Elements(Runs)
            from input in Gen.Elements(run.Inputs)
            from mutations in Mutations.Some
            select new CliCase(run.Folder, run.Command, input.File, mutations);
        Property property = Prop.ForAll(cases.ToArbitrary(), Check);
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true), property);
    }

    private static void Check(CliCase fuzzCase)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Cases", fuzzCase.Folder)))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        string mutated = Path.Combine(folder.Path, fuzzCase.File);
        File.WriteAllBytes(mutated, fuzzCase.Mutations.Aggregate(File.ReadAllBytes(mutated), (bytes, mutation) => mutation.Apply(bytes)));

        string In(string file) => Path.Combine(folder.Path, file);
        bool weeks = fuzzCase.Folder.StartsWith("public-dk-", StringComparison.Ordinal);
        string contract = In("contract.json");
        List<string> args = [fuzzCase.Command, "--contract", contract, "--participants", In("participants.csv")];
        if (weeks)
        {
            // A DREAM extract (wide, public-dk-2) and a municipal weekly table (long, public-dk-3): SPEC-DK DK1.
            args.AddRange(["--weeks", In("weeks.csv"), "--as-of", File.ReadAllText(In("as_of.txt")).Trim()]);
        }
        else if (fuzzCase.Folder == "public-2")
        {
            args.AddRange(["--spells", In("spells.csv"), "--pseudonym-key", In("key.bin")]);
        }
        else
        {
            args.AddRange(["--events", In("events.csv")]);
        }

        if (fuzzCase.Command == "settle")
        {
            // Every output a settlement can write, in Danish: a mutated ledger must not break the workbook or the Parquet files either.
            args.AddRange(["--paid", In("ledger.csv"), "--as-of", "2026-01-23", "--out", In("out"), "--xlsx", "--parquet", "--language", "da"]);
        }

        Task<CliRun> running = Task.Run(() => CliRun.Of([.. args]));
        Assert.True(running.Wait(Timeout), $"sib took more than {Timeout.TotalSeconds} s: {fuzzCase}");
        CliRun result = running.Result;

        Assert.True(result.ExitCode is 0 or 2, $"exit code {result.ExitCode}: {fuzzCase}\n{result.Error}");
        if (result.ExitCode == 2)
        {
            string[] lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        }
    }

    /// <summary>One case: which command on which case folder, and the mutations of one of its files.</summary>
    internal sealed record CliCase(string Folder, string Command, string File, Mutation[] Mutations)
    {
        public override string ToString() =>
            $"sib {Command} on Cases/{Folder} with {File} after {string.Join(", then ", Mutations.Select(m => m.ToString()))}";
    }
}
