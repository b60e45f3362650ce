namespace SocialInvestment.Cli.Tests;

public sealed class ValidateAndOutcomesCommandTests
{
    [Fact]
    public void Validate_describes_what_was_read_and_exits_0()
    {
        CliRun run = CliRun.Of(
            "validate",
            "--contract", CliRun.Case("public-2", "contract.json"),
            "--participants", CliRun.Case("public-2", "participants.csv"),
            "--spells", CliRun.Case("public-2", "spells.csv"),
            "--pseudonym-key", CliRun.Case("public-2", "key.bin"),
            "--as-of", "2026-01-23");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("participants: 40", run.Output);
        Assert.Contains("spells: 233 rows, 225 of the cohort, 8 skipped (people outside the cohort)", run.Output);
        Assert.Contains("benefit su:", run.Output);
        Assert.Contains("education", run.Output);
        Assert.Contains("benefit boligstoette:", run.Output);
        Assert.Contains("OK", run.Output);
    }

    [Fact]
    public void Validate_reports_every_error_found_not_only_the_first()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string participants = Path.Combine(input.Path, "participants.csv");
        File.WriteAllText(participants, "participant_id,start,end\nP1,2024-01-01,2023-01-01\nP2,notadate,\nP1,2024-02-01,\n");

        CliRun run = CliRun.Of(
            "validate",
            "--contract", CliRun.Case("care-leavers-reboot-west", "contract.json"),
            "--participants", participants);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("participants.csv:2:3:", run.Error);
        Assert.Contains("participants.csv:3:2:", run.Error);
        Assert.Contains("participants.csv:4:", run.Error);
    }

    [Theory]
    [InlineData("kontanthjælp", "kontanthjaelp")]
    [InlineData("SU", "su")]
    public void A_code_spelled_like_a_mapped_one_is_still_an_error_that_asks_did_you_mean(string spelled, string mapped)
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string spells = Path.Combine(input.Path, "spells.csv");
        string[] rows = File.ReadAllLines(CliRun.Case("public-1", "spells.csv"));
        int line = Array.FindIndex(rows, r => r.Split(',')[1] == mapped);
        string[] cells = rows[line].Split(',');
        cells[1] = spelled;
        rows[line] = string.Join(',', cells);
        File.WriteAllLines(spells, rows);

        CliRun run = CliRun.Of(
            "settle",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--spells", spells,
            "--as-of", "2026-03-03",
            "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(
            FormattableString.Invariant($"spells.csv:{line + 1}:2: benefit: the benefit code '{spelled}' is not mapped by the contract's benefits: did you mean '{mapped}'?"),
            run.Error);
        Assert.False(Directory.Exists(output.Path) && Directory.EnumerateFileSystemEntries(output.Path).Any());
    }

    [Fact]
    public void Outcomes_writes_one_row_per_participant_with_a_column_per_trigger()
    {
        using var output = new TempFolder();
        CliRun run = CliRun.Of(
            "outcomes",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--spells", CliRun.Case("public-1", "spells.csv"),
            "--as-of", "2026-03-03",
            "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllLines(Path.Combine(output.Path, "outcomes.csv"));
        Assert.Equal("participant_id,window_start,enrolled,completed,job13,self26,edu,weeks_full,weeks_partial,weeks_none,weeks_unobserved", lines[0]);
        Assert.Equal(41, lines.Length);

        // P101-0039's bonus line in expected-lines.csv is dated 2024-09-02: that is when job13 was met.
        string row = lines.Single(l => l.StartsWith("P101-0039,", StringComparison.Ordinal));
        Assert.Equal("2024-09-02", row.Split(',')[4]);
        int[] weeks = row.Split(',')[7..].Select(int.Parse).ToArray();
        Assert.Equal(78, weeks.Sum());
    }
}
