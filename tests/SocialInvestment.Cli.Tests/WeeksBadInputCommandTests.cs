namespace SocialInvestment.Cli.Tests;

/// <summary>
/// Bad weeks files through <c>sib settle</c> (issue 18, "Bad input"; SPEC-DK DK8): each gets its file, line, column and
/// what was expected as the first error, exit code 2, nothing written, and no CPR number echoed. The weeks cases of the
/// reader's bad-input corpus (tests/SocialInvestment.Core.Tests/BadInput/weeks-*, whose expected.txt is the reader's
/// first error) are linked into this project's output as BadInput/.
/// </summary>
public sealed class WeeksBadInputCommandTests
{
    private const string Contract = """
        {
          "name": "bad weeks",
          "benefits": { "kontanthjaelp": "support", "su": "education" },
          "window": { "from": "start", "weeks": 104 },
          "triggers": [{ "id": "enrolled", "kind": "enrolment" }],
          "payments": [{ "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 100 }]
        }
        """;

    public static TheoryData<string> CorpusCases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "BadInput"), "weeks-*").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Fact]
    public void The_corpus_holds_the_weeks_cases_of_the_issue() =>
        Assert.Superset(
            new HashSet<string> { "weeks-week-53-of-a-52-week-year", "weeks-columns-with-a-gap", "weeks-second-row", "weeks-rate-above-1", "weeks-long-bad-week" },
            Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "BadInput"), "weeks-*").Select(dir => Path.GetFileName(dir)!).ToHashSet());

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void A_bad_weeks_file_is_exit_2_with_its_first_error_and_nothing_written(string name)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "BadInput", name);
        string expected = File.ReadAllText(Path.Combine(dir, "expected.txt")).TrimEnd('\r', '\n');

        (CliRun run, bool written) = Settle(File.ReadAllText(Path.Combine(dir, "weeks.csv")));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: " + expected, run.Error.Split('\n')[0].TrimEnd('\r'));
        Assert.False(written);
    }

    [Theory]
    [InlineData("pnr,y_2401,y_2402,y_2401\nP1,su,su,su\n", "weeks.csv:1:4: y_2401")]
    [InlineData("pnr,y_2402,y_2401\nP1,su,su\n", "weeks.csv:1:3: y_2401")]
    [InlineData("pnr,y_2401,grad_2024_01,grad_2024_01\nP1,su,0,0\n", "weeks.csv:1:4: grad_2024_01")]
    public void Week_or_rate_columns_repeated_or_out_of_order_name_the_column(string weeks, string position)
    {
        (CliRun run, bool written) = Settle(weeks);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + position, run.Error, StringComparison.Ordinal);
        Assert.False(written);
    }

    [Theory]
    [InlineData("cpr,y_2401,y_2402\n010190-1234,su,su\n010190-1234,su,su\n")]
    [InlineData("cpr,y_2401,grad_2024_01\n0101901234,su,7\n")]
    [InlineData("cpr,uge,ydelse\n010190-1234,2024-W99,su\n")]
    [InlineData("cpr,uge,ydelse\n010190-1234,2024-W01,.\n")]
    public void A_bad_weeks_file_with_CPR_numbers_never_echoes_one(string weeks)
    {
        (CliRun run, bool written) = Settle(weeks, key: true);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: weeks.csv:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("010190", run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0101901234", run.Error + run.Output, StringComparison.Ordinal);
        Assert.False(written);
    }

    private static (CliRun Run, bool Written) Settle(string weeks, bool key = false)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string Write(string name, string text)
        {
            string path = Path.Combine(folder.Path, name);
            File.WriteAllText(path, text);
            return path;
        }

        string output = Path.Combine(folder.Path, "out");
        List<string> args =
        [
            "settle",
            "--contract", Write("contract.json", Contract),
            "--participants", Write("participants.csv", "participant_id,start\nP1,2024-01-01\nP2,2024-01-01\n"),
            "--weeks", Write("weeks.csv", weeks),
            "--as-of", "2024-01-07",
            "--out", output,
        ];
        if (key)
        {
            string keyFile = Path.Combine(folder.Path, "key.bin");
            File.WriteAllBytes(keyFile, Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
            args.AddRange(["--pseudonym-key", keyFile]);
        }

        CliRun run = CliRun.Of([.. args]);
        return (run, Directory.Exists(output));
    }
}
