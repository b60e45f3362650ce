using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialInvestment.Testing;

using static SocialInvestment.Cli.Tests.ReportTables;

namespace SocialInvestment.Cli.Tests.Report;

/// <summary><c>sib simulate</c>'s report: simulation.html and simulation.md, built from the blocks <c>sib report</c> renders.</summary>
public sealed class SimulationReportTests
{
    private static string Sample(string file) => RepositoryFolder.PathOf("samples", "kvinder-i-job-budget", file);

    /// <summary>The sample's projection (200 runs of 40, seed 1, hazards estimated from the first cohort) into <paramref name="output"/>.</summary>
    private static CliRun SampleProjection(string output) => CliRun.Of(
        "simulate", "--contract", Sample("contract.json"),
        "--estimate-participants", Sample("participants.csv"), "--estimate-spells", Sample("spells.csv"), "--estimate-as-of", "2026-06-30",
        "--intake", "2027-01:20,2027-02:20", "--horizon", "2029-02-28", "--runs", "200", "--seed", "1", "--out", output);

    [Fact]
    public void Simulate_writes_the_report_as_html_and_markdown_with_two_charts()
    {
        using var output = new TempFolder();

        CliRun run = SampleProjection(output.Path);

        Assert.Equal(0, run.ExitCode);
        foreach (string file in new[] { "simulation.html", "simulation.md", "charts/simulation-payments.svg", "charts/simulation-savings.svg" })
        {
            Assert.True(File.Exists(Path.Combine(output.Path, file)), file);
        }

        string markdown = File.ReadAllText(Path.Combine(output.Path, "simulation.md"));
        Assert.StartsWith("# Kvinder i Job — example municipality: projection to 2029-02-28\n", markdown, StringComparison.Ordinal);
        Assert.Contains("![Payments per month: 5th, 50th and 95th percentiles of the runs](charts/simulation-payments.svg)", markdown, StringComparison.Ordinal);
        Assert.Contains("## What the bands mean, and what they do not", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_number_of_the_markdown_tables_equals_simulation_json()
    {
        using var output = new TempFolder();
        Assert.Equal(0, SampleProjection(output.Path).ExitCode);
        List<List<string[]>> tables = MarkdownTables(File.ReadAllText(Path.Combine(output.Path, "simulation.md")));
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "simulation.json")));
        JsonElement root = json.RootElement;

        Assert.Equal(4, tables.Count);
        List<string[]> intake = tables[0];
        JsonElement[] plan = [.. root.GetProperty("plan").GetProperty("intake").EnumerateArray()];
        Assert.Equal(plan.Length, intake.Count);
        for (int i = 0; i < plan.Length; i++)
        {
            Assert.Equal(plan[i].GetProperty("month").GetString(), intake[i][0]);
            Assert.Equal(plan[i].GetProperty("participants").GetInt32(), int.Parse(intake[i][1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        }

        List<string[]> hazards = tables[1];
        JsonElement[] months = [.. root.GetProperty("hazards").GetProperty("months").EnumerateArray()];
        Assert.Equal(months.Length, hazards.Count);
        for (int m = 0; m < months.Length; m++)
        {
            Assert.Equal(months[m].GetProperty("month").GetInt32().ToString(CultureInfo.InvariantCulture), hazards[m][0]);
            Assert.Equal(months[m].GetProperty("leave").GetDouble(), double.Parse(hazards[m][1], CultureInfo.InvariantCulture));
            Assert.Equal(months[m].GetProperty("return").GetDouble(), double.Parse(hazards[m][2], CultureInfo.InvariantCulture));
        }

        AssertBands(tables[2], [.. root.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("month").GetString()!, m))]);
        AssertBands(tables[3], [
            .. root.GetProperty("years").EnumerateArray().Select(y => (y.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), y)),
            ("total", root.GetProperty("total")),
        ]);
    }

    [Fact]
    public void The_markdown_tables_say_what_the_html_tables_say()
    {
        using var output = new TempFolder();
        Assert.Equal(0, SampleProjection(output.Path).ExitCode);

        List<string> markdownCells = [.. MarkdownTables(File.ReadAllText(Path.Combine(output.Path, "simulation.md"))).SelectMany(t => t.SelectMany(r => r))];
        string html = File.ReadAllText(Path.Combine(output.Path, "simulation.html"));
        List<string> htmlCells = [.. HtmlCells(html)];

        Assert.Equal(markdownCells, htmlCells);
        Assert.Equal(2, Regex.Count(html, "<svg"));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_projection_gives_the_same_report_bytes_run_after_run()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        Assert.Equal(0, SampleProjection(first.Path).ExitCode);
        Assert.Equal(0, SampleProjection(second.Path).ExitCode);

        foreach (string file in new[] { "simulation.md", "simulation.html", "charts/simulation-payments.svg", "charts/simulation-savings.svg" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
    }

    [Fact]
    public void Given_hazards_are_said_to_be_given_and_listed_as_given()
    {
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "simulate", "--contract", Sample("contract.json"), "--leave", "0.1", "--return", "0.00001",
            "--intake", "2027-01:4", "--horizon", "2027-12-31", "--runs", "20", "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        string markdown = File.ReadAllText(Path.Combine(output.Path, "simulation.md"));
        Assert.Contains("Given (hazards.csv or --leave and --return)", markdown, StringComparison.Ordinal);
        Assert.Equal(["1", "0.1", "0.00001"], MarkdownTables(markdown)[1].Single());
    }

    [Theory]
    [InlineData(0.083333, "0.083333")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(1.0, "1")]
    [InlineData(0.0, "0")]
    public void Hazards_are_written_as_hazards_csv_writes_them(double p, string written) => Assert.Equal(written, ReportFormat.English.Probability(p));

    [Fact]
    public void The_municipal_table_equals_simulation_jsons_municipal_and_state_bands_and_both_formats_say_the_same()
    {
        using var output = new TempFolder();
        string Municipal(string file) => RepositoryFolder.PathOf("samples", "kvinder-i-job-municipal-budget", file);
        Assert.Equal(0, CliRun.Of(
            "simulate", "--contract", Municipal("contract.json"), "--planned", Municipal("planned.csv"),
            "--estimate-participants", Municipal("participants.csv"), "--estimate-spells", Municipal("spells.csv"), "--estimate-as-of", "2026-06-30",
            "--horizon", "2029-02-28", "--runs", "200", "--seed", "1", "--out", output.Path).ExitCode);
        List<List<string[]>> tables = MarkdownTables(File.ReadAllText(Path.Combine(output.Path, "simulation.md")));
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "simulation.json")));
        JsonElement root = json.RootElement;

        Assert.Equal(5, tables.Count);
        AssertBands(
            tables[4],
            [
                .. root.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("month").GetString()!, m)),
                .. root.GetProperty("years").EnumerateArray().Select(y => (y.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), y)),
                ("total", root.GetProperty("total")),
            ],
            "municipal_savings",
            "state_savings");
        string html = File.ReadAllText(Path.Combine(output.Path, "simulation.html"));
        Assert.Equal([.. tables.SelectMany(t => t.SelectMany(r => r))], [.. HtmlCells(html)]);
        Assert.Equal(3, Regex.Count(html, "<svg"));
        Assert.True(File.Exists(Path.Combine(output.Path, "charts", "simulation-municipal-savings.svg")));
    }

    /// <summary>Each row of <paramref name="table"/> is its label and the six amounts of the same object of simulation.json.</summary>
    private static void AssertBands(List<string[]> table, List<(string Label, JsonElement Bands)> expected, string first = "payments", string second = "savings")
    {
        Assert.Equal(expected.Count, table.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            string[] row = table[i];
            Assert.Equal(expected[i].Label, row[0]);
            decimal[] json = [
                .. new[] { first, second }.SelectMany(kind => new[] { "p5", "p50", "p95" }.Select(p => expected[i].Bands.GetProperty(kind).GetProperty(p).GetDecimal())),
            ];
            Assert.Equal(json, row[1..].Select(Amount));
            Assert.All(row[1..], cell => Assert.Matches("^-?\\d{1,3}(,\\d{3})*\\.\\d{2}$", cell));
        }
    }
}
