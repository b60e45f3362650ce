using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A participant's savings, month by month over the window's days up to <c>as_of</c>, and their gross sum. One per chunk
/// of participants, refilled for each: the months of a million participants are never held at once.
/// </summary>
internal sealed class MonthlySavings
{
    private MonthlySaving[] _months = new MonthlySaving[64];
    private long[] _cents = new long[64];
    private long[] _municipalCents = new long[64];
    private bool _municipal;
    private int _count;

    /// <summary>Each calendar month holding a window day on or before <c>as_of</c>, from the window's first month.</summary>
    internal ReadOnlySpan<MonthlySaving> Months => _months.AsSpan(0, _count);

    /// <summary>The gross saving, rounded once (SPEC §8).</summary>
    internal Money Gross { get; private set; }

    /// <summary>
    /// For each of <see cref="Months"/>, its part of <see cref="Gross"/> in hundredths, by running totals:
    /// <c>round(S_k) − round(S_(k−1))</c> with <c>S_k</c> the exact saving of the first k months, so that the parts sum to
    /// <see cref="Gross"/> exactly (docs/economics.md).
    /// </summary>
    internal ReadOnlySpan<long> MonthCents => _cents.AsSpan(0, _count);

    /// <summary>The municipal saving (SPEC-DK DK5): Σ rate × Σ (1 − s(d)) × m(d) / days_in_month, rounded once; 0 without a municipal share.</summary>
    internal Money Municipal { get; private set; }

    /// <summary>
    /// For each of <see cref="Months"/>, its part of <see cref="Municipal"/> in hundredths, by running totals as
    /// <see cref="MonthCents"/>; empty without a municipal share.
    /// </summary>
    internal ReadOnlySpan<long> MunicipalMonthCents => _municipal ? _municipalCents.AsSpan(0, _count) : [];

    /// <summary>
    /// Computes the months of <paramref name="evaluation"/>'s participant, replacing those of the one before; with
    /// <paramref name="municipal"/> (filled for the participant), the months' municipal days and the municipal saving too.
    /// </summary>
    internal void Fill(ParticipantEvaluation evaluation, MonthlyRates rates, MunicipalWeights? municipal = null)
    {
        SupportTimeline timeline = evaluation.Timeline;
        _count = timeline.Months;
        _municipal = municipal is not null;
        if (_count > _months.Length)
        {
            _months = new MonthlySaving[Math.Max(_count, _months.Length * 2)];
            _cents = new long[_months.Length];
            _municipalCents = new long[_months.Length];
        }

        if (_count == 0)
        {
            Gross = Money.Zero;
            Municipal = Money.Zero;
            return;
        }

        YearMonth month = DayNumber.ToDate(timeline.FirstDay).ToYearMonth();
        int firstOfMonth = DayNumber.Of(month.OnDayOfMonth(1));
        int cursor = 0;
        int municipalCursor = 0;
        for (int m = 0; m < _count; m++)
        {
            int days = CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month);
            int lastOfMonth = firstOfMonth + days - 1;
            int from = Math.Max(timeline.FirstDay, firstOfMonth);
            int to = Math.Min(timeline.LastDay, lastOfMonth);
            decimal municipalDays = municipal?.WeightedDays(timeline, from, to, ref municipalCursor) ?? 0m;
            _months[m] = new MonthlySaving(month, lastOfMonth, days, timeline.SelfSupportedDays(from, to, ref cursor), rates.For(month.Year), municipalDays);
            month = month.PlusMonths(1);
            firstOfMonth = lastOfMonth + 1;
        }

        Gross = GrossOf(Months, _cents);
        Municipal = municipal is null ? Money.Zero : MunicipalOf(Months, _municipalCents);
    }

    /// <summary>
    /// Σ rate × Σ (1 − s(d)) × m(d) / days_in_month over the months, rounded once; unbounded where 128 bits overflow.
    /// Fills <paramref name="cents"/> with each month's part by running totals, as the gross saving's.
    /// </summary>
    private static Money MunicipalOf(ReadOnlySpan<MonthlySaving> months, long[] cents)
    {
        try
        {
            var sum = default(ExactQuotientSum);
            long rounded = 0;
            for (int m = 0; m < months.Length; m++)
            {
                MonthlySaving month = months[m];
                sum.Add(month.Rate.Amount, month.MunicipalDays, month.DaysInMonth);
                long cumulative = sum.RoundToMoney().Cents;
                cents[m] = checked(cumulative - rounded);
                rounded = cumulative;
            }

            return Money.FromCents(rounded);
        }
        catch (OverflowException)
        {
            return UnboundedByRunningTotals(months, cents, static month => month.Municipal);
        }
    }

    /// <summary>
    /// Σ rate × D / days_in_month over the months, rounded once: in 128-bit arithmetic, unbounded where that overflows.
    /// Fills <paramref name="cents"/> with each month's part by running totals.
    /// </summary>
    private static Money GrossOf(ReadOnlySpan<MonthlySaving> months, long[] cents)
    {
        try
        {
            var sum = default(ExactQuotientSum);
            long rounded = 0;
            Money rate = Money.Zero;
            long rateCents = 0;
            for (int m = 0; m < months.Length; m++)
            {
                MonthlySaving month = months[m];
                sum.Add(month.Rate.Amount, month.SelfSupportedDays, month.DaysInMonth);
                if (month.Rate != rate)
                {
                    rate = month.Rate;
                    rateCents = rate.Cents;
                }

                // Savings are never negative, so adding whole øre to the exact sum adds them to its rounding: a month
                // with no self-supported day adds 0, a whole month adds its rate, and only a part month needs a division.
                long part = month.SelfSupportedDays == 0m ? 0
                    : month.SelfSupportedDays == month.DaysInMonth ? rateCents
                    : checked(sum.RoundToMoney().Cents - rounded);
                cents[m] = part;
                rounded = checked(rounded + part);
            }

            return Money.FromCents(rounded);
        }
        catch (OverflowException)
        {
            return UnboundedByRunningTotals(months, cents, static month => month.Gross);
        }
    }

    /// <summary>
    /// Σ <paramref name="saving"/> over the months in unbounded fractions, rounded once, for sums that overflow 128 bits;
    /// fills <paramref name="cents"/> with each month's part by running totals.
    /// </summary>
    private static Money UnboundedByRunningTotals(ReadOnlySpan<MonthlySaving> months, long[] cents, Func<MonthlySaving, Fraction> saving)
    {
        Fraction sum = Fraction.Zero;
        long rounded = 0;
        for (int m = 0; m < months.Length; m++)
        {
            sum = sum.Plus(saving(months[m]));
            long cumulative = sum.RoundToMoney().Cents;
            cents[m] = checked(cumulative - rounded);
            rounded = cumulative;
        }

        return Money.FromCents(rounded);
    }
}
