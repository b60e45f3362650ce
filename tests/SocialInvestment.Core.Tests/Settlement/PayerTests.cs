using System.Text;
using FsCheck.Xunit;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Settlement;

/// <summary>docs/calculation.md, "Several payers": several payers, each paying its share of every line, the parts summing to the line to the øre.</summary>
public sealed class PayerTests
{
    /// <summary>The UK Life Chances Fund topped up local commissioners' payments by about 20 %: here 5/6 and 1/6 of each line, as 0.8333 and 0.1667.</summary>
    private static readonly Payer[] CommissionerAndFund = [new("council", Share.FromDecimal(0.8333m)), new("lcf", Share.FromDecimal(0.1667m))];

    private static SettlementResult Run(decimal amount, Caps? caps = null, Ledger? ledger = null) =>
        SocialInvestment.Settlement.Run(
            new Contract("t", new ObservationWindow(WindowAnchor.Start, 52), [new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", amount)], caps: caps)
            {
                Payers = CommissionerAndFund,
            },
            [Person("anna", "2026-01-05")],
            [],
            [],
            D("2026-06-30"),
            ledger);

    [Fact]
    public void Each_payer_gets_the_floor_of_its_share_and_the_largest_remainder_the_øre_left()
    {
        // 1,000.01 = 100,001 øre: 0.8333 × 100,001 = 83,330.8333 → 83,330; 0.1667 × 100,001 = 16,670.1667 → 16,670;
        // the floors sum to 100,000, so 1 øre is left, and goes to council (remainder 0.8333 > 0.1667):
        // 833.31 + 166.70 = 1,000.01.
        PayerLine[] parts = [.. PayerLine.Of(Run(1000.01m))];

        Assert.Equal([("council", 833.31m), ("lcf", 166.70m)], parts.Select(p => (p.Payer, p.Payable.Amount)));
        Assert.Equal(1000.01m, parts.Sum(p => p.Payable.Amount));
    }

    [Fact]
    public void Payable_capped_and_paid_before_are_each_split_and_amount_and_due_follow()
    {
        // Amount 1,000, per-participant cap 600: payable 600 (council 499.98, lcf 100.02), capped 400 (333.32, 66.68);
        // paid before 100 (83.33, 16.67); due 500 (416.65, 83.35).
        var ledger = new Ledger([new LedgerEntry(new LineKey(P("anna"), "fee", "-"), M(100m))]);
        PayerLine[] parts = [.. PayerLine.Of(Run(1000m, new Caps(perParticipant: M(600m)), ledger))];

        Assert.Equal(
            [("council", 833.30m, 499.98m, 333.32m, 83.33m, 416.65m), ("lcf", 166.70m, 100.02m, 66.68m, 16.67m, 83.35m)],
            parts.Select(p => (p.Payer, p.Amount.Amount, p.Payable.Amount, p.Capped.Amount, p.PaidBefore.Amount, p.Due.Amount)));
    }

    [Fact]
    public void A_contract_without_payers_has_no_payer_lines() =>
        Assert.Empty(PayerLine.Of(SocialInvestment.Settlement.Run(Fixtures.Contract([new EnrolmentTrigger("e")], [new FixedPayment("f", "e", 1m)]), [Person("a", "2026-01-05")], [], [], D("2026-06-30"))));

    [Fact]
    public void The_contract_refuses_shares_that_do_not_sum_to_1_and_repeated_ids()
    {
        Assert.Throws<ArgumentException>(() => new Contract("t", new ObservationWindow(WindowAnchor.Start, 52), [], []) { Payers = [new("a", Share.FromDecimal(0.5m)), new("b", Share.FromDecimal(0.4m))] });
        Assert.Throws<ArgumentException>(() => new Contract("t", new ObservationWindow(WindowAnchor.Start, 52), [], []) { Payers = [new("a", Share.FromDecimal(0.5m)), new("a", Share.FromDecimal(0.5m))] });
    }

    /// <summary>Whatever the amount (also negative, as a credit) and shares, the parts sum to it and each is within 1 øre of its exact share.</summary>
    [Property(MaxTest = 1000)]
    public bool Payer_parts_always_sum_to_the_line(long cents, ushort first, ushort second)
    {
        long c = cents % 10_000_000_000L;
        decimal a = (first % 10_001) / 10_000m;
        decimal b = Math.Min(1m - a, (second % 10_001) / 10_000m);
        Payer[] payers = [new("a", Share.FromDecimal(a)), new("b", Share.FromDecimal(b)), new("c", Share.FromDecimal(1m - a - b))];

        long[] parts = PayerSplit.Split(c, payers);

        return parts.Sum() == c && parts.Zip(payers).All(p => Math.Abs(p.First - (p.Second.Share.Value * c)) < 1m);
    }

    [Fact]
    public void Payers_csv_has_a_row_per_line_and_payer()
    {
        using var stream = new MemoryStream();
        PayersCsv.Write(stream, Run(1000.01m));

        Assert.Equal(
            PayersCsv.Header + "\nanna,fee,-,2026-01-05,council,833.31,833.31,0.00,0.00,833.31\nanna,fee,-,2026-01-05,lcf,166.70,166.70,0.00,0.00,166.70\n",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Payer_totals_are_the_sums_of_each_payers_parts()
    {
        // Two participants: anna's fee of 1,000.01 splits 833.31 + 166.70 (above); bert's, under a total cap of 1,500.00,
        // is payable 499.99 = 49,999 øre: 0.8333 × 49,999 = 41,664.1667 → 41,664, 0.1667 × 49,999 = 8,334.8333 → 8,334,
        // 1 øre left to lcf (0.8333 > 0.1667) → 416.64 + 83.35; capped 500.02 = 50,002 øre: 41,666.6666 → 41,666 and
        // 8,335.3334 → 8,335, 1 left to council (0.6666 > 0.3334) → 416.67 + 83.35.
        // council: payable 833.31 + 416.64 = 1,249.95, capped 416.67, amount 1,666.62;
        // lcf: payable 166.70 + 83.35 = 250.05, capped 83.35, amount 333.40. Sums: 1,500.00, 500.02, 2,000.02.
        SettlementResult result = SocialInvestment.Settlement.Run(
            new Contract("t", new ObservationWindow(WindowAnchor.Start, 52), [new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 1000.01m)], caps: new Caps(total: M(1500m)))
            {
                Payers = CommissionerAndFund,
            },
            [Person("anna", "2026-01-05"), Person("bert", "2026-01-06")],
            [],
            [],
            D("2026-06-30"));

        Assert.Equal(
            [("council", 2, 1666.62m, 1249.95m, 416.67m, 1249.95m), ("lcf", 2, 333.40m, 250.05m, 83.35m, 250.05m)],
            result.PayerTotals.Select(p => (p.Key, p.Value.Lines, p.Value.Amount.Amount, p.Value.Payable.Amount, p.Value.Capped.Amount, p.Value.Due.Amount)));
        Assert.Equal((result.Totals.Payable, result.Totals.Capped), (result.PayerTotals[0].Value.Payable + result.PayerTotals[1].Value.Payable, result.PayerTotals[0].Value.Capped + result.PayerTotals[1].Value.Capped));
    }

    [Fact]
    public void Summary_json_lists_the_payers_after_the_total_only_where_the_contract_declares_them()
    {
        string withPayers = Summary(Run(1000.01m));
        string withoutPayers = Summary(SocialInvestment.Settlement.Run(Fixtures.Contract([new EnrolmentTrigger("e")], [new FixedPayment("f", "e", 1m)]), [Person("a", "2026-01-05")], [], [], D("2026-06-30")));

        Assert.Contains(
            """
              "payers": [
                {
                  "id": "council",
                  "share": 0.8333,
                  "lines": 1,
                  "amount": 833.31,
                  "payable": 833.31,
                  "capped": 0.00,
                  "paid_before": 0.00,
                  "due": 833.31
                },
                {
                  "id": "lcf",
                  "share": 0.1667,
            """.ReplaceLineEndings("\n"),
            withPayers,
            StringComparison.Ordinal);
        Assert.True(withPayers.IndexOf("\"total\"", StringComparison.Ordinal) < withPayers.IndexOf("\"payers\"", StringComparison.Ordinal));
        Assert.DoesNotContain("\"payers\"", withoutPayers, StringComparison.Ordinal);
    }

    private static string Summary(SettlementResult result)
    {
        using var stream = new MemoryStream();
        SummaryJson.Write(stream, result, [], default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_reader_reads_payers()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 }, "triggers": [], "payments": [],
              "payers": [ { "id": "council", "share": 0.8 }, { "id": "lcf", "share": 0.2 } ] }
            """);

        Assert.Equal([("council", 0.8m), ("lcf", 0.2m)], contract.Payers.Select(p => (p.Id, p.Share.Value)));
    }

    [Fact]
    public void Shares_that_do_not_sum_to_1_are_an_error_at_payers()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 }, "triggers": [], "payments": [],
              "payers": [ { "id": "council", "share": 0.8 }, { "id": "lcf", "share": 0.25 } ] }
            """;

        AssertSingleError(json, "[ { \"id\": \"council\"", "payers: expected payers whose shares sum to exactly 1, found a sum of 1.05");
    }
}
