using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// A cohort gate against a comparison group (docs/calculation.md, "Cohort gate") through sib: the comparison group's files
/// (--comparison-participants, --comparison-spells, --comparison-events), read as the cohort's are, and the errors where
/// they do not fit the contract.
/// </summary>
public sealed class ComparisonGroupCommandTests : IDisposable
{
    private const string GatedContract = """
        { "name": "gate", "window": { "weeks": 52 },
          "triggers": [ { "id": "released", "kind": "enrolment" }, { "id": "reconvicted", "kind": "event", "outcome": "r" } ],
          "payments": [ { "id": "success", "kind": "fixed", "trigger": "released", "amount": 100,
                          "cohort_gate": { "trigger": "reconvicted", "direction": "lower", "baseline": "comparison_group", "margin": 0.1,
                                           "evaluation_dates": { "c1": "2026-12-31" } } } ] }
        """;

    private readonly TempFolder _input = new();
    private readonly TempFolder _output = new();

    public ComparisonGroupCommandTests()
    {
        Directory.CreateDirectory(_input.Path);
        Write("contract.json", GatedContract);
        Write("participants.csv", "participant_id,cohort,start\na,c1,2026-01-05\nb,c1,2026-01-05\n");
        Write("events.csv", "participant_id,outcome,date\n");

        // One of two comparison people reconvicted: 0 / 2 ≤ 1 / 2 × 0.9, so c1 passes from 2026-12-31.
        Write("comparison-participants.csv", "participant_id,cohort,start\nk1,c1,2026-01-05\nk2,c1,2026-01-05\n");
        Write("comparison-events.csv", "participant_id,outcome,date\nk1,r,2026-03-02\nx9,r,2026-03-02\n");
    }

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
    }

    [Fact]
    public void Settle_with_the_comparison_group_releases_a_cohort_that_beats_it_and_hashes_its_files_in_the_summary()
    {
        CliRun run = Run("settle", "--comparison-participants", In("comparison-participants.csv"), "--comparison-events", In("comparison-events.csv"), "--as-of", "2026-12-31", "--out", _output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "participant_id,payment,period,date,amount,payable,capped,paid_before,due\n"
            + "a,success,-,2026-01-05,100.00,100.00,0.00,0.00,100.00\n"
            + "b,success,-,2026-01-05,100.00,100.00,0.00,0.00,100.00\n",
            File.ReadAllText(Path.Combine(_output.Path, "lines.csv")));
        string summary = File.ReadAllText(Path.Combine(_output.Path, "summary.json"));
        Assert.Contains("\"role\": \"comparison_participants\"", summary, StringComparison.Ordinal);
        Assert.Contains("\"role\": \"comparison_events\"", summary, StringComparison.Ordinal);
        Assert.Contains("\"comparison_participants\": 2,\n          \"comparison_met\": 1,", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gate_against_the_comparison_group_without_its_files_is_an_input_error_that_names_the_payment_and_the_option()
    {
        CliRun run = Run("settle", "--as-of", "2026-12-31", "--out", _output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(
            "error: --comparison-participants: payment 'success' has a cohort_gate with \"baseline\": \"comparison_group\", so the comparison group is required",
            run.Error,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output.Path));
    }

    [Fact]
    public void A_comparison_group_that_no_gate_compares_with_is_an_input_error()
    {
        Write("contract.json", GatedContract.Replace("\"baseline\": \"comparison_group\"", "\"baseline_rate\": 0.5", StringComparison.Ordinal));

        CliRun run = Run("settle", "--comparison-participants", In("comparison-participants.csv"), "--as-of", "2026-12-31", "--out", _output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --comparison-participants: no payment of the contract has a cohort_gate with \"baseline\": \"comparison_group\", so the comparison group would not be used", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output.Path));
    }

    [Fact]
    public void Comparison_events_without_comparison_participants_is_an_input_error()
    {
        CliRun run = Run("settle", "--comparison-events", In("comparison-events.csv"), "--as-of", "2026-12-31", "--out", _output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --comparison-participants: --comparison-spells, --comparison-weeks and --comparison-events belong to the comparison group", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_in_both_the_cohort_and_the_comparison_group_is_an_input_error_naming_the_comparison_file()
    {
        Write("comparison-participants.csv", "participant_id,cohort,start\nk1,c1,2026-01-05\nb,c1,2026-01-05\n");

        CliRun run = Run("settle", "--comparison-participants", In("comparison-participants.csv"), "--as-of", "2026-12-31", "--out", _output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: comparison-participants.csv: participant 'b' is also in participants.csv (1 person is in both): one person cannot be both treated and a control.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_ids_are_pseudonymised_with_the_same_key_so_a_CPR_number_in_both_files_is_found_and_never_shown()
    {
        Write("participants.csv", "cpr,cohort,start\n020587-1000,c1,2026-01-05\n");
        Write("comparison-participants.csv", "cpr,cohort,start\n251079-1001,c1,2026-01-05\n0205871000,c1,2026-01-05\n");

        CliRun run = Run("settle", "--pseudonym-key", CliRun.Case("public-2", "key.bin"), "--comparison-participants", In("comparison-participants.csv"), "--as-of", "2026-12-31", "--out", _output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is also in participants.csv (1 person is in both)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("020587", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("0205871000", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_of_a_comparison_file_is_reported_with_the_files_name_line_and_column()
    {
        Write("comparison-participants.csv", "participant_id,cohort,start\nk1,c1,2026-01-05\nk2,c1,notadate\n");

        CliRun run = Run("settle", "--comparison-participants", In("comparison-participants.csv"), "--as-of", "2026-12-31", "--out", _output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: comparison-participants.csv:3:3: start: expected", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_spells_are_required_where_a_trigger_measures_spells()
    {
        Write("contract.json", """
            { "name": "gate", "window": { "weeks": 52 }, "benefits": { "kontanthjaelp": "support" },
              "monthly_cost": { "amount": 15000, "base_year": 2026 },
              "triggers": [ { "id": "released", "kind": "enrolment" }, { "id": "job", "kind": "sustained", "weeks": 4, "level": "full" } ],
              "payments": [ { "id": "success", "kind": "fixed", "trigger": "released", "amount": 100,
                              "cohort_gate": { "trigger": "job", "direction": "higher", "baseline": "comparison_group",
                                               "evaluation_dates": { "c1": "2026-12-31" } } } ] }
            """);
        Write("spells.csv", "participant_id,benefit,from,to,degree\n");

        CliRun run = Run("settle", "--spells", In("spells.csv"), "--comparison-participants", In("comparison-participants.csv"), "--as-of", "2026-12-31", "--out", _output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --comparison-spells: the contract has a sustained, count or education trigger, which the comparison group is measured by too", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_describes_the_comparison_group()
    {
        CliRun run = Run("validate", "--comparison-participants", In("comparison-participants.csv"), "--comparison-events", In("comparison-events.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("comparison group: 2 people; starts 2026-01-05 to 2026-01-05; cohorts: c1 2\n", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("comparison events: 2 rows, 1 of the comparison group, 1 skipped (people outside the comparison group)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_a_missing_comparison_group_as_settle_would()
    {
        Assert.Equal(2, Run("validate").ExitCode);
    }

    [Fact]
    public void Outcomes_writes_the_comparison_groups_outcomes_beside_the_cohorts()
    {
        CliRun run = Run("outcomes", "--comparison-participants", In("comparison-participants.csv"), "--comparison-events", In("comparison-events.csv"), "--as-of", "2027-01-31", "--out", _output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "participant_id,window_start,released,reconvicted,weeks_full,weeks_partial,weeks_none,weeks_unobserved\n"
            + "k1,2026-01-05,2026-01-05,2026-03-02,52,0,0,0\n"
            + "k2,2026-01-05,2026-01-05,,52,0,0,0\n",
            File.ReadAllText(Path.Combine(_output.Path, "comparison-outcomes.csv")));
        Assert.Contains("Outcomes of 2 participants and 2 people of the comparison group written.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_municipal_share_the_comparison_outcomes_give_each_persons_count_from_the_comparison_groups_own_history()
    {
        // SPEC-DK DK5 for the comparison group as for the cohort: k1 on support 2025-12-01 – 2026-01-04 (ISO weeks 2025-W49 …
        // 2026-W01) before a window from Mon 2026-01-05: c0 = 5, c* = 6 in the first week → 0.6. k2 has no history: 0 → 0.2.
        Write("contract.json", GatedContract.Replace("\"name\": \"gate\",", "\"name\": \"gate\", \"municipal_share\": \"dk_2016\", \"benefits\": {\"701\": \"support\"},", StringComparison.Ordinal));
        Write("comparison-spells.csv", "participant_id,benefit,from,to\nk1,701,2025-12-01,2026-01-04\n");

        CliRun run = Run("outcomes", "--comparison-participants", In("comparison-participants.csv"), "--comparison-spells", In("comparison-spells.csv"), "--comparison-events", In("comparison-events.csv"), "--as-of", "2027-01-31", "--out", _output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            "participant_id,window_start,released,reconvicted,weeks_full,weeks_partial,weeks_none,weeks_unobserved,support_weeks_before,municipal_share_first_week\n"
            + "k1,2026-01-05,2026-01-05,2026-03-02,52,0,0,0,5,0.6\n"
            + "k2,2026-01-05,2026-01-05,,52,0,0,0,0,0.2\n",
            File.ReadAllText(Path.Combine(_output.Path, "comparison-outcomes.csv")));
    }

    [Fact]
    public void Audit_uses_a_samples_comparison_files()
    {
        using var copy = new TempFolder();
        CopyFolder(RepositoryFolder.PathOf("samples", "peterborough-comparison-group"), copy.Path);

        CliRun matching = CliRun.Of("audit", copy.Path);

        // Without CG1-24's reconviction, cohort-1's comparison rate is 23 / 50: the gate's counts in summary.json change.
        string events = Path.Combine(copy.Path, "comparison-events.csv");
        File.WriteAllLines(events, File.ReadAllLines(events).Where(line => !line.StartsWith("CG1-24,", StringComparison.Ordinal)));
        CliRun changed = CliRun.Of("audit", copy.Path);

        Assert.Equal(0, matching.ExitCode);
        Assert.Contains("/comparison-outcomes.csv: match", matching.Output, StringComparison.Ordinal);
        Assert.Contains("audit: 2 of 2 cases match.", matching.Output, StringComparison.Ordinal);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("/summary.json: MISMATCH", changed.Output, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories).Prepend(from))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private CliRun Run(string command, params string[] args) =>
        CliRun.Of([command, "--contract", In("contract.json"), "--participants", In("participants.csv"), "--events", In("events.csv"), .. args]);

    private string In(string file) => Path.Combine(_input.Path, file);

    private void Write(string file, string text) => File.WriteAllText(In(file), text);
}
