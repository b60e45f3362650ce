using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>What a settlement line and a settlement refuse, and what they say: found by mutation testing of Settlement/.</summary>
public sealed class SettlementLimitTests
{
    private static readonly LineKey Key = new(P("a"), "fee", LineKey.NoPeriod);

    [Fact]
    public void A_line_says_its_amount_is_at_least_zero()
    {
        var error = Assert.Throws<ArgumentException>(() => new SettlementLine(Key, new LocalDate(2026, 1, 1), M(-0.01m), Money.Zero, Money.Zero));
        Assert.Equal("amount", error.ParamName);
        Assert.StartsWith("A line's amount is at least 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_says_payable_lies_between_zero_and_the_amount()
    {
        var error = Assert.Throws<ArgumentException>(() => new SettlementLine(Key, new LocalDate(2026, 1, 1), M(1m), M(-0.01m), Money.Zero));
        Assert.Equal("payable", error.ParamName);
        Assert.StartsWith("Payable is between 0 and the amount.", error.Message, StringComparison.Ordinal);
        Assert.Equal(M(1m), new SettlementLine(Key, new LocalDate(2026, 1, 1), M(1m), M(1m), Money.Zero).Payable);
    }

    [Fact]
    public void A_settlement_holds_at_most_32767_periods_and_says_so()
    {
        // One month (2026-01) and "-" are periods of their own; each ledger entry of its own period adds one more.
        Assert.Equal(short.MaxValue - 2, Settle(short.MaxValue - 2).Lines.Count);

        var error = Assert.Throws<ArgumentException>(() => Settle(short.MaxValue - 1));
        Assert.StartsWith($"A settlement has at most {short.MaxValue} periods.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participant_with_many_ledger_lines_gets_each_paid_sum_on_its_own_line_in_order()
    {
        // 300 keys (past the size where lines are searched and sorted one by one), given in reverse order.
        LedgerEntry[] entries = [.. Enumerable.Range(0, 300).Reverse().Select(i => new LedgerEntry(new LineKey(P("a"), i % 2 == 0 ? "fee" : "bonus", $"p{i:D3}"), M(i + 1m)))];

        SettlementResult r = SocialInvestment.Settlement.Run(Contract(), [Person("a", "2026-01-01")], [], [], D("2026-01-01"), new Ledger(entries));

        Assert.Equal(entries.Select(e => e.Key).Order(), r.Lines.Select(l => l.Key));
        Assert.All(r.Lines, l => Assert.Equal(entries.Single(e => e.Key == l.Key).Amount, l.PaidBefore));
        Assert.All(r.Lines, l => Assert.Equal(-l.PaidBefore, l.Due));
    }

    private static SettlementResult Settle(int ledgerPeriods) =>
        SocialInvestment.Settlement.Run(
            Contract(),
            [Person("a", "2026-01-01")],
            [],
            [],
            D("2026-01-01"),
            new Ledger(Enumerable.Range(0, ledgerPeriods).Select(i => new LedgerEntry(new LineKey(P("a"), "fee", $"p{i:D5}"), M(1m)))));
}
