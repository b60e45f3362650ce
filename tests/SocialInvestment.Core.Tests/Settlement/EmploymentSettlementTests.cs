using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>
/// SPEC-DK DK3 through the settlement: a payment on an <c>employment</c> trigger is dated when the trigger is met, the
/// comparison group is measured on its own rates, and a contract with the trigger is refused without rates.
/// </summary>
public sealed class EmploymentSettlementTests
{
    private static readonly Contract Bonus = Fixtures.Contract(
        [new EnrolmentTrigger("enrolled"), new EmploymentTrigger("job25", 6, 0.25m)],
        [new FixedPayment("bonus", "job25", 25_000m)]);

    private static readonly YearMonth[] TwoYears = [.. Enumerable.Range(0, 24).Select(m => new YearMonth(2026, 1).PlusMonths(m))];

    /// <summary>Rates of 0.25 in each of the six months from <paramref name="first"/> for each of <paramref name="ids"/>.</summary>
    private static IEnumerable<EmploymentRate> SixMonthsAtAQuarter(YearMonth first, params string[] ids) =>
        ids.SelectMany(id => Enumerable.Range(0, 6).Select(m => new EmploymentRate(P(id), first.PlusMonths(m), 0.25m)));

    [Fact]
    public void A_fixed_payment_on_an_employment_trigger_is_one_line_dated_on_the_last_day_of_the_Nth_month()
    {
        // anna: 2026-02 … 2026-07 at 0.25, met 2026-07-31. bo: the same from 2026-08, met 2027-01-31, after as_of.
        // carl: rates in the extract but not in the cohort, skipped.
        var rates = new EmploymentRates(TwoYears, [.. SixMonthsAtAQuarter(new YearMonth(2026, 2), "anna", "carl"), .. SixMonthsAtAQuarter(new YearMonth(2026, 8), "bo")]);

        SettlementResult result = SocialInvestment.Settlement.Run(Bonus, [Person("anna", "2026-01-05"), Person("bo", "2026-01-05")], [], [], D("2026-12-31"), employmentRates: rates);

        SettlementLine line = Assert.Single(result.Lines);
        Assert.Equal(new LineKey(P("anna"), "bonus", "-"), line.Key);
        Assert.Equal(D("2026-07-31"), line.Date);
        Assert.Equal(M(25_000m), line.Payable);
        Assert.Null(result.Outcomes.Single(o => o.ParticipantId == P("bo")).DateMet("job25"));

        SettlementResult later = SocialInvestment.Settlement.Run(Bonus, [Person("anna", "2026-01-05"), Person("bo", "2026-01-05")], [], [], D("2027-01-31"), employmentRates: rates);
        Assert.Equal([D("2026-07-31"), D("2027-01-31")], later.Lines.Select(l => l.Date));
    }

    [Fact]
    public void A_contract_with_an_employment_trigger_and_no_rates_is_refused_naming_the_trigger()
    {
        ArgumentException none = Assert.Throws<ArgumentException>(() => SocialInvestment.Settlement.Run(Bonus, [Person("anna", "2026-01-05")], [], [], D("2026-12-31")));
        ArgumentException empty = Assert.Throws<ArgumentException>(() => SocialInvestment.Settlement.Run(Bonus, [Person("anna", "2026-01-05")], [], [], D("2026-12-31"), employmentRates: EmploymentRates.None));
        ArgumentException outcomes = Assert.Throws<ArgumentException>(() => SocialInvestment.Outcomes.Evaluate(Bonus, [Person("anna", "2026-01-05")], [], [], D("2026-12-31")));

        foreach (ArgumentException e in new[] { none, empty, outcomes })
        {
            Assert.Equal("employmentRates", e.ParamName);
            Assert.Contains("Trigger 'job25' is an employment trigger", e.Message, StringComparison.Ordinal);
            Assert.Contains("grad_YYYY_MM", e.Message, StringComparison.Ordinal);
        }

        Assert.Contains("no rates are given", none.Message, StringComparison.Ordinal);
        Assert.Contains("know no month", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_given_to_a_contract_without_an_employment_trigger_change_nothing()
    {
        Contract fee = Fixtures.Contract([new EnrolmentTrigger("enrolled")], [new FixedPayment("fee", "enrolled", 1_000m)]);
        var rates = new EmploymentRates(TwoYears, SixMonthsAtAQuarter(new YearMonth(2026, 2), "anna"));

        SettlementResult with = SocialInvestment.Settlement.Run(fee, [Person("anna", "2026-01-05")], [], [], D("2026-12-31"), employmentRates: rates);
        SettlementResult without = SocialInvestment.Settlement.Run(fee, [Person("anna", "2026-01-05")], [], [], D("2026-12-31"));

        Assert.Equal(without.Lines.Select(l => l.ToString()), with.Lines.Select(l => l.ToString()));
    }

    /// <summary>
    /// A bonus paid only where the cohort's share meeting job25 by 2026-12-31 is at least the comparison group's (Higher,
    /// margin 0). The cohort: t1 and t2 of four meet it (0.5).
    /// </summary>
    private static SettlementResult SettleAgainst(EmploymentRates? comparisonRates)
    {
        var gate = CohortGate.AgainstComparisonGroup("job25", GateDirection.Higher, 0m, new Dictionary<string, LocalDate> { ["c1"] = D("2026-12-31") });
        Contract contract = Fixtures.Contract(
            [new EnrolmentTrigger("enrolled"), new EmploymentTrigger("job25", 6, 0.25m)],
            [new FixedPayment("fee", "enrolled", 1_000m) { CohortGate = gate }]);
        Participant[] cohort = [.. new[] { "t1", "t2", "t3", "t4" }.Select(id => new Participant(P(id), D("2026-01-05"), cohort: "c1"))];
        Participant[] controls = [.. new[] { "k1", "k2", "k3", "k4" }.Select(id => new Participant(P(id), D("2026-01-05"), cohort: "c1"))];
        var rates = new EmploymentRates(TwoYears, SixMonthsAtAQuarter(new YearMonth(2026, 2), "t1", "t2"));
        return SocialInvestment.Settlement.Run(
            contract,
            cohort,
            [],
            [],
            D("2026-12-31"),
            comparisonGroup: new ComparisonGroup(controls, [], []) { EmploymentRates = comparisonRates },
            employmentRates: rates);
    }

    [Fact]
    public void The_comparison_group_is_measured_on_its_own_rates()
    {
        // All four controls meet job25 on their own rates (1.0 > 0.5): not paid. None does (0 ≤ 0.5): paid. Measured on
        // the cohort's rates instead, no control would ever meet it.
        var allMeet = new EmploymentRates(TwoYears, SixMonthsAtAQuarter(new YearMonth(2026, 2), "k1", "k2", "k3", "k4"));
        var noneMeets = new EmploymentRates(TwoYears, SixMonthsAtAQuarter(new YearMonth(2026, 2), "t1", "t2"));

        Assert.Equal(Money.Zero, SettleAgainst(allMeet).Totals.Payable);
        Assert.Equal(M(4_000m), SettleAgainst(noneMeets).Totals.Payable);
    }

    [Fact]
    public void A_comparison_group_without_rates_is_refused_naming_the_group_and_the_trigger()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => SettleAgainst(null));

        Assert.Equal("comparisonGroup", e.ParamName);
        Assert.StartsWith("The comparison group: Trigger 'job25' is an employment trigger", e.Message, StringComparison.Ordinal);
    }
}
