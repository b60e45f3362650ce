using NodaTime;

namespace SocialInvestment;

/// <summary>A participant's savings, month by month over the window's days up to <c>as_of</c>, and their gross sum.</summary>
internal sealed class MonthlySavings
{
    private MonthlySavings(MonthlySaving[] months, Money gross)
    {
        Months = months;
        Gross = gross;
    }

    /// <summary>Each calendar month holding a window day on or before <c>as_of</c>, from the window's first month.</summary>
    internal MonthlySaving[] Months { get; }

    /// <summary>The gross saving, rounded once (SPEC §8).</summary>
    internal Money Gross { get; }

    internal static MonthlySavings Of(ParticipantEvaluation evaluation, MonthlyCost? monthlyCost)
    {
        SupportTimeline timeline = evaluation.Timeline;
        if (timeline.LastDay < timeline.FirstDay)
        {
            return new MonthlySavings([], Money.Zero);
        }

        LocalDate first = DayNumber.ToDate(timeline.FirstDay);
        LocalDate last = DayNumber.ToDate(timeline.LastDay);
        var months = new List<MonthlySaving>();
        Fraction gross = Fraction.Zero;
        int cursor = 0;
        int cachedYear = 0;
        Money rate = Money.Zero;
        for (YearMonth month = first.ToYearMonth(); month <= last.ToYearMonth(); month = month.PlusMonths(1))
        {
            if (month.Year != cachedYear)
            {
                cachedYear = month.Year;
                rate = monthlyCost?.RateFor(month.Year) ?? Money.Zero;
            }

            int from = Math.Max(timeline.FirstDay, DayNumber.Of(month.OnDayOfMonth(1)));
            int to = Math.Min(timeline.LastDay, DayNumber.Of(month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month))));
            var saving = new MonthlySaving(month, timeline.SelfSupportedDays(from, to, ref cursor), rate);
            months.Add(saving);
            gross = gross.Plus(saving.Gross);
        }

        return new MonthlySavings([.. months], gross.RoundToMoney());
    }
}
