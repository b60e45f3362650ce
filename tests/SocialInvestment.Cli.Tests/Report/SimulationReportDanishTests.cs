using System.Globalization;
using System.Text.Json;
using SocialInvestment.Testing;

using static SocialInvestment.Cli.Tests.ReportTables;

namespace SocialInvestment.Cli.Tests.Report;

/// <summary><c>sib simulate --language da</c>: the report and the printed summary in Danish, the CSV and JSON outputs as in English.</summary>
public sealed class SimulationReportDanishTests
{
    private static string Municipal(string file) => RepositoryFolder.PathOf("samples", "kvinder-i-job-municipal-budget", file);

    private static string Budget(string file) => RepositoryFolder.PathOf("samples", "kvinder-i-job-budget", file);

    /// <summary>
    /// The municipal sample's projection (planned persons, hazards estimated from the earlier cohort, municipal and state
    /// bands) in <paramref name="language"/> into <paramref name="output"/>.
    /// </summary>
    private static CliRun MunicipalProjection(string output, string language) => CliRun.Of(
        "simulate", "--contract", Municipal("contract.json"), "--planned", Municipal("planned.csv"),
        "--estimate-participants", Municipal("participants.csv"), "--estimate-spells", Municipal("spells.csv"), "--estimate-as-of", "2026-06-30",
        "--horizon", "2029-02-28", "--runs", "200", "--seed", "1", "--out", output, "--language", language);

    /// <summary>A projection with given hazards and an intake by month, in <paramref name="language"/>.</summary>
    private static CliRun GivenProjection(string output, string language) => CliRun.Of(
        "simulate", "--contract", Budget("contract.json"), "--leave", "0.1", "--return", "0.04",
        "--intake", "2027-01:4:first,2027-03:2", "--horizon", "2027-12-31", "--runs", "20", "--out", output, "--language", language);

    /// <summary>
    /// A projection under the municipal sample's contract by intake, in <paramref name="language"/>: with c₀ drawn from the
    /// earlier cohort, or, where <paramref name="constantShare"/> is a contract with a constant share, with none needed.
    /// </summary>
    private static CliRun IntakeMunicipalProjection(string output, string language, string? constantShare) => CliRun.Of(
        [
            "simulate", "--contract", constantShare ?? Municipal("contract.json"),
            .. constantShare is null
                ? new[] { "--estimate-participants", Municipal("participants.csv"), "--estimate-spells", Municipal("spells.csv"), "--estimate-as-of", "2026-06-30" }
                : ["--leave", "0.1", "--return", "0.04"],
            "--intake", "2027-01:3", "--horizon", "2027-12-31", "--runs", "20", "--out", output, "--language", language,
        ]);

    private static string Read(string folder, string file) => File.ReadAllText(Path.Combine(folder, file));

    [Fact]
    public void Every_number_of_the_danish_tables_equals_simulation_json_and_the_html_and_markdown_say_the_same()
    {
        using var output = new TempFolder();
        Assert.Equal(0, MunicipalProjection(output.Path, "da").ExitCode);
        List<List<string[]>> tables = MarkdownTables(Read(output.Path, "simulation.md"));
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "simulation.json")));
        JsonElement root = json.RootElement;

        Assert.Equal(5, tables.Count);
        JsonElement[] plan = [.. root.GetProperty("plan").GetProperty("intake").EnumerateArray()];
        Assert.Equal(plan.Length, tables[0].Count);
        for (int i = 0; i < plan.Length; i++)
        {
            Assert.Equal(DanishReportTexts.Month(plan[i].GetProperty("month").GetString()!), tables[0][i][0]);
            Assert.Equal(plan[i].GetProperty("participants").GetInt32(), DanishReportTexts.Count(tables[0][i][1]));
        }

        JsonElement[] hazards = [.. root.GetProperty("hazards").GetProperty("months").EnumerateArray()];
        Assert.Equal(hazards.Length, tables[1].Count);
        for (int m = 0; m < hazards.Length; m++)
        {
            Assert.Equal(hazards[m].GetProperty("month").GetInt32(), DanishReportTexts.Count(tables[1][m][0]));
            Assert.Equal(hazards[m].GetProperty("leave").GetDecimal(), DanishReportTexts.Number(tables[1][m][1]));
            Assert.Equal(hazards[m].GetProperty("return").GetDecimal(), DanishReportTexts.Number(tables[1][m][2]));
        }

        List<(string Label, JsonElement Bands)> months = [.. root.GetProperty("months").EnumerateArray().Select(m => (DanishReportTexts.Month(m.GetProperty("month").GetString()!), m))];
        List<(string Label, JsonElement Bands)> years =
        [
            .. root.GetProperty("years").EnumerateArray().Select(y => (y.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture), y)),
            ("i alt", root.GetProperty("total")),
        ];
        AssertBands(tables[2], months, "payments", "savings");
        AssertBands(tables[3], years, "payments", "savings");
        AssertBands(tables[4], [.. months, .. years], "municipal_savings", "state_savings");
        Assert.Equal([.. tables.SelectMany(t => t.SelectMany(r => r))], [.. HtmlCells(Read(output.Path, "simulation.html"))]);
    }

    [Fact]
    public void The_danish_report_has_no_english_left()
    {
        string[] names = [.. ContractNames(Municipal("contract.json")), .. ContractNames(Budget("contract.json")), "first"];
        using var inputs = new TempFolder();
        Directory.CreateDirectory(inputs.Path);
        string constantShare = Path.Combine(inputs.Path, "contract.json");
        File.WriteAllText(constantShare, File.ReadAllText(Municipal("contract.json")).Replace("\"municipal_share\": \"dk_2016\"", "\"municipal_share\": 0.8", StringComparison.Ordinal));

        // c₀ from the planned file, drawn from the earlier cohort, or not needed; hazards estimated or given.
        Func<string, string, CliRun>[] projections =
        [
            MunicipalProjection,
            GivenProjection,
            (output, language) => IntakeMunicipalProjection(output, language, null),
            (output, language) => IntakeMunicipalProjection(output, language, constantShare),
        ];
        foreach (Func<string, string, CliRun> projection in projections)
        {
            using var english = new TempFolder();
            using var danish = new TempFolder();
            Assert.Equal(0, projection(english.Path, "en").ExitCode);
            Assert.Equal(0, projection(danish.Path, "da").ExitCode);

            DanishReportTexts.AssertNoEnglishLeft(
                Read(english.Path, "simulation.html"),
                Charts(english.Path),
                Read(danish.Path, "simulation.html"),
                Charts(danish.Path),
                names);

            // The Markdown is written from the same blocks: its title and headings are the Danish ones.
            string markdown = Read(danish.Path, "simulation.md");
            Assert.Contains("## Hvad båndene betyder, og hvad de ikke betyder\n", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("## What the bands mean", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_danish_report_gives_the_horizon_and_the_earlier_cohort_s_date_in_words()
    {
        using var output = new TempFolder();
        Assert.Equal(0, MunicipalProjection(output.Path, "da").ExitCode);

        string markdown = Read(output.Path, "simulation.md");

        Assert.StartsWith($"# Kvinder i Job — paid on the municipality's saving: fremskrivning til {DanishReportTexts.Date("2029-02-28")}\n", markdown, StringComparison.Ordinal);
        Assert.Contains($"observeret til {DanishReportTexts.Date("2026-06-30")}", markdown, StringComparison.Ordinal);
        Assert.Contains("![Udbetalinger pr. måned: 5., 50. og 95. percentil af kørslerne](charts/simulation-payments.svg)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_summary_is_danish_with_the_amounts_of_simulation_json_in_kroner()
    {
        using var output = new TempFolder();

        CliRun run = MunicipalProjection(output.Path, "da");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "simulation.json")));
        JsonElement root = json.RootElement;
        string[] lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal($"200 kørsler af 10 deltagere til {DanishReportTexts.Date("2029-02-28")} (startværdi 1, overgangssandsynligheder estimeret ud fra 48 deltagere).", lines[0]);
        Assert.Equal("Udbetalinger, 5 % / median / 95 % af kørslerne:", lines[1]);
        JsonElement[] years = [.. root.GetProperty("years").EnumerateArray()];
        for (int i = 0; i < years.Length; i++)
        {
            AssertPrintedBand(lines[2 + i], $"  {years[i].GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture)}: ", years[i].GetProperty("payments"));
        }

        AssertPrintedBand(lines[2 + years.Length], "  i alt: ", root.GetProperty("total").GetProperty("payments"));
        string saving = lines[3 + years.Length];
        Assert.StartsWith("Besparelse i alt, 5 % / median / 95 % af kørslerne: kommunen ", saving, StringComparison.Ordinal);
        string[] parts = saving["Besparelse i alt, 5 % / median / 95 % af kørslerne: ".Length..].Split("; ");
        AssertPrintedBand(parts[0], "kommunen ", root.GetProperty("total").GetProperty("municipal_savings"));
        AssertPrintedBand(parts[1], "staten ", root.GetProperty("total").GetProperty("state_savings"));
        Assert.Equal(4 + years.Length, lines.Length);
    }

    [Fact]
    public void The_csv_and_json_outputs_are_the_same_bytes_in_either_language()
    {
        using var english = new TempFolder();
        using var danish = new TempFolder();

        Assert.Equal(0, MunicipalProjection(english.Path, "en").ExitCode);
        Assert.Equal(0, MunicipalProjection(danish.Path, "da").ExitCode);

        DanishReportTexts.AssertSameMachineOutputs(english.Path, danish.Path, ["simulation.csv", "simulation.json", "hazards.csv"], "simulation.md");
    }

    [Fact]
    public void English_is_the_default_and_the_same_as_language_en()
    {
        using var given = new TempFolder();
        using var left = new TempFolder();

        CliRun english = GivenProjection(given.Path, "en");
        CliRun byDefault = CliRun.Of(
            "simulate", "--contract", Budget("contract.json"), "--leave", "0.1", "--return", "0.04",
            "--intake", "2027-01:4:first,2027-03:2", "--horizon", "2027-12-31", "--runs", "20", "--out", left.Path);

        Assert.Equal(english.Output, byDefault.Output);
        foreach (string file in DanishReportTexts.Files(given.Path))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(given.Path, file)), File.ReadAllBytes(Path.Combine(left.Path, file)));
        }
    }

    [Fact]
    public void An_unknown_language_is_refused_and_nothing_is_written()
    {
        using var output = new TempFolder();

        CliRun run = GivenProjection(output.Path, "xx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--language: expected en or da, found 'xx'.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.Path));
    }

    /// <summary>A printed band: <paramref name="prefix"/>, then the three amounts in kroner, separated by <c> / </c>, equal to the JSON band's.</summary>
    private static void AssertPrintedBand(string line, string prefix, JsonElement band)
    {
        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        decimal[] printed = [.. line[prefix.Length..].Split(" / ").Select(DanishReportTexts.AmountInKroner)];
        Assert.Equal([band.GetProperty("p5").GetDecimal(), band.GetProperty("p50").GetDecimal(), band.GetProperty("p95").GetDecimal()], printed);
    }

    /// <summary>Each row of <paramref name="table"/> is its label and the six Danish amounts of the same object of simulation.json.</summary>
    private static void AssertBands(List<string[]> table, List<(string Label, JsonElement Bands)> expected, string first, string second)
    {
        Assert.Equal(expected.Count, table.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            string[] row = table[i];
            Assert.Equal(expected[i].Label, row[0]);
            decimal[] json = [
                .. new[] { first, second }.SelectMany(kind => new[] { "p5", "p50", "p95" }.Select(p => expected[i].Bands.GetProperty(kind).GetProperty(p).GetDecimal())),
            ];
            Assert.Equal(json, row[1..].Select(DanishReportTexts.Amount));
        }
    }

    /// <summary>The names a report echoes from a contract: its name, currency, benefit codes, trigger and payment ids.</summary>
    internal static IEnumerable<string> ContractNames(string contractFile)
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(contractFile));
        JsonElement root = json.RootElement;
        List<string> names = [root.GetProperty("name").GetString()!, root.GetProperty("currency").GetString()!];
        if (root.TryGetProperty("benefits", out JsonElement benefits))
        {
            names.AddRange(benefits.EnumerateObject().Select(b => b.Name));
        }

        names.AddRange(root.GetProperty("triggers").EnumerateArray().Select(t => t.GetProperty("id").GetString()!));
        names.AddRange(root.GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
        return names;
    }

    private static IEnumerable<string> Charts(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "charts")).Order(StringComparer.Ordinal).Select(File.ReadAllText);
}
