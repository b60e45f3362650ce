using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Settlement;

/// <summary>docs/calculation.md, "Delivery fee": a delivery fee paid monthly in arrears, a fixed amount or a share of the contract value spread to the øre.</summary>
public sealed class DeliveryFeeTests
{
    private static SettlementResult Run(Payment fee, string asOf, Caps? caps = null) =>
        SocialInvestment.Settlement.Run(
            Fixtures.Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("start", "enrolled", 500m), fee], caps: caps),
            [Person("anna", "2026-01-05")],
            [],
            [],
            D(asOf));

    [Fact]
    public void A_monthly_fee_is_one_line_per_month_ended_by_as_of_dated_its_last_day()
    {
        // From 2026-01 for 6 months, as of 2026-04-15: January, February, March have ended; April has not (in arrears).
        SettlementResult result = Run(DeliveryFeePayment.Monthly("delivery", new YearMonth(2026, 1), 6, 10_000m), "2026-04-15");

        Assert.Equal(
            [("anna", "start", "-", "2026-01-05", 500m), ("delivery", "delivery", "2026-01", "2026-01-31", 10_000m), ("delivery", "delivery", "2026-02", "2026-02-28", 10_000m), ("delivery", "delivery", "2026-03", "2026-03-31", 10_000m)],
            result.Lines.Select(l => (l.ParticipantId.Value, l.Payment, l.Period, l.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), l.Amount.Amount)));
    }

    [Fact]
    public void A_share_of_the_contract_value_is_rounded_once_and_spread_so_the_months_sum_to_it()
    {
        // Work and Health Programme style: 30 % of 1,000,000.01 = 300,000.003 → 300,000.00 over 7 months. In øre,
        // month k gets ⌊(k+1)·30,000,000/7⌋ − ⌊k·30,000,000/7⌋: 42,857.14 ×3, 42,857.15, 42,857.14 ×2, 42,857.15.
        SettlementResult result = Run(DeliveryFeePayment.ShareOfValue("delivery", new YearMonth(2026, 1), 7, 1_000_000.01m, Share.FromDecimal(0.3m)), "2026-12-31");

        decimal[] months = result.Lines.Where(l => l.Payment == "delivery").Select(l => l.Amount.Amount).ToArray();
        Assert.Equal([42_857.14m, 42_857.14m, 42_857.14m, 42_857.15m, 42_857.14m, 42_857.14m, 42_857.15m], months);
        Assert.Equal(300_000.00m, months.Sum());
    }

    [Fact]
    public void The_per_participant_cap_does_not_apply_to_the_fee_but_the_total_cap_does()
    {
        // Per participant 100: anna's 500 is capped to 100; the fee is not. Total 15,000: 500 + 10,000 + 4,500.
        SettlementResult perParticipant = Run(DeliveryFeePayment.Monthly("delivery", new YearMonth(2026, 1), 2, 10_000m), "2026-12-31", new Caps(perParticipant: M(100m)));
        SettlementResult total = Run(DeliveryFeePayment.Monthly("delivery", new YearMonth(2026, 1), 2, 10_000m), "2026-12-31", new Caps(total: M(15_000m)));

        Assert.Equal([100m, 10_000m, 10_000m], perParticipant.Lines.Select(l => l.Payable.Amount));
        Assert.Equal([500m, 10_000m, 4_500m], total.Lines.Select(l => l.Payable.Amount));
    }

    [Fact]
    public void A_fee_that_starts_before_any_window_has_its_months()
    {
        SettlementResult result = Run(DeliveryFeePayment.Monthly("delivery", new YearMonth(2025, 11), 2, 1m), "2026-12-31");

        Assert.Equal(["2025-11", "2025-12"], result.Lines.Where(l => l.Payment == "delivery").Select(l => l.Period));
    }

    [Fact]
    public void A_participant_with_the_fees_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SocialInvestment.Settlement.Run(
            Fixtures.Contract([], [DeliveryFeePayment.Monthly("delivery", new YearMonth(2026, 1), 2, 1m)]), [Person("delivery", "2026-01-05")], [], [], D("2026-12-31")));
    }

    [Fact]
    public void What_was_paid_before_for_a_fee_month_is_carried()
    {
        var ledger = new Ledger([new LedgerEntry(new LineKey(P("delivery"), "delivery", "2026-01"), M(10_000m))]);
        SettlementResult result = SocialInvestment.Settlement.Run(
            Fixtures.Contract([], [DeliveryFeePayment.Monthly("delivery", new YearMonth(2026, 1), 6, 10_000m)]), [], [], [], D("2026-02-28"), ledger);

        Assert.Equal([("2026-01", 0m), ("2026-02", 10_000m)], result.Lines.Select(l => (l.Period, l.Due.Amount)));
    }

    /// <summary>However the fee is spread, the months sum to round(share × value) to the øre and differ by at most 0.01.</summary>
    [Property(MaxTest = 300)]
    public bool The_months_of_a_share_of_value_sum_to_the_fee(uint value, byte months)
    {
        int n = 1 + (months % 60);
        var fee = DeliveryFeePayment.ShareOfValue("d", new YearMonth(2020, 1), n, value / 100m, Share.FromDecimal(0.3m));
        long[] parts = Enumerable.Range(0, n).Select(fee.CentsOfMonth).ToArray();
        return parts.Sum() == Money.Round(0.3m * (value / 100m)).Cents && parts.Max() - parts.Min() <= 1;
    }

    [Fact]
    public void The_reader_reads_both_forms()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 }, "triggers": [],
              "payments": [ { "id": "fee", "kind": "delivery_fee", "from": "2026-01", "months": 24, "monthly_amount": 10000 },
                            { "id": "fee30", "kind": "delivery_fee", "from": "2026-01", "months": 60, "contract_value": 2000000, "share": 0.3 } ] }
            """);

        var monthly = Assert.IsType<DeliveryFeePayment>(contract.Payments[0]);
        var share = Assert.IsType<DeliveryFeePayment>(contract.Payments[1]);
        Assert.Equal((new YearMonth(2026, 1), 24, 10_000m), (monthly.From, monthly.Months, monthly.MonthlyAmount!.Value));
        Assert.Equal((2_000_000m, 0.3m), (share.ContractValue!.Value, share.ShareOfContractValue!.Value.Value));
    }

    [Fact]
    public void A_fee_with_both_forms_is_an_error_at_monthly_amount()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 }, "triggers": [],
              "payments": [ { "id": "fee", "kind": "delivery_fee", "from": "2026-01", "months": 24, "monthly_amount": 1, "share": 0.3 } ] }
            """;

        AssertSingleError(json, "\"monthly_amount\"", "payments[0].monthly_amount: a delivery fee has monthly_amount, or contract_value and share, not both");
    }

    [Fact]
    public void A_bad_month_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 }, "triggers": [],
              "payments": [ { "id": "fee", "kind": "delivery_fee", "from": "2026-13", "months": 24, "monthly_amount": 1 } ] }
            """;

        AssertSingleError(json, "\"2026-13\"", "payments[0].from: expected a month yyyy-MM, found \"2026-13\"");
    }
}
