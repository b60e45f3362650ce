using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SocialInvestment.Testing;

using static SocialInvestment.Cli.Tests.ReportTables;

namespace SocialInvestment.Cli.Tests.Report;

/// <summary>
/// <c>sib report --language da</c>: the same tables as the English report, in Danish words with Danish number and date
/// formats, every number equal to what <c>sib settle</c> and <c>sib economics</c> write for the same inputs.
/// </summary>
public sealed class DanishReportTests
{
    private static string Sample(string name, string file) => RepositoryFolder.PathOf("samples", name, file);

    private static CliRun DanishReport(string sample, string output, params string[] more) => CliRun.Of(
        [
            "report",
            "--contract", Sample(sample, "contract.json"),
            "--participants", Sample(sample, "participants.csv"),
            "--spells", Sample(sample, "spells.csv"),
            "--investments", Sample(sample, "investments.csv"),
            "--rate", File.ReadAllText(Sample(sample, "rate.txt")).Trim(),
            "--as-of", File.ReadAllText(Sample(sample, "as_of.txt")).Trim(),
            "--out", output,
            "--language", "da",
            .. more,
        ]);

    [Theory]
    [InlineData("economics")]
    [InlineData("kvinder-i-job-municipal-saving")]
    public void Every_amount_of_the_danish_report_equals_the_settlements_and_the_economics(string sample)
    {
        using var output = new TempFolder();
        CliRun run = DanishReport(sample, output.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        Dictionary<string, List<string[]>> tables = HtmlTables(File.ReadAllText(Path.Combine(output.Path, "report.html")));
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Sample(sample, "expected/summary.json")));
        using JsonDocument economics = JsonDocument.Parse(File.ReadAllText(Sample(sample, "expected/economics.json")));

        // Inputs: the same roles and hashes as economics.json.
        Assert.Equal(
            economics.RootElement.GetProperty("inputs").EnumerateArray().Select(i => $"{i.GetProperty("role").GetString()} {i.GetProperty("sha256").GetString()}"),
            tables["inputs"].Select(r => $"{r[0]} {r[1]}"));

        // Totals: each payment's and the total's, as summary.json has them; the last row is the total, in Danish.
        string[] members = ["amount", "payable", "capped", "paid_before", "due"];
        JsonElement[] payments = [.. summary.RootElement.GetProperty("payments").EnumerateArray(), summary.RootElement.GetProperty("total")];
        Assert.Equal(payments.Length, tables["totals"].Count);
        Assert.Equal("i alt", tables["totals"][^1][0]);
        for (int i = 0; i < payments.Length; i++)
        {
            string[] row = tables["totals"][i];
            Assert.Equal(payments[i].GetProperty("lines").GetInt32(), (int)DanishNumbers.Number(row[1]));
            for (int m = 0; m < members.Length; m++)
            {
                Assert.Equal(payments[i].GetProperty(members[m]).GetDecimal(), DanishNumbers.Number(row[m + 2]));
            }
        }

        Assert.Equal(summary.RootElement.GetProperty("gross_saving").GetDecimal(), DanishNumbers.Number(tables["gross-saving"][0][1]));

        // Municipalities, where participants.csv names them: each row as summary.json has it.
        if (summary.RootElement.TryGetProperty("municipalities", out JsonElement municipalities))
        {
            JsonElement[] rows = [.. municipalities.EnumerateArray()];
            Assert.Equal(rows.Length, tables["municipalities"].Count);
            for (int i = 0; i < rows.Length; i++)
            {
                string[] row = tables["municipalities"][i];
                Assert.Equal(rows[i].GetProperty("municipality").GetString(), row[0]);
                Assert.Equal(rows[i].GetProperty("participants").GetInt32(), (int)DanishNumbers.Number(row[1]));
                Assert.Equal(rows[i].GetProperty("lines").GetInt32(), (int)DanishNumbers.Number(row[2]));
                string[] amounts = [.. members, "gross_saving", "municipal_saving", "state_saving"];
                for (int m = 0; m < amounts.Length; m++)
                {
                    Assert.Equal(rows[i].GetProperty(amounts[m]).GetDecimal(), DanishNumbers.Number(row[m + 3]));
                }
            }
        }

        // Payments by month add up, per payment, to each payment's payable, and in all to the total payable.
        List<string[]> byMonth = tables["payments-by-month"];
        for (int p = 0; p < payments.Length - 1; p++)
        {
            Assert.Equal(payments[p].GetProperty("payable").GetDecimal(), byMonth.Sum(r => DanishNumbers.Number(r[p + 1])));
        }

        Assert.Equal(summary.RootElement.GetProperty("total").GetProperty("payable").GetDecimal(), byMonth.Sum(r => DanishNumbers.Number(r[^1])));
        Assert.Equal(byMonth.Select(r => DanishNumbers.Month(r[0])), byMonth.Select((_, i) => DanishNumbers.Month(byMonth[0][0]).PlusMonths(i)));

        // The payer's view and its months, as economics.json has them, the months in Danish words.
        JsonElement payer = economics.RootElement.GetProperty("payer");
        Assert.Equal(payer.GetProperty("gross_saving").GetDecimal(), DanishNumbers.Number(tables["payer"][0][1]));
        Assert.Equal(payer.GetProperty("payments").GetDecimal(), DanishNumbers.Number(tables["payer"][1][1]));
        Assert.Equal(payer.GetProperty("net_saving").GetDecimal(), DanishNumbers.Number(tables["payer"][2][1]));
        AssertPercent(payer.GetProperty("payments_share_of_saving").GetDouble(), tables["payer"][3][1]);
        JsonElement[] months = [.. payer.GetProperty("months").EnumerateArray()];
        Assert.Equal(months.Length, tables["payer-months"].Count);
        for (int i = 0; i < months.Length; i++)
        {
            string[] row = tables["payer-months"][i];
            Assert.Equal(YearMonthPattern.Iso.Parse(months[i].GetProperty("month").GetString()!).Value, DanishNumbers.Month(row[0]));
            Assert.Equal(months[i].GetProperty("saving").GetDecimal(), DanishNumbers.Number(row[1]));
            Assert.Equal(months[i].GetProperty("payments").GetDecimal(), DanishNumbers.Number(row[2]));
            Assert.Equal(months[i].GetProperty("cumulative_saving").GetDecimal(), DanishNumbers.Number(row[3]));
            Assert.Equal(months[i].GetProperty("cumulative_payments").GetDecimal(), DanishNumbers.Number(row[4]));
        }

        // The investor's view, and its flows as cashflows.csv has them, the dates in Danish words.
        JsonElement investor = economics.RootElement.GetProperty("investor");
        string[] names = ["invested", "repaid", "outcome_payments", "outcome_payments_after_as_of", "returned", "net"];
        for (int i = 0; i < names.Length; i++)
        {
            Assert.Equal(investor.GetProperty(names[i]).GetDecimal(), DanishNumbers.Number(tables["investor"][i][1]));
        }

        Assert.Equal(investor.GetProperty("money_multiple").GetDecimal(), DanishNumbers.Number(tables["investor"][6][1]));
        AssertPercent(investor.GetProperty("discount_rate").GetDouble(), tables["investor"][7][1]);
        Assert.Equal(investor.GetProperty("npv").GetDecimal(), DanishNumbers.Number(tables["investor"][8][1]));
        AssertPercent(investor.GetProperty("irr").GetDouble(), tables["investor"][9][1]);
        string[] flows = [.. File.ReadAllLines(Sample(sample, "expected/cashflows.csv")).Skip(1)];
        Assert.Equal(flows.Length, tables["cash-flows"].Count);
        for (int i = 0; i < flows.Length; i++)
        {
            string[] fields = flows[i].Split(',');
            Assert.Equal(LocalDatePattern.Iso.Parse(fields[0]).Value, DanishNumbers.Date(tables["cash-flows"][i][0]));
            Assert.Equal(decimal.Parse(fields[2], CultureInfo.InvariantCulture), DanishNumbers.Number(tables["cash-flows"][i][2]));
        }
    }

    [Fact]
    public void The_title_and_the_first_paragraph_give_as_of_as_a_danish_date_and_the_html_says_it_is_danish()
    {
        using var output = new TempFolder();
        Assert.Equal(0, DanishReport("economics", output.Path).ExitCode);
        string markdown = File.ReadAllText(Path.Combine(output.Path, "report.md"));
        string html = File.ReadAllText(Path.Combine(output.Path, "report.html"));
        LocalDate asOf = LocalDatePattern.Iso.Parse(File.ReadAllText(Sample("economics", "as_of.txt")).Trim()).Value;

        string title = markdown.Split('\n')[0];
        Assert.EndsWith(": opgørelse pr. 31. december 2025", title, StringComparison.Ordinal);
        Assert.Equal(asOf, DanishNumbers.Date(title[(title.LastIndexOf("pr. ", StringComparison.Ordinal) + 4)..]));
        Assert.Contains("Afregnet pr. 31. december 2025 for ", markdown, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        // A sentence gives an amount in DKK with "kr." after it; a table gives the bare Danish number under a "kr." header.
        Assert.Matches("koster betaleren \\d{1,3}(\\.\\d{3})*,\\d{2} kr\\. i \\d{4}", markdown);
        Assert.Contains("| kr. |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("DKK", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_danish_charts_have_danish_titles_and_month_labels_and_danish_axis_numbers()
    {
        using var output = new TempFolder();
        Assert.Equal(0, DanishReport("economics", output.Path).ExitCode);

        string byMonth = File.ReadAllText(Path.Combine(output.Path, "charts", "payments-by-month.svg"));
        string saving = File.ReadAllText(Path.Combine(output.Path, "charts", "saving-against-payments.svg"));

        Assert.Contains("Til betaling pr. måned", byMonth, StringComparison.Ordinal);
        Assert.Matches(">\\s*(jan\\.|feb\\.|mar\\.|apr\\.|maj|juni|juli|aug\\.|sep\\.|okt\\.|nov\\.|dec\\.) \\d{4}\\s*<", byMonth);
        Assert.DoesNotMatch(">\\s*\\d{4}-\\d{2}\\s*<", byMonth);
        // The cumulative amounts pass 1,000 kr., so the axis writes a point between thousands (and never a comma there).
        Assert.Matches(">\\s*\\d{1,3}(\\.\\d{3})+\\s*<", saving);
        Assert.DoesNotMatch(">\\s*\\d{1,3}(,\\d{3})+\\s*<", saving);
    }

    /// <summary>A Danish percentage with one decimal says the share to within half of its last digit.</summary>
    private static void AssertPercent(double share, string cell)
    {
        double written = DanishNumbers.Percent(cell);
        Assert.True(Math.Abs(share - written) <= 0.0005 + 1e-9, $"{cell} is not {share}");
    }
}
