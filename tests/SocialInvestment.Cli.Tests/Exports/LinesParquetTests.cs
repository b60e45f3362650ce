using System.Globalization;
using System.Text.Json;
using SocialInvestment.Cli.Exports;
using SocialInvestment.Io;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>
/// <c>sib settle --parquet</c>'s lines.parquet, read with DuckDB as an analyst would: the rows of lines.csv with typed
/// columns, whose sums are summary.json's.
/// </summary>
public sealed class LinesParquetTests
{
    private static readonly string[] Amounts = ["amount", "payable", "capped", "paid_before", "due"];

    [Theory]
    [MemberData(nameof(ParquetSamples.Settled), MemberType = typeof(ParquetSamples))]
    public void Columns_are_lines_csv_header_typed_as_strings_a_date_and_decimal_18_2(string sample)
    {
        using var output = new TempFolder();
        ParquetSamples.Settle(sample, output.Path);

        Assert.Equal(
            [("participant_id", "VARCHAR"), ("payment", "VARCHAR"), ("period", "VARCHAR"), ("date", "DATE"), .. Amounts.Select(a => (a, "DECIMAL(18,2)"))],
            DuckDb.Columns(Path.Combine(output.Path, "lines.parquet")));
        Assert.Equal(LinesCsv.Header, File.ReadLines(Path.Combine(output.Path, "lines.csv")).First());
    }

    [Theory]
    [MemberData(nameof(ParquetSamples.Settled), MemberType = typeof(ParquetSamples))]
    public void Sums_per_payment_and_in_total_are_summary_json_s(string sample)
    {
        using var output = new TempFolder();
        ParquetSamples.Settle(sample, output.Path);
        string lines = DuckDb.Parquet(Path.Combine(output.Path, "lines.parquet"));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "summary.json")));
        string sums = string.Join(", ", Amounts.Select(a => $"sum({a})"));

        object?[] total = Assert.Single(DuckDb.Rows($"SELECT count(*), {sums} FROM {lines}"));
        JsonElement expected = summary.RootElement.GetProperty("total");
        Assert.Equal(expected.GetProperty("lines").GetInt64(), Convert.ToInt64(total[0], CultureInfo.InvariantCulture));
        for (int k = 0; k < Amounts.Length; k++)
        {
            Assert.Equal(expected.GetProperty(Amounts[k]).GetDecimal(), total[k + 1] is null ? 0m : Convert.ToDecimal(total[k + 1], CultureInfo.InvariantCulture));
        }

        Dictionary<string, object?[]> byPayment = DuckDb.Rows($"SELECT payment, count(*), {sums} FROM {lines} GROUP BY payment")
            .ToDictionary(row => (string)row[0]!, row => row[1..]);
        foreach (JsonElement payment in summary.RootElement.GetProperty("payments").EnumerateArray())
        {
            // A payment with no lines has no group in the file: its sums are zero.
            object?[] row = byPayment.GetValueOrDefault(payment.GetProperty("id").GetString()!) ?? [0L, 0m, 0m, 0m, 0m, 0m];
            Assert.Equal(payment.GetProperty("lines").GetInt64(), Convert.ToInt64(row[0], CultureInfo.InvariantCulture));
            for (int k = 0; k < Amounts.Length; k++)
            {
                Assert.Equal(payment.GetProperty(Amounts[k]).GetDecimal(), Convert.ToDecimal(row[k + 1], CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(
            summary.RootElement.GetProperty("payments").EnumerateArray().Where(p => p.GetProperty("lines").GetInt64() > 0).Select(p => p.GetProperty("id").GetString()!).Order(StringComparer.Ordinal),
            byPayment.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ParquetSamples.Settled), MemberType = typeof(ParquetSamples))]
    public void Every_row_is_lines_csv_s_row_in_the_same_order(string sample)
    {
        using var output = new TempFolder();
        ParquetSamples.Settle(sample, output.Path);

        Assert.Equal(LinesCsvRows(Path.Combine(output.Path, "lines.csv")), LinesAsCsv(Path.Combine(output.Path, "lines.parquet")));
    }

    [Fact]
    public void More_lines_than_a_row_group_are_written_in_several_groups_with_the_same_rows()
    {
        const string Sample = "samples/restatement";
        SettlementResult result = ParquetSamples.Result(Sample);
        using var output = new TempFolder();
        ParquetSamples.Settle(Sample, output.Path);
        string grouped = ParquetSamples.WriteFile(output.Path, "grouped.parquet", stream => LinesParquet.Write(stream, result.Lines, rowGroupRows: 5));

        Assert.True(result.Lines.Count > 5 * 3, "the sample has lines for several groups and a partial last one");
        Assert.Equal((result.Lines.Count + 4) / 5, DuckDb.RowGroups(grouped));
        Assert.Equal(1, DuckDb.RowGroups(Path.Combine(output.Path, "lines.parquet")));
        Assert.Equal(LinesCsvRows(Path.Combine(output.Path, "lines.csv")), LinesAsCsv(grouped));
    }

    [Fact]
    public void A_group_size_that_divides_the_lines_leaves_no_empty_group()
    {
        SettlementResult result = ParquetSamples.Result("samples/restatement");
        using var output = new TempFolder();
        int size = Enumerable.Range(2, result.Lines.Count).First(n => result.Lines.Count % n == 0);
        string path = ParquetSamples.WriteFile(output.Path, "lines.parquet", stream => LinesParquet.Write(stream, result.Lines, rowGroupRows: size));

        Assert.Equal(result.Lines.Count / size, DuckDb.RowGroups(path));
        Assert.Equal(result.Lines.Count, Convert.ToInt32(DuckDb.Scalar($"SELECT count(*) FROM {DuckDb.Parquet(path)}"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void No_lines_give_a_file_with_the_columns_and_no_rows()
    {
        using var output = new TempFolder();
        string path = ParquetSamples.WriteFile(output.Path, "lines.parquet", stream => LinesParquet.Write(stream, []));

        Assert.Equal(LinesCsv.Header.Split(','), DuckDb.Columns(path).Select(c => c.Name));
        Assert.Equal(0L, Convert.ToInt64(DuckDb.Scalar($"SELECT count(*) FROM {DuckDb.Parquet(path)}"), CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("samples/restatement")]
    [InlineData("samples/kvinder-i-job-municipal-saving")]
    public void Same_inputs_give_the_same_bytes(string sample)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        ParquetSamples.Settle(sample, first.Path);
        ParquetSamples.Settle(sample, second.Path);

        foreach (string file in new[] { "lines.parquet", "outcomes.parquet" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
    }

    [Fact]
    public void Without_parquet_settle_writes_no_parquet_file()
    {
        using var output = new TempFolder();
        SampleCase sample = ParquetSamples.Open("samples/restatement");
        Assert.Equal(0, SettleCommand.Settle(sample.Inputs, sample.AsOf!.Value, new DirectoryInfo(output.Path), TextWriter.Null, TextWriter.Null));

        Assert.Empty(Directory.GetFiles(output.Path, "*.parquet"));
    }

    [Fact]
    public void The_option_is_parsed_on_the_command_line()
    {
        using var output = new TempFolder();
        string Case(string file) => CliRun.Case("public-1", file);
        CliRun run = CliRun.Of(
            "settle", "--contract", Case("contract.json"), "--participants", Case("participants.csv"), "--spells", Case("spells.csv"),
            "--as-of", File.ReadAllText(Case("as_of.txt")).Trim(), "--out", output.Path, "--parquet");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output.Path, "lines.parquet")));
        Assert.True(File.Exists(Path.Combine(output.Path, "outcomes.parquet")));
    }

    /// <summary>lines.csv's rows (no header) as written; every sample's fields are plain, so a row is its fields joined by commas.</summary>
    private static List<string> LinesCsvRows(string path) => [.. File.ReadLines(path).Skip(1)];

    /// <summary>lines.parquet's rows read by DuckDB, each written as lines.csv writes a row: ISO date, amounts with two decimals.</summary>
    private static List<string> LinesAsCsv(string path) =>
        [.. DuckDb.Rows($"SELECT * FROM {DuckDb.Parquet(path)}").Select(row => string.Join(
            ',',
            row.Select(value => value switch
            {
                string text => text,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"unexpected {value?.GetType()}"),
            })))];
}
