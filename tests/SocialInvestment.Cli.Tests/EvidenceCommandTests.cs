using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

public sealed class EvidenceCommandTests
{
    private static string Sample(string file) => RepositoryFolder.PathOf("samples", "evidence-job-entries", file);

    private static string[] SampleInputs() =>
    [
        "--contract", Sample("contract.json"),
        "--participants", Sample("participants.csv"),
        "--events", Sample("events.csv"),
    ];

    [Fact]
    public void Evidence_writes_the_samples_evidence_json_byte_for_byte()
    {
        using var output = new TempFolder();
        CliRun run = CliRun.Of(["evidence", .. SampleInputs(), "--as-of", "2026-03-31", "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Evidence for 2 triggers of 20 participants written.\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Equal(
            File.ReadAllBytes(RepositoryFolder.PathOf("samples", "evidence-job-entries", "expected", "evidence.json")),
            File.ReadAllBytes(Path.Combine(output.Path, "evidence.json")));
    }

    [Fact]
    public void The_sample_shows_the_hand_computed_share_test_and_median()
    {
        using var output = new TempFolder();
        CliRun.Of(["evidence", .. SampleInputs(), "--as-of", "2026-03-31", "--out", output.Path]);
        string json = File.ReadAllText(Path.Combine(output.Path, "evidence.json"));

        // samples/evidence-job-entries/README.md: 10 of 20, Wilson 0.299298–0.700702, p 0.083445 (two-sided) and
        // 0.0479619 (greater) against 0.3, median 300 days.
        Assert.Contains("\"lower\": 0.299298,", json);
        Assert.Contains("\"upper\": 0.700702", json);
        Assert.Contains("\"p_two_sided\": 0.083445,", json);
        Assert.Contains("\"p_greater\": 0.0479619", json);
        Assert.Contains("\"median_days\": 300,", json);
    }

    /// <summary>
    /// samples/peterborough-comparison-group: 19 of 45 reconvicted against 42 of 90 in the matched comparison group.
    /// Difference 19/45 − 42/90 = −0.044444; pooled 61/135, z = −0.044444 / √(61/135 · 74/135 · (1/45 + 1/90)) = −0.489138.
    /// </summary>
    [Fact]
    public void Evidence_compares_every_trigger_with_a_comparison_group_given_as_data()
    {
        string S(string file) => RepositoryFolder.PathOf("samples", "peterborough-comparison-group", file);
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "evidence", "--contract", S("contract.json"), "--participants", S("participants.csv"), "--events", S("events.csv"),
            "--comparison-participants", S("comparison-participants.csv"), "--comparison-events", S("comparison-events.csv"),
            "--as-of", "2017-07-31", "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Evidence for 2 triggers of 45 participants against 90 people of the comparison group written.\n", run.Output.ReplaceLineEndings("\n"));
        string json = File.ReadAllText(Path.Combine(output.Path, "evidence.json"));
        Assert.Contains("\"met\": 42,\n        \"participants\": 90,", json.ReplaceLineEndings("\n"));
        Assert.Contains("\"difference\": -0.044444,", json);
        Assert.Contains("\"z\": -0.489138,", json);
    }

    [Fact]
    public void Evidence_takes_a_comparison_group_where_no_cohort_gate_uses_one()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string people = Path.Combine(input.Path, "comparison-participants.csv");
        string events = Path.Combine(input.Path, "comparison-events.csv");
        File.WriteAllText(people, File.ReadAllText(Sample("participants.csv")).Replace("EV-", "CG-", StringComparison.Ordinal));
        File.WriteAllText(events, File.ReadAllText(Sample("events.csv")).Replace("EV-", "CG-", StringComparison.Ordinal));
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["evidence", .. SampleInputs(), "--comparison-participants", people, "--comparison-events", events, "--as-of", "2026-03-31", "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"difference\": 0,", File.ReadAllText(Path.Combine(output.Path, "evidence.json")));
    }

    [Fact]
    public void A_bad_baseline_rate_is_an_error_with_line_and_column_and_nothing_is_written()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string contract = Path.Combine(input.Path, "contract.json");
        File.WriteAllText(contract, File.ReadAllText(Sample("contract.json")).Replace("\"baseline_rate\": 0.3", "\"baseline_rate\": 30", StringComparison.Ordinal));
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "evidence", "--contract", contract, "--participants", Sample("participants.csv"), "--events", Sample("events.csv"),
            "--as-of", "2026-03-31", "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("contract.json:8:78: triggers[1].baseline_rate: expected a rate from 0 to 1, found 30", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void Evidence_needs_as_of()
    {
        using var output = new TempFolder();
        CliRun run = CliRun.Of(["evidence", .. SampleInputs(), "--out", output.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of", run.Error);
    }
}
