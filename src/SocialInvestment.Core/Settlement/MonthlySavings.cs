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

        // Months stepped as numbers: the calendar's checks of a YearMonth cost more here than the savings' arithmetic.
        int month = MonthNumber.OfDay(timeline.FirstDay);
        int firstOfMonth = timeline.FirstDay - DateOnly.FromDayNumber(timeline.FirstDay).Day + 1;
        int cursor = 0;
        int municipalCursor = 0;
        int rateYear = int.MinValue;
        Money rate = Money.Zero;
        long rateCents = 0;
        for (int m = 0; m < _count; m++)
        {
            int days = MonthNumber.DaysIn(month);
            int lastOfMonth = firstOfMonth + days - 1;
            int from = Math.Max(timeline.FirstDay, firstOfMonth);
            int to = Math.Min(timeline.LastDay, lastOfMonth);
            decimal municipalDays = municipal?.WeightedDays(timeline, from, to, ref municipalCursor) ?? 0m;
            if (MonthNumber.YearOf(month) != rateYear)
            {
                // The rate is the year's: looked up and turned into øre once a year, not once a month.
                rateYear = MonthNumber.YearOf(month);
                rate = rates.For(rateYear);
                rateCents = rate.Cents;
            }

            // Summed in whole units where every level has few enough decimals (the same decimal), else as decimals.
            ScaledDays? units = timeline.TrySelfSupportedDays(from, to, ref cursor, out ScaledDays self) ? self : null;
            decimal selfSupported = units?.ToDecimal() ?? timeline.SelfSupportedDays(from, to, ref cursor);
            _months[m] = new MonthlySaving(month, lastOfMonth, days, selfSupported, rate, rateCents, municipalDays) { SelfSupportedUnits = units };
            month++;
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
    /// Σ rate × D / days_in_month over the months, rounded once: in 64-bit integers where they suffice, else in 128-bit
    /// arithmetic, unbounded where that overflows. Fills <paramref name="cents"/> with each month's part by running totals.
    /// </summary>
    private static Money GrossOf(ReadOnlySpan<MonthlySaving> months, long[] cents) =>
        TryGrossOf64(months, cents, out long gross) ? Money.FromCents(gross) : GrossOf128(months, cents);

    /// <summary>
    /// <see cref="GrossOf128"/> in whole numbers of 64 bits, the common case (a rate in øre, D with a few decimals, a
    /// window of a few years): the sum of rate_øre × D × 10^k × (L / days_in_month) over the common denominator
    /// 10^k × L, with k the largest scale of the months' D and L = 377,580 the least common multiple of 28 to 31, is
    /// the same exact value, so it rounds to the same øre. False where a value needs more than 64 bits; the caller then
    /// computes every month again.
    /// </summary>
    internal static bool TryGrossOf64(ReadOnlySpan<MonthlySaving> months, long[] cents, out long gross)
    {
        gross = 0;
        int scale = 0;
        foreach (ref readonly MonthlySaving month in months)
        {
            scale = Math.Max(scale, month.SelfSupportedUnits?.Scale ?? month.SelfSupportedDays.Scale);
        }

        if (scale > MaxScale64)
        {
            return false;
        }

        long unit = (long)ExactDecimal.Pow10(scale);
        long denominator = unit * ExactQuotientSum.CommonDenominator;
        try
        {
            long sum = 0;
            long rounded = 0;
            for (int m = 0; m < months.Length; m++)
            {
                ref readonly MonthlySaving month = ref months[m];
                long multiplier = ExactQuotientSum.Multiplier(month.DaysInMonth);
                long days;
                if (month.SelfSupportedUnits is { } units)
                {
                    days = units.UnitsAt(scale);
                }
                else if (!ExactDecimal.TryUnits64(month.SelfSupportedDays, scale, out days))
                {
                    return false;
                }

                if (multiplier == 0)
                {
                    return false;
                }

                sum = checked(sum + checked(checked(month.RateCents * days) * multiplier));

                // As in GrossOf128: a month with no self-supported day adds 0, a whole month its rate.
                long part = days == 0 ? 0
                    : days == month.DaysInMonth * unit ? month.RateCents
                    : checked(RoundHalfAwayFromZero(sum, denominator) - rounded);
                cents[m] = part;
                rounded = checked(rounded + part);
            }

            gross = rounded;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The largest scale of D that <see cref="TryGrossOf64"/> takes: 10^13 × 377,580 still fits in 64 bits.</summary>
    private const int MaxScale64 = 13;

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> (positive), rounded half away from zero to a whole number.</summary>
    /// <exception cref="OverflowException">The numerator is <see cref="long.MinValue"/>.</exception>
    private static long RoundHalfAwayFromZero(long numerator, long denominator)
    {
        (long quotient, long remainder) = Math.DivRem(Math.Abs(numerator), denominator);
        if (remainder >= denominator - remainder)
        {
            quotient++;
        }

        return numerator < 0 ? -quotient : quotient;
    }

    /// <summary>
    /// Σ rate × D / days_in_month over the months, rounded once: in 128-bit arithmetic, unbounded where that overflows.
    /// Fills <paramref name="cents"/> with each month's part by running totals.
    /// </summary>
    internal static Money GrossOf128(ReadOnlySpan<MonthlySaving> months, long[] cents)
    {
        try
        {
            var sum = default(ExactQuotientSum);
            long rounded = 0;
            for (int m = 0; m < months.Length; m++)
            {
                MonthlySaving month = months[m];
                sum.Add(month.Rate.Amount, month.SelfSupportedDays, month.DaysInMonth);

                // Savings are never negative, so adding whole øre to the exact sum adds them to its rounding: a month
                // with no self-supported day adds 0, a whole month adds its rate, and only a part month needs a division.
                long part = month.SelfSupportedDays == 0m ? 0
                    : month.SelfSupportedDays == month.DaysInMonth ? month.RateCents
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
