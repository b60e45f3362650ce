using System.Text.RegularExpressions;

namespace SocialInvestment.Cli.Tests;

public sealed partial class SettleCommandTests
{
    [Fact]
    public void Settle_writes_lines_and_summary_and_exits_0()
    {
        using var output = new TempFolder();
        CliRun run = Public1("--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.True(File.Exists(Path.Combine(output.Path, "lines.csv")));
        Assert.Contains("\"format\": \"socialinvestment-summary/1\"", File.ReadAllText(Path.Combine(output.Path, "summary.json")));
        Assert.Equal(new[] { "lines.csv", "summary.json" }, Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Same_inputs_give_byte_identical_outputs()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        Assert.Equal(0, Public1("--out", first.Path).ExitCode);
        Assert.Equal(0, Public1("--out", second.Path).ExitCode);

        foreach (string file in new[] { "lines.csv", "summary.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Output_bytes_do_not_depend_on_input_row_order(int seed)
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        var random = new Random(seed);
        foreach (string file in new[] { "participants.csv", "spells.csv" })
        {
            string[] lines = File.ReadAllLines(CliRun.Case("public-1", file));
            string[] shuffled = [lines[0], .. lines.Skip(1).OrderBy(_ => random.Next())];
            File.WriteAllText(Path.Combine(input.Path, file), string.Join('\n', shuffled) + "\n");
        }

        using var output = new TempFolder();
        CliRun run = CliRun.Of(
            "settle",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", Path.Combine(input.Path, "participants.csv"),
            "--spells", Path.Combine(input.Path, "spells.csv"),
            "--as-of", "2026-03-03",
            "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(CliRun.Case("public-1", "expected-lines.csv")), File.ReadAllBytes(Path.Combine(output.Path, "lines.csv")));
    }

    [Fact]
    public void Summary_totals_equal_the_sums_of_the_lines()
    {
        using var output = new TempFolder();
        Assert.Equal(0, Public1("--out", output.Path).ExitCode);
        decimal[] sums = new decimal[5];
        foreach (string line in File.ReadLines(Path.Combine(output.Path, "lines.csv")).Skip(1))
        {
            string[] f = line.Split(',');
            for (int i = 0; i < 5; i++)
            {
                sums[i] += decimal.Parse(f[4 + i], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "summary.json")));
        var total = summary.RootElement.GetProperty("total");
        string[] names = ["amount", "payable", "capped", "paid_before", "due"];
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(sums[i], total.GetProperty(names[i]).GetDecimal());
        }
    }

    [Fact]
    public void Bad_input_exits_2_with_file_line_and_column_and_writes_nothing()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string participants = Path.Combine(input.Path, "participants.csv");
        File.WriteAllText(participants, "participant_id,start\nP1,2024-01-01\nP2,2024-13-01\n");
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "settle",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", participants,
            "--spells", CliRun.Case("public-1", "spells.csv"),
            "--as-of", "2026-03-03",
            "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("participants.csv:3:2:", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void Bad_input_leaves_an_existing_output_folder_as_it_was()
    {
        using var output = new TempFolder();
        Directory.CreateDirectory(output.Path);
        File.WriteAllText(Path.Combine(output.Path, "lines.csv"), "old");

        CliRun run = CliRun.Of(
            "settle",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--as-of", "2026-03-03",
            "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--spells", run.Error);
        Assert.Equal("old", File.ReadAllText(Path.Combine(output.Path, "lines.csv")));
        Assert.Single(Directory.GetFileSystemEntries(output.Path));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("03-03-2026")]
    [InlineData("tomorrow")]
    public void An_as_of_that_is_not_an_ISO_date_is_a_bad_argument(string asOf)
    {
        using var output = new TempFolder();
        CliRun run = CliRun.Of(
            "settle",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--spells", CliRun.Case("public-1", "spells.csv"),
            "--as-of", asOf,
            "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    public void A_thread_count_that_is_not_a_positive_whole_number_or_minus_1_is_a_bad_argument(string threads)
    {
        using var output = new TempFolder();
        CliRun run = Public1("--threads", threads, "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--threads: expected a whole number of at least 1 (or -1 for one per processor), found '{threads}'.", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void A_missing_required_option_is_a_bad_argument()
    {
        CliRun run = CliRun.Of("settle", "--contract", CliRun.Case("public-1", "contract.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--participants", run.Error);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_reported_with_exit_2()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string blocker = Path.Combine(input.Path, "a-file");
        File.WriteAllText(blocker, "not a folder");

        CliRun run = Public1("--out", Path.Combine(blocker, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write the output", run.Error);
    }

    [Fact]
    public void A_missing_input_file_is_reported_not_thrown()
    {
        using var output = new TempFolder();
        CliRun run = CliRun.Of(
            "settle",
            "--contract", "/nonexistent/contract.json",
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--as-of", "2026-03-03",
            "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("contract.json", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void No_CPR_number_reaches_an_output_or_a_message()
    {
        using var output = new TempFolder();
        CliRun run = CliRun.Of(
            "settle",
            "--contract", CliRun.Case("public-2", "contract.json"),
            "--participants", CliRun.Case("public-2", "participants.csv"),
            "--spells", CliRun.Case("public-2", "spells.csv"),
            "--paid", CliRun.Case("public-2", "ledger.csv"),
            "--pseudonym-key", CliRun.Case("public-2", "key.bin"),
            "--as-of", "2026-01-23",
            "--out", output.Path);
        Assert.Equal(0, run.ExitCode);

        var cprs = File.ReadLines(CliRun.Case("public-2", "participants.csv")).Skip(1)
            .Select(line => line.TrimStart('\uFEFF').Split(';')[0])
            .ToList();
        string everything = run.Output + run.Error
            + File.ReadAllText(Path.Combine(output.Path, "lines.csv"))
            + File.ReadAllText(Path.Combine(output.Path, "summary.json"));
        foreach (string cpr in cprs)
        {
            Assert.DoesNotContain(cpr, everything);
            Assert.DoesNotContain(cpr.Replace("-", string.Empty), everything);
            Assert.DoesNotContain(cpr[..6], everything);
        }
    }

    [Fact]
    public void A_malformed_CPR_is_an_error_that_does_not_repeat_it()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string participants = Path.Combine(input.Path, "participants.csv");
        File.WriteAllText(participants, "cpr;start\n020587-1000;01-01-2024\n310287-1234;01-01-2024\n");

        CliRun run = CliRun.Of(
            "validate",
            "--contract", CliRun.Case("public-2", "contract.json"),
            "--participants", participants,
            "--spells", CliRun.Case("public-2", "spells.csv"),
            "--pseudonym-key", CliRun.Case("public-2", "key.bin"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("participants.csv:3:1:", run.Error);
        Assert.False(CprShape().IsMatch(run.Error + run.Output), run.Error);
    }

    [Fact]
    public void A_cpr_column_without_a_key_is_an_error()
    {
        CliRun run = CliRun.Of(
            "validate",
            "--contract", CliRun.Case("public-2", "contract.json"),
            "--participants", CliRun.Case("public-2", "participants.csv"),
            "--spells", CliRun.Case("public-2", "spells.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("key", run.Error);
        Assert.False(CprShape().IsMatch(run.Error + run.Output), run.Error);
    }

    private static CliRun Public1(params string[] extra) => CliRun.Of(
        [
            "settle",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--spells", CliRun.Case("public-1", "spells.csv"),
            "--as-of", "2026-03-03",
            .. extra,
        ]);

    [GeneratedRegex(@"\d{6}-?\d{4}")]
    private static partial Regex CprShape();
}
