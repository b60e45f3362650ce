using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC-DK DK4: a participant's own monthly cost, indexed as the contract's, replaces its rate in §7 and §8.</summary>
public sealed class OwnMonthlyCostTests
{
    [Fact]
    public void An_own_monthly_cost_replaces_the_contracts_rate_in_the_gross_saving_and_the_share_of_savings()
    {
        // public-dk-1's P2: 15,500 a month, March 2026 (31 days), window days Mar 4–31 = 28 self-supported days:
        // 15500 × 28 / 31 = 14,000.00; P1 on the contract's 31,000 from Mar 2: 31000 × 30 / 31 = 30,000.00.
        Contract contract = Contract(
            [new EnrolmentTrigger("enrolled")],
            [new ShareOfSavingsPayment("gross", "enrolled", Share.FromDecimal(1m), 0m)],
            windowWeeks: 5,
            monthlyCost: new MonthlyCost(31000m, 2026));
        Participant p2 = new(P("P2"), D("2026-03-04")) { MonthlyCost = 15500m };

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("P1", "2026-03-02"), p2], [], [], D("2026-03-31"));

        Assert.Equal(M(30000m), r.GrossSavings[P("P1")]);
        Assert.Equal(M(14000m), r.GrossSavings[P("P2")]);
        Assert.Equal([M(30000m), M(14000m)], r.Lines.Select(l => l.Amount));
    }

    [Fact]
    public void An_own_monthly_cost_is_indexed_from_the_contracts_base_year_and_rounded_before_use()
    {
        // Base year 2025, 3 %: 10,000.01 in 2026 is round(10300.0103) = 10,300.01; January 2027 is round(10609.010609) =
        // 10,609.01. Start 2026-12-31, as_of 2027-01-01: 10300.01 / 31 + 10609.01 / 31 = 20909.02 / 31 = 674.4845… → 674.48.
        Contract contract = Contract(monthlyCost: new MonthlyCost(15000m, 2025, 0.03m));
        Participant a = new(P("a"), D("2026-12-31")) { MonthlyCost = 10000.01m };

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [a], [], [], D("2027-01-01"));

        Assert.Equal(M(674.48m), r.GrossSaving);
    }

    [Fact]
    public void An_own_monthly_cost_of_0_saves_nothing()
    {
        Contract contract = Contract(monthlyCost: new MonthlyCost(15000m, 2026));
        Participant a = new(P("a"), D("2026-01-01")) { MonthlyCost = 0m };

        Assert.Equal(Money.Zero, SocialInvestment.Settlement.Run(contract, [a], [], [], D("2026-01-31")).GrossSaving);
    }

    [Fact]
    public void A_negative_own_monthly_cost_is_refused()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new Participant(P("a"), D("2026-01-01")) { MonthlyCost = -0.01m });

        Assert.Equal("MonthlyCost", e.ParamName);
    }

    [Fact]
    public void An_own_monthly_cost_without_the_contracts_monthly_cost_is_refused()
    {
        Participant a = new(P("a"), D("2026-01-01")) { MonthlyCost = 100m };

        ArgumentException e = Assert.Throws<ArgumentException>(() => SocialInvestment.Settlement.Run(Contract(), [a], [], [], D("2026-01-31")));

        Assert.Equal("participants", e.ParamName);
        Assert.Contains("monthly_cost", e.Message, StringComparison.Ordinal);
    }
}
