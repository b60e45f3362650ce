namespace SocialInvestment.Cli.Tests;

/// <summary>
/// The public SPEC-DK cases (Cases/public-dk-*, copied from ../shared/conformance), rule by rule: each payment's lines
/// on their own (before caps where the case has caps), from the weeks files and from spells.csv where given, and the
/// summary's savings. ConformanceTests checks the whole of each case byte for byte; these say which rule broke when one
/// fails.
/// </summary>
public sealed class DanishConformanceTests
{
    [Theory]
    [InlineData("public-dk-2", "--weeks", "weeks.csv")]
    public void A_DREAM_extract_gives_the_expected_lines_of_the_enrolment_fee_and_the_employment_bonus(string name, string option, string file)
    {
        // No caps in public-dk-2: these lines are whole (payable, capped, due) whatever the other payments do.
        string[] actual = SettledLines(name, option, file, ["fee", "bonus"]);
        string[] expected = ExpectedLines(name, ["fee", "bonus"]);

        Assert.Contains(expected, line => line.Contains(",bonus,", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("public-dk-3", "--weeks", "weeks.csv")]
    [InlineData("public-dk-3", "--spells", "spells.csv")]
    public void A_municipal_weekly_table_gives_the_expected_amounts_of_the_enrolment_fee_and_the_job_bonus(string name, string option, string file)
    {
        // public-dk-3 has caps, which the payments left out would use up in part: compare up to the amount before caps.
        string[] actual = SettledLines(name, option, file, ["fee", "bonus"]).Select(BeforeCaps).ToArray();
        string[] expected = ExpectedLines(name, ["fee", "bonus"]).Select(BeforeCaps).ToArray();

        Assert.Contains(expected, line => line.Contains(",bonus,", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("--weeks", "weeks.csv")]
    [InlineData("--spells", "spells.csv")]
    public void The_gross_share_of_savings_of_public_dk_1_is_the_READMEs_with_P2_on_her_own_monthly_cost(string option, string file)
    {
        // P2's own monthly_cost 15,500 (SPEC-DK DK4): 28 days × 500 = 14,000.00; the others cost the contract's 31,000.
        string[] actual = SettledLines("public-dk-1", option, file, ["gross"]);

        Assert.Equal(
            [
                "P1,gross,2026-03,2026-03-31,30000.00,30000.00,0.00,0.00,30000.00",
                "P2,gross,2026-03,2026-03-31,14000.00,14000.00,0.00,0.00,14000.00",
                "P3,gross,2026-03,2026-03-31,30000.00,30000.00,0.00,0.00,30000.00",
                "P4,gross,2026-03,2026-03-31,23000.00,23000.00,0.00,0.00,23000.00",
            ],
            actual);
        Assert.Equal(ExpectedLines("public-dk-1", ["gross"]), actual);
    }

    [Fact]
    public void A_monthly_cost_column_under_a_contract_without_monthly_cost_is_bad_input_naming_the_column()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        var contract = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CliRun.Case("public-dk-1", "contract.json")))!.AsObject();
        contract.Remove("monthly_cost");
        contract["payments"] = System.Text.Json.Nodes.JsonNode.Parse("""[{"id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 100}]""");
        string contractPath = Path.Combine(folder.Path, "no-cost.json");
        File.WriteAllText(contractPath, contract.ToJsonString());
        string output = Path.Combine(folder.Path, "out");

        CliRun run = CliRun.Of(
            "settle",
            "--contract", contractPath,
            "--participants", CliRun.Case("public-dk-1", "participants.csv"),
            "--spells", CliRun.Case("public-dk-1", "spells.csv"),
            "--as-of", "2026-03-31",
            "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("participants.csv:3:3: monthly_cost: a participant's monthly cost needs the contract's monthly_cost", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Theory]
    [InlineData("public-dk-1", "--weeks", "weeks.csv")]
    [InlineData("public-dk-1", "--spells", "spells.csv")]
    [InlineData("public-dk-2", "--weeks", "weeks.csv")]
    [InlineData("public-dk-3", "--weeks", "weeks.csv")]
    [InlineData("public-dk-3", "--spells", "spells.csv")]
    public void The_municipal_and_gross_shares_of_savings_give_the_expected_amounts(string name, string option, string file)
    {
        // Compared up to the amount before caps, so that these lines are checked on their own rule.
        string[] actual = SettledLines(name, option, file, ["muni", "gross"]).Select(BeforeCaps).ToArray();
        string[] expected = ExpectedLines(name, ["muni", "gross"]).Select(BeforeCaps).ToArray();

        Assert.Contains(expected, line => line.Contains(",muni,", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_summary_gives_the_municipal_and_the_states_saving_beside_the_gross()
    {
        // public-dk-1 (its README): gross 30,000 + 14,000 + 30,000 + 23,000; municipal 15,200 + 3,200 + 9,600 + 18,400.
        var summary = SummaryOfPublicDk1();
        Assert.Equal(("97000.00", "46400.00", "50600.00"), (summary["gross_saving"]!.ToJsonString(), summary["municipal_saving"]!.ToJsonString(), summary["state_saving"]!.ToJsonString()));
    }

    [Fact]
    public void The_summary_gives_each_share_of_savings_the_gross_municipal_and_state_saving_it_is_a_share_of()
    {
        // public-dk-1: muni and gross are both gated by enrolment, which all four meet, so each is a share of everyone's
        // saving (its README): gross 97,000.00, municipal 46,400.00, the state 50,600.00. The weekly price has none.
        var payments = SummaryOfPublicDk1()["payments"]!.AsArray();
        Assert.Equal(
            [
                "muni municipality 97000.00 46400.00 50600.00",
                "gross gross 97000.00 46400.00 50600.00",
                "weekly",
            ],
            payments.Select(p => p!["of"] is null
                ? (string)p["id"]!
                : $"{p["id"]} {p["of"]} {p["gross_saving"]!.ToJsonString()} {p["municipal_saving"]!.ToJsonString()} {p["state_saving"]!.ToJsonString()}"));
    }

    [Theory]
    [InlineData("--weeks", "weeks.csv")]
    [InlineData("--spells", "spells.csv")]
    public void The_outcomes_of_public_dk_1_give_each_participants_count_at_the_window_start_and_first_week_share(string option, string file)
    {
        // Its README: c0 = 3, 0, 1 (reset after 60 weeks without), 62 (no reset after 51); c0 + 1 = 4, 1, 2 → 0.2 and 63 → 0.8.
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "out");
        CliRun run = RunOnPublicDk1("outcomes", option, file, output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            "participant_id,window_start,enrolled,weeks_full,weeks_partial,weeks_none,weeks_unobserved,support_weeks_before,municipal_share_first_week\n"
            + "P1,2026-03-02,2026-03-02,4,0,0,1,3,0.2\n"
            + "P2,2026-03-04,2026-03-04,4,0,0,1,0,0.2\n"
            + "P3,2026-03-02,2026-03-02,4,0,0,1,1,0.2\n"
            + "P4,2026-03-02,2026-03-02,3,0,1,1,62,0.8\n",
            File.ReadAllText(Path.Combine(output, "outcomes.csv")));
    }

    [Theory]
    [InlineData("public-dk-1", "--weeks", "weeks.csv")]
    [InlineData("public-dk-1", "--spells", "spells.csv")]
    [InlineData("public-dk-2", "--weeks", "weeks.csv")]
    public void The_price_per_week_gives_the_expected_weekly_lines(string name, string option, string file)
    {
        // No caps in public-dk-1 and public-dk-2: the weekly lines are whole whatever the other payments do.
        string[] actual = SettledLines(name, option, file, ["weekly"]);
        string[] expected = ExpectedLines(name, ["weekly"]);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("public-dk-3", "--weeks", "weeks.csv")]
    [InlineData("public-dk-3", "--spells", "spells.csv")]
    public void The_price_per_week_with_or_education_gives_the_expected_weekly_amounts_of_public_dk_3(string name, string option, string file)
    {
        // public-dk-3 has caps, which the payments left out would use up in part: compare up to the amount before caps.
        string[] actual = SettledLines(name, option, file, ["weekly"]).Select(BeforeCaps).ToArray();
        string[] expected = ExpectedLines(name, ["weekly"]).Select(BeforeCaps).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    /// <summary><paramref name="command"/> on public-dk-1 as of its 2026-03-31, with its history from <paramref name="file"/>.</summary>
    private static CliRun RunOnPublicDk1(string command, string option, string file, string output) =>
        CliRun.Of(
            command,
            "--contract", CliRun.Case("public-dk-1", "contract.json"),
            "--participants", CliRun.Case("public-dk-1", "participants.csv"),
            option, CliRun.Case("public-dk-1", file),
            "--as-of", "2026-03-31",
            "--out", output);

    /// <summary>summary.json of public-dk-1 settled from its spells.csv.</summary>
    private static System.Text.Json.Nodes.JsonNode SummaryOfPublicDk1()
    {
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "out");
        CliRun run = RunOnPublicDk1("settle", "--spells", "spells.csv", output);
        Assert.True(run.ExitCode == 0, run.Error);
        return System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!;
    }

    private static string BeforeCaps(string line) => string.Join(',', line.Split(',')[..5]);

    private static string[] ExpectedLines(string name, string[] payments) =>
        File.ReadAllLines(CliRun.Case(name, "expected-lines.csv")).Skip(1).Where(l => payments.Contains(l.Split(',')[1])).ToArray();

    private static string[] SettledLines(string name, string option, string file, string[] payments)
    {
        using var folder = new TempFolder();
        string contract = CliRun.Case(name, "contract.json");
        string output = Path.Combine(folder.Path, "out");
        CliRun run = CliRun.Of(
            "settle",
            "--contract", contract,
            "--participants", CliRun.Case(name, "participants.csv"),
            option, CliRun.Case(name, file),
            "--as-of", File.ReadAllText(CliRun.Case(name, "as_of.txt")).Trim(),
            "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllLines(Path.Combine(output, "lines.csv")).Skip(1).Where(l => payments.Contains(l.Split(',')[1])).ToArray();
    }
}
