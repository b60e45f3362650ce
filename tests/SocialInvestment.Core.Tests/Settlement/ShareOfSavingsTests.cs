using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC §7: share of savings, one line per calendar month holding a window day ≤ as_of.</summary>
public sealed class ShareOfSavingsTests
{
    private static readonly MonthlyCost Cost = new(15000m, 2026, 0.02m);

    private static Contract Sharing(Trigger gate, decimal share = 0.5m, decimal deadweight = 0m, int windowWeeks = 104, MonthlyCost? cost = null) =>
        Contract([gate], [new ShareOfSavingsPayment("shared", gate.Id, Share.FromDecimal(share), deadweight)], windowWeeks: windowWeeks, monthlyCost: cost ?? Cost);

    private static readonly Trigger Enrolled = new EnrolmentTrigger("enrolled");

    private static (string Period, string Date, decimal Amount)[] Lines(SettlementResult result) =>
        [.. result.Lines.Select(l => (l.Period, l.Date.ToString("uuuu-MM-dd", null), l.Amount.Amount))];

    [Fact]
    public void Month_cut_by_as_of_counts_days_up_to_as_of_and_is_dated_the_month_end()
    {
        // Start 2026-01-01, no support, as_of 01-20: D = 20; 0.5 × (1 − 0.1) × 15000 × 20 / 31 = 135000 / 31
        // = 4354.8387… → 4354.84, dated 2026-01-31 (after as_of).
        SettlementResult r = SocialInvestment.Settlement.Run(Sharing(Enrolled, deadweight: 0.1m), [Person("anna", "2026-01-01")], [], [], D("2026-01-20"));

        Assert.Equal([("2026-01", "2026-01-31", 4354.84m)], Lines(r));
    }

    [Fact]
    public void Month_cut_by_the_window_end_counts_window_days_only()
    {
        // 4-week window [2026-01-01, 2026-01-28], as_of 2026-03-31: only January, D = 28;
        // 0.5 × 0.9 × 15000 × 28 / 31 = 189000 / 31 = 6096.7741… → 6096.77. No February line.
        SettlementResult r = SocialInvestment.Settlement.Run(Sharing(Enrolled, deadweight: 0.1m, windowWeeks: 4), [Person("anna", "2026-01-01")], [], [], D("2026-03-31"));

        Assert.Equal([("2026-01", "2026-01-31", 6096.77m)], Lines(r));
    }

    [Fact]
    public void Deadweight_reduces_the_share()
    {
        // Full January, no support: without deadweight 0.5 × 15000 × 31 / 31 = 7500.00; with 0.1: 0.5 × 0.9 × 15000 = 6750.00.
        Participant anna = Person("anna", "2026-01-01");

        Assert.Equal(7500.00m, SocialInvestment.Settlement.Run(Sharing(Enrolled), [anna], [], [], D("2026-01-31")).Lines.Single().Amount.Amount);
        Assert.Equal(6750.00m, SocialInvestment.Settlement.Run(Sharing(Enrolled, deadweight: 0.1m), [anna], [], [], D("2026-01-31")).Lines.Single().Amount.Amount);
    }

    [Fact]
    public void Months_before_the_gate_was_met_are_paid_too()
    {
        // Start 2026-01-05, kontanthjaelp 01-05 … 01-18 (weeks 0, 1); weeks 2 … 5 full → sustained 4 met on 02-15.
        // January: window days 01-05 … 01-31 = 27, minus 14 supported → D = 13; 0.5 × 15000 × 13 / 31 = 97500 / 31
        // = 3145.1612… → 3145.16. February (as_of 02-28): D = 28; 0.5 × 15000 × 28 / 28 = 7500.00.
        Contract contract = Sharing(new SustainedTrigger("job4", 4, SelfSupport.Full));
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-18")];

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("anna", "2026-01-05")], spells, [], D("2026-02-28"));

        Assert.Equal([("2026-01", "2026-01-31", 3145.16m), ("2026-02", "2026-02-28", 7500.00m)], Lines(r));
    }

    [Fact]
    public void No_month_is_paid_while_the_gate_is_not_met()
    {
        // As above with as_of 02-14: week 5 (ends 02-15) is not observed, so the gate is not met and there are no lines.
        Contract contract = Sharing(new SustainedTrigger("job4", 4, SelfSupport.Full));
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-05", "2026-01-18")];

        Assert.Empty(SocialInvestment.Settlement.Run(contract, [Person("anna", "2026-01-05")], spells, [], D("2026-02-14")).Lines);
    }

    [Fact]
    public void Month_fully_on_support_gives_a_line_of_zero()
    {
        // Support all January → D = 0 → amount 0.00, still written.
        SettlementResult r = SocialInvestment.Settlement.Run(Sharing(Enrolled), [Person("anna", "2026-01-01")], [Spell("anna", "kontanthjaelp", "2026-01-01")], [], D("2026-01-31"));

        Assert.Equal([("2026-01", "2026-01-31", 0m)], Lines(r));
    }

    [Fact]
    public void Partial_degrees_reduce_D_and_the_amount_is_divided_last_and_rounded_once()
    {
        // kontanthjaelp 0.3333 on 01-01 … 01-10: D = 31 − 10 × 0.3333 = 27.667;
        // 0.5 × 15000 × 27.667 / 31 = 207502.5 / 31 = 6693.629… → 6693.63.
        SettlementResult r = SocialInvestment.Settlement.Run(Sharing(Enrolled), [Person("anna", "2026-01-01")], [Spell("anna", "kontanthjaelp", "2026-01-01", "2026-01-10", 0.3333m)], [], D("2026-01-31"));

        Assert.Equal([("2026-01", "2026-01-31", 6693.63m)], Lines(r));
    }

    [Fact]
    public void Months_across_a_year_boundary_use_each_year_s_indexed_rate()
    {
        // Start 2026-12-28, share 1, as_of 2027-01-10. December: D = 4 at 15000: 15000 × 4 / 31 = 1935.4838… → 1935.48.
        // January 2027: rate 15000 × 1.02 = 15300.00, D = 10: 15300 × 10 / 31 = 4935.4838… → 4935.48.
        SettlementResult r = SocialInvestment.Settlement.Run(Sharing(Enrolled, share: 1m), [Person("anna", "2026-12-28")], [], [], D("2027-01-10"));

        Assert.Equal([("2026-12", "2026-12-31", 1935.48m), ("2027-01", "2027-01-31", 4935.48m)], Lines(r));
    }

    [Fact]
    public void Leap_february_has_29_days()
    {
        // Start 2028-02-24, support on 02-29 only, as_of 2028-03-02. Rate 2028 = 15606.00.
        // February: days 24 … 29 = 6, D = 5; 0.5 × 15606 × 5 / 29 = 39015 / 29 = 1345.3448… → 1345.34.
        // March: days 1, 2 → D = 2; 0.5 × 15606 × 2 / 31 = 15606 / 31 = 503.4193… → 503.42.
        SettlementResult r = SocialInvestment.Settlement.Run(Sharing(Enrolled), [Person("anna", "2028-02-24")], [Spell("anna", "kontanthjaelp", "2028-02-29", "2028-02-29")], [], D("2028-03-02"));

        Assert.Equal([("2028-02", "2028-02-29", 1345.34m), ("2028-03", "2028-03-31", 503.42m)], Lines(r));
    }

    [Fact]
    public void Without_a_monthly_cost_every_month_is_zero()
    {
        Contract contract = Contract([Enrolled], [new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m))]);

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("anna", "2026-01-01")], [], [], D("2026-02-10"));

        Assert.Equal([("2026-01", "2026-01-31", 0m), ("2026-02", "2026-02-28", 0m)], Lines(r));
        Assert.Equal(Money.Zero, r.GrossSaving);
    }

    [Fact]
    public void Window_starting_after_as_of_gives_no_month()
    {
        SettlementResult r = SocialInvestment.Settlement.Run(Sharing(Enrolled), [Person("anna", "2026-01-01")], [], [], D("2025-12-31"));

        Assert.Empty(r.Lines);
    }
}
