using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// <c>sib simulate</c> with a contract that has a <c>municipal_share</c> (docs/simulation.md, "The municipal saving"):
/// the planned file, the draw from an earlier cohort, the new columns, and the same bytes on any number of cores.
/// </summary>
public sealed class SimulateMunicipalCommandTests
{
    private static string Sample(string file) => RepositoryFolder.PathOf("samples", "kvinder-i-job-budget", file);

    private static byte[] Output(TempFolder folder, string file) => File.ReadAllBytes(Path.Combine(folder.Path, file));

    /// <summary>The budget sample's contract with the given municipal_share, written into <paramref name="folder"/>.</summary>
    private static string Contract(TempFolder folder, string share = "\"dk_2016\"")
    {
        Directory.CreateDirectory(folder.Path);
        string text = File.ReadAllText(Sample("contract.json")).Replace("\"programme_weeks\": 20,", $"\"programme_weeks\": 20, \"municipal_share\": {share},", StringComparison.Ordinal);
        string path = Path.Combine(folder.Path, "contract.json");
        File.WriteAllText(path, text);
        return path;
    }

    private static string Planned(TempFolder folder, string text)
    {
        string path = Path.Combine(folder.Path, "planned.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] Estimate() =>
        ["--estimate-participants", Sample("participants.csv"), "--estimate-spells", Sample("spells.csv"), "--estimate-as-of", "2026-06-30"];

    private const string PlannedRows = "start,support_weeks_before,monthly_cost,municipality\n2027-01,0,,Aarhus\n2027-01,30,18000,Aarhus\n2027-02-15,80,,Viborg\n2027-02,4,12000,\n";

    [Fact]
    public void A_planned_cohort_projects_the_municipal_and_state_saving_in_every_output()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string contract = Contract(input);

        CliRun run = CliRun.Of(["simulate", "--contract", contract, "--planned", Planned(input, PlannedRows), "--leave", "0.1", "--return", "0.04", "--horizon", "2028-12-31", "--runs", "50", "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Saving in total, 5 % / median / 95 % of the runs: municipal ", run.Output);
        string[] csv = File.ReadAllLines(Path.Combine(output.Path, "simulation.csv"));
        Assert.Equal(SimulationCsv.Header + "," + SimulationCsv.MunicipalColumns, csv[0]);
        Assert.All(csv.Skip(1), row => Assert.Equal(13, row.Split(',').Length));

        // Each row's bands: the municipal part never above the gross saving, and the state's median is a run's own.
        foreach (string row in csv.Skip(1))
        {
            decimal[] cells = [.. row.Split(',').Skip(1).Select(c => decimal.Parse(c, System.Globalization.CultureInfo.InvariantCulture))];
            Assert.True(cells[7] <= cells[5] && cells[7] >= 0.2m * cells[4], row);
        }

        string json = File.ReadAllText(Path.Combine(output.Path, "simulation.json"));
        Assert.Contains("\"support_weeks_before\": {\n      \"source\": \"planned\",\n      \"min\": 0,\n      \"median\": 4,\n      \"max\": 80\n    }", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"municipal_savings\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"state_savings\": {", json, StringComparison.Ordinal);
        Assert.Contains("The municipality's saving and the state's", File.ReadAllText(Path.Combine(output.Path, "simulation.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_municipal_share_a_planned_cohort_writes_the_v1_columns()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        Directory.CreateDirectory(input.Path);

        CliRun run = CliRun.Of(["simulate", "--contract", Sample("contract.json"), "--planned", Planned(input, PlannedRows), "--leave", "0.1", "--return", "0.04", "--horizon", "2028-12-31", "--runs", "20", "--out", output.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(SimulationCsv.Header, File.ReadAllLines(Path.Combine(output.Path, "simulation.csv"))[0]);
        Assert.DoesNotContain("municipal_savings", File.ReadAllText(Path.Combine(output.Path, "simulation.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("support_weeks_before", File.ReadAllText(Path.Combine(output.Path, "simulation.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("Saving in total", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("planned")]
    [InlineData("earlier")]
    public void The_same_seed_gives_the_same_bytes_on_one_core_or_many(string source)
    {
        using var input = new TempFolder();
        using var one = new TempFolder();
        using var two = new TempFolder();
        string contract = Contract(input);
        string[] plan = source == "planned"
            ? ["--planned", Planned(input, PlannedRows), "--leave", "0.1", "--return", "0.04"]
            : ["--intake", "2027-01:5,2027-02:5", .. Estimate()];
        string[] common = ["simulate", "--contract", contract, .. plan, "--horizon", "2029-02-28", "--runs", "40", "--seed", "3"];

        Assert.Equal(0, CliRun.Of([.. common, "--threads", "1", "--out", one.Path]).ExitCode);
        Assert.Equal(0, CliRun.Of([.. common, "--threads", "2", "--out", two.Path]).ExitCode);

        foreach (string file in new[] { "simulation.csv", "simulation.json", "simulation.md" })
        {
            Assert.Equal(Output(one, file), Output(two, file));
        }

        Assert.Contains(source == "planned" ? "\"source\": \"planned\"" : "\"source\": \"earlier_cohort\"", File.ReadAllText(Path.Combine(one.Path, "simulation.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_planned_file_is_an_error_at_line_and_column_and_nothing_is_written()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string contract = Contract(input);
        string planned = Planned(input, "start;uger_paa_forsoergelse\n2027-01;3\n2027-02;tre\n");

        CliRun run = CliRun.Of(["simulate", "--contract", contract, "--planned", planned, "--leave", "0.1", "--return", "0.04", "--horizon", "2028-12-31", "--out", output.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("planned.csv:3:2: support_weeks_before: expected a whole number of weeks from 0 to 5218, such as 0 or 26, found 'tre'", run.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void A_planned_start_after_the_horizon_or_both_ways_of_planning_are_errors()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string contract = Contract(input);
        string planned = Planned(input, "start,support_weeks_before\n2030-01,3\n");

        CliRun late = CliRun.Of(["simulate", "--contract", contract, "--planned", planned, "--leave", "0.1", "--return", "0.04", "--horizon", "2028-12-31", "--out", output.Path]);
        CliRun both = CliRun.Of(["simulate", "--contract", contract, "--planned", planned, "--intake", "2027-01:3", "--leave", "0.1", "--return", "0.04", "--horizon", "2028-12-31", "--out", output.Path]);
        CliRun neither = CliRun.Of(["simulate", "--contract", contract, "--leave", "0.1", "--return", "0.04", "--horizon", "2028-12-31", "--out", output.Path]);

        Assert.Equal((2, 2, 2), (late.ExitCode, both.ExitCode, neither.ExitCode));
        Assert.Contains("error: --planned: The intake in 2030-01 starts after the horizon 2028-12-31.", late.Error);
        Assert.Contains("error: --intake: give the plan one way", both.Error);
        Assert.Contains("error: --intake: give the plan one way", neither.Error);
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void A_stepped_share_without_a_planned_file_or_an_earlier_cohort_is_an_error_and_a_constant_needs_neither()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string[] plan = ["--intake", "2027-01:5", "--leave", "0.1", "--return", "0.04", "--horizon", "2028-12-31", "--runs", "10"];

        CliRun stepped = CliRun.Of(["simulate", "--contract", Contract(input), .. plan, "--out", output.Path]);

        Assert.Equal(2, stepped.ExitCode);
        Assert.Contains("error: --planned: the contract's municipal_share has steps", stepped.Error);
        Assert.False(Directory.Exists(output.Path));

        CliRun constant = CliRun.Of(["simulate", "--contract", Contract(input, "0.6"), .. plan, "--out", output.Path]);

        Assert.Equal(0, constant.ExitCode);
        Assert.Contains("\"source\": \"none\"", File.ReadAllText(Path.Combine(output.Path, "simulation.json")), StringComparison.Ordinal);
    }
}
