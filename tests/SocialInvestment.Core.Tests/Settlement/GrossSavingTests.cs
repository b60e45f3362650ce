using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC §8: the gross saving, Σ (1 − s(d)) × rate / dim over window days ≤ as_of, rounded once per participant.</summary>
public sealed class GrossSavingTests
{
    [Fact]
    public void Gross_saving_counts_every_participant_with_no_share_or_deadweight()
    {
        // The gate (sustained 52 weeks) is never met, so there are no lines, but the saving is still counted:
        // a: 01-01 … 01-10 no support: 15000 × 10 / 31 = 4838.7096… → 4838.71.
        // b: 0.3333 support all along: 15000 × (10 − 3.333) / 31 = 100005 / 31 = 3225.9677… → 3225.97.
        // Sum 8064.68.
        Contract contract = Contract(
            [new SustainedTrigger("job52", 52, SelfSupport.Full)],
            [new ShareOfSavingsPayment("shared", "job52", Share.FromDecimal(0.5m), 0.1m)],
            monthlyCost: new MonthlyCost(15000m, 2026, 0.02m));

        SettlementResult r = SocialInvestment.Settlement.Run(
            contract, [Person("a", "2026-01-01"), Person("b", "2026-01-01")], [Spell("b", "kontanthjaelp", "2025-06-01", null, 0.3333m)], [], D("2026-01-10"));

        Assert.Empty(r.Lines);
        Assert.Equal(M(4838.71m), r.GrossSavings[P("a")]);
        Assert.Equal(M(3225.97m), r.GrossSavings[P("b")]);
        Assert.Equal(M(8064.68m), r.GrossSaving);
    }

    [Fact]
    public void Gross_saving_is_rounded_once_per_participant_not_per_month()
    {
        // Start 2026-01-31, as_of 2026-02-01: 15000 / 31 + 15000 / 28 = 483.8709… + 535.7142… = 1019.5852… → 1019.59
        // (rounding each month first would give 483.87 + 535.71 = 1019.58).
        Contract contract = Contract(monthlyCost: new MonthlyCost(15000m, 2026));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-31")], [], [], D("2026-02-01"));

        Assert.Equal(M(1019.59m), r.GrossSaving);
    }

    [Fact]
    public void Gross_saving_uses_the_rate_of_each_day_s_year()
    {
        // Start 2026-12-31, as_of 2027-01-01, 2 %: 15000 / 31 + 15300 / 31 = 30300 / 31 = 977.4193… → 977.42.
        Contract contract = Contract(monthlyCost: new MonthlyCost(15000m, 2026, 0.02m));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-12-31")], [], [], D("2027-01-01"));

        Assert.Equal(M(977.42m), r.GrossSaving);
    }

    [Fact]
    public void Gross_saving_stops_at_the_window_end()
    {
        // 1-week window from 2026-01-01: 15000 × 7 / 31 = 3387.0967… → 3387.10, however late as_of is.
        Contract contract = Contract(windowWeeks: 1, monthlyCost: new MonthlyCost(15000m, 2026));

        Assert.Equal(M(3387.10m), SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-01")], [], [], D("2026-12-31")).GrossSaving);
    }

    [Fact]
    public void Gross_saving_by_month_parts_each_participant_by_running_totals_so_the_months_sum_to_the_gross_saving()
    {
        // Start 2026-01-31, as_of 2026-02-01: S_1 = 15000 / 31 = 483.8709… → 483.87; S_2 = 1019.5852… → 1019.59, so
        // February gets 1019.59 − 483.87 = 535.72 (its own 535.7142… would round to 535.71 and lose the øre).
        Contract contract = Contract(monthlyCost: new MonthlyCost(15000m, 2026));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-31")], [], [], D("2026-02-01"));

        Assert.Equal(
            [KeyValuePair.Create(new YearMonth(2026, 1), M(483.87m)), KeyValuePair.Create(new YearMonth(2026, 2), M(535.72m))],
            r.GrossSavingByMonth);
        Assert.Equal(r.GrossSaving, r.GrossSavingByMonth.Aggregate(Money.Zero, (sum, m) => sum + m.Value));
    }

    [Fact]
    public void Gross_saving_by_month_adds_the_participants_and_covers_every_month_between()
    {
        // a: 2026-01-01 … 2026-01-07 (1-week window): 15000 × 7 / 31 = 3387.0967… → 3387.10 in January.
        // b: starts 2026-03-30, as_of 2026-03-31: 15000 × 2 / 31 = 967.7419… → 967.74 in March.
        // February holds no observed day of anyone: 0.00, so the months run without a gap.
        Contract contract = Contract(windowWeeks: 1, monthlyCost: new MonthlyCost(15000m, 2026));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-01"), Person("b", "2026-03-30")], [], [], D("2026-03-31"));

        Assert.Equal(
            [
                KeyValuePair.Create(new YearMonth(2026, 1), M(3387.10m)),
                KeyValuePair.Create(new YearMonth(2026, 2), Money.Zero),
                KeyValuePair.Create(new YearMonth(2026, 3), M(967.74m)),
            ],
            r.GrossSavingByMonth);
    }

    [Fact]
    public void Gross_saving_by_month_is_empty_where_no_window_day_is_observed()
    {
        Contract contract = Contract(monthlyCost: new MonthlyCost(15000m, 2026));

        Assert.Empty(SocialInvestment.Settlement.Run(contract, [Person("a", "2026-03-01")], [], [], D("2026-02-01")).GrossSavingByMonth);
        Assert.Empty(SocialInvestment.Settlement.Run(contract, [], [], [], D("2026-02-01")).GrossSavingByMonth);
    }
}
