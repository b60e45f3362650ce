using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC §8: payable = min(amount, what remains of the participant's cap, what remains of the total cap), in line order.</summary>
public sealed class CapsTests
{
    private static readonly Trigger[] Triggers = [new EnrolmentTrigger("enrolled"), new CompletionTrigger("completed"), new EventTrigger("job", "job_start")];

    private static readonly Payment[] Payments =
    [
        new FixedPayment("fee", "enrolled", 10000m),
        new FixedPayment("bonus", "completed", 10000m),
        new FixedPayment("late", "job", 300m),
    ];

    private static (string Who, string Payment, decimal Amount, decimal Payable, decimal Capped)[] Rows(SettlementResult r) =>
        [.. r.Lines.Select(l => (l.ParticipantId.Value, l.Payment, l.Amount.Amount, l.Payable.Amount, l.Capped.Amount))];

    [Fact]
    public void Line_is_capped_in_part_by_the_per_participant_cap_and_later_lines_pay_nothing()
    {
        // Per-participant cap 15000. fee 10000 (01-05) → payable 10000, 5000 left; bonus 10000 (end 02-01) → payable 5000,
        // capped 5000; late 300 (event 03-01) → payable 0, capped 300, but still written.
        Contract contract = Contract(Triggers, Payments, caps: new Caps(perParticipant: M(15000m)));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("anna", "2026-01-05", "2026-02-01")], [], [Event("anna", "job_start", "2026-03-01")], D("2026-06-30"));

        Assert.Equal([("anna", "fee", 10000m, 10000m, 0m), ("anna", "bonus", 10000m, 5000m, 5000m), ("anna", "late", 300m, 0m, 300m)], Rows(r));
    }

    [Fact]
    public void Per_participant_cap_is_kept_per_participant()
    {
        // Cap 12000 each: a and b both get fee 10000, then bonus 2000 of 10000.
        Contract contract = Contract(Triggers, Payments, caps: new Caps(perParticipant: M(12000m)));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-05", "2026-02-01"), Person("b", "2026-01-05", "2026-02-01")], [], [], D("2026-06-30"));

        Assert.Equal(
            [("a", "fee", 10000m, 10000m, 0m), ("b", "fee", 10000m, 10000m, 0m), ("a", "bonus", 10000m, 2000m, 8000m), ("b", "bonus", 10000m, 2000m, 8000m)],
            Rows(r));
    }

    [Fact]
    public void Total_cap_reached_mid_line_pays_the_rest_and_then_nothing()
    {
        // Total cap 25000. On 01-05: a fee 10000 (15000 left), b fee 10000 (5000 left), c fee 10000 → payable 5000,
        // capped 5000. On 02-01 the bonuses: the cap is used up → payable 0, capped 10000 each.
        Contract contract = Contract(Triggers, Payments, caps: new Caps(total: M(25000m)));
        Participant[] people = [Person("c", "2026-01-05", "2026-02-01"), Person("a", "2026-01-05", "2026-02-01"), Person("b", "2026-01-05", "2026-02-01")];

        SettlementResult r = SocialInvestment.Settlement.Run(contract, people, [], [], D("2026-06-30"));

        Assert.Equal(
            [
                ("a", "fee", 10000m, 10000m, 0m), ("b", "fee", 10000m, 10000m, 0m), ("c", "fee", 10000m, 5000m, 5000m),
                ("a", "bonus", 10000m, 0m, 10000m), ("b", "bonus", 10000m, 0m, 10000m), ("c", "bonus", 10000m, 0m, 10000m),
            ],
            Rows(r));
        Assert.Equal(M(25000m), r.Totals.Payable);
        Assert.Equal(M(35000m), r.Totals.Capped);
    }

    [Fact]
    public void Caps_are_spent_in_date_order_not_participant_order()
    {
        // Total cap 10000: z enrols on 01-01, a on 01-05 → z's fee comes first and takes the whole cap.
        Contract contract = Contract(Triggers, [Payments[0]], caps: new Caps(total: M(10000m)));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-05"), Person("z", "2026-01-01")], [], [], D("2026-06-30"));

        Assert.Equal([("z", "fee", 10000m, 10000m, 0m), ("a", "fee", 10000m, 0m, 10000m)], Rows(r));
    }

    [Fact]
    public void The_smaller_of_both_remainders_applies()
    {
        // Per participant 8000, total 12000: a fee → min(10000, 8000, 12000) = 8000; b fee → min(10000, 8000, 4000) = 4000.
        Contract contract = Contract(Triggers, [Payments[0]], caps: new Caps(M(8000m), M(12000m)));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-05"), Person("b", "2026-01-05")], [], [], D("2026-06-30"));

        Assert.Equal([("a", "fee", 10000m, 8000m, 2000m), ("b", "fee", 10000m, 4000m, 6000m)], Rows(r));
    }

    [Fact]
    public void Cap_of_zero_pays_nothing()
    {
        Contract contract = Contract(Triggers, [Payments[0]], caps: new Caps(total: Money.Zero));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-05")], [], [], D("2026-06-30"));

        Assert.Equal([("a", "fee", 10000m, 0m, 10000m)], Rows(r));
    }

    [Fact]
    public void Cap_cuts_a_share_of_savings_month()
    {
        // Share 0.5 of 15000 from 2026-01-01, no support, as_of 02-28: January 7500.00, February 7500.00.
        // Per-participant cap 10000 → January 7500, February 2500 (capped 5000).
        Contract contract = Contract(
            [new EnrolmentTrigger("enrolled")],
            [new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m))],
            monthlyCost: new MonthlyCost(15000m, 2026),
            caps: new Caps(perParticipant: M(10000m)));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-01")], [], [], D("2026-02-28"));

        Assert.Equal([("a", "shared", 7500m, 7500m, 0m), ("a", "shared", 7500m, 2500m, 5000m)], Rows(r));
    }
}
