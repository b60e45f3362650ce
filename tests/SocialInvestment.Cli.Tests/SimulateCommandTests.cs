using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

public sealed class SimulateCommandTests
{
    private static string Sample(string file) => RepositoryFolder.PathOf("samples", "kvinder-i-job-budget", file);

    private static string[] Plan(string runs = "40") =>
        ["--contract", Sample("contract.json"), "--intake", "2027-01:5,2027-02:5", "--horizon", "2029-02-28", "--runs", runs, "--seed", "3"];

    private static string[] Estimate() =>
        ["--estimate-participants", Sample("participants.csv"), "--estimate-spells", Sample("spells.csv"), "--estimate-as-of", "2026-06-30"];

    private static byte[] Output(TempFolder folder, string file) => File.ReadAllBytes(Path.Combine(folder.Path, file));

    [Fact]
    public void Simulate_reproduces_the_sample_s_expected_outputs_byte_for_byte()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            ["simulate", "--contract", Sample("contract.json"), .. Estimate(), "--intake", "2027-01:20,2027-02:20", "--horizon", "2029-02-28", "--runs", "200", "--seed", "1", "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            200 runs of 40 participants to 2029-02-28 (seed 1, hazards estimated from 48 participants).
            Payable in DKK, 5 % / median / 95 % of the runs:
              2027: 1297370.56 / 1739708.85 / 2103892.93
              2028: 1059556.52 / 1495657.21 / 1976291.62
              2029: 4775.30 / 25524.92 / 54161.67
              total: 2544467.47 / 3257191.81 / 3957420.53

            """.ReplaceLineEndings("\n"),
            run.Output.ReplaceLineEndings("\n"));
        foreach (string file in new[] { "simulation.csv", "simulation.json", "hazards.csv", "simulation.md" })
        {
            Assert.Equal(File.ReadAllBytes(Sample(Path.Combine("expected", file))), Output(output, file));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_on_one_core_or_many()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();

        Assert.Equal(0, CliRun.Of(["simulate", .. Plan(), "--leave", "0.1", "--return", "0.04", "--threads", "1", "--out", one.Path]).ExitCode);
        Assert.Equal(0, CliRun.Of(["simulate", .. Plan(), "--leave", "0.1", "--return", "0.04", "--threads", "2", "--out", two.Path]).ExitCode);

        Assert.Equal(Output(one, "simulation.csv"), Output(two, "simulation.csv"));
        Assert.Equal(Output(one, "simulation.json"), Output(two, "simulation.json"));
    }

    [Fact]
    public void Estimated_hazards_written_out_repeat_the_projection_with_hazards()
    {
        using var estimated = new TempFolder();
        using var repeated = new TempFolder();
        Assert.Equal(0, CliRun.Of(["simulate", .. Plan(), .. Estimate(), "--out", estimated.Path]).ExitCode);

        CliRun run = CliRun.Of(["simulate", .. Plan(), "--hazards", Path.Combine(estimated.Path, "hazards.csv"), "--out", repeated.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hazards given", run.Output);
        Assert.Equal(Output(estimated, "simulation.csv"), Output(repeated, "simulation.csv"));
        Assert.Equal(Output(estimated, "hazards.csv"), Output(repeated, "hazards.csv"));
    }

    [Fact]
    public void A_bad_hazards_csv_is_an_error_with_line_and_column_and_nothing_is_written()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        string hazards = Path.Combine(input.Path, "hazards.csv");
        File.WriteAllText(hazards, "month,leave,return\n1,0.1,0.05\n2,1.2,0.05\n");
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["simulate", .. Plan(), "--hazards", hazards, "--out", output.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("hazards.csv:3:2: leave: expected a probability from 0 to 1, such as 0.05 or 0,05, found '1.2'", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--leave 0.1")]
    [InlineData("--leave 0.1 --return 0.1 --hazards h.csv")]
    [InlineData("--estimate-participants p.csv --estimate-as-of 2026-06-30")]
    public void The_hazards_are_given_exactly_one_way(string hazards)
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["simulate", .. Plan(), .. hazards.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--out", output.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give the hazards one way", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Theory]
    [InlineData("2027-01", "expected MONTH:COUNT[:COHORT]")]
    [InlineData("2027-13:5", "expected MONTH:COUNT[:COHORT]")]
    [InlineData("2027-01:0", "expected MONTH:COUNT[:COHORT]")]
    [InlineData("2027-01:5,2027-01:5", "Two intakes in 2027-01")]
    [InlineData("2030-01:5", "The intake in 2030-01 starts after the horizon 2029-02-28")]
    public void A_bad_intake_is_an_error(string intake, string message)
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "simulate", "--contract", Sample("contract.json"), "--intake", intake, "--horizon", "2029-02-28", "--leave", "0.1", "--return", "0.1", "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --intake: {message}", run.Error);
    }

    [Theory]
    [InlineData("--leave", "1.5")]
    [InlineData("--return", "-0.1")]
    [InlineData("--runs", "0")]
    [InlineData("--horizon", "2029-02-30")]
    public void Bad_arguments_are_errors(string option, string value)
    {
        using var output = new TempFolder();
        string[] args = ["simulate", "--contract", Sample("contract.json"), "--intake", "2027-01:5", "--horizon", "2029-02-28", "--leave", "0.1", "--return", "0.1", "--out", output.Path];
        int at = Array.IndexOf(args, option);
        string[] changed = at >= 0 ? [.. args[..(at + 1)], value, .. args[(at + 2)..]] : [.. args, option, value];

        CliRun run = CliRun.Of(changed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error);
    }

    [Fact]
    public void A_cohort_too_short_to_estimate_from_is_an_error()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(["simulate", .. Plan(), .. Estimate()[..^1], "2025-01-15", "--out", output.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("participants.csv: Nobody was observed over a whole month since their start by 2025-01-15", run.Error);
    }

    [Fact]
    public void A_contract_with_a_gate_against_a_comparison_group_cannot_be_projected()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "simulate", "--contract", RepositoryFolder.PathOf("samples", "peterborough-comparison-group", "contract.json"), "--intake", "2027-01:5", "--horizon", "2029-02-28",
            "--leave", "0.1", "--return", "0.1", "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("comparison group, which a projection cannot know", run.Error);
    }
}
