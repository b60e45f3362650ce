using System.Text.Json.Nodes;

namespace SocialInvestment.Cli.Tests;

/// <summary>SPEC-DK DK7 on the command line: participants.csv's <c>kommune</c> column and summary.json's <c>municipalities</c>.</summary>
public sealed class MunicipalityCommandTests
{
    private const string Contract = """
        {
          "name": "several municipalities",
          "benefits": { "kontanthjaelp": "support" },
          "monthly_cost": { "amount": 3100, "base_year": 2026 },
          "window": { "from": "start", "weeks": 8 },
          "triggers": [{ "id": "enrolled", "kind": "enrolment" }],
          "payments": [
            { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 1000 },
            { "id": "shared", "kind": "share_of_savings", "gate": "enrolled", "share": 0.5 }
          ]
        }
        """;

    [Fact]
    public void Summary_breaks_the_settlement_down_by_the_kommune_column_and_the_parts_sum_to_the_total()
    {
        using var folder = new TempFolder();
        JsonNode summary = Settle(folder, "deltager_id;start;kommune\nA;05-01-2026;Viborg\nB;05-01-2026;Herning\nC;05-01-2026;Viborg\nD;05-01-2026;\n");

        JsonArray municipalities = summary["municipalities"]!.AsArray();
        Assert.Equal(["", "Herning", "Viborg"], municipalities.Select(m => (string)m!["municipality"]!));
        Assert.Equal([1, 1, 2], municipalities.Select(m => (int)m!["participants"]!));
        // Each: fee 1,000.00 and January's share round(0.5 × 3,100 × 27 / 31) = 1,350.00; a gross saving of 2,700.00.
        JsonNode viborg = municipalities[2]!;
        Assert.Equal(4700.00m, (decimal)viborg["payable"]!);
        Assert.Equal(5400.00m, (decimal)viborg["gross_saving"]!);
        Assert.Equal((decimal)summary["total"]!["payable"]!, municipalities.Sum(m => (decimal)m!["payable"]!));
        Assert.Equal((decimal)summary["gross_saving"]!, municipalities.Sum(m => (decimal)m!["gross_saving"]!));
    }

    [Fact]
    public void Without_a_municipality_column_the_summary_has_no_breakdown()
    {
        using var folder = new TempFolder();
        JsonNode summary = Settle(folder, "participant_id,start\nA,2026-01-05\n");

        Assert.Null(summary["municipalities"]);
    }

    [Fact]
    public void Evidence_gives_each_municipalitys_rates_with_intervals_beside_the_whole_cohorts()
    {
        using var folder = new TempFolder();
        Settle(folder, "deltager_id;start;kommune\nA;05-01-2026;Viborg\nB;05-01-2026;Herning\nC;05-01-2026;Viborg\n");
        string output = Path.Combine(folder.Path, "evidence");
        CliRun run = CliRun.Of(
            "evidence",
            "--contract", Path.Combine(folder.Path, "contract.json"),
            "--participants", Path.Combine(folder.Path, "participants.csv"),
            "--spells", Path.Combine(folder.Path, "spells.csv"),
            "--as-of", "2026-01-31",
            "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        JsonNode evidence = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "evidence.json")))!;
        JsonArray municipalities = evidence["municipalities"]!.AsArray();
        Assert.Equal(["Herning", "Viborg"], municipalities.Select(m => (string)m!["municipality"]!));
        Assert.Equal([1, 2], municipalities.Select(m => (int)m!["participants"]!));
        // The whole cohort's triggers and each municipality's have the same shape: met, total, share and interval.
        JsonNode whole = evidence["triggers"]![0]!;
        JsonNode viborg = municipalities[1]!["triggers"]![0]!;
        Assert.Equal(whole.AsObject().Select(p => p.Key), viborg.AsObject().Select(p => p.Key));
        Assert.Equal(3, (int)whole["participants"]!);
        Assert.Equal(2, (int)viborg["participants"]!);
    }

    [Fact]
    public void The_reports_municipality_table_is_summary_jsons_breakdown_and_each_municipality_has_its_rates()
    {
        using var folder = new TempFolder();
        JsonNode summary = Settle(folder, "deltager_id;start;kommune\nA;05-01-2026;Viborg\nB;05-01-2026;Herning\nC;05-01-2026;Viborg\nD;05-01-2026;\n");
        string output = Path.Combine(folder.Path, "report");
        CliRun run = CliRun.Of(
            "report",
            "--contract", Path.Combine(folder.Path, "contract.json"),
            "--participants", Path.Combine(folder.Path, "participants.csv"),
            "--spells", Path.Combine(folder.Path, "spells.csv"),
            "--as-of", "2026-01-31",
            "--out", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Dictionary<string, List<string[]>> tables = ReportTables.HtmlTables(File.ReadAllText(Path.Combine(output, "report.html")));
        List<string[]> rows = tables["municipalities"];
        JsonArray municipalities = summary["municipalities"]!.AsArray();
        Assert.Equal(municipalities.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            JsonNode m = municipalities[i]!;
            Assert.Equal((string)m["municipality"]! is { Length: > 0 } name ? name : "(none)", rows[i][0]);
            Assert.Equal((int)m["participants"]!, (int)ReportTables.Amount(rows[i][1]));
            Assert.Equal((decimal)m["payable"]!, ReportTables.Amount(rows[i][4]));
            Assert.Equal((decimal)m["gross_saving"]!, ReportTables.Amount(rows[i][8]));
            Assert.Equal(9, rows[i].Length);
        }

        // One table of rates per municipality with participants: (none) (D), Herning (B), Viborg (A, C).
        Assert.Equal(["1", "1", "2"], new[] { 1, 2, 3 }.Select(i => tables[$"municipality-{i}-rates"][0][2]));
    }

    [Fact]
    public void With_a_municipal_share_the_reports_municipality_table_has_each_ones_municipal_and_state_saving()
    {
        // samples/kvinder-i-job-municipal-saving (its README): Aarhus MS-01, MS-02, MS-05 and Randers MS-03, MS-04.
        string Sample(string file) => SocialInvestment.Testing.RepositoryFolder.PathOf("samples", "kvinder-i-job-municipal-saving", file);
        using var folder = new TempFolder();
        CliRun settle = CliRun.Of(
            "settle", "--contract", Sample("contract.json"), "--participants", Sample("participants.csv"), "--spells", Sample("spells.csv"),
            "--as-of", "2026-06-30", "--out", Path.Combine(folder.Path, "settled"));
        CliRun report = CliRun.Of(
            "report", "--contract", Sample("contract.json"), "--participants", Sample("participants.csv"), "--spells", Sample("spells.csv"),
            "--as-of", "2026-06-30", "--out", Path.Combine(folder.Path, "report"));

        Assert.True(settle.ExitCode == 0 && report.ExitCode == 0, settle.Error + report.Error);
        JsonArray municipalities = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "settled", "summary.json")))!["municipalities"]!.AsArray();
        List<string[]> rows = ReportTables.HtmlTables(File.ReadAllText(Path.Combine(folder.Path, "report", "report.html")))["municipalities"];
        Assert.Equal(["Aarhus", "Randers"], rows.Select(r => r[0]));
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(11, rows[i].Length);
            Assert.Equal((decimal)municipalities[i]!["gross_saving"]!, ReportTables.Amount(rows[i][8]));
            Assert.Equal((decimal)municipalities[i]!["municipal_saving"]!, ReportTables.Amount(rows[i][9]));
            Assert.Equal((decimal)municipalities[i]!["state_saving"]!, ReportTables.Amount(rows[i][10]));
            Assert.Equal(ReportTables.Amount(rows[i][8]), ReportTables.Amount(rows[i][9]) + ReportTables.Amount(rows[i][10]));
        }

        Assert.Equal(219412.90m, rows.Sum(r => ReportTables.Amount(r[9])));
        Assert.Equal(86603.23m, rows.Sum(r => ReportTables.Amount(r[10])));
    }

    private static JsonNode Settle(TempFolder folder, string participants)
    {
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, "contract.json"), Contract);
        File.WriteAllText(Path.Combine(folder.Path, "participants.csv"), participants);
        File.WriteAllText(Path.Combine(folder.Path, "spells.csv"), "participant_id,benefit,from,to\nB,kontanthjaelp,2025-12-01,2026-03-31\n");
        string output = Path.Combine(folder.Path, "out");
        CliRun run = CliRun.Of(
            "settle",
            "--contract", Path.Combine(folder.Path, "contract.json"),
            "--participants", Path.Combine(folder.Path, "participants.csv"),
            "--spells", Path.Combine(folder.Path, "spells.csv"),
            "--as-of", "2026-01-31",
            "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!;
    }
}
