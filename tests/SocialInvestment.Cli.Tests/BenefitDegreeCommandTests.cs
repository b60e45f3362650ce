namespace SocialInvestment.Cli.Tests;

/// <summary>
/// SPEC-DK DK2 through <c>sib</c>: a contract that gives benefit code 774 the degree 0.5 settles a spells.csv row of 774
/// without a degree at 0.5, and keeps a row's own degree; <c>sib validate</c> and the report say the code's degree.
/// </summary>
public sealed class BenefitDegreeCommandTests
{
    private const string Contract = """
        { "name": "degrees by code", "window": { "weeks": 8 },
          "benefits": { "774": { "class": "support", "degree": 0.5 }, "kth": "support", "su": { "class": "education" } },
          "monthly_cost": { "amount": 3100, "base_year": 2026 },
          "triggers": [ { "id": "partial2", "kind": "count", "weeks": 2, "level": "full_or_partial" } ],
          "payments": [ { "id": "bonus", "kind": "fixed", "trigger": "partial2", "amount": 1000 },
                        { "id": "saving", "kind": "share_of_savings", "gate": "partial2", "share": 0.5 } ] }
        """;

    private const string Participants = "participant_id,start\nhalf,2026-01-05\nown1,2026-01-05\nkth,2026-01-05\nquarter,2026-01-05\n";

    /// <summary>Everyone on support from 2025-12-01 on: half and own1 on 774, without a degree and with 1; kth on kth without; quarter on 774 with 0.25.</summary>
    private const string Spells = "participant_id,benefit,from,to,degree\nhalf,774,2025-12-01,,\nown1,774,2025-12-01,,1\nkth,kth,2025-12-01,,\nquarter,774,2025-12-01,,0.25\n";

    [Fact]
    public void Settle_gives_a_row_without_a_degree_the_code_s_degree_and_a_row_with_one_its_own()
    {
        // Window from Monday 2026-01-05, as_of 2026-01-31. A week is partial self-support where it holds at most
        // 7 × 0.5 = 3.5 days of support.
        // half: 774 without a degree → 0.5: 3.5 days a week, partial; weeks 0 and 1 → partial2 met 2026-01-18, bonus 1000.
        //   January's saving: D = 27 days (01-05 … 01-31) × (1 − 0.5) = 13.5; 0.5 × 3100 × 13.5 / 31 = 675.00.
        // own1: its own degree 1 wins → 7 days a week of support, never partial: nothing.
        // kth: kth has no degree in the contract → 1: nothing.
        // quarter: its own 0.25 wins → 1.75 days a week, partial: bonus 1000 on 2026-01-18;
        //   D = 27 × 0.75 = 20.25; 0.5 × 3100 × 20.25 / 31 = 1012.50.
        using var input = Inputs(Contract);
        using var output = new TempFolder();

        CliRun run = Settle(input.Path, output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            """
            participant_id,payment,period,date,amount,payable,capped,paid_before,due
            half,bonus,-,2026-01-18,1000.00,1000.00,0.00,0.00,1000.00
            quarter,bonus,-,2026-01-18,1000.00,1000.00,0.00,0.00,1000.00
            half,saving,2026-01,2026-01-31,675.00,675.00,0.00,0.00,675.00
            quarter,saving,2026-01,2026-01-31,1012.50,1012.50,0.00,0.00,1012.50

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(Path.Combine(output.Path, "lines.csv")));
    }

    [Fact]
    public void Settle_without_the_code_s_degree_counts_a_row_without_one_as_a_full_benefit()
    {
        // The same inputs with 774 mapped to "support" alone: half's rows are support 1, so only quarter is paid.
        using var input = Inputs(Contract.Replace("{ \"class\": \"support\", \"degree\": 0.5 }", "\"support\"", StringComparison.Ordinal));
        using var output = new TempFolder();

        CliRun run = Settle(input.Path, output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            ["quarter,bonus,-,2026-01-18,1000.00,1000.00,0.00,0.00,1000.00", "quarter,saving,2026-01,2026-01-31,1012.50,1012.50,0.00,0.00,1012.50"],
            File.ReadAllLines(Path.Combine(output.Path, "lines.csv")).Skip(1));
    }

    [Fact]
    public void Validate_shows_the_degree_of_a_code_that_has_one()
    {
        using var input = Inputs(Contract);

        CliRun run = CliRun.Of(
            "validate",
            "--contract", Path.Combine(input.Path, "contract.json"),
            "--participants", Path.Combine(input.Path, "participants.csv"),
            "--spells", Path.Combine(input.Path, "spells.csv"));

        Assert.True(run.ExitCode == 0, run.Error);
        string[] lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("  benefit 774 → support, degree 0.5 (rows without a degree of their own)", lines[1]);
        Assert.Contains("  benefit 774: 3 rows, support, degree 0.5 where a row gives none", lines);
        Assert.Contains("  benefit kth: 1 rows, support", lines);
    }

    [Fact]
    public void The_report_says_the_degree_of_a_code_that_has_one()
    {
        using var input = Inputs(Contract);
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "report",
            "--contract", Path.Combine(input.Path, "contract.json"),
            "--participants", Path.Combine(input.Path, "participants.csv"),
            "--spells", Path.Combine(input.Path, "spells.csv"),
            "--as-of", "2026-01-31",
            "--out", output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(
            "- A benefit row that gives no degree of its own counts at the degree the contract gives its code: 774 → support, degree 0.5.",
            File.ReadAllText(Path.Combine(output.Path, "report.md")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_degree_on_an_education_code_is_refused_at_the_degree_with_exit_2_and_nothing_written()
    {
        using var input = Inputs(Contract.Replace("{ \"class\": \"education\" }", "{ \"class\": \"education\", \"degree\": 0.5 }", StringComparison.Ordinal));
        using var output = new TempFolder();

        CliRun run = Settle(input.Path, output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("contract.json:2:121: benefits.su.degree: a degree is allowed only with class \"support\", and this code's class is \"education\": leave the degree out", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.Path));
    }

    private static TempFolder Inputs(string contract)
    {
        var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        File.WriteAllText(Path.Combine(input.Path, "contract.json"), contract);
        File.WriteAllText(Path.Combine(input.Path, "participants.csv"), Participants);
        File.WriteAllText(Path.Combine(input.Path, "spells.csv"), Spells);
        return input;
    }

    private static CliRun Settle(string input, string output) => CliRun.Of(
        "settle",
        "--contract", Path.Combine(input, "contract.json"),
        "--participants", Path.Combine(input, "participants.csv"),
        "--spells", Path.Combine(input, "spells.csv"),
        "--as-of", "2026-01-31",
        "--out", output);
}
