using System.Globalization;
using System.Text.Json;
using SocialInvestment.Cli.Tests.Report;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

/// <summary><c>sib design --language da</c>: the report and the printed summary in Danish, design.csv, design.json and the contract as in English.</summary>
public sealed class DesignCommandDanishTests
{
    private const string MissedDesign =
        """
        {
          "vary": [
            { "parameter": "payments.fee.amount", "values": [10000, 20000] },
            { "parameter": "payments.shared.share", "values": [0.25, 0.5] }
          ],
          "conditions": [
            { "measure": "payer_net_saving_positive_probability", "at_least": 0 },
            { "measure": "investor_irr_p50", "at_least": 100 }
          ]
        }
        """;

    private const string UnconditionalDesign =
        """
        { "vary": [ { "parameter": "payments.bonus.amount", "values": [30000, 40000] } ] }
        """;

    /// <summary>
    /// 101 × 100 candidates, on 100 runs more than one round of pricing, so the grid is searched in rounds; more than
    /// 2,000 of them qualify, so the chart is thinned; those paying nothing have no IRR and are not drawn.
    /// </summary>
    private const string LargeDesign =
        """
        {
          "vary": [
            { "parameter": "payments.fee.amount", "from": 0, "to": 100000, "step": 1000 },
            { "parameter": "payments.bonus.amount", "from": 0, "to": 99000, "step": 1000 },
            { "parameter": "payments.shared.share", "values": [0] }
          ],
          "conditions": [ { "measure": "payer_net_saving_positive_probability", "at_least": 0 } ]
        }
        """;

    private static string Sample(string file) => RepositoryFolder.PathOf("samples", "kvinder-i-job-design", file);

    /// <summary>
    /// The design sample (a municipal share, hazards estimated from the earlier cohort, two conditions, stress) in
    /// <paramref name="language"/>: its intake and horizon on 20 runs, or <paramref name="plan"/>'s.
    /// </summary>
    private static CliRun SampleDesign(string output, string language, string? design = null, string[]? plan = null) => CliRun.Of(
        [
            "design", "--contract", Sample("contract.json"), "--design", design ?? Sample("design.json"), "--investments", Sample("investments.csv"),
            "--estimate-participants", Sample("participants.csv"), "--estimate-spells", Sample("spells.csv"), "--estimate-as-of", "2026-06-30",
            .. plan is { Length: > 0 } ? plan : ["--intake", "2027-01:20,2027-02:20", "--horizon", "2029-02-28", "--runs", "20"],
            "--seed", "1", "--out", output, "--language", language,
        ]);

    private static string Read(string folder, string file) => File.ReadAllText(Path.Combine(folder, file));

    [Fact]
    public void The_danish_front_and_recommended_tables_equal_design_json_and_the_html_and_markdown_say_the_same()
    {
        using var output = new TempFolder();
        Assert.Equal(0, SampleDesign(output.Path, "da").ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "design.json")));
        JsonElement root = json.RootElement;
        string html = Read(output.Path, "design.html");
        Dictionary<string, List<string[]>> tables = ReportTables.HtmlTables(html);

        // The parameters with their values, separated by semicolons since a Danish value has a decimal comma.
        JsonElement[] parameters = [.. root.GetProperty("parameters").EnumerateArray()];
        Assert.Equal(parameters.Length, tables["parameters"].Count);
        for (int i = 0; i < parameters.Length; i++)
        {
            string[] row = tables["parameters"][i];
            JsonElement[] values = [.. parameters[i].GetProperty("values").EnumerateArray()];
            Assert.Equal(parameters[i].GetProperty("parameter").GetString(), row[0]);
            Assert.Equal(values.Select(v => v.GetDecimal()), row[1].Split("; ").Select(DanishReportTexts.Number));
            Assert.Equal(values.Length, DanishReportTexts.Count(row[2]));
        }

        // The front: each point's candidate, values and measures in design.json's order, the first recommended.
        string[] names = [.. parameters.Select(p => p.GetProperty("parameter").GetString()!)];
        JsonElement[] front = [.. root.GetProperty("front").EnumerateArray()];
        Assert.NotEmpty(front);
        Assert.Equal(front.Length, tables["front"].Count);
        for (int i = 0; i < front.Length; i++)
        {
            string[] row = tables["front"][i];
            JsonElement measures = front[i].GetProperty("measures");
            Assert.Equal(front[i].GetProperty("candidate").GetInt64().ToString(CultureInfo.InvariantCulture), row[0]);
            Assert.Equal(names.Select(n => front[i].GetProperty("values").GetProperty(n).GetDecimal()), row[1..(1 + names.Length)].Select(DanishReportTexts.Number));
            string[] shown = row[(1 + names.Length)..];
            Assert.Equal(measures.GetProperty("payer_net_saving_mean").GetDecimal(), DanishReportTexts.Amount(shown[0]));
            Assert.Equal(measures.GetProperty("payer_net_saving_p5").GetDecimal(), DanishReportTexts.Amount(shown[1]));
            Assert.Equal(measures.GetProperty("payer_net_saving_p50").GetDecimal(), DanishReportTexts.Amount(shown[2]));
            AssertPercent(measures.GetProperty("payer_net_saving_positive_probability"), shown[3]);
            AssertPercent(measures.GetProperty("investor_irr_p50"), shown[4]);
            Assert.Equal(measures.GetProperty("investor_money_multiple_p50").GetDecimal(), DanishReportTexts.Number(shown[5]));
            Assert.Equal(measures.GetProperty("total_payments_p50").GetDecimal(), DanishReportTexts.Amount(shown[6]));
            Assert.Equal(i == 0 ? "ja" : string.Empty, shown[7]);
        }

        // The recommended contract as planned and under stress, side by side, each row labelled in Danish.
        JsonElement recommended = root.GetProperty("recommended_contract");
        JsonElement stress = recommended.GetProperty("stress");
        Dictionary<string, string[]> rows = tables["recommended"].ToDictionary(r => r[0], StringComparer.Ordinal);
        Assert.Equal(["deltagere", "40", "28"], rows["deltagere"]);
        (string Label, string Measure)[] amounts =
        [
            ("betalerens nettobesparelse 5 %", "payer_net_saving_p5"),
            ("betalerens nettobesparelse median", "payer_net_saving_p50"),
            ("betalerens nettobesparelse 95 %", "payer_net_saving_p95"),
            ("betalerens forventede nettobesparelse", "payer_net_saving_mean"),
            ("samlede udbetalinger 5 %", "total_payments_p5"),
            ("samlede udbetalinger median", "total_payments_p50"),
            ("samlede udbetalinger 95 %", "total_payments_p95"),
        ];
        foreach (var (label, measure) in amounts)
        {
            Assert.Equal(recommended.GetProperty("measures").GetProperty(measure).GetDecimal(), DanishReportTexts.Amount(rows[label][1]));
            Assert.Equal(stress.GetProperty("measures").GetProperty(measure).GetDecimal(), DanishReportTexts.Amount(rows[label][2]));
        }

        (string Label, string Measure)[] percents =
        [
            ("sandsynlighed for positiv nettobesparelse", "payer_net_saving_positive_probability"),
            ("investorens afkast (IRR) 5 %", "investor_irr_p5"),
            ("investorens afkast (IRR) median", "investor_irr_p50"),
            ("investorens afkast (IRR) 95 %", "investor_irr_p95"),
        ];
        foreach (var (label, measure) in percents)
        {
            AssertPercent(recommended.GetProperty("measures").GetProperty(measure), rows[label][1]);
            AssertPercent(stress.GetProperty("measures").GetProperty(measure), rows[label][2]);
        }

        foreach (var (label, measure) in new[] { ("pengemultiplum 5 %", "investor_money_multiple_p5"), ("pengemultiplum median", "investor_money_multiple_p50"), ("pengemultiplum 95 %", "investor_money_multiple_p95") })
        {
            AssertNumberOrNone(recommended.GetProperty("measures").GetProperty(measure), rows[label][1]);
            AssertNumberOrNone(stress.GetProperty("measures").GetProperty(measure), rows[label][2]);
        }

        foreach (var (label, band) in new[] { ("bruttobesparelse", "savings"), ("kommunal besparelse", "municipal_savings") })
        {
            foreach (var (name, percentile) in new[] { ("5 %", "p5"), ("median", "p50"), ("95 %", "p95") })
            {
                string[] row = rows[$"{label} {name}"];
                Assert.Equal(recommended.GetProperty(band).GetProperty(percentile).GetDecimal(), DanishReportTexts.Amount(row[1]));
                Assert.Equal(stress.GetProperty(band).GetProperty(percentile).GetDecimal(), DanishReportTexts.Amount(row[2]));
            }
        }

        Assert.Equal(1 + amounts.Length + percents.Length + 3 + 6, rows.Count);

        // The Markdown's tables say what the HTML's say.
        Assert.Equal(
            [.. ReportTables.MarkdownTables(Read(output.Path, "design.md")).SelectMany(t => t.SelectMany(r => r))],
            [.. ReportTables.HtmlCells(html)]);
    }

    [Fact]
    public void The_danish_report_has_no_english_left()
    {
        using var inputs = new TempFolder();
        Directory.CreateDirectory(inputs.Path);
        string missed = Path.Combine(inputs.Path, "missed.json");
        string unconditional = Path.Combine(inputs.Path, "unconditional.json");
        string large = Path.Combine(inputs.Path, "large.json");
        File.WriteAllText(missed, MissedDesign);
        File.WriteAllText(unconditional, UnconditionalDesign);
        File.WriteAllText(large, LargeDesign);
        string[] names = [.. SimulationReportDanishTests.ContractNames(Sample("contract.json"))];

        // Recommended under stress with a municipal saving; no candidate meeting the conditions; no conditions at all;
        // a grid searched in rounds, its chart thinned and a candidate without an IRR left out of it.
        foreach (string? design in new[] { null, missed, unconditional, large })
        {
            using var english = new TempFolder();
            using var danish = new TempFolder();
            string[] plan = design == large ? ["--intake", "2027-01:5", "--horizon", "2028-06-30", "--runs", "100"] : [];
            Assert.Equal(0, SampleDesign(english.Path, "en", design, plan).ExitCode);
            Assert.Equal(0, SampleDesign(danish.Path, "da", design, plan).ExitCode);

            DanishReportTexts.AssertNoEnglishLeft(
                Read(english.Path, "design.html"),
                [Read(english.Path, Path.Combine("charts", "design-front.svg"))],
                Read(danish.Path, "design.html"),
                [Read(danish.Path, Path.Combine("charts", "design-front.svg"))],
                names);
        }
    }

    [Fact]
    public void A_miss_is_said_in_danish_with_design_json_s_candidate_and_shortfall()
    {
        using var inputs = new TempFolder();
        using var output = new TempFolder();
        Directory.CreateDirectory(inputs.Path);
        string design = Path.Combine(inputs.Path, "design.json");
        File.WriteAllText(design, MissedDesign);

        CliRun run = SampleDesign(output.Path, "da", design);

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "design.json")));
        JsonElement miss = json.RootElement.GetProperty("miss");
        string shortfall = miss.GetProperty("shortfall").GetDecimal().ToString("0.############################", CultureInfo.InvariantCulture).Replace('.', ',');
        string sentence =
            "Ingen anbefalet: ingen kandidat opfylder investor_irr_p50 mindst 100 (betingelse 2 af 2, blandt de kandidater, der opfylder betingelserne før den); "
            + $"den nærmeste, kandidat {miss.GetProperty("candidate").GetInt64().ToString(CultureInfo.InvariantCulture)}, mangler {shortfall} for at opfylde den.";
        Assert.Contains(sentence + "\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("## Ingen kontrakt anbefalet\n\n" + sentence + "\n", Read(output.Path, "design.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_summary_is_danish_with_design_json_s_numbers()
    {
        using var output = new TempFolder();

        CliRun run = SampleDesign(output.Path, "da");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output.Path, "design.json")));
        JsonElement root = json.RootElement;
        string[] lines = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            Invariant($"{root.GetProperty("evaluated").GetInt32()} kandidater, prissat på de samme 20 kørsler (startværdi 1); {root.GetProperty("qualifying").GetInt32()} opfylder betingelserne, {root.GetProperty("front").GetArrayLength()} på fronten."),
            lines[0]);
        JsonElement recommended = root.GetProperty("recommended_contract");
        string values = string.Join("; ", recommended.GetProperty("values").EnumerateObject().Select(v => $"{v.Name} = {v.Value.GetDecimal().ToString("0.############################", CultureInfo.InvariantCulture).Replace('.', ',')}"));
        Assert.Equal(Invariant($"Anbefalet: kandidat {root.GetProperty("recommended").GetInt64()}, {values} ({DesignCommand.RecommendedFile})."), lines[1]);

        // The stressed median beside the planned one, in kroner.
        const string Start = "I stresstest (sandsynlighed for at forlade forsørgelse × 0,5, optag × 0,7: 28 af 40 deltagere): betalerens nettobesparelse median ";
        Assert.StartsWith(Start, lines[2], StringComparison.Ordinal);
        string[] median = lines[2][Start.Length..].Split(", ")[0].Split(" (som planlagt ");
        Assert.Equal(recommended.GetProperty("stress").GetProperty("measures").GetProperty("payer_net_saving_p50").GetDecimal(), DanishReportTexts.AmountInKroner(median[0]));
        Assert.Equal(recommended.GetProperty("measures").GetProperty("payer_net_saving_p50").GetDecimal(), DanishReportTexts.AmountInKroner(median[1].TrimEnd(')')));
        Assert.EndsWith(" (design.json, design.html).", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Design_csv_design_json_and_the_contract_are_the_same_bytes_in_either_language()
    {
        using var english = new TempFolder();
        using var danish = new TempFolder();

        Assert.Equal(0, SampleDesign(english.Path, "en").ExitCode);
        Assert.Equal(0, SampleDesign(danish.Path, "da").ExitCode);

        DanishReportTexts.AssertSameMachineOutputs(english.Path, danish.Path, ["design.csv", "design.json", DesignCommand.RecommendedFile], "design.md");
    }

    [Fact]
    public void An_unknown_language_is_refused_and_nothing_is_written()
    {
        using var output = new TempFolder();

        CliRun run = SampleDesign(output.Path, "xx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--language: expected en or da, found 'xx'.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.Path));
    }

    /// <summary>A probability or IRR of design.json as the Danish report writes it: percent with up to four decimals.</summary>
    private static void AssertPercent(JsonElement fraction, string cell)
    {
        if (fraction.ValueKind == JsonValueKind.Null)
        {
            Assert.Equal("–", cell);
            return;
        }

        Assert.Equal(decimal.Round(fraction.GetDecimal() * 100, 4, MidpointRounding.AwayFromZero) / 100, DanishReportTexts.Percent(cell));
    }

    private static void AssertNumberOrNone(JsonElement value, string cell)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            Assert.Equal("–", cell);
            return;
        }

        Assert.Equal(value.GetDecimal(), DanishReportTexts.Number(cell));
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
