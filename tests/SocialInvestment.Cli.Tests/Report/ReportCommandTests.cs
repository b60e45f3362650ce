using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialInvestment.Testing;

using static SocialInvestment.Cli.Tests.ReportTables;

namespace SocialInvestment.Cli.Tests.Report;

/// <summary>
/// <c>sib report</c>: report.html (self-contained) and report.md with charts/*.svg, every number equal to what
/// <c>sib settle</c>, <c>sib economics</c> and <c>sib evidence</c> write for the same inputs; or nothing and exit code 2.
/// </summary>
public sealed class ReportCommandTests
{
    private static string Sample(string name, string file) => RepositoryFolder.PathOf("samples", name, file);

    private static CliRun EconomicsReport(string output) => EconomicsReport(output, Sample("economics", "investments.csv"));

    private static CliRun EconomicsReport(string output, string investments) => CliRun.Of(
        [
            "report",
            "--contract", Sample("economics", "contract.json"),
            "--participants", Sample("economics", "participants.csv"),
            "--spells", Sample("economics", "spells.csv"),
            "--investments", investments,
            "--rate", "0.035",
            "--as-of", "2025-12-31",
            "--out", output,
        ]);

    private static CliRun EvidenceReport(string output) => CliRun.Of(
        [
            "report",
            "--contract", Sample("evidence-job-entries", "contract.json"),
            "--participants", Sample("evidence-job-entries", "participants.csv"),
            "--events", Sample("evidence-job-entries", "events.csv"),
            "--as-of", "2026-03-31",
            "--out", output,
        ]);

    [Fact]
    public void Report_writes_html_markdown_and_four_charts()
    {
        using var output = new TempFolder();

        CliRun run = EconomicsReport(output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(
            new[] { "charts/outcome-rates.svg", "charts/payments-by-month.svg", "charts/saving-against-payments.svg", "charts/time-to-outcome.svg", "report.html", "report.md" },
            Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        string markdown = File.ReadAllText(Path.Combine(output.Path, "report.md"));
        Assert.Contains("![Payable by month, by payment](charts/payments-by-month.svg)", markdown, StringComparison.Ordinal);
        Assert.Contains("- job13: 13 full weeks in a row off support within the window.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_is_self_contained_with_its_charts_inline()
    {
        using var output = new TempFolder();
        Assert.Equal(0, EconomicsReport(output.Path).ExitCode);

        string html = File.ReadAllText(Path.Combine(output.Path, "report.html"));

        Assert.Equal(4, Regex.Count(html, "<svg ", RegexOptions.None, TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        // Each chart's ids are its own, so that no chart clips by another's clip path.
        string[] ids = [.. Regex.Matches(html, "\\bid=\"([^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(10)).Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes_in_every_file_run_after_run()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        Assert.Equal(0, EconomicsReport(first.Path).ExitCode);
        Assert.Equal(0, EvidenceReport(Path.Combine(second.Path, "other")).ExitCode);
        Assert.Equal(0, EconomicsReport(second.Path).ExitCode);

        foreach (string file in Directory.GetFiles(first.Path, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(first.Path, file);
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, relative))), $"{relative} differs");
        }
    }

    [Fact]
    public void Every_table_of_the_markdown_says_what_the_same_table_of_the_html_says()
    {
        using var output = new TempFolder();
        Assert.Equal(0, EconomicsReport(output.Path).ExitCode);

        List<string> markdownCells = [.. MarkdownTables(File.ReadAllText(Path.Combine(output.Path, "report.md"))).SelectMany(t => t.SelectMany(r => r))];
        List<string> htmlCells = [.. HtmlTables(File.ReadAllText(Path.Combine(output.Path, "report.html"))).Values.SelectMany(t => t.SelectMany(r => r))];

        Assert.Equal(htmlCells, markdownCells);
    }

    [Fact]
    public void Every_amount_equals_the_settlements_and_the_economics()
    {
        using var output = new TempFolder();
        Assert.Equal(0, EconomicsReport(output.Path).ExitCode);
        Dictionary<string, List<string[]>> tables = HtmlTables(File.ReadAllText(Path.Combine(output.Path, "report.html")));
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Sample("economics", "expected/summary.json")));
        using JsonDocument economics = JsonDocument.Parse(File.ReadAllText(Sample("economics", "expected/economics.json")));

        // Inputs: the same roles and hashes as economics.json (summary.json's and investments.csv's).
        Assert.Equal(
            economics.RootElement.GetProperty("inputs").EnumerateArray().Select(i => $"{i.GetProperty("role").GetString()} {i.GetProperty("sha256").GetString()}"),
            tables["inputs"].Select(r => $"{r[0]} {r[1]}"));

        // Totals: each payment's and the total's, as summary.json has them.
        JsonElement[] payments = [.. summary.RootElement.GetProperty("payments").EnumerateArray(), summary.RootElement.GetProperty("total")];
        Assert.Equal(payments.Length, tables["totals"].Count);
        for (int i = 0; i < payments.Length; i++)
        {
            string[] row = tables["totals"][i];
            Assert.Equal(payments[i].GetProperty("lines").GetInt32(), int.Parse(row[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
            string[] members = ["amount", "payable", "capped", "paid_before", "due"];
            for (int m = 0; m < members.Length; m++)
            {
                Assert.Equal(payments[i].GetProperty(members[m]).GetDecimal(), Amount(row[m + 2]));
            }
        }

        // Payments by month add up, per payment, to each payment's payable, and in all to the total payable.
        List<string[]> byMonth = tables["payments-by-month"];
        for (int p = 0; p < payments.Length - 1; p++)
        {
            Assert.Equal(payments[p].GetProperty("payable").GetDecimal(), byMonth.Sum(r => Amount(r[p + 1])));
        }

        Assert.Equal(summary.RootElement.GetProperty("total").GetProperty("payable").GetDecimal(), byMonth.Sum(r => Amount(r[^1])));
        Assert.All(byMonth, r => Assert.Equal(Amount(r[^1]), r[1..^1].Sum(Amount)));

        // The payer's view and its months, as economics.json has them.
        JsonElement payer = economics.RootElement.GetProperty("payer");
        Assert.Equal(payer.GetProperty("gross_saving").GetDecimal(), Amount(tables["gross-saving"][0][1]));
        Assert.Equal(payer.GetProperty("gross_saving").GetDecimal(), Amount(tables["payer"][0][1]));
        Assert.Equal(payer.GetProperty("payments").GetDecimal(), Amount(tables["payer"][1][1]));
        Assert.Equal(payer.GetProperty("net_saving").GetDecimal(), Amount(tables["payer"][2][1]));
        AssertPercent(payer.GetProperty("payments_share_of_saving").GetDouble(), tables["payer"][3][1]);
        JsonElement[] months = [.. payer.GetProperty("months").EnumerateArray()];
        Assert.Equal(months.Length, tables["payer-months"].Count);
        for (int i = 0; i < months.Length; i++)
        {
            string[] row = tables["payer-months"][i];
            Assert.Equal(months[i].GetProperty("month").GetString(), row[0]);
            Assert.Equal(months[i].GetProperty("saving").GetDecimal(), Amount(row[1]));
            Assert.Equal(months[i].GetProperty("payments").GetDecimal(), Amount(row[2]));
            Assert.Equal(months[i].GetProperty("cumulative_saving").GetDecimal(), Amount(row[3]));
            Assert.Equal(months[i].GetProperty("cumulative_payments").GetDecimal(), Amount(row[4]));
        }

        // The investor's view, and its flows as cashflows.csv has them.
        JsonElement investor = economics.RootElement.GetProperty("investor");
        string[] names = ["invested", "repaid", "outcome_payments", "outcome_payments_after_as_of", "returned", "net"];
        for (int i = 0; i < names.Length; i++)
        {
            Assert.Equal(investor.GetProperty(names[i]).GetDecimal(), Amount(tables["investor"][i][1]));
        }

        Assert.Equal(investor.GetProperty("money_multiple").GetDecimal(), decimal.Parse(tables["investor"][6][1], CultureInfo.InvariantCulture));
        AssertPercent(investor.GetProperty("discount_rate").GetDouble(), tables["investor"][7][1]);
        Assert.Equal(investor.GetProperty("npv").GetDecimal(), Amount(tables["investor"][8][1]));
        AssertPercent(investor.GetProperty("irr").GetDouble(), tables["investor"][9][1]);
        string[] flows = [.. File.ReadAllLines(Sample("economics", "expected/cashflows.csv")).Skip(1)];
        Assert.Equal(flows.Length, tables["cash-flows"].Count);
        for (int i = 0; i < flows.Length; i++)
        {
            string[] fields = flows[i].Split(',');
            Assert.Equal(fields[0], tables["cash-flows"][i][0]);
            Assert.Equal(decimal.Parse(fields[2], CultureInfo.InvariantCulture), Amount(tables["cash-flows"][i][2]));
        }
    }

    [Fact]
    public void Every_rate_and_p_value_equals_the_evidence()
    {
        using var output = new TempFolder();
        Assert.Equal(0, EvidenceReport(output.Path).ExitCode);
        Dictionary<string, List<string[]>> tables = HtmlTables(File.ReadAllText(Path.Combine(output.Path, "report.html")));
        using JsonDocument evidence = JsonDocument.Parse(File.ReadAllText(Sample("evidence-job-entries", "expected/evidence.json")));

        JsonElement[] triggers = [.. evidence.RootElement.GetProperty("triggers").EnumerateArray()];
        Assert.Equal(triggers.Length, tables["outcome-rates"].Count);
        Assert.Equal(triggers.Length, tables["time-to-outcome"].Count);
        for (int i = 0; i < triggers.Length; i++)
        {
            JsonElement t = triggers[i];
            string[] row = tables["outcome-rates"][i];
            Assert.Equal(t.GetProperty("id").GetString(), row[0]);
            Assert.Equal(t.GetProperty("met").GetInt32().ToString(CultureInfo.InvariantCulture), row[1]);
            Assert.Equal(t.GetProperty("participants").GetInt32().ToString(CultureInfo.InvariantCulture), row[2]);
            AssertPercent(t.GetProperty("share").GetDouble(), row[3]);
            AssertPercent(t.GetProperty("interval").GetProperty("lower").GetDouble(), row[4]);
            AssertPercent(t.GetProperty("interval").GetProperty("upper").GetDouble(), row[5]);
            if (t.GetProperty("baseline").ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(["–", "–", "–"], row[6..]);
            }
            else
            {
                JsonElement baseline = t.GetProperty("baseline");
                AssertPercent(baseline.GetProperty("rate").GetDouble(), row[6]);
                Assert.Equal(baseline.GetProperty("p_two_sided").GetDouble(), double.Parse(row[7], CultureInfo.InvariantCulture), 0.00005);
                Assert.Equal(baseline.GetProperty("p_greater").GetDouble(), double.Parse(row[8], CultureInfo.InvariantCulture), 0.00005);
            }

            JsonElement time = t.GetProperty("time_to_outcome");
            string[] times = tables["time-to-outcome"][i];
            Assert.Equal(time.GetProperty("participants").GetInt32().ToString(CultureInfo.InvariantCulture), times[1]);
            Assert.Equal(time.GetProperty("met").GetInt32().ToString(CultureInfo.InvariantCulture), times[2]);
            Assert.Equal(time.GetProperty("median_days").ValueKind == JsonValueKind.Null ? "not reached" : time.GetProperty("median_days").GetInt32().ToString(CultureInfo.InvariantCulture), times[3]);
        }

        Assert.Contains("0.0834", tables["outcome-rates"][1]);
    }

    [Fact]
    public void Bad_input_is_an_error_with_line_and_column_and_nothing_is_written()
    {
        using var inputs = new TempFolder();
        Directory.CreateDirectory(inputs.Path);
        string investments = Path.Combine(inputs.Path, "investments.csv");
        File.WriteAllText(investments, "date;amount\n2025-13-01;5\n");
        using var output = new TempFolder();

        CliRun run = EconomicsReport(output.Path, investments);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: investments.csv:2:1: date: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '2025-13-01'\n", run.Error.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(output.Path));
    }

    [Fact]
    public void Without_investments_the_report_says_there_is_no_investor_view()
    {
        using var output = new TempFolder();

        CliRun run = EvidenceReport(output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No investments.csv was given (--investments), so there is no investor view.", File.ReadAllText(Path.Combine(output.Path, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_ids_are_renamed_after_the_chart_in_order_with_their_references()
    {
        const string svg = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg><clipPath id=\"cl_17\"/><g clip-path=\"url(#cl_17)\" fill=\"#FFFFFF\"/><clipPath id=\"cl_9\"/><g clip-path=\"url(#cl_9)\"/></svg>";

        Assert.Equal(
            "<svg><clipPath id=\"rates-1\"/><g clip-path=\"url(#rates-1)\" fill=\"#FFFFFF\"/><clipPath id=\"rates-2\"/><g clip-path=\"url(#rates-2)\"/></svg>\n",
            ReportCharts.RenameIds(svg, "rates"));
    }

    [Theory]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("-0.50", "-0.5")]
    [InlineData("0.00", "0")]
    public void Amounts_are_written_with_a_comma_between_thousands_and_two_decimals(string written, string amount) =>
        Assert.Equal(written, ReportFormat.English.Amount(decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0.416666, "41.7 %")]
    [InlineData(1.0, "100.0 %")]
    [InlineData(-0.05, "-5.0 %")]
    public void Shares_are_written_as_percentages_with_one_decimal(double share, string written) => Assert.Equal(written, ReportFormat.English.Percent(share));

    [Theory]
    [InlineData(0.08343, "0.0834")]
    [InlineData(0.00009, "< 0.0001")]
    [InlineData(1.0, "1.0000")]
    public void P_values_are_written_with_four_decimals(double p, string written) => Assert.Equal(written, ReportFormat.English.PValue(p));

    /// <summary>A percentage with one decimal says the share to within half of its last digit.</summary>
    private static void AssertPercent(double share, string cell)
    {
        Assert.EndsWith(" %", cell, StringComparison.Ordinal);
        double percent = double.Parse(cell[..^2], CultureInfo.InvariantCulture);
        Assert.True(Math.Abs((share * 100) - percent) <= 0.05 + 1e-9, $"{cell} is not {share}");
    }
}
