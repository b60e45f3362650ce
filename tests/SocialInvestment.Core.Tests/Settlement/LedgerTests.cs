using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC §8: what was paid before, per key; due = payable − paid_before; nothing paid is lost from view.</summary>
public sealed class LedgerTests
{
    private static readonly Contract Fee = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 10000m)]);

    private static LedgerEntry Paid(string who, string payment, string period, decimal amount) =>
        new(new LineKey(P(who), payment, period), M(amount));

    [Fact]
    public void Paid_before_attaches_to_the_line_of_the_same_key()
    {
        // fee 10000, paid 10000 before → due 0.
        SettlementResult r = SocialInvestment.Settlement.Run(Fee, [Person("anna", "2026-01-05")], [], [], D("2026-06-30"), new Ledger([Paid("anna", "fee", "-", 10000m)]));

        SettlementLine line = Assert.Single(r.Lines);
        Assert.Equal(M(10000m), line.PaidBefore);
        Assert.Equal(Money.Zero, line.Due);
    }

    [Fact]
    public void Ledger_rows_of_the_same_key_are_summed()
    {
        // 3000 + 4000 − 500 (a credit) = 6500 paid → due 10000 − 6500 = 3500.
        var ledger = new Ledger([Paid("anna", "fee", "-", 3000m), Paid("anna", "fee", "-", 4000m), Paid("anna", "fee", "-", -500m)]);

        SettlementLine line = Assert.Single(SocialInvestment.Settlement.Run(Fee, [Person("anna", "2026-01-05")], [], [], D("2026-06-30"), ledger).Lines);

        Assert.Equal(M(6500m), line.PaidBefore);
        Assert.Equal(M(3500m), line.Due);
        Assert.Equal(3, ledger.Rows);
        Assert.Equal(1, ledger.Count);
    }

    [Fact]
    public void Paid_more_than_payable_gives_a_negative_due()
    {
        // A restatement: 12000 paid, 10000 earned → due −2000.
        SettlementLine line = Assert.Single(SocialInvestment.Settlement.Run(Fee, [Person("anna", "2026-01-05")], [], [], D("2026-06-30"), new Ledger([Paid("anna", "fee", "-", 12000m)])).Lines);

        Assert.Equal(M(-2000m), line.Due);
    }

    [Fact]
    public void Ledger_key_with_no_line_today_is_a_zero_line_dated_as_of_with_everything_due_back()
    {
        // anna's "old" payment and ghost (not in the cohort) stay in view: amount 0, payable 0, dated as_of,
        // due = −paid_before. They sort after anna's fee (01-05) by date, and anna < ghost on the same date.
        var ledger = new Ledger([Paid("ghost", "fee", "-", 500m), Paid("anna", "old", "2025-12", 1200m)]);

        SettlementResult r = SocialInvestment.Settlement.Run(Fee, [Person("anna", "2026-01-05")], [], [], D("2026-06-30"), ledger);

        Assert.Equal(
            [
                ("anna,fee,-", D("2026-01-05"), 10000m, 10000m, 0m, 10000m),
                ("anna,old,2025-12", D("2026-06-30"), 0m, 0m, 1200m, -1200m),
                ("ghost,fee,-", D("2026-06-30"), 0m, 0m, 500m, -500m),
            ],
            r.Lines.Select(l => (l.Key.ToString(), l.Date, l.Amount.Amount, l.Payable.Amount, l.PaidBefore.Amount, l.Due.Amount)));
        Assert.Equal(M(8300m), r.Totals.Due);
    }

    [Fact]
    public void Line_no_longer_earned_is_credited_back()
    {
        // Enrolment moved after as_of in a corrected export: the fee paid before is due back in full.
        SettlementResult r = SocialInvestment.Settlement.Run(Fee, [Person("anna", "2026-07-01")], [], [], D("2026-06-30"), new Ledger([Paid("anna", "fee", "-", 10000m)]));

        SettlementLine line = Assert.Single(r.Lines);
        Assert.Equal((Money.Zero, D("2026-06-30"), M(-10000m)), (line.Amount, line.Date, line.Due));
    }

    [Fact]
    public void Ledger_only_lines_take_nothing_from_the_caps()
    {
        // Total cap 10000 and a ledger-only key: the fee still gets 10000 payable.
        Contract capped = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 10000m)], caps: new Caps(total: M(10000m)));

        SettlementResult r = SocialInvestment.Settlement.Run(capped, [Person("anna", "2026-01-05")], [], [], D("2026-06-30"), new Ledger([Paid("anna", "old", "-", 700m)]));

        Assert.Equal(M(10000m), r.Lines.Single(l => l.Payment == "fee").Payable);
    }

    [Fact]
    public void A_person_with_many_ledger_keys_over_two_payments_has_one_line_per_key()
    {
        // 72 keys (two payments × 36 months) and the fee anna earns today: more than a participant's usual handful, so
        // the keys are matched by an index of (payment, period). Keys of two payments with the same period are two keys.
        var months = Enumerable.Range(0, 36).Select(k => new NodaTime.YearMonth(2021, 1).PlusMonths(k).ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        LedgerEntry[] paid =
        [
            Paid("anna", "fee", "-", 4000m),
            .. months.Select((m, k) => Paid("anna", "fee", m, k + 1)),
            .. months.Select((m, k) => Paid("anna", "bonus", m, 100 + k)),
        ];

        SettlementResult r = SocialInvestment.Settlement.Run(Fee, [Person("anna", "2026-01-05")], [], [], D("2026-06-30"), new Ledger(paid));

        Assert.Equal(73, r.Lines.Count);
        Assert.Equal(73, r.Lines.Select(l => (l.Payment, l.Period)).Distinct().Count());
        SettlementLine earned = Assert.Single(r.Lines, l => l.Payment == "fee" && l.Period == "-");
        Assert.Equal((M(10000m), M(4000m), M(6000m)), (earned.Amount, earned.PaidBefore, earned.Due));
        Assert.All(paid, entry => Assert.Equal(entry.Amount, r.Lines.Single(l => l.Payment == entry.Key.Payment && l.Period == entry.Key.Period).PaidBefore));
    }
}
