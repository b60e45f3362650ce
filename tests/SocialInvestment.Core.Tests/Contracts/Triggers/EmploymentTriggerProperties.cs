using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts.Triggers;

/// <summary>The employment rule (SPEC-DK DK3) against its text, over random windows, known months, rates and prerequisites.</summary>
public sealed class EmploymentTriggerProperties
{
    private static readonly YearMonth FirstMonth = new(2025, 11);

    private static readonly Gen<decimal> Rates = Gen.OneOf(
        Gen.Elements(0m, 0m, 0.1m, 0.25m, 0.5m, 1m),
        Gen.Choose(0, 10_000).Select(k => k / 10_000m));

    private sealed record Case(
        LocalDate Start,
        int WindowWeeks,
        int Months,
        decimal MinRate,
        bool[] Known,
        decimal[] Rates,
        LocalDate AsOf,
        LocalDate? Hired)
    {
        internal static YearMonth MonthAt(int i) => FirstMonth.PlusMonths(i);

        public override string ToString() =>
            $"start {Start}, {WindowWeeks} weeks, N {Months}, min {MinRate}, as_of {AsOf}, hired {Hired}; "
            + string.Join(" ", Enumerable.Range(0, Known.Length).Select(i => Known[i] ? $"{MonthAt(i):uuuu-MM}={Rates[i]}" : $"{MonthAt(i):uuuu-MM}=?"));
    }

    private static readonly Arbitrary<Case> Cases =
        (from startDay in Gen.Choose(0, 400)
         from windowWeeks in Gen.Choose(1, 80)
         from months in Gen.Choose(1, 6)
         from minRate in Gen.Elements(0.0001m, 0.1m, 0.25m, 0.5m, 0.75m, 1m)
         from known in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false))).ArrayOf(36)
         from rates in Rates.ArrayOf(36)
         from asOfDay in Gen.Choose(0, 1000)
         from hiredDay in Gen.Choose(-1, 700)
         let start = new LocalDate(2025, 11, 1).PlusDays(startDay)
         select new Case(start, windowWeeks, months, minRate, known, rates, new LocalDate(2025, 11, 1).PlusDays(asOfDay), hiredDay < 0 ? null : start.PlusDays(hiredDay - 100)))
        .ToArbitrary();

    /// <summary>The rule as SPEC-DK DK3 and docs/calculation.md word it, month by month, with no shortcut.</summary>
    private static LocalDate? AsWorded(Case c)
    {
        LocalDate windowStart = c.Start;
        LocalDate windowEnd = c.Start.PlusDays((7 * c.WindowWeeks) - 1);
        if (c.Hired is { } hired && !(hired >= windowStart && hired <= windowEnd && hired <= c.AsOf))
        {
            // The prerequisite (an event inside the window, by as_of) is not met, so neither is the trigger.
            return null;
        }

        bool EligibleAndKnown(int i)
        {
            if (i < 0 || i >= c.Known.Length)
            {
                return false;
            }

            LocalDate first = Case.MonthAt(i).OnDayOfMonth(1);
            LocalDate last = first.PlusMonths(1).PlusDays(-1);
            return first >= windowStart && last <= windowEnd && last <= c.AsOf && (c.Hired is not { } p || first >= p) && c.Known[i];
        }

        for (int m = 0; m < c.Known.Length; m++)
        {
            if (Enumerable.Range(m - c.Months + 1, c.Months).All(EligibleAndKnown)
                && Enumerable.Range(m - c.Months + 1, c.Months).Sum(i => c.Rates[i]) >= c.Months * c.MinRate)
            {
                return Case.MonthAt(m).OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
            }
        }

        return null;
    }

    private static LocalDate? Measured(Case c)
    {
        Contract contract = Fixtures.Contract(
            [new EventTrigger("hired", "job_start"), new EmploymentTrigger("job", c.Months, c.MinRate) { After = c.Hired is null ? null : "hired" }],
            windowWeeks: c.WindowWeeks);
        var rates = new EmploymentRates(
            Enumerable.Range(0, c.Known.Length).Where(i => c.Known[i]).Select(Case.MonthAt),
            Enumerable.Range(0, c.Known.Length).Where(i => c.Known[i]).Select(i => new EmploymentRate(P("anna"), Case.MonthAt(i), c.Rates[i])));
        OutcomeEvent[] events = c.Hired is { } hired ? [new OutcomeEvent(P("anna"), "job_start", hired)] : [];
        return SocialInvestment.Outcomes.Evaluate(contract, [new Participant(P("anna"), c.Start)], [], events, c.AsOf, employmentRates: rates.Months.Count > 0 ? rates : new EmploymentRates([FirstMonth.PlusMonths(-12)], [])).Single().DateMet("job");
    }

    [Property(MaxTest = 2_000)]
    public Property The_date_met_is_the_one_the_rule_s_text_gives() => Prop.ForAll(Cases, c => Assert.Equal(AsWorded(c), Measured(c)));

    [Property(MaxTest = 2_000)]
    public Property The_date_met_is_the_last_day_of_a_month_inside_the_window_and_on_or_before_as_of() => Prop.ForAll(Cases, c =>
    {
        if (Measured(c) is { } met)
        {
            Assert.Equal(1, met.PlusDays(1).Day);
            Assert.True(met.PlusDays(1).PlusMonths(-1) >= c.Start, "the month begins inside the window");
            Assert.True(met <= c.Start.PlusDays((7 * c.WindowWeeks) - 1), "the month ends inside the window");
            Assert.True(met <= c.AsOf, "on or before as_of");
        }
    });
}
