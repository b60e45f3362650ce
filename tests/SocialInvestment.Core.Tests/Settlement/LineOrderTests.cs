using System.Globalization;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC §8: lines are ordered by (date, participant_id, payment id, period), strings by code points.</summary>
public sealed class LineOrderTests
{
    private static readonly Contract TwoFees = Contract(
        [new EnrolmentTrigger("enrolled")],
        [new FixedPayment("fee", "enrolled", 1m), new FixedPayment("Bonus", "enrolled", 2m)]);

    private static string[] Keys(SettlementResult r) => [.. r.Lines.Select(l => l.Key.ToString())];

    [Fact]
    public void Lines_of_one_date_are_ordered_by_participant_then_payment_by_code_points()
    {
        // 'B' (66) < 'Z' (90) < 'a' (97) < "aa"; payment "Bonus" < "fee". Run under da-DK, whose collation puts "aa" last
        // and ignores case order differently: the order must not change.
        Participant[] people = [.. new[] { "aa", "a", "Z", "B" }.Select(id => Person(id, "2026-01-05"))];
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("da-DK");
            SettlementResult r = SocialInvestment.Settlement.Run(TwoFees, people, [], [], D("2026-06-30"));

            Assert.Equal(
                ["B,Bonus,-", "B,fee,-", "Z,Bonus,-", "Z,fee,-", "a,Bonus,-", "a,fee,-", "aa,Bonus,-", "aa,fee,-"],
                Keys(r));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Date_comes_before_participant()
    {
        // "aa" enrols on 01-01, "B" on 01-05: aa's lines come first although "B" < "aa".
        SettlementResult r = SocialInvestment.Settlement.Run(TwoFees, [Person("B", "2026-01-05"), Person("aa", "2026-01-01")], [], [], D("2026-06-30"));

        Assert.Equal(["aa,Bonus,-", "aa,fee,-", "B,Bonus,-", "B,fee,-"], Keys(r));
    }

    [Fact]
    public void Period_breaks_the_last_tie_by_code_points()
    {
        // Ledger-only keys share the date as_of, participant and payment: "-" (45) < "2026-01" < "2026-02".
        var ledger = new Ledger(
        [
            new LedgerEntry(new LineKey(P("a"), "old", "2026-02"), M(1m)),
            new LedgerEntry(new LineKey(P("a"), "old", "-"), M(1m)),
            new LedgerEntry(new LineKey(P("a"), "old", "2026-01"), M(1m)),
        ]);

        SettlementResult r = SocialInvestment.Settlement.Run(Contract(), [], [], [], D("2026-06-30"), ledger);

        Assert.Equal(["a,old,-", "a,old,2026-01", "a,old,2026-02"], Keys(r));
    }

    [Fact]
    public void Monthly_lines_are_dated_month_ends_and_interleave_with_fixed_lines_by_date()
    {
        // Start 2026-01-20, fee on 01-20, share months dated 01-31 and 02-28; a second participant enrols 02-01.
        Contract contract = Contract(
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 1m), new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m))],
            monthlyCost: new MonthlyCost(15000m, 2026));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-20"), Person("b", "2026-02-01")], [], [], D("2026-02-10"));

        Assert.Equal(["a,fee,-", "a,shared,2026-01", "b,fee,-", "a,shared,2026-02", "b,shared,2026-02"], Keys(r));
        Assert.Equal(
            [D("2026-01-20"), D("2026-01-31"), D("2026-02-01"), D("2026-02-28"), D("2026-02-28")],
            r.Lines.Select(l => l.Date));
    }
    [Theory]
    [InlineData("a", "fee", "-", "b", "fee", "-")]
    [InlineData("a", "Bonus", "2026-02", "a", "fee", "2026-01")]
    [InlineData("a", "fee", "2026-01", "a", "fee", "2026-02")]
    [InlineData("a", "fee", "-", "a", "fee", "2026-01")]
    public void A_line_key_orders_by_participant_then_payment_then_period(string p1, string pay1, string period1, string p2, string pay2, string period2)
    {
        var lower = new LineKey(P(p1), pay1, period1);
        var higher = new LineKey(P(p2), pay2, period2);

        Assert.True(lower.CompareTo(higher) < 0 && higher.CompareTo(lower) > 0);
        Assert.Equal((true, true, false, false), (lower < higher, lower <= higher, lower > higher, lower >= higher));
        Assert.Equal((false, false, true, true), (higher < lower, higher <= lower, higher > lower, higher >= lower));
    }

    [Fact]
    public void Equal_line_keys_are_neither_before_nor_after_each_other()
    {
        var key = new LineKey(P("a"), "fee", "2026-01");
        var same = new LineKey(P("a"), "fee", "2026-01");

        Assert.Equal(0, key.CompareTo(same));
        Assert.Equal((false, true, false, true), (key < same, key <= same, key > same, key >= same));
        Assert.Equal(key.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(key, new LineKey(P("a"), "Fee", "2026-01"));
    }
}
