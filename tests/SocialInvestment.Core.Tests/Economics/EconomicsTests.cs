using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Economics;

/// <summary>docs/economics.md: the investor's cash flows and returns, and the payer's saving against its payments.</summary>
public sealed class EconomicsTests
{
    /// <summary>
    /// The deal of samples/economics: a 25,000 fee on enrolment and half the saving from the window's start once 13 full
    /// weeks are reached, 15,000 a month, a 52-week window, paid 30 days after each line. A leaves support on 2025-02-01,
    /// B never does, C on 2025-06-16.
    /// </summary>
    private static SettlementResult Sample()
    {
        Contract contract = WithPaymentDays(
            Contract(
                [new EnrolmentTrigger("enrolled"), new SustainedTrigger("job13", 13, SelfSupport.Full)],
                [new FixedPayment("fee", "enrolled", 25_000m), new ShareOfSavingsPayment("shared", "job13", Share.FromDecimal(0.5m), 0m)],
                windowWeeks: 52,
                monthlyCost: new MonthlyCost(15_000m, 2025)),
            30);
        return SocialInvestment.Settlement.Run(
            contract,
            [Person("A", "2025-01-06"), Person("B", "2025-03-03"), Person("C", "2025-06-02")],
            [
                Spell("A", "kontanthjaelp", "2024-06-01", "2025-01-31"),
                Spell("B", "kontanthjaelp", "2024-01-01"),
                Spell("C", "kontanthjaelp", "2025-01-01", "2025-06-15"),
            ],
            [],
            D("2025-12-31"));
    }

    private static readonly Investment[] SampleInvestments =
        [new(D("2025-01-02"), M(150_000m)), new(D("2025-12-15"), M(-10_000m)), new(D("2025-06-01"), M(50_000m))];

    internal static Contract WithPaymentDays(Contract c, int days) =>
        new(c.Name, c.Window, c.Triggers, c.Payments, c.Benefits, c.MonthlyCost, c.Caps, c.Currency, c.ProgrammeWeeks, c.PartialMaxSupport, c.UnknownBenefits)
        {
            Payers = c.Payers,
            PaymentDays = days,
        };

    [Fact]
    public void Outcome_payments_are_each_lines_payable_paid_payment_days_after_its_date_beside_the_investments()
    {
        InvestorView investor = SocialInvestment.Economics.Of(Sample(), SampleInvestments).Investor;

        // Fees on the start dates + 30; each month's share (A 7,500 from February, C 3,750 in June, then 7,500) on its last
        // day + 30; the December lines, dated on as_of, are paid on 2026-01-30, after it.
        Assert.Equal(
            [
                "2025-01-02 Investment -150000.00",
                "2025-02-05 OutcomePayment 25000.00",
                "2025-03-30 OutcomePayment 7500.00",
                "2025-04-02 OutcomePayment 25000.00",
                "2025-04-30 OutcomePayment 7500.00",
                "2025-05-30 OutcomePayment 7500.00",
                "2025-06-01 Investment -50000.00",
                "2025-06-30 OutcomePayment 7500.00",
                "2025-07-02 OutcomePayment 25000.00",
                "2025-07-30 OutcomePayment 11250.00",
                "2025-08-30 OutcomePayment 15000.00",
                "2025-09-30 OutcomePayment 15000.00",
                "2025-10-30 OutcomePayment 15000.00",
                "2025-11-30 OutcomePayment 15000.00",
                "2025-12-15 Repayment 10000.00",
                "2025-12-30 OutcomePayment 15000.00",
                "2026-01-30 OutcomePayment 15000.00",
            ],
            investor.Flows.Select(f => f.ToString()));
    }

    [Fact]
    public void The_investor_view_of_the_sample_worked_by_hand()
    {
        InvestorView investor = SocialInvestment.Economics.Of(Sample(), SampleInvestments, discountRate: 0.035).Investor;

        // Fees 3 × 25,000 = 75,000; A's shares 11 × 7,500 = 82,500; C's 3,750 + 6 × 7,500 = 48,750: 206,250 of outcome
        // payments, and 10,000 repaid: 216,250 back for 200,000 in, a multiple of 1.08125.
        Assert.Equal(M(200_000m), investor.Invested);
        Assert.Equal(M(10_000m), investor.Repaid);
        Assert.Equal(M(206_250m), investor.OutcomePayments);
        Assert.Equal(M(216_250m), investor.Returned);
        Assert.Equal(M(16_250m), investor.Net);
        Assert.Equal(1.08125m, investor.MoneyMultiple);

        // Bisection in 50-digit decimal arithmetic: IRR 0.1793468861624185…, XNPV at 3.5 % 12,679.1109…
        Assert.Equal(IrrStatus.Found, investor.Irr.Status);
        Assert.Equal(0.1793468861624186, investor.Irr.Rate!.Value, 1e-12);
        Assert.Equal(0.035, investor.DiscountRate);
        Assert.Equal(M(12_679.11m), investor.Npv);
    }

    [Fact]
    public void The_payer_view_of_the_sample_worked_by_hand()
    {
        PayerView payer = SocialInvestment.Economics.Of(Sample(), SampleInvestments).Payer;

        // A saves 15,000 a month from February (11 months), C 7,500 in June and 15,000 a month from July: 262,500.
        Assert.Equal(M(262_500m), payer.GrossSaving);
        Assert.Equal(M(206_250m), payer.Payments);
        Assert.Equal(M(56_250m), payer.NetSaving);
        Assert.Equal(0.785714m, payer.PaymentsShareOfSaving);

        // Cumulative saving against cumulative payments: June is the first month above (82,500 > 80,000); July dips below
        // again (112,500 < 116,250), which the rule does not look at.
        Assert.Equal(new YearMonth(2025, 6), payer.FirstMonthSavingExceedsPayments);
        Assert.Equal(
            [
                "2025-01 0.00 0.00 0.00 0.00",
                "2025-02 15000.00 25000.00 15000.00 25000.00",
                "2025-03 15000.00 7500.00 30000.00 32500.00",
                "2025-04 15000.00 32500.00 45000.00 65000.00",
                "2025-05 15000.00 7500.00 60000.00 72500.00",
                "2025-06 22500.00 7500.00 82500.00 80000.00",
                "2025-07 30000.00 36250.00 112500.00 116250.00",
                "2025-08 30000.00 15000.00 142500.00 131250.00",
                "2025-09 30000.00 15000.00 172500.00 146250.00",
                "2025-10 30000.00 15000.00 202500.00 161250.00",
                "2025-11 30000.00 15000.00 232500.00 176250.00",
                "2025-12 30000.00 15000.00 262500.00 191250.00",
                "2026-01 0.00 15000.00 262500.00 206250.00",
            ],
            payer.Months.Select(m => m.ToString()));
    }

    [Fact]
    public void Equal_cumulative_saving_and_payments_is_not_exceeding()
    {
        // A fee of 15,000 paid on the start date, and 15,000 saved in the start month: equal, so no month exceeds.
        Contract contract = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 15_000m)], windowWeeks: 4, monthlyCost: new MonthlyCost(15_000m, 2026));
        SettlementResult settlement = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-02-01")], [], [], D("2026-02-28"));

        PayerView payer = SocialInvestment.Economics.Of(settlement, []).Payer;

        Assert.Equal(M(15_000m), payer.Months.Single().CumulativeSaving);
        Assert.Equal(M(15_000m), payer.Months.Single().CumulativePayments);
        Assert.Null(payer.FirstMonthSavingExceedsPayments);
        Assert.Equal(1m, payer.PaymentsShareOfSaving);
    }

    [Fact]
    public void Without_investments_there_is_no_multiple_and_no_IRR_and_without_savings_no_share()
    {
        Contract contract = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 1_000m)]);
        SettlementResult settlement = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-05")], [], [], D("2026-06-30"));

        EconomicsResult economics = SocialInvestment.Economics.Of(settlement, []);

        Assert.Null(economics.Investor.MoneyMultiple);
        Assert.Null(economics.Investor.Npv);
        Assert.Equal(IrrStatus.OneSign, economics.Investor.Irr.Status);
        Assert.Null(economics.Payer.PaymentsShareOfSaving);
        Assert.Equal(M(-1_000m), economics.Payer.NetSaving);
        // The months run from the first observed window day (January) to as_of's, with no saving and January's fee.
        Assert.Equal(
            ["2026-01 0.00 1000.00 0.00 1000.00", "2026-02 0.00 0.00 0.00 1000.00", "2026-03 0.00 0.00 0.00 1000.00", "2026-04 0.00 0.00 0.00 1000.00", "2026-05 0.00 0.00 0.00 1000.00", "2026-06 0.00 0.00 0.00 1000.00"],
            economics.Payer.Months.Select(m => m.ToString()));
        Assert.Null(economics.Payer.FirstMonthSavingExceedsPayments);
    }

    [Fact]
    public void With_a_ledger_the_flows_are_what_is_payable_today_not_what_is_still_due()
    {
        // 1,000 of the 10,000 fee was paid before: the deal's cash over its life is still the 10,000 payable.
        Contract contract = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 10_000m)]);
        var ledger = new Ledger([new LedgerEntry(new LineKey(P("a"), "fee", LineKey.NoPeriod), M(1_000m)), new LedgerEntry(new LineKey(P("gone"), "fee", LineKey.NoPeriod), M(500m))]);
        SettlementResult settlement = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-05")], [], [], D("2026-06-30"), ledger);

        InvestorView investor = SocialInvestment.Economics.Of(settlement, [new(D("2026-01-01"), M(8_000m))]).Investor;

        // Due is 9,000 for a, and −500 for the key only the ledger knows (payable 0: no flow).
        Assert.Equal(M(8_500m), settlement.Totals.Due);
        Assert.Equal(["2026-01-01 Investment -8000.00", "2026-01-05 OutcomePayment 10000.00"], investor.Flows.Select(f => f.ToString()));
        Assert.Equal(1.25m, investor.MoneyMultiple);
    }

    [Fact]
    public void With_several_payers_each_payers_payments_are_its_parts_and_the_saving_is_not_split()
    {
        Contract contract = Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 1_000.01m)], monthlyCost: new MonthlyCost(15_000m, 2026));
        contract = WithPaymentDays(
            new Contract(contract.Name, contract.Window, contract.Triggers, contract.Payments, contract.Benefits, contract.MonthlyCost)
            {
                Payers = [new Payer("council", Share.FromDecimal(0.8333m)), new Payer("lcf", Share.FromDecimal(0.1667m))],
            },
            0);
        SettlementResult settlement = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-01")], [], [], D("2026-01-31"));

        EconomicsResult economics = SocialInvestment.Economics.Of(settlement, []);

        // docs/calculation.md, "Several payers": 1,000.01 splits 833.31 + 166.70; the saving is January's 15,000.
        Assert.Equal(M(15_000m), economics.Payer.GrossSaving);
        Assert.Equal(
            [("council", M(833.31m), (decimal?)0.055554m), ("lcf", M(166.70m), (decimal?)0.011113m)],
            economics.Payers.Select(p => (p.Payer.Id, p.Payments, p.PaymentsShareOfSaving)));
        Assert.Equal(economics.Payer.Payments, economics.Payers.Aggregate(Money.Zero, (sum, p) => sum + p.Payments));
    }

    [Fact]
    public void A_contract_with_one_payer_lists_no_payers()
    {
        SettlementResult settlement = Sample();

        Assert.Empty(SocialInvestment.Economics.Of(settlement, []).Payers);
    }

    [Fact]
    public void The_investors_outcome_payments_are_the_payers_payments()
    {
        EconomicsResult economics = SocialInvestment.Economics.Of(Sample(), SampleInvestments);

        Assert.Equal(economics.Payer.Payments, economics.Investor.OutcomePayments);
        Assert.Equal(economics.Payer.GrossSaving, economics.Payer.Months.Aggregate(Money.Zero, (sum, m) => sum + m.Saving));
        Assert.Equal(30, economics.PaymentDays);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_discount_rate_of_minus_1_or_less_or_no_number_is_refused(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SocialInvestment.Economics.Of(Sample(), [], rate));
}
