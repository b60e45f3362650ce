using System.Globalization;
using SocialInvestment.Cli.Exports;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>
/// outcomes.parquet (from <c>sib outcomes --parquet</c> and <c>sib settle --parquet</c>), read with DuckDB: outcomes.csv's
/// rows and columns, dates as dates, week counts as integers, null where outcomes.csv is empty.
/// </summary>
public sealed class OutcomesParquetTests
{
    [Theory]
    [MemberData(nameof(ParquetSamples.Settled), MemberType = typeof(ParquetSamples))]
    public void Every_cell_is_outcomes_csv_s(string sample)
    {
        using var output = new TempFolder();
        ParquetSamples.Outcomes(sample, output.Path);

        AssertSameAsCsv(Path.Combine(output.Path, "outcomes.csv"), Path.Combine(output.Path, "outcomes.parquet"));
    }

    [Theory]
    [MemberData(nameof(ParquetSamples.Settled), MemberType = typeof(ParquetSamples))]
    public void Columns_are_outcomes_csv_header_typed(string sample)
    {
        using var output = new TempFolder();
        ParquetSamples.Outcomes(sample, output.Path);
        Contract contract = ParquetSamples.Result(sample).Contract;

        List<(string Name, string Type)> columns = DuckDb.Columns(Path.Combine(output.Path, "outcomes.parquet"));

        Assert.Equal(File.ReadLines(Path.Combine(output.Path, "outcomes.csv")).First().Split(','), columns.Select(c => c.Name));
        Assert.Equal(("participant_id", "VARCHAR"), columns[0]);
        Assert.Equal(("window_start", "DATE"), columns[1]);
        Assert.All(columns.Skip(2).Take(contract.Triggers.Count), c => Assert.Equal("DATE", c.Type));
        Assert.All(columns.Skip(2 + contract.Triggers.Count).Take(4), c => Assert.Equal("INTEGER", c.Type));
        if (contract.MunicipalShare is null)
        {
            Assert.Equal(6 + contract.Triggers.Count, columns.Count);
        }
        else
        {
            Assert.Equal(("support_weeks_before", "INTEGER"), columns[^2]);
            Assert.Matches(@"^DECIMAL\((\d+),(\d+)\)$", columns[^1].Type);
        }
    }

    [Fact]
    public void A_municipal_share_is_a_decimal_with_as_many_decimals_as_the_contract_s_shares()
    {
        using var output = new TempFolder();
        ParquetSamples.Outcomes("samples/kvinder-i-job-municipal-saving", output.Path);
        Contract contract = ParquetSamples.Result("samples/kvinder-i-job-municipal-saving").Contract;
        int scale = Math.Max(1, contract.MunicipalShare!.Steps.Max(s => (int)s.Share.Value.Scale));

        Assert.Equal(("municipal_share_first_week", $"DECIMAL({scale + 1},{scale})"), DuckDb.Columns(Path.Combine(output.Path, "outcomes.parquet"))[^1]);
    }

    [Fact]
    public void A_comparison_group_s_outcomes_are_written_beside_it()
    {
        using var output = new TempFolder();
        ParquetSamples.Outcomes("samples/peterborough-comparison-group", output.Path);

        AssertSameAsCsv(Path.Combine(output.Path, "comparison-outcomes.csv"), Path.Combine(output.Path, "comparison-outcomes.parquet"));
    }

    [Theory]
    [MemberData(nameof(ParquetSamples.Settled), MemberType = typeof(ParquetSamples))]
    public void Settle_writes_the_outcomes_command_s_file(string sample)
    {
        using var settled = new TempFolder();
        using var evaluated = new TempFolder();
        ParquetSamples.Settle(sample, settled.Path);
        ParquetSamples.Outcomes(sample, evaluated.Path);

        Assert.Equal(File.ReadAllBytes(Path.Combine(evaluated.Path, "outcomes.parquet")), File.ReadAllBytes(Path.Combine(settled.Path, "outcomes.parquet")));
    }

    [Fact]
    public void More_participants_than_a_row_group_are_written_in_several_groups_with_the_same_rows()
    {
        const string Sample = "samples/kvinder-i-job-municipal-saving";
        SettlementResult result = ParquetSamples.Result(Sample);
        using var output = new TempFolder();
        ParquetSamples.Outcomes(Sample, output.Path);
        string grouped = ParquetSamples.WriteFile(output.Path, "grouped.parquet", stream => OutcomesParquet.Write(stream, result.Contract, result.Outcomes, rowGroupRows: 2));

        Assert.True(result.Outcomes.Count > 2 * 2, "the sample has participants for several groups");
        Assert.Equal((result.Outcomes.Count + 1) / 2, DuckDb.RowGroups(grouped));
        AssertSameAsCsv(Path.Combine(output.Path, "outcomes.csv"), grouped);
    }

    [Fact]
    public void Same_inputs_give_the_same_bytes()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        ParquetSamples.Outcomes("samples/peterborough-comparison-group", first.Path);
        ParquetSamples.Outcomes("samples/peterborough-comparison-group", second.Path);

        foreach (string file in new[] { "outcomes.parquet", "comparison-outcomes.parquet" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
    }

    [Fact]
    public void The_option_is_parsed_on_the_command_line_and_without_it_no_parquet_is_written()
    {
        string Case(string file) => CliRun.Case("public-1", file);
        string[] arguments = ["outcomes", "--contract", Case("contract.json"), "--participants", Case("participants.csv"), "--spells", Case("spells.csv"), "--as-of", File.ReadAllText(Case("as_of.txt")).Trim()];
        using var with = new TempFolder();
        using var without = new TempFolder();

        Assert.Equal(0, CliRun.Of([.. arguments, "--out", with.Path, "--parquet"]).ExitCode);
        Assert.Equal(0, CliRun.Of([.. arguments, "--out", without.Path]).ExitCode);

        Assert.True(File.Exists(Path.Combine(with.Path, "outcomes.parquet")));
        Assert.Empty(Directory.GetFiles(without.Path, "*.parquet"));
    }

    /// <summary>
    /// Every row and cell of the Parquet file equals outcomes.csv's, in order: a date written ISO, a count and a share
    /// compared as numbers, SQL NULL where the CSV field is empty.
    /// </summary>
    private static void AssertSameAsCsv(string csvPath, string parquetPath)
    {
        string[][] csv = [.. File.ReadLines(csvPath).Skip(1).Select(line => line.Split(','))];
        List<object?[]> rows = DuckDb.Rows($"SELECT * FROM {DuckDb.Parquet(parquetPath)}");
        Assert.Equal(csv.Length, rows.Count);
        for (int r = 0; r < csv.Length; r++)
        {
            Assert.Equal(csv[r].Length, rows[r].Length);
            for (int c = 0; c < csv[r].Length; c++)
            {
                string expected = csv[r][c];
                object? actual = rows[r][c];
                switch (actual)
                {
                    case null:
                        Assert.Equal(string.Empty, expected);
                        break;
                    case string text:
                        Assert.Equal(expected, text);
                        break;
                    case DateOnly date:
                        Assert.Equal(expected, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    case DateTime date:
                        Assert.Equal(expected, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    default:
                        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Convert.ToDecimal(actual, CultureInfo.InvariantCulture));
                        break;
                }
            }
        }
    }
}
