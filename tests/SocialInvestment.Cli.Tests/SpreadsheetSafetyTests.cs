using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>No CSV that sib writes holds a field that a spreadsheet would run as a formula; an input id that would be one stops sib with exit 2.</summary>
public sealed class SpreadsheetSafetyTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_generated_cohort_and_its_outcomes_and_lines_hold_no_formula(bool danish)
    {
        using var folder = new TempFolder();
        string inputs = Path.Combine(folder.Path, "inputs");
        Assert.Equal(0, CliRun.Of(["generate", "--participants", "200", "--seed", "5", "--out", inputs, .. danish ? new[] { "--danish" } : []]).ExitCode);
        string[] arguments =
        [
            "--contract", Path.Combine(inputs, "contract.json"),
            "--participants", Path.Combine(inputs, "participants.csv"),
            "--spells", Path.Combine(inputs, "spells.csv"),
            "--as-of", File.ReadAllText(Path.Combine(inputs, "as_of.txt")),
        ];

        Assert.Equal(0, CliRun.Of(["settle", .. arguments, "--out", Path.Combine(folder.Path, "settle")]).ExitCode);
        Assert.Equal(0, CliRun.Of(["outcomes", .. arguments, "--out", Path.Combine(folder.Path, "outcomes")]).ExitCode);

        string[] csvs = Directory.GetFiles(folder.Path, "*.csv", SearchOption.AllDirectories);
        Assert.Equal(4, csvs.Length);
        Assert.All(csvs, file => Assert.Empty(SpreadsheetCells.Formulas(File.ReadAllText(file, System.Text.Encoding.Latin1))));
    }

    [Fact]
    public void A_participant_id_that_begins_with_a_hyphen_stops_settle_and_says_why()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string participants = Path.Combine(folder.Path, "participants.csv");
        File.WriteAllText(participants, "participant_id,start\nP1,2026-01-05\n-A1,2026-01-05\n");
        string output = Path.Combine(folder.Path, "out");

        CliRun run = CliRun.Of(
            "settle",
            "--contract", CliRun.Case("care-leavers-reboot-west", "contract.json"),
            "--participants", participants,
            "--as-of", "2026-06-30",
            "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: participants.csv:3:1: participant_id: expected an id that does not begin with '-' (a spreadsheet would read it as a formula), found '-A1'\n", run.Error.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(output));
    }
}
