using System.Globalization;
using System.Text.Json.Nodes;

using static SocialInvestment.Cli.Tests.ReportTables;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// The municipality's saving against its payments on the command line (docs/economics.md, "The municipality's saving"):
/// <c>sib economics</c> and <c>sib report</c> on public-dk-1, whose municipal saving is 46,400.00 of a gross 97,000.00
/// (the state's part 50,600.00) as of 2026-03-31; and nothing new without <c>municipal_share</c>.
/// </summary>
public sealed class MunicipalPayerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public MunicipalPayerCommandTests() => Directory.CreateDirectory(_folder.Path);

    public void Dispose() => _folder.Dispose();

    private string Investments()
    {
        string path = Path.Combine(_folder.Path, "investments.csv");
        File.WriteAllText(path, "date,amount\n2026-03-01,100000\n");
        return path;
    }

    private static CliRun Run(string command, string contract, string output, params string[] more) => CliRun.Of(
        [
            command,
            "--contract", contract,
            "--participants", CliRun.Case("public-dk-1", "participants.csv"),
            "--spells", CliRun.Case("public-dk-1", "spells.csv"),
            "--as-of", "2026-03-31",
            "--out", output,
            .. more,
        ]);

    private JsonNode Economics(string contract)
    {
        string output = Path.Combine(_folder.Path, "economics");
        CliRun run = Run("economics", contract, output, "--investments", Investments());
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "economics.json")))!;
    }

    /// <summary>The payable of public-dk-1's expected-lines.csv, all of them lines of March 2026.</summary>
    private static decimal ExpectedPayable() =>
        File.ReadAllLines(CliRun.Case("public-dk-1", "expected-lines.csv")).Skip(1).Sum(l => decimal.Parse(l.Split(',')[5], CultureInfo.InvariantCulture));

    [Fact]
    public void Economics_sets_the_municipal_saving_of_public_dk_1_against_its_payments_with_the_states_part_beside_it()
    {
        string output = Path.Combine(_folder.Path, "economics");

        CliRun run = Run("economics", CliRun.Case("public-dk-1", "contract.json"), output, "--investments", Investments());

        Assert.True(run.ExitCode == 0, run.Error);
        JsonNode payer = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "economics.json")))!["payer"]!;
        // expected-lines.csv: gross 97,000 + muni 46,400 + weekly 15,000 = 158,400, paid in March (payment_days 0).
        Assert.Equal(158_400m, ExpectedPayable());
        Assert.Equal(
            """
            {
              "gross_saving": 97000.00,
              "payments": 158400.00,
              "net_saving": -61400.00,
              "payments_share_of_saving": 1.63299,
              "first_month_saving_exceeds_payments": null,
              "municipal_saving": 46400.00,
              "state_saving": 50600.00,
              "municipal_net_saving": -112000.00,
              "payments_share_of_municipal_saving": 3.413793,
              "first_month_municipal_saving_exceeds_payments": null,
              "months": [
                {
                  "month": "2026-03",
                  "saving": 97000.00,
                  "payments": 158400.00,
                  "cumulative_saving": 97000.00,
                  "cumulative_payments": 158400.00,
                  "municipal_saving": 46400.00,
                  "state_saving": 50600.00,
                  "cumulative_municipal_saving": 46400.00
                }
              ]
            }
            """,
            payer.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n"));
        Assert.Contains(
            "Municipality: saving 46400.00 DKK (the state's part 50600.00 DKK), payments 158400.00 DKK, net saving -112000.00 DKK (payments 341.3793 % of its saving); its cumulative saving never exceeds cumulative payments.",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Without_municipal_share_neither_economics_json_nor_the_report_nor_sib_says_anything_of_the_municipality()
    {
        // public-dk-1 without its municipal_share and the payment on the municipal saving that needs it.
        var contract = JsonNode.Parse(File.ReadAllText(CliRun.Case("public-dk-1", "contract.json")))!.AsObject();
        contract.Remove("municipal_share");
        contract["payments"]!.AsArray().RemoveAt(0);
        string path = Path.Combine(_folder.Path, "plain.json");
        File.WriteAllText(path, contract.ToJsonString());
        string output = Path.Combine(_folder.Path, "economics");

        CliRun run = Run("economics", path, output, "--investments", Investments());

        Assert.True(run.ExitCode == 0, run.Error);
        JsonObject payer = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "economics.json")))!["payer"]!.AsObject();
        Assert.Equal(["gross_saving", "payments", "net_saving", "payments_share_of_saving", "first_month_saving_exceeds_payments", "months"], payer.Select(p => p.Key));
        Assert.Equal(["month", "saving", "payments", "cumulative_saving", "cumulative_payments"], payer["months"]![0]!.AsObject().Select(p => p.Key));
        Assert.DoesNotContain("Municipality", run.Output, StringComparison.Ordinal);

        string report = Path.Combine(_folder.Path, "report");
        Assert.Equal(0, Run("report", path, report).ExitCode);
        string html = File.ReadAllText(Path.Combine(report, "report.html"));
        Dictionary<string, List<string[]>> tables = HtmlTables(html);
        Assert.Equal(4, tables["payer"].Count);
        Assert.All(tables["payer-months"], row => Assert.Equal(5, row.Length));
        Assert.DoesNotContain("municipal saving", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reports_payer_section_shows_the_municipal_saving_and_the_states_part_as_economics_json_has_them_in_html_and_markdown()
    {
        string contract = CliRun.Case("public-dk-1", "contract.json");
        JsonNode payer = Economics(contract)["payer"]!;
        string output = Path.Combine(_folder.Path, "report");

        CliRun run = Run("report", contract, output);

        Assert.True(run.ExitCode == 0, run.Error);
        string html = File.ReadAllText(Path.Combine(output, "report.html"));
        Dictionary<string, List<string[]>> tables = HtmlTables(html);
        // The payer table: the gross rows as before, then the municipality's.
        Assert.Equal(
            ["gross saving", "payments", "net saving", "payments as a share of the saving", "municipal saving", "the state's part of the saving", "the municipality's net saving", "payments as a share of the municipal saving"],
            tables["payer"].Select(r => r[0]));
        Assert.Equal((decimal)payer["municipal_saving"]!, Amount(tables["payer"][4][1]));
        Assert.Equal((decimal)payer["state_saving"]!, Amount(tables["payer"][5][1]));
        Assert.Equal((decimal)payer["municipal_net_saving"]!, Amount(tables["payer"][6][1]));
        Assert.Equal("341.4 %", tables["payer"][7][1]);
        Assert.Equal((46_400m, 50_600m, -112_000m), (Amount(tables["payer"][4][1]), Amount(tables["payer"][5][1]), Amount(tables["payer"][6][1])));
        JsonArray months = payer["months"]!.AsArray();
        Assert.Equal(months.Count, tables["payer-months"].Count);
        for (int i = 0; i < months.Count; i++)
        {
            string[] row = tables["payer-months"][i];
            Assert.Equal(8, row.Length);
            Assert.Equal((string)months[i]!["month"]!, row[0]);
            string[] members = ["saving", "payments", "cumulative_saving", "cumulative_payments", "municipal_saving", "state_saving", "cumulative_municipal_saving"];
            Assert.Equal(members.Select(m => (decimal)months[i]![m]!), row[1..].Select(Amount));
        }

        Assert.Contains("The municipality's cumulative saving never exceeds the cumulative payments in these months.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("cumulative municipal saving", File.ReadAllText(Path.Combine(output, "charts", "saving-against-payments.svg")), StringComparison.Ordinal);

        // The Markdown says what the HTML says, table by table.
        string markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Equal(
            HtmlTables(html).Values.SelectMany(t => t.SelectMany(r => r)),
            MarkdownTables(markdown).SelectMany(t => t.SelectMany(r => r)));
        Assert.Contains("| month | saving | payments | cumulative saving | cumulative payments | municipal saving | state's part | cumulative municipal saving |", markdown, StringComparison.Ordinal);
        Assert.Contains("![Cumulative gross and municipal saving against cumulative payments](charts/saving-against-payments.svg)", markdown, StringComparison.Ordinal);
    }
}
