using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>hazards.csv: month,leave,return, months 1, 2, 3, … in order, probabilities from 0 to 1; errors with line and column.</summary>
public sealed class HazardsCsvTests
{
    private static ReadResult<Hazards> Read(string text) => HazardsCsv.Read(Csv.Utf8(text), "hazards.csv");

    [Fact]
    public void Months_in_order_are_read_with_either_decimal_separator_and_any_csv_delimiter()
    {
        ReadResult<Hazards> result = Read("month;leave;return\n1;0,1;0\n2;0.08;\"0,02\"\n3;1;0.5\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([0.1, 0.08, 1.0], result.Value!.Leave);
        Assert.Equal([0.0, 0.02, 0.5], result.Value.Return);
    }

    [Fact]
    public void A_month_out_of_order_is_an_error_naming_the_month_expected()
    {
        InputError error = Csv.FirstError(Read("month,leave,return\n1,0.1,0.1\n3,0.1,0.1\n"));

        Assert.Equal("hazards.csv:3:1: month: expected month 2 (months since the start are 1, 2, 3, … in order), found '3'", error.ToString());
    }

    [Theory]
    [InlineData("1.5", "'1.5'")]
    [InlineData("-0.1", "'-0.1'")]
    [InlineData("", "nothing")]
    [InlineData("1e-3", "'1e-3'")]
    public void A_probability_outside_0_to_1_is_an_error_at_its_column(string value, string shown)
    {
        InputError error = Csv.FirstError(Read($"month,leave,return\n1,0.1,{value}\n"));

        Assert.Equal($"hazards.csv:2:3: return: expected a probability from 0 to 1, such as 0.05 or 0,05, found {shown}", error.ToString());
    }

    [Fact]
    public void A_file_without_months_or_a_column_is_an_error()
    {
        Assert.Equal("hazards.csv:1: no months: give at least month 1 (its values hold for every later month)", Csv.FirstError(Read("month,leave,return\n")).ToString());
        Assert.Contains("return", Csv.FirstError(Read("month,leave\n1,0.1\n")).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Written_hazards_read_back_as_the_same_numbers()
    {
        var hazards = new Hazards([0.1, 0.083333, 1.0 / 3, 0.00001, 0], [1, 0.25, 2e-7, 0.5, 0.05]);
        using var stream = new MemoryStream();

        HazardsCsv.Write(stream, hazards);

        string text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(
            "month,leave,return\n1,0.1,1\n2,0.083333,0.25\n3,0.3333333333333333,0.0000002\n4,0.00001,0.5\n5,0,0.05\n",
            text);
        Hazards again = Read(text).GetValueOrThrow();
        Assert.Equal(hazards.Leave, again.Leave);
        Assert.Equal(hazards.Return, again.Return);
    }
}
