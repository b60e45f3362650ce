using FsCheck.Xunit;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Settlement;

/// <summary>docs/calculation.md, "Payment caps": caps on one payment, by participants (a count or a share of the cohort) and by amount.</summary>
public sealed class PaymentCapTests
{
    private static SettlementResult Run(Payment payment, Caps? caps = null, params (string Id, string Date)[] jobs) =>
        SocialInvestment.Settlement.Run(
            Fixtures.Contract([new EventTrigger("job", "edu")], [payment], caps: caps),
            jobs.Select(j => Person(j.Id, "2026-01-05")),
            [],
            jobs.Where(j => j.Date.Length > 0).Select(j => Event(j.Id, "edu", j.Date)),
            D("2026-12-31"));

    private static readonly (string, string)[] FiveWithTheOutcome =
        [("a", "2026-05-01"), ("b", "2026-03-01"), ("c", "2026-04-01"), ("d", "2026-02-01"), ("e", "2026-06-01")];

    [Fact]
    public void A_share_of_participants_pays_the_first_in_line_order_and_caps_the_rest()
    {
        // Proyecta Tu Futuro: at most 40 % of participants. ⌊0.4 × 5⌋ = 2: d (02-01) and b (03-01) are paid.
        var payment = new FixedPayment("edu", "job", 1000m) { Cap = new PaymentCap(participantShare: Share.FromDecimal(0.4m)) };

        SettlementResult result = Run(payment, null, FiveWithTheOutcome);

        Assert.Equal(
            [("d", 1000m, 1000m), ("b", 1000m, 1000m), ("c", 1000m, 0m), ("a", 1000m, 0m), ("e", 1000m, 0m)],
            result.Lines.Select(l => (l.ParticipantId.Value, l.Amount.Amount, l.Payable.Amount)));
        Assert.Equal(M(3000m), result.Totals.Capped);
    }

    [Fact]
    public void The_share_counts_the_whole_cohort_and_rounds_down()
    {
        // 7 participants, 2 with the outcome: ⌊0.4 × 7⌋ = ⌊2.8⌋ = 2, so both are paid.
        var payment = new FixedPayment("edu", "job", 1000m) { Cap = new PaymentCap(participantShare: Share.FromDecimal(0.4m)) };
        (string, string)[] jobs = [("a", "2026-05-01"), ("b", "2026-03-01"), ("c", ""), ("d", ""), ("e", ""), ("f", ""), ("g", "")];

        Assert.Equal(M(2000m), Run(payment, null, jobs).Totals.Payable);
    }

    [Fact]
    public void A_count_and_a_share_together_take_the_lower_limit()
    {
        var payment = new FixedPayment("edu", "job", 1000m) { Cap = new PaymentCap(count: 1, participantShare: Share.FromDecimal(0.4m)) };

        Assert.Equal(M(1000m), Run(payment, null, FiveWithTheOutcome).Totals.Payable);
    }

    [Fact]
    public void An_amount_cap_pays_what_remains_then_nothing()
    {
        // 1,000 a line, payment cap 2,500: 1,000, 1,000, 500, 0, 0.
        var payment = new FixedPayment("edu", "job", 1000m) { Cap = new PaymentCap(amount: M(2500m)) };

        Assert.Equal([1000m, 1000m, 500m, 0m, 0m], Run(payment, null, FiveWithTheOutcome).Lines.Select(l => l.Payable.Amount));
    }

    [Fact]
    public void The_payment_cap_and_the_contract_caps_apply_in_one_minimum()
    {
        // Payment cap 2,500, total cap 1,800: 1,000, then min(1,000, 1,500, 800) = 800, then 0.
        var payment = new FixedPayment("edu", "job", 1000m) { Cap = new PaymentCap(amount: M(2500m)) };

        Assert.Equal([1000m, 800m, 0m, 0m, 0m], Run(payment, new Caps(total: M(1800m)), FiveWithTheOutcome).Lines.Select(l => l.Payable.Amount));
    }

    [Fact]
    public void A_count_cap_on_a_share_of_savings_admits_whole_participants()
    {
        // Two participants off support from the start, gate enrolment; count 1: anna (first in line order: same
        // dates, "anna" < "bo") is paid every month, bo none. Saving: 15,000 × 0.5 a month for January's 27 days
        // from 2026-01-05: 15,000 × 0.5 × 27 / 31 = 6,532.26.
        var payment = new ShareOfSavingsPayment("s", "enrolled", Share.FromDecimal(0.5m)) { Cap = new PaymentCap(count: 1) };
        SettlementResult result = SocialInvestment.Settlement.Run(
            Fixtures.Contract([new EnrolmentTrigger("enrolled")], [payment], monthlyCost: new MonthlyCost(15000m, 2026)),
            [Person("anna", "2026-01-05"), Person("bo", "2026-01-05")],
            [],
            [],
            D("2026-02-28"));

        Assert.Equal(
            [("anna", "2026-01", 6532.26m, 6532.26m), ("bo", "2026-01", 6532.26m, 0m), ("anna", "2026-02", 7500m, 7500m), ("bo", "2026-02", 7500m, 0m)],
            result.Lines.Select(l => (l.ParticipantId.Value, l.Period, l.Amount.Amount, l.Payable.Amount)));
    }

    [Fact]
    public void A_line_of_zero_admits_nobody()
    {
        var payment = new FixedPayment("edu", "job", 0m) { Cap = new PaymentCap(count: 1) };
        var paid = new FixedPayment("edu2", "job", 10m) { Cap = new PaymentCap(count: 1) };

        Assert.Equal(M(0m), Run(payment, null, FiveWithTheOutcome).Totals.Payable);
        Assert.Equal(M(10m), Run(paid, null, FiveWithTheOutcome).Totals.Payable);
    }

    /// <summary>Never more participants paid than the limit, never more paid than the amount cap.</summary>
    [Property(MaxTest = 200)]
    public bool Payment_caps_are_never_exceeded(byte people, byte count, ushort amount)
    {
        int n = people % 20;
        var payment = new FixedPayment("edu", "job", 300m) { Cap = new PaymentCap(count: count % 10, amount: M(amount)) };
        (string, string)[] jobs = Enumerable.Range(0, n).Select(i => ($"p{i:D2}", i % 3 == 0 ? string.Empty : "2026-03-01")).ToArray();

        SettlementResult result = Run(payment, null, jobs);

        return result.Lines.Count(l => l.Payable > Money.Zero) <= count % 10
            && result.Totals.Payable <= M(amount)
            && result.Lines.All(l => l.Payable + l.Capped == l.Amount);
    }

    [Fact]
    public void The_reader_reads_a_cap_on_each_payment_kind()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 }, "benefits": {}, "monthly_cost": { "amount": 1, "base_year": 2026 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "cap": { "participant_share": 0.4 } },
                            { "id": "s", "kind": "share_of_savings", "gate": "job", "share": 0.5, "cap": { "count": 10, "amount": 2000.50 } } ] }
            """);

        Assert.Equal(0.4m, contract.Payments[0].Cap!.ParticipantShare!.Value.Value);
        Assert.Equal((10, M(2000.50m)), (contract.Payments[1].Cap!.Count!.Value, contract.Payments[1].Cap!.Amount!.Value));
    }

    [Fact]
    public void An_empty_cap_is_an_error_at_its_object()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "cap": {} } ] }
            """;

        AssertSingleError(json, "{} ", "payments[0].cap.count: required field is missing: a cap has count, amount or participant_share");
    }

    [Fact]
    public void A_participant_share_above_1_is_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "cap": { "participant_share": 1.5 } } ] }
            """;

        AssertSingleError(json, "1.5", "payments[0].cap.participant_share: expected a number from 0 to 1, found 1.5");
    }
}
