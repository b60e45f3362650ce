using System.Text;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Io;

/// <summary>docs/output-formats.md: economics.json and cashflows.csv.</summary>
public sealed class EconomicsJsonTests
{
    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static EconomicsResult Deal(IReadOnlyList<Payer> payers, params Investment[] investments)
    {
        Contract plain = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 1_000m)], monthlyCost: new MonthlyCost(15_000m, 2026));
        Contract contract = new(plain.Name, plain.Window, plain.Triggers, plain.Payments, plain.Benefits, plain.MonthlyCost) { Payers = payers };
        SettlementResult settlement = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-01")], [], [], D("2026-01-31"));
        return SocialInvestment.Economics.Of(settlement, investments);
    }

    [Fact]
    public void Without_investments_or_a_rate_the_missing_values_are_null_and_the_reason_is_written()
    {
        string json = Written(stream => EconomicsJson.Write(stream, Deal([]), []));

        Assert.Contains("\"money_multiple\": null,\n    \"discount_rate\": null,\n    \"npv\": null,\n    \"irr\": null,\n    \"irr_status\": \"one_sign\",\n    \"irr_roots\": [],", json, StringComparison.Ordinal);
        Assert.Contains("\"irr_note\": \"No IRR: every cash flow is money in, so no rate makes their net present value 0.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"payments_share_of_saving\": 0.066667,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"payers\"", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_payers_are_listed_after_the_payer_view()
    {
        string json = Written(stream => EconomicsJson.Write(stream, Deal([new Payer("council", Share.FromDecimal(0.80m)), new Payer("lcf", Share.FromDecimal(0.20m))]), []));

        Assert.Contains(
            "\"payers\": [\n    {\n      \"id\": \"council\",\n      \"share\": 0.8,\n      \"payments\": 800.00,\n      \"payments_share_of_saving\": 0.053333\n    },",
            json,
            StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"payer\":", StringComparison.Ordinal) < json.IndexOf("\"payers\":", StringComparison.Ordinal));
    }

    [Fact]
    public void Rates_are_written_to_ten_decimals_without_trailing_zeros()
    {
        Assert.Equal("0.1793468862", EconomicsJson.Rate(0.17934688616241859));
        Assert.Equal("0.1", EconomicsJson.Rate(0.09999999999999998));
        Assert.Equal("-0.5", EconomicsJson.Rate(-0.5));
        Assert.Equal("0", EconomicsJson.Rate(-1e-12));
    }

    [Fact]
    public void Cashflows_csv_has_a_row_per_date_and_kind_with_the_running_sum()
    {
        EconomicsResult deal = Deal([], new Investment(D("2025-12-01"), M(600m)), new Investment(D("2025-12-01"), M(400m)), new Investment(D("2026-01-01"), M(-50m)));

        Assert.Equal(
            "date,kind,amount,cumulative\n2025-12-01,investment,-1000.00,-1000.00\n2026-01-01,repayment,50.00,-950.00\n2026-01-01,outcome_payment,1000.00,50.00\n",
            Written(stream => CashFlowsCsv.Write(stream, deal.Investor)));
    }
}
