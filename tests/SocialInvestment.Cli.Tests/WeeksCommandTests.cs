using System.Text.Json.Nodes;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// Weeks files on the command line (SPEC-DK DK1, DK8): every command that reads spells takes <c>--weeks</c> instead, with
/// the same lines as the equivalent spells.csv; <c>sib validate</c> describes the extract; a wide extract's period is
/// checked against the windows and <c>as_of</c>.
/// </summary>
public sealed class WeeksCommandTests
{
    [Theory]
    [InlineData("public-dk-1")]
    [InlineData("public-dk-3")]
    public void Settling_from_the_weeks_file_gives_the_lines_of_the_equivalent_spells_byte_for_byte(string name)
    {
        using var folder = new TempFolder();
        string contract = CliRun.Case(name, "contract.json");

        byte[] fromWeeks = Settle(name, contract, "--weeks", "weeks.csv", folder, "weeks");
        byte[] fromSpells = Settle(name, contract, "--spells", "spells.csv", folder, "spells");

        Assert.True(fromWeeks.Length > 100, "the case pays something");
        Assert.Equal(fromSpells, fromWeeks);
    }

    [Fact]
    public void The_summary_counts_the_weeks_files_persons_and_coded_weeks_where_spells_rows_would_stand()
    {
        using var folder = new TempFolder();
        string contract = CliRun.Case("public-dk-1", "contract.json");
        string output = Path.Combine(folder.Path, "out");
        CliRun run = CliRun.Of(
            "settle",
            "--contract", contract,
            "--participants", CliRun.Case("public-dk-1", "participants.csv"),
            "--weeks", CliRun.Case("public-dk-1", "weeks.csv"),
            "--as-of", "2026-03-31",
            "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        JsonNode rows = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!["rows"]!;
        Assert.Equal("wide", (string?)rows["weeks_form"]);
        Assert.Equal(4, (int)rows["weeks_persons"]!);
        Assert.Equal(0, (int)rows["weeks_persons_skipped_outside_cohort"]!);
        Assert.Equal(119, (int)rows["weeks_coded_of_cohort"]!);
        Assert.Null(rows["spells_read"]);
    }

    [Fact]
    public void An_employment_trigger_with_spells_instead_of_a_DREAM_extract_is_an_error_naming_the_trigger()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string contract = CliRun.Case("public-dk-2", "contract.json");
        string spells = Path.Combine(folder.Path, "spells.csv");
        File.WriteAllText(spells, "participant_id,benefit,from,to\nD101-000,701,2025-01-06,2025-01-12\n");
        CliRun run = CliRun.Of(
            "settle",
            "--contract", contract,
            "--participants", CliRun.Case("public-dk-2", "participants.csv"),
            "--spells", spells,
            "--as-of", "2026-10-04",
            "--out", Path.Combine(folder.Path, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --weeks: trigger 'emp' is an employment trigger, measured on monthly employment rates, so a weeks file with grad_YYYY_MM columns is required (--weeks FILE).", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public void An_employment_trigger_with_a_weeks_file_without_grad_columns_is_an_error_naming_the_trigger_and_the_file()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string contract = CliRun.Case("public-dk-2", "contract.json");
        string weeks = Path.Combine(folder.Path, "weeks-without-rates.csv");
        File.WriteAllText(weeks, "pnr,y_2501,y_2502\nD101-000,701,.\n");
        CliRun run = CliRun.Of(
            "validate",
            "--contract", contract,
            "--participants", CliRun.Case("public-dk-2", "participants.csv"),
            "--weeks", weeks);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: weeks-without-rates.csv: trigger 'emp' is an employment trigger, measured on monthly employment rates, and this weeks file has no grad_YYYY_MM columns: give a DREAM extract with them.", run.Error);
    }

    [Fact]
    public void Both_spells_and_weeks_for_one_group_is_an_argument_error_and_writes_nothing()
    {
        using var output = new TempFolder();
        CliRun run = CliRun.Of(
            "settle",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--spells", CliRun.Case("public-1", "spells.csv"),
            "--weeks", CliRun.Case("public-dk-1", "weeks.csv"),
            "--as-of", "2026-03-03",
            "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--spells and --weeks both give the benefit history of the cohort; give one of them.", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void A_comparison_group_given_both_spells_and_weeks_is_an_argument_error()
    {
        CliRun run = CliRun.Of(
            "evidence",
            "--contract", CliRun.Case("public-1", "contract.json"),
            "--participants", CliRun.Case("public-1", "participants.csv"),
            "--spells", CliRun.Case("public-1", "spells.csv"),
            "--comparison-participants", CliRun.Case("public-dk-1", "participants.csv"),
            "--comparison-spells", CliRun.Case("public-dk-1", "spells.csv"),
            "--comparison-weeks", CliRun.Case("public-dk-1", "weeks.csv"),
            "--as-of", "2026-03-03",
            "--out", Path.Combine(Path.GetTempPath(), "sib-never-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--comparison-spells and --comparison-weeks both give the benefit history of the comparison group; give one of them.", run.Error);
    }

    [Fact]
    public void Validate_describes_a_wide_extract_its_period_persons_coded_weeks_codes_and_months()
    {
        CliRun run = Validate("public-dk-1", "--as-of", "2026-03-31");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("weeks: wide form (a DREAM extract): week columns y_2401 to y_2614, 2024-01-01 to 2026-04-05 (118 weeks)", run.Output);
        Assert.Contains("  persons: 4, 4 of the cohort, 0 skipped (people outside the cohort)", run.Output);
        // P1 3 weeks, P3 52 + 1, P4 52 + 10 + 1 (README of public-dk-1).
        Assert.Contains("  coded weeks of the cohort: 119", run.Output);
        Assert.Contains("  benefit 701: 119 weeks, support", run.Output);
        Assert.Contains("  employment rates: no grad_ columns", run.Output);
        // 2024-01-01 (Monday of y_2401) to 2026-03-02 (P1's and P3's start): 791 days.
        Assert.Contains("  history: 113 whole weeks from 2024-01-01 before the earliest window start, 2026-03-02", run.Output);
    }

    [Fact]
    public void Validate_says_how_much_history_a_spells_file_holds_before_the_earliest_window()
    {
        string contract = CliRun.Case("public-dk-1", "contract.json");
        CliRun run = CliRun.Of(
            "validate", "--contract", contract, "--participants", CliRun.Case("public-dk-1", "participants.csv"), "--spells", CliRun.Case("public-dk-1", "spells.csv"));

        Assert.True(run.ExitCode == 0, run.Error);
        // P3's and P4's first spell begins 2024-01-01, as the extract's first week does.
        Assert.Contains("  history: 113 whole weeks from 2024-01-01 before the earliest window start, 2026-03-02", run.Output);
    }

    [Fact]
    public void Validate_describes_the_employment_months_of_a_DREAM_extract()
    {
        CliRun run = Validate("public-dk-2");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("weeks: wide form (a DREAM extract): week columns y_2120 to y_2646", run.Output);
        // The header's grad_ columns: 2021-05 … 2026-11.
        Assert.Contains("  employment rates: 67 months, grad_2021_05 to grad_2026_11", run.Output);
        Assert.Contains("  benefit 774: ", run.Output);
        Assert.Contains(", support, degree 0.5 where a row gives none", run.Output);
    }

    [Fact]
    public void Validate_describes_a_long_weekly_table()
    {
        CliRun run = Validate("public-dk-3");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("weeks: long form (one row per person and week): weeks 2021-W15 to 2026-W32, 2021-04-12 to 2026-08-09", run.Output);
        // 78 distinct ids in the file, 65 of them among the 66 participants (one has no row: no benefit in any week).
        Assert.Contains("  persons: 78, 65 of the cohort, 13 skipped (people outside the cohort)", run.Output);
        Assert.Contains("  benefit 774: 667 weeks, support, degree 0.5 where a row gives none", run.Output);
        Assert.Contains("  employment rates: no grad_ columns", run.Output);
    }

    [Fact]
    public void An_as_of_after_the_extracts_last_Sunday_is_an_error_naming_the_column_and_its_date()
    {
        using var folder = new TempFolder();
        string contract = CliRun.Case("public-dk-1", "contract.json");
        string output = Path.Combine(folder.Path, "out");
        CliRun run = CliRun.Of(
            "settle",
            "--contract", contract,
            "--participants", CliRun.Case("public-dk-1", "participants.csv"),
            "--weeks", CliRun.Case("public-dk-1", "weeks.csv"),
            "--as-of", "2026-04-06",
            "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("weeks.csv:1:", run.Error);
        Assert.Contains("y_2614", run.Error);
        Assert.Contains("2026-04-05", run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_as_of_on_the_extracts_last_Sunday_is_accepted()
    {
        using var folder = new TempFolder();
        string contract = CliRun.Case("public-dk-1", "contract.json");
        CliRun run = CliRun.Of(
            "settle",
            "--contract", contract,
            "--participants", CliRun.Case("public-dk-1", "participants.csv"),
            "--weeks", CliRun.Case("public-dk-1", "weeks.csv"),
            "--as-of", "2026-04-05",
            "--out", Path.Combine(folder.Path, "out"));

        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void A_cohort_member_whose_window_starts_before_the_extracts_first_Monday_is_an_error_naming_the_column()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string contract = CliRun.Case("public-dk-1", "contract.json");
        string participants = Path.Combine(folder.Path, "participants.csv");
        File.WriteAllText(participants, "participant_id,start\nP1,2026-03-02\nP2,2023-12-31\n");
        string output = Path.Combine(folder.Path, "out");
        CliRun run = CliRun.Of(
            "settle",
            "--contract", contract,
            "--participants", participants,
            "--weeks", CliRun.Case("public-dk-1", "weeks.csv"),
            "--as-of", "2026-03-31",
            "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("weeks.csv:1:", run.Error);
        Assert.Contains("y_2401", run.Error);
        Assert.Contains("2024-01-01", run.Error);
        Assert.Contains("P2", run.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Outcomes_evidence_economics_and_report_read_weeks_as_they_read_spells()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        string contract = CliRun.Case("public-dk-1", "contract.json");
        string investments = Path.Combine(folder.Path, "investments.csv");
        File.WriteAllText(investments, "date,amount\n2026-03-01,50000\n");
        foreach (string command in new[] { "outcomes", "evidence", "economics", "report" })
        {
            string[] extra = command == "economics" ? ["--investments", investments] : [];
            var fromWeeks = Path.Combine(folder.Path, command + "-weeks");
            var fromSpells = Path.Combine(folder.Path, command + "-spells");
            CliRun weeks = CliRun.Of([command, "--contract", contract, "--participants", CliRun.Case("public-dk-1", "participants.csv"), "--weeks", CliRun.Case("public-dk-1", "weeks.csv"), "--as-of", "2026-03-31", "--out", fromWeeks, .. extra]);
            CliRun spells = CliRun.Of([command, "--contract", contract, "--participants", CliRun.Case("public-dk-1", "participants.csv"), "--spells", CliRun.Case("public-dk-1", "spells.csv"), "--as-of", "2026-03-31", "--out", fromSpells, .. extra]);

            Assert.True(weeks.ExitCode == 0, command + ": " + weeks.Error);
            Assert.True(spells.ExitCode == 0, command + ": " + spells.Error);
            foreach (string file in Directory.GetFiles(fromSpells, "*.csv"))
            {
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(fromWeeks, Path.GetFileName(file))));
            }
        }
    }

    [Fact]
    public void A_comparison_group_read_from_its_weeks_gives_the_evidence_of_its_spells()
    {
        using var folder = new TempFolder();
        string contract = CliRun.Case("public-dk-3", "contract.json");
        string Evidence(string option, string file)
        {
            string output = Path.Combine(folder.Path, "evidence-" + file);
            CliRun run = CliRun.Of(
                "evidence",
                "--contract", contract,
                "--participants", CliRun.Case("public-dk-3", "participants.csv"),
                "--weeks", CliRun.Case("public-dk-3", "weeks.csv"),
                "--comparison-participants", CliRun.Case("public-dk-1", "participants.csv"),
                option, CliRun.Case("public-dk-1", file),
                "--as-of", "2026-04-05",
                "--out", output);
            Assert.True(run.ExitCode == 0, run.Error);
            return File.ReadAllText(Path.Combine(output, "evidence.json"));
        }

        string fromWeeks = Evidence("--comparison-weeks", "weeks.csv");
        string fromSpells = Evidence("--comparison-spells", "spells.csv");

        // The inputs' hashes name different files; everything measured is the same.
        static string Measured(string json) => json[json.IndexOf("\"triggers\"", StringComparison.Ordinal)..];
        Assert.Equal(Measured(fromSpells), Measured(fromWeeks));
        Assert.Contains("comparison", fromWeeks, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_groups_extract_is_checked_against_as_of_too()
    {
        using var folder = new TempFolder();
        string contract = CliRun.Case("public-dk-3", "contract.json");
        CliRun run = CliRun.Of(
            "evidence",
            "--contract", contract,
            "--participants", CliRun.Case("public-dk-3", "participants.csv"),
            "--weeks", CliRun.Case("public-dk-3", "weeks.csv"),
            "--comparison-participants", CliRun.Case("public-dk-1", "participants.csv"),
            "--comparison-weeks", CliRun.Case("public-dk-1", "weeks.csv"),
            "--as-of", "2026-07-05",
            "--out", Path.Combine(folder.Path, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: weeks.csv:1:120: y_2614: as_of 2026-07-05 is after the extract's last week, which ends on Sunday 2026-04-05", run.Error);
    }

    [Fact]
    public void Simulate_estimates_the_same_hazards_from_an_earlier_cohorts_weeks_as_from_its_spells()
    {
        using var folder = new TempFolder();
        string contract = CliRun.Case("public-dk-3", "contract.json");
        string FromHistory(string option, string file, string outName)
        {
            string output = Path.Combine(folder.Path, outName);
            CliRun run = CliRun.Of(
                "simulate",
                "--contract", contract,
                "--estimate-participants", CliRun.Case("public-dk-3", "participants.csv"),
                option, CliRun.Case("public-dk-3", file),
                "--estimate-as-of", "2026-07-05",
                "--minimum-at-risk", "1",
                "--intake", "2027-01:20",
                "--horizon", "2028-12-31",
                "--runs", "20",
                "--out", output);
            Assert.True(run.ExitCode == 0, run.Error);
            return File.ReadAllText(Path.Combine(output, "hazards.csv"));
        }

        Assert.Equal(FromHistory("--estimate-spells", "spells.csv", "spells"), FromHistory("--estimate-weeks", "weeks.csv", "weeks"));
    }

    private static CliRun Validate(string name, params string[] extra)
    {
        string contract = CliRun.Case(name, "contract.json");
        return CliRun.Of(
            ["validate", "--contract", contract, "--participants", CliRun.Case(name, "participants.csv"), "--weeks", CliRun.Case(name, "weeks.csv"), .. extra]);
    }

    private static byte[] Settle(string name, string contract, string option, string file, TempFolder folder, string outName)
    {
        string output = Path.Combine(folder.Path, outName);
        CliRun run = CliRun.Of(
            "settle",
            "--contract", contract,
            "--participants", CliRun.Case(name, "participants.csv"),
            option, CliRun.Case(name, file),
            "--as-of", File.ReadAllText(CliRun.Case(name, "as_of.txt")).Trim(),
            "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllBytes(Path.Combine(output, "lines.csv"));
    }
}
