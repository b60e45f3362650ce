using System.Text;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Economics;

/// <summary>docs/contract-format.md: <c>payment_days</c>, the payment term; optional, and it changes no settlement.</summary>
public sealed class PaymentDaysTests
{
    private const string Head = """{ "name": "x", "window": { "weeks": 52 }, "triggers": [], "payments": []""";

    [Fact]
    public void The_reader_reads_payment_days_and_leaves_it_0_where_it_is_left_out()
    {
        Assert.Equal(30, ReadOk(Head + """, "payment_days": 30 }""").PaymentDays);
        Assert.Equal(0, ReadOk(Head + " }").PaymentDays);
        Assert.Equal(Contract.MaxPaymentDays, ReadOk(Head + """, "payment_days": 3650 }""").PaymentDays);
    }

    [Theory]
    [InlineData("-1", "payment_days: expected a whole number from 0 to 3650, found -1")]
    [InlineData("3651", "payment_days: expected a whole number from 0 to 3650, found 3651")]
    [InlineData("30.5", "payment_days: expected a whole number from 0 to 3650, found 30.5")]
    public void Payment_days_outside_0_to_3650_or_not_whole_is_an_error_at_the_value(string value, string message) =>
        AssertSingleError(Head + $$""", "payment_days": {{value}} }""", value, message);

    [Fact]
    public void A_contract_built_in_code_refuses_negative_payment_days() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WithPaymentDays(Contract(), -1));

    [Fact]
    public void Payment_days_change_no_line_and_no_byte_of_the_summary()
    {
        Contract without = Contract(
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 10_000m)],
            monthlyCost: new MonthlyCost(15_000m, 2026));
        Contract with = WithPaymentDays(without, 45);
        Participant[] people = [Person("a", "2026-01-05"), Person("b", "2026-02-02")];

        SettlementResult first = SocialInvestment.Settlement.Run(without, people, [], [], D("2026-06-30"));
        SettlementResult second = SocialInvestment.Settlement.Run(with, people, [], [], D("2026-06-30"));

        Assert.Equal(45, with.PaymentDays);
        Assert.Equal(first.Lines.Select(l => l.ToString()), second.Lines.Select(l => l.ToString()));
        Assert.Equal(Summary(first), Summary(second));
    }

    private static Contract WithPaymentDays(Contract c, int days) =>
        new(c.Name, c.Window, c.Triggers, c.Payments, c.Benefits, c.MonthlyCost, c.Caps, c.Currency, c.ProgrammeWeeks, c.PartialMaxSupport, c.UnknownBenefits)
        {
            PaymentDays = days,
        };

    private static string Summary(SettlementResult result)
    {
        using var stream = new MemoryStream();
        SummaryJson.Write(stream, result, [], default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
