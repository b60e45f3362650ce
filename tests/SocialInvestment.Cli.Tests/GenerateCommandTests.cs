namespace SocialInvestment.Cli.Tests;

public sealed partial class GenerateCommandTests
{
    [Fact]
    public void The_same_seed_gives_the_same_files_and_another_seed_other_files()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var other = new TempFolder();
        Assert.Equal(0, CliRun.Of("generate", "--participants", "300", "--seed", "5", "--out", first.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("generate", "--participants", "300", "--seed", "5", "--out", second.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("generate", "--participants", "300", "--seed", "6", "--out", other.Path).ExitCode);

        foreach (string file in new[] { "contract.json", "participants.csv", "spells.csv", "as_of.txt" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first.Path, "spells.csv")), File.ReadAllBytes(Path.Combine(other.Path, "spells.csv")));
    }

    [Fact]
    public void A_generated_cohort_looks_like_an_export_about_ten_rows_a_participant_with_outsiders()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRun.Of("generate", "--participants", "2000", "--seed", "1", "--out", folder.Path).ExitCode);
        string[] spells = File.ReadAllLines(Path.Combine(folder.Path, "spells.csv"));

        double rowsPerParticipant = (spells.Length - 1) / 2000.0;
        Assert.InRange(rowsPerParticipant, 8.0, 13.0);
        Assert.Contains(spells, line => line.StartsWith('X'));
        Assert.Contains(spells, line => line.Contains(",su,", StringComparison.Ordinal));
        Assert.Contains(spells, line => line.EndsWith(",0.5", StringComparison.Ordinal));
        Assert.Contains(spells, line => line.Contains(",,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Danish_export_of_a_cohort_settles_to_the_same_lines_as_the_standard_one_on_any_number_of_cores()
    {
        using var standard = new TempFolder();
        using var danish = new TempFolder();
        Assert.Equal(0, CliRun.Of("generate", "--participants", "5000", "--seed", "2", "--out", standard.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("generate", "--participants", "5000", "--seed", "2", "--out", danish.Path, "--danish").ExitCode);
        Assert.Contains("deltager_id;ydelse;Ydelse startdato", File.ReadAllText(Path.Combine(danish.Path, "spells.csv")));

        using var many = new TempFolder();
        using var one = new TempFolder();
        using var fromDanish = new TempFolder();
        Assert.Equal(0, Settle(standard.Path, many.Path).ExitCode);
        Assert.Equal(0, Settle(standard.Path, one.Path, "--threads", "1").ExitCode);
        Assert.Equal(0, Settle(danish.Path, fromDanish.Path).ExitCode);

        byte[] lines = File.ReadAllBytes(Path.Combine(many.Path, "lines.csv"));
        Assert.True(lines.Length > 1_000_000);
        Assert.Equal(lines, File.ReadAllBytes(Path.Combine(one.Path, "lines.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(many.Path, "summary.json")), File.ReadAllBytes(Path.Combine(one.Path, "summary.json")));
        Assert.Equal(lines, File.ReadAllBytes(Path.Combine(fromDanish.Path, "lines.csv")));
    }

    [Fact]
    public void A_negative_size_is_a_bad_argument()
    {
        using var folder = new TempFolder();
        CliRun run = CliRun.Of("generate", "--participants", "-5", "--out", folder.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(folder.Path));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void A_size_that_is_no_whole_number_is_a_bad_argument_with_a_message(string size)
    {
        using var folder = new TempFolder();
        CliRun run = CliRun.Of("generate", "--participants", size, "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--participants: expected a whole number of at least 0, found '{size}'.", run.Error);
        Assert.False(Directory.Exists(folder.Path));
    }

    private static CliRun Settle(string input, string output, params string[] extra) => CliRun.Of(
        [
            "settle",
            "--contract", Path.Combine(input, "contract.json"),
            "--participants", Path.Combine(input, "participants.csv"),
            "--spells", Path.Combine(input, "spells.csv"),
            "--as-of", File.ReadAllText(Path.Combine(input, "as_of.txt")),
            "--out", output,
            .. extra,
        ]);
}
