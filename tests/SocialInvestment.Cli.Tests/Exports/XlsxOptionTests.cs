using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary><c>--xlsx</c> and <c>--language</c> as typed on the command line of settle, economics and outcomes.</summary>
public sealed class XlsxOptionTests
{
    private static string Sample(string file) => RepositoryFolder.PathOf("samples", "economics", file);

    private static string[] Inputs => ["--contract", Sample("contract.json"), "--participants", Sample("participants.csv"), "--spells", Sample("spells.csv"), "--as-of", "2025-12-31"];

    [Fact]
    public void Each_command_writes_its_workbook_beside_its_files_with_headers_in_the_language_given()
    {
        using var settled = new TempFolder();
        using var economics = new TempFolder();
        using var outcomes = new TempFolder();

        CliRun settle = CliRun.Of(["settle", .. Inputs, "--out", settled.Path, "--xlsx", "--language", "da"]);
        CliRun economy = CliRun.Of(["economics", .. Inputs, "--investments", Sample("investments.csv"), "--out", economics.Path, "--xlsx", "--language", "da"]);
        CliRun outcome = CliRun.Of(["outcomes", .. Inputs, "--out", outcomes.Path, "--xlsx", "--language", "da"]);

        Assert.All([settle, economy, outcome], run => Assert.True(run.ExitCode == 0, run.Error));
        Assert.Equal(["lines.csv", "settlement.xlsx", "summary.json"], Files(settled.Path));
        Assert.Equal(["cashflows.csv", "economics.json", "settlement.xlsx"], Files(economics.Path));
        Assert.Equal(["outcomes.csv", "outcomes.xlsx"], Files(outcomes.Path));
        Assert.Equal(["Linjer", "Totaler", "Deltagere"], WorkbookCells.Read(Path.Combine(settled.Path, "settlement.xlsx")).Select(s => s.Name));
        Assert.Equal(["Udfald"], WorkbookCells.Read(Path.Combine(outcomes.Path, "outcomes.xlsx")).Select(s => s.Name));
        Assert.Equal(File.ReadAllBytes(Sample("expected/lines.csv")), File.ReadAllBytes(Path.Combine(settled.Path, "lines.csv")));
    }

    [Fact]
    public void Outcomes_refuses_a_language_it_does_not_know_with_exit_code_2_and_writes_nothing()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["outcomes", .. Inputs, "--out", output.Path, "--xlsx", "--language", "sv"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--language: expected en or da, found 'sv'.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.Path));
    }

    private static IEnumerable<string?> Files(string folder) => Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
}
