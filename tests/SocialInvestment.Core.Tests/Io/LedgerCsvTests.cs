using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

public class LedgerCsvTests
{
    private static ReadResult<Ledger> Read(string text) => LedgerCsv.Read(Csv.Utf8(text), "ledger.csv");

    private static LineKey Key(string id, string payment, string period) => new(ParticipantId.From(id), payment, period);

    [Fact]
    public void Rows_with_the_same_key_add_up_and_credits_may_be_negative()
    {
        var result = Read("participant_id,payment,period,amount\nP1,fee,-,8000.00\nP1,fee,-,-100\nP1,shared,2024-07,\"1251,59\"\nghost,bonus,-,40000\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Ledger ledger = result.Value!;
        Assert.Equal(3, ledger.Count);
        Assert.Equal(7900.00m, ledger.PaidBefore(Key("P1", "fee", "-")).Amount);
        Assert.Equal(1251.59m, ledger.PaidBefore(Key("P1", "shared", "2024-07")).Amount);
        Assert.Equal(40000m, ledger.PaidBefore(Key("ghost", "bonus", "-")).Amount);
    }

    [Fact]
    public void Amount_with_more_than_two_decimals_is_an_error()
    {
        InputError error = Csv.FirstError(Read("participant_id;payment;period;amount\nP1;fee;-;10,005\n"));
        Assert.Equal("ledger.csv:2:4: amount: expected an amount with at most two decimals, such as 8000, -100.50 or 1251,59, found '10,005'", error.ToString());
    }

    [Fact]
    public void Ids_that_begin_with_a_hyphen_are_errors_that_say_why()
    {
        var result = Read("participant_id;payment;period;amount\n-A1;fee;-;1\nP1;-1-1;-;1\n");

        Assert.Equal(
            [
                "ledger.csv:2:1: participant_id: expected an id that does not begin with '-' (a spreadsheet would read it as a formula), found '-A1'",
                "ledger.csv:3:2: payment: expected an id that does not begin with '-' (a spreadsheet would read it as a formula), found '-1-1'",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("150384-1002")]
    [InlineData("1503841002")]
    public void A_payment_that_is_a_CPR_number_is_an_error_that_does_not_show_it(string payment)
    {
        InputError error = Csv.FirstError(Read($"participant_id;payment;period;amount\nP1;{payment};-;1\n"));

        Assert.Equal("ledger.csv:2:2: payment: this looks like a CPR number, and an id is written to the outputs as it is; use another id", error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-13")]
    [InlineData("2024-7")]
    [InlineData("juli")]
    public void Period_that_is_not_a_dash_or_a_month_is_an_error(string period)
    {
        InputError error = Csv.FirstError(Read($"participant_id;payment;period;amount\nP1;fee;{period};1\n"));
        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.StartsWith("period: expected '-' or a month yyyy-MM, found ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_with_a_cpr_column_is_refused()
    {
        InputError error = Csv.FirstError(Read("cpr;payment;period;amount\n0101901234;fee;-;1\n"));
        Assert.DoesNotContain("0101", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Published_case_ledger_is_read_with_keys_outside_the_cohort()
    {
        string folder = ParticipantsCsvTests.FindConformance("public-2");
        using FileStream stream = File.OpenRead(Path.Combine(folder, "ledger.csv"));
        Ledger ledger = LedgerCsv.Read(stream, "ledger.csv").GetValueOrThrow();
        Assert.Equal(40000m, ledger.PaidBefore(Key("ghost", "bonus", "-")).Amount);
        Assert.Equal(1251.59m, ledger.PaidBefore(Key("c92a14439614093d", "shared", "2024-07")).Amount);
    }
}
