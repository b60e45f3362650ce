using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC §7: a fixed payment is one line, period "-", dated when its trigger is met, amount rounded.</summary>
public sealed class FixedPaymentTests
{
    private static SettlementResult Run(decimal amount, string asOf, string start = "2026-01-05") =>
        SocialInvestment.Settlement.Run(
            Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", amount)]),
            [Person("anna", start)],
            [],
            [],
            D(asOf));

    [Fact]
    public void Fixed_line_is_dated_on_the_trigger_date_with_no_period()
    {
        SettlementLine line = Assert.Single(Run(10000m, "2026-06-30").Lines);

        Assert.Equal(new LineKey(P("anna"), "fee", "-"), line.Key);
        Assert.Equal(D("2026-01-05"), line.Date);
        Assert.Equal(M(10000m), line.Amount);
        Assert.Equal(M(10000m), line.Payable);
        Assert.Equal(Money.Zero, line.Capped);
    }

    [Theory]
    [InlineData("1234.565", "1234.57")]
    [InlineData("0.005", "0.01")]
    [InlineData("99.994", "99.99")]
    [InlineData("2.675", "2.68")]
    public void Fixed_amount_with_more_than_two_decimals_is_rounded_half_away_from_zero(string amount, string expected)
    {
        SettlementLine line = Assert.Single(Run(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "2026-06-30").Lines);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.Amount.Amount);
    }

    [Fact]
    public void Fixed_line_of_zero_is_still_written()
    {
        SettlementLine line = Assert.Single(Run(0m, "2026-06-30").Lines);

        Assert.Equal(Money.Zero, line.Amount);
    }

    [Fact]
    public void Trigger_met_after_as_of_yields_no_line() => Assert.Empty(Run(10000m, "2026-01-04").Lines);
}
