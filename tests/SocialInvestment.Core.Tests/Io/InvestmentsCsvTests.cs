using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>docs/input-formats.md: investments.csv, <c>date, amount</c>; above 0 paid in, below 0 returned, 0 an error.</summary>
public class InvestmentsCsvTests
{
    private static ReadResult<IReadOnlyList<Investment>> Read(string text) => InvestmentsCsv.Read(Csv.Utf8(text), "investments.csv");

    [Fact]
    public void Rows_are_read_in_file_order_with_money_returned_as_a_negative_amount()
    {
        var result = Read("date,amount\n2025-01-02,150000\n2025-12-15,-10000.50\n2025-06-01,50000\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(
            [(new LocalDate(2025, 1, 2), 150_000m), (new LocalDate(2025, 12, 15), -10_000.50m), (new LocalDate(2025, 6, 1), 50_000m)],
            result.Value!.Select(i => (i.Date, i.Amount.Amount)));
    }

    [Fact]
    public void A_Danish_export_is_read_with_dato_beloeb_semicolons_and_decimal_commas()
    {
        var result = InvestmentsCsv.Read(Csv.Bytes("Dato;Beløb;Note\n02-01-2025;150000,00;første rate\n15.12.2025;-2500,5;retur\n", Csv.Windows1252), "investeringer.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([150_000m, -2_500.50m], result.Value!.Select(i => i.Amount.Amount));
        Assert.Equal(new LocalDate(2025, 12, 15), result.Value![1].Date);
    }

    [Fact]
    public void A_file_with_only_a_header_holds_no_investments() =>
        Assert.Empty(Read("date,amount\n").Value!);

    [Theory]
    [InlineData("0")]
    [InlineData("0,00")]
    [InlineData("-0")]
    public void An_amount_of_0_is_an_error_that_says_what_the_signs_mean(string amount)
    {
        InputError error = Csv.FirstError(Read($"date;amount\n2025-01-02;{amount}\n"));

        Assert.Equal($"investments.csv:2:2: amount: expected an amount above 0 (paid in by the investor) or below 0 (returned to the investor), found '{amount}'", error.ToString());
    }

    [Fact]
    public void Errors_name_the_line_and_column_and_every_bad_row_is_reported_with_long_digit_runs_hidden()
    {
        var result = Read("date;amount\n2025-13-01;100\n2025-01-02;10,005\n2025-01-03;1000000000000.01\n2025-01-04;12 000\n");

        Assert.Equal(
            string.Join('\n',
            [
                "investments.csv:2:1: date: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '2025-13-01'",
                "investments.csv:3:2: amount: expected an amount with at most two decimals, such as 250000, -10000.50 or 1251,59, found '10,005'",
                "investments.csv:4:2: amount: expected an amount from -1000000000000 to 1000000000000, found '<digits hidden>.01'",
                "investments.csv:5:2: amount: expected an amount with at most two decimals, such as 250000, -10000.50 or 1251,59, found '12 000'",
            ]),
            string.Join('\n', result.Errors.Select(e => e.ToString())));
    }

    [Fact]
    public void A_missing_amount_column_is_one_error_at_the_header()
    {
        InputError error = Assert.Single(Read("date;beløb_dkk\n2025-01-02;100\n").Errors);

        Assert.Equal(1, error.Line);
        Assert.StartsWith("missing column amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_an_error_that_names_the_columns() =>
        Assert.Equal("investments.csv: empty file, expected a header row with the columns date, amount", Csv.FirstError(Read("")).ToString());

    [Fact]
    public void An_investment_built_in_code_is_never_0() =>
        Assert.Throws<ArgumentException>(() => new Investment(new LocalDate(2025, 1, 2), Money.Zero));
}
