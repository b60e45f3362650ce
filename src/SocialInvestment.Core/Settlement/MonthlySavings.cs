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

    internal static MonthlySavings Of(ParticipantEvaluation evaluation, MonthlyRates rates)
    {
        SupportTimeline timeline = evaluation.Timeline;
        if (timeline.LastDay < timeline.FirstDay)
        {
            return new MonthlySavings([], Money.Zero);
        }

        var months = new MonthlySaving[timeline.Months];
        YearMonth month = DayNumber.ToDate(timeline.FirstDay).ToYearMonth();
        int firstOfMonth = DayNumber.Of(month.OnDayOfMonth(1));
        int cursor = 0;
        for (int m = 0; m < months.Length; m++)
        {
            int days = DateTime.DaysInMonth(month.Year, month.Month);
            int lastOfMonth = firstOfMonth + days - 1;
            int from = Math.Max(timeline.FirstDay, firstOfMonth);
            int to = Math.Min(timeline.LastDay, lastOfMonth);
            months[m] = new MonthlySaving(month, lastOfMonth, days, timeline.SelfSupportedDays(from, to, ref cursor), rates.For(month.Year));
            month = month.PlusMonths(1);
            firstOfMonth = lastOfMonth + 1;
        }

        return new MonthlySavings(months, GrossOf(months));
    }

    /// <summary>Σ rate × D / days_in_month over the months, rounded once: in 128-bit arithmetic, unbounded where that overflows.</summary>
    private static Money GrossOf(MonthlySaving[] months)
    {
        try
        {
            var sum = default(ExactQuotientSum);
            foreach (MonthlySaving month in months)
            {
                sum.Add(month.Rate.Amount, month.SelfSupportedDays, month.DaysInMonth);
            }

            return sum.RoundToMoney();
        }
        catch (OverflowException)
        {
            Fraction gross = Fraction.Zero;
            foreach (MonthlySaving month in months)
            {
                gross = gross.Plus(month.Gross);
            }

            return gross.RoundToMoney();
        }
    }
}
