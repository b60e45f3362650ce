using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC §8 and §10: totals per payment and per trigger are sums over the lines and outcomes.</summary>
public sealed class SettlementResultTests
{
    [Fact]
    public void Payment_totals_list_contract_payments_in_order_then_ledger_only_ids_by_code_points()
    {
        // Contract payments "fee", "Bonus"; the ledger also knows "zeta" and "Alpha" → fee, Bonus, Alpha, zeta.
        // fee: 10000 earned, 2500 paid before → due 7500; Bonus: trigger never met → nothing.
        Contract contract = Contract(
            [new EnrolmentTrigger("enrolled"), new EventTrigger("job", "job_start")],
            [new FixedPayment("fee", "enrolled", 10000m), new FixedPayment("Bonus", "job", 5000m)]);
        var ledger = new Ledger(
        [
            new LedgerEntry(new LineKey(P("a"), "fee", "-"), M(2500m)),
            new LedgerEntry(new LineKey(P("a"), "zeta", "-"), M(100m)),
            new LedgerEntry(new LineKey(P("a"), "Alpha", "-"), M(40m)),
        ]);

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-05"), Person("b", "2026-01-05")], [], [], D("2026-06-30"), ledger);

        Assert.Equal(["fee", "Bonus", "Alpha", "zeta"], r.PaymentTotals.Select(p => p.Key));
        Assert.Equal(new SettlementTotals(2, M(20000m), M(20000m), Money.Zero, M(2500m), M(17500m)), r.PaymentTotals[0].Value);
        Assert.Equal(default, r.PaymentTotals[1].Value);
        Assert.Equal(new SettlementTotals(1, Money.Zero, Money.Zero, Money.Zero, M(100m), M(-100m)), r.PaymentTotals[3].Value);
        Assert.Equal(new SettlementTotals(4, M(20000m), M(20000m), Money.Zero, M(2640m), M(17360m)), r.Totals);
    }

    [Fact]
    public void Trigger_summaries_count_participants_who_met_each_trigger_by_as_of()
    {
        // a and b enrolled (2 of 2); only b has a job_start in its window by as_of (1 of 2 = 0.5).
        Contract contract = Contract([new EnrolmentTrigger("enrolled"), new EventTrigger("job", "job_start")]);

        SettlementResult r = SocialInvestment.Settlement.Run(
            contract, [Person("a", "2026-01-05"), Person("b", "2026-01-05")], [], [Event("b", "job_start", "2026-03-01"), Event("a", "job_start", "2026-07-01")], D("2026-06-30"));

        Assert.Equal([new TriggerSummary("enrolled", "enrolment", 2, 2), new TriggerSummary("job", "event", 1, 2)], r.TriggerSummaries);
        Assert.Equal(0.5m, r.TriggerSummaries[1].Share);
    }
}
