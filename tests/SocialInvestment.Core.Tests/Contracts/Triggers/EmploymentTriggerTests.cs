using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts.Triggers;

// SPEC-DK DK3. Anna starts Monday 2026-01-05; the window of 104 weeks is [2026-01-05, 2028-01-02]. Its eligible months
// are 2026-02 … 2027-12: January 2026 begins before the window, January 2028 ends after it.

public sealed class EmploymentTriggerTests
{
    private static readonly Participant Anna = Person("anna", "2026-01-05");

    private static readonly Contract Job25 = Fixtures.Contract([new EmploymentTrigger("job25", 6, 0.25m)]);

    /// <summary>The months of 2026 and 2027, all known.</summary>
    private static readonly YearMonth[] TwoYears = [.. Enumerable.Range(0, 24).Select(m => new YearMonth(2026, 1).PlusMonths(m))];

    private static YearMonth Month(string yearMonth) => new(int.Parse(yearMonth[..4]), int.Parse(yearMonth[5..]));

    /// <summary>Rates of one person: month (yyyy-MM) → rate; every other month of <paramref name="known"/> is 0.</summary>
    private static EmploymentRates Rates(string id, IEnumerable<YearMonth> known, params (string Month, decimal Rate)[] rates) =>
        new(known, rates.Select(r => new EmploymentRate(P(id), Month(r.Month), r.Rate)));

    /// <summary>The same rate in each month of a run, from <paramref name="first"/> for <paramref name="count"/> months.</summary>
    private static (string, decimal)[] Run(string first, int count, decimal rate) =>
        [.. Enumerable.Range(0, count).Select(m => (Month(first).PlusMonths(m).ToString("uuuu-MM", null), rate))];

    private static LocalDate? DateMet(Contract contract, Participant person, EmploymentRates rates, string asOf, string trigger = "job25", IEnumerable<OutcomeEvent>? events = null) =>
        SocialInvestment.Outcomes.Evaluate(contract, [person], [], events ?? [], D(asOf), employmentRates: rates).Single().DateMet(trigger);

    [Fact]
    public void Employment_trigger_is_met_on_the_last_day_of_the_Nth_month_whose_rates_reach_N_times_the_least_rate()
    {
        // 2026-02 … 2026-07 at 0.25: six months summing to 1.5 = 6 × 0.25, met on the last day of July.
        EmploymentRates rates = Rates("anna", TwoYears, Run("2026-02", 6, 0.25m));

        Assert.Equal(D("2026-07-31"), DateMet(Job25, Anna, rates, "2026-12-31"));
    }

    [Fact]
    public void The_average_counts_not_each_month()
    {
        // 0, 0, 0, 0.5, 0.5, 0.5 from 2026-02: 1.5 by July although three months are 0.
        EmploymentRates rates = Rates("anna", TwoYears, Run("2026-05", 3, 0.5m));

        Assert.Equal(D("2026-07-31"), DateMet(Job25, Anna, rates, "2026-12-31"));
    }

    [Theory]
    [InlineData("0.25", "2026-07-31")]
    [InlineData("0.2499", null)]
    public void The_sum_is_compared_exactly_with_N_times_the_least_rate(string last, string? met)
    {
        // Five months at 0.25 and one at 0.25 or 0.2499: 1.5 meets, 1.4999 does not (the months after are 0).
        EmploymentRates rates = Rates("anna", TwoYears, [.. Run("2026-02", 5, 0.25m), ("2026-07", decimal.Parse(last, System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(met is null ? null : D(met), DateMet(Job25, Anna, rates, "2026-12-31"));
    }

    [Theory]
    [InlineData("0.2499999999999999999999999995", "2026-07-31")]
    [InlineData("0.2499999999999999999999999994", null)]
    public void The_sum_is_exact_where_a_decimal_sum_would_round(string last, string? met)
    {
        // Five months at 0.25 + 10^-28 and one at 0.25 − 5 × 10^-28 sum to exactly 1.5; one at 0.25 − 6 × 10^-28 falls
        // 10^-28 short. A decimal holds 1.5000000000000000000000000005 only rounded, so the sum is kept in whole units.
        EmploymentRates rates = Rates(
            "anna",
            TwoYears,
            [.. Run("2026-02", 5, 0.2500000000000000000000000001m), ("2026-07", decimal.Parse(last, System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(met is null ? null : D(met), DateMet(Job25, Anna, rates, "2026-12-31"));
    }

    [Fact]
    public void A_month_that_begins_before_the_window_start_is_not_eligible()
    {
        // January 2026 at 1 and 2026-02 … 2026-07 at 0.1: with January, 1 + 5 × 0.1 = 1.5 would meet by June; January
        // begins before W0 = 2026-01-05, so the first run is 2026-02 … 2026-07 = 0.6, and nothing later.
        EmploymentRates rates = Rates("anna", TwoYears, [("2026-01", 1m), .. Run("2026-02", 6, 0.1m)]);

        Assert.Null(DateMet(Job25, Anna, rates, "2027-12-31"));

        // Starting on the first of January, the same January lies wholly inside the window, and counts.
        Assert.Equal(D("2026-06-30"), DateMet(Job25, Person("anna", "2026-01-01"), rates, "2027-12-31"));
    }

    [Fact]
    public void A_month_that_ends_after_the_window_is_not_eligible()
    {
        // The window ends 2028-01-02, so January 2028 is partly outside it: rates of 1 in 2027-08 … 2028-01 are six
        // months, but only five of them (2027-08 … 2027-12) are eligible, and N = 6 needs six in a row.
        YearMonth[] known = [.. Enumerable.Range(0, 25).Select(m => new YearMonth(2026, 1).PlusMonths(m))];
        EmploymentRates rates = Rates("anna", known, [.. Run("2027-08", 6, 1m)]);
        Contract lastSix = Fixtures.Contract([new EmploymentTrigger("job25", 6, 0.9m)]);

        Assert.Null(DateMet(lastSix, Anna, rates, "2028-06-30"));

        // With 2027-07 at 1 too, 2027-07 … 2027-12 is six eligible months.
        EmploymentRates longer = Rates("anna", known, [.. Run("2027-07", 7, 1m)]);
        Assert.Equal(D("2027-12-31"), DateMet(lastSix, Anna, longer, "2028-06-30"));
    }

    [Fact]
    public void A_month_that_ends_after_as_of_is_not_eligible()
    {
        EmploymentRates rates = Rates("anna", TwoYears, Run("2026-02", 6, 0.25m));

        Assert.Null(DateMet(Job25, Anna, rates, "2026-07-30"));
        Assert.Equal(D("2026-07-31"), DateMet(Job25, Anna, rates, "2026-07-31"));
    }

    [Fact]
    public void An_unknown_month_breaks_the_run()
    {
        // N = 3, least rate 0.25, every known month at 0.5. With April known (at 0), Feb + Mar + Apr = 1.0 ≥ 0.75 meets
        // at the end of April; with April unknown (no grad_ column), the run begins again in May: May … July.
        Contract job3 = Fixtures.Contract([new EmploymentTrigger("job25", 3, 0.25m)]);
        (string, decimal)[] given = [("2026-02", 0.5m), ("2026-03", 0.5m), ("2026-05", 0.5m), ("2026-06", 0.5m), ("2026-07", 0.5m)];

        Assert.Equal(D("2026-04-30"), DateMet(job3, Anna, Rates("anna", TwoYears, given), "2026-12-31"));
        Assert.Equal(D("2026-07-31"), DateMet(job3, Anna, Rates("anna", TwoYears.Where(m => m != new YearMonth(2026, 4)), given), "2026-12-31"));
    }

    [Fact]
    public void Months_the_extract_does_not_reach_are_unknown()
    {
        // Known 2026-01 … 2026-06 only: 2026-02 … 2026-06 is five eligible, known months, never six.
        EmploymentRates rates = Rates("anna", TwoYears.Take(6), Run("2026-02", 5, 1m));

        Assert.Null(DateMet(Job25, Anna, rates, "2027-12-31"));
    }

    [Fact]
    public void One_month_is_met_at_the_end_of_the_first_month_at_or_above_the_least_rate()
    {
        Contract job1 = Fixtures.Contract([new EmploymentTrigger("job25", 1, 0.25m)]);
        EmploymentRates rates = Rates("anna", TwoYears, ("2026-02", 0.2m), ("2026-03", 0.25m), ("2026-04", 1m));

        Assert.Equal(D("2026-03-31"), DateMet(job1, Anna, rates, "2026-12-31"));
    }

    [Fact]
    public void Met_on_the_last_day_of_February_in_a_leap_year()
    {
        Contract job1 = Fixtures.Contract([new EmploymentTrigger("job25", 1, 1m)]);
        YearMonth[] known = [new YearMonth(2028, 2)];

        Assert.Equal(D("2028-02-29"), DateMet(job1, Person("anna", "2027-06-01"), Rates("anna", known, ("2028-02", 1m)), "2028-12-31"));
    }

    [Fact]
    public void A_participant_with_no_rate_above_0_never_meets_it()
    {
        EmploymentRates rates = Rates("bo", TwoYears, Run("2026-02", 6, 1m));

        Assert.Null(DateMet(Job25, Anna, rates, "2027-12-31"));
    }

    [Fact]
    public void A_window_from_the_programme_end_counts_months_after_it()
    {
        // Programme 2026-01-05 … 2026-05-24 (20 weeks): W0 = 2026-05-25, so June 2026 is the first eligible month; the
        // months of the programme do not count.
        Contract fromEnd = Fixtures.Contract([new EmploymentTrigger("job25", 6, 0.25m)], from: WindowAnchor.End);
        EmploymentRates rates = Rates("anna", TwoYears, Run("2026-01", 11, 0.25m));

        Assert.Equal(D("2026-11-30"), DateMet(fromEnd, Anna, rates, "2027-12-31"));
    }

    [Theory]
    [InlineData("2026-03-01", "2026-05-31")]
    [InlineData("2026-03-02", "2026-06-30")]
    [InlineData("2026-03-31", "2026-06-30")]
    public void After_a_prerequisite_only_months_that_begin_on_or_after_its_date_count(string hired, string met)
    {
        // Every month at 0.25, N = 3. Without a prerequisite: 2026-02 … 2026-04, met 04-30. Hired on the first of March,
        // March counts (met 05-31); hired later in March, the first month is April (met 06-30).
        Contract contract = Fixtures.Contract(
        [
            new EventTrigger("hired", "job_start"),
            new EmploymentTrigger("job25", 3, 0.25m) { After = "hired" },
            new EmploymentTrigger("plain", 3, 0.25m),
        ]);
        EmploymentRates rates = Rates("anna", TwoYears, Run("2026-01", 24, 0.25m));

        ParticipantOutcome outcome = SocialInvestment.Outcomes.Evaluate(contract, [Anna], [], [Event("anna", "job_start", hired)], D("2027-12-31"), employmentRates: rates).Single();

        Assert.Equal(D(met), outcome.DateMet("job25"));
        Assert.Equal(D("2026-04-30"), outcome.DateMet("plain"));
    }

    [Fact]
    public void After_a_prerequisite_that_is_not_met_it_is_not_met()
    {
        Contract contract = Fixtures.Contract([new EventTrigger("hired", "job_start"), new EmploymentTrigger("job25", 3, 0.25m) { After = "hired" }]);

        Assert.Null(DateMet(contract, Anna, Rates("anna", TwoYears, Run("2026-01", 24, 1m)), "2027-12-31"));
    }

    [Fact]
    public void An_employment_trigger_is_its_own_kind_and_needs_rates_not_spells()
    {
        var trigger = new EmploymentTrigger("job25", 6, 0.25m);

        Assert.Equal("employment", trigger.Kind);
        Assert.Equal(6, trigger.Months);
        Assert.Equal(0.25m, trigger.MinRate);
        Assert.False(trigger.NeedsSpells);
        Assert.True(trigger.NeedsEmploymentRates);
        Assert.False(new EnrolmentTrigger("enrolled").NeedsEmploymentRates);
        Assert.False(Job25.NeedsSpells);
    }

    [Fact]
    public void A_contract_names_its_first_employment_trigger()
    {
        Contract contract = Fixtures.Contract([new EnrolmentTrigger("enrolled"), new EmploymentTrigger("job25", 6, 0.25m), new EmploymentTrigger("job50", 6, 0.5m)]);

        Assert.Equal("job25", contract.EmploymentRatesTrigger?.Id);
        Assert.Null(Fixtures.Contract([new EnrolmentTrigger("enrolled")]).EmploymentRatesTrigger);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(EmploymentTrigger.MaxMonths + 1)]
    public void Months_are_1_to_MaxMonths(int months)
    {
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => new EmploymentTrigger("job", months, 0.25m)).ParamName);
        Assert.Equal(EmploymentTrigger.MaxMonths, new EmploymentTrigger("job", EmploymentTrigger.MaxMonths, 0.25m).Months);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.0000000001")]
    [InlineData("1.5")]
    public void The_least_rate_is_above_0_and_at_most_1(string minRate)
    {
        decimal rate = decimal.Parse(minRate, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("minRate", Assert.Throws<ArgumentOutOfRangeException>(() => new EmploymentTrigger("job", 6, rate)).ParamName);
        Assert.Equal(1m, new EmploymentTrigger("job", 6, 1m).MinRate);
        Assert.Equal(0.0001m, new EmploymentTrigger("job", 6, 0.0001m).MinRate);
    }
}
