using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A participant's savings, month by month over the window's days up to <c>as_of</c>, and their gross sum. One per chunk
/// of participants, refilled for each: the months of a million participants are never held at once.
/// </summary>
internal sealed class MonthlySavings
{
    private MonthlySaving[] _months = new MonthlySaving[64];
    private int _count;

    /// <summary>Each calendar month holding a window day on or before <c>as_of</c>, from the window's first month.</summary>
    internal ReadOnlySpan<MonthlySaving> Months => _months.AsSpan(0, _count);

    /// <summary>The gross saving, rounded once (SPEC §8).</summary>
    internal Money Gross { get; private set; }

    /// <summary>Computes the months of <paramref name="evaluation"/>'s participant, replacing those of the one before.</summary>
    internal void Fill(ParticipantEvaluation evaluation, MonthlyRates rates)
    {
        SupportTimeline timeline = evaluation.Timeline;
        _count = timeline.Months;
        if (_count > _months.Length)
        {
            _months = new MonthlySaving[Math.Max(_count, _months.Length * 2)];
        }

        if (_count == 0)
        {
            Gross = Money.Zero;
            return;
        }

        YearMonth month = DayNumber.ToDate(timeline.FirstDay).ToYearMonth();
        int firstOfMonth = DayNumber.Of(month.OnDayOfMonth(1));
        int cursor = 0;
        for (int m = 0; m < _count; m++)
        {
            int days = DateTime.DaysInMonth(month.Year, month.Month);
            int lastOfMonth = firstOfMonth + days - 1;
            int from = Math.Max(timeline.FirstDay, firstOfMonth);
            int to = Math.Min(timeline.LastDay, lastOfMonth);
            _months[m] = new MonthlySaving(month, lastOfMonth, days, timeline.SelfSupportedDays(from, to, ref cursor), rates.For(month.Year));
            month = month.PlusMonths(1);
            firstOfMonth = lastOfMonth + 1;
        }

        Gross = GrossOf(Months);
    }

    /// <summary>Σ rate × D / days_in_month over the months, rounded once: in 128-bit arithmetic, unbounded where that overflows.</summary>
    private static Money GrossOf(ReadOnlySpan<MonthlySaving> months)
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
