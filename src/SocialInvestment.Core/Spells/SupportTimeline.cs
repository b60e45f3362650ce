using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A participant's support level over the days of the window up to <c>as_of</c>, as contiguous segments on which
/// <c>s(d)</c> and the education flag are constant (SPEC §4). Built by a sweep over spell boundaries, so its cost grows
/// with the number of spells, not of days.
/// </summary>
internal sealed class SupportTimeline
{
    private SupportSegment[] _segments;
    private int _segmentCount;

    private SupportTimeline(int firstDay, int lastDay, SupportSegment[] segments, int segmentCount)
    {
        FirstDay = firstDay;
        LastDay = lastDay;
        _segments = segments;
        _segmentCount = segmentCount;
    }

    /// <summary>The first day covered (the window start).</summary>
    internal int FirstDay { get; private set; }

    /// <summary>The last day covered: the window's end or <c>as_of</c>, whichever is earlier. Before <see cref="FirstDay"/> when nothing is covered.</summary>
    internal int LastDay { get; private set; }

    /// <summary>The number of calendar months holding a covered day.</summary>
    internal int Months
    {
        get
        {
            if (LastDay < FirstDay)
            {
                return 0;
            }

            return MonthNumber.OfDay(LastDay) - MonthNumber.OfDay(FirstDay) + 1;
        }
    }

    /// <summary>Segments covering <see cref="FirstDay"/> … <see cref="LastDay"/> without gaps, adjacent ones always different.</summary>
    internal ReadOnlySpan<SupportSegment> Segments => _segments.AsSpan(0, _segmentCount);

    /// <summary>
    /// Builds the timeline of one participant's spells over <c>[firstDay, lastDay]</c>. Spells of other classes than
    /// support and education are ignored; an open spell runs to <paramref name="asOf"/>.
    /// </summary>
    /// <param name="spells">The participant's spells.</param>
    /// <param name="classes">The class of each benefit code.</param>
    /// <param name="firstDay">The first day to cover.</param>
    /// <param name="lastDay">The last day to cover.</param>
    /// <param name="asOf">Where open spells end.</param>
    /// <param name="space">
    /// Where to keep the segments, reused from one participant to the next (the timeline is then valid until the next
    /// build into it); null for an array of the timeline's own.
    /// </param>
    internal static SupportTimeline Build(
        ReadOnlySpan<SpellRecord> spells, ReadOnlySpan<BenefitClass> classes, LocalDate firstDay, LocalDate lastDay, LocalDate asOf, SegmentSpace? space = null)
    {
        int first = DayNumber.Of(firstDay);
        int last = DayNumber.Of(lastDay);
        if (last < first)
        {
            return new SupportTimeline(first, last, [], 0);
        }

        // Scratch space on the stack for the usual handful of spells; a million participants allocate nothing here.
        int asOfDay = DayNumber.Of(asOf);
        Span<Piece> pieces = spells.Length <= 32 ? stackalloc Piece[spells.Length] : new Piece[spells.Length];
        int pieceCount = 0;
        foreach (ref readonly SpellRecord spell in spells)
        {
            BenefitClass benefitClass = classes[spell.Code];
            if (benefitClass == BenefitClass.Ignore)
            {
                continue;
            }

            int from = Math.Max(spell.From, first);
            int to = Math.Min(spell.To == SpellRecord.Open ? asOfDay : spell.To, last);
            if (to < from)
            {
                continue;
            }

            // Support is summed per code (each unmapped code on its own); education is a flag, marked by code −1.
            pieces[pieceCount++] = new Piece(from, to, benefitClass == BenefitClass.Support ? spell.Code : -1, spell.Degree);
        }

        return Sweep(pieces[..pieceCount], classes.Length, first, last, space);
    }

    private static SupportTimeline Sweep(Span<Piece> pieces, int codeCount, int first, int last, SegmentSpace? space)
    {
        // Every place where s(d) may change: a piece starts, or the day after one ends.
        int boundaryCount = (pieces.Length * 2) + 2;
        Span<int> boundaries = boundaryCount <= 66 ? stackalloc int[boundaryCount] : new int[boundaryCount];
        boundaries[0] = first;
        boundaries[1] = last + 1;
        for (int p = 0; p < pieces.Length; p++)
        {
            boundaries[2 + (2 * p)] = pieces[p].From;
            boundaries[3 + (2 * p)] = pieces[p].To + 1;
        }

        boundaries.Sort();
        if (!IsByFrom(pieces))
        {
            // Spells usually come in date order, and then this is skipped. Pieces that start on the same day may end up
            // in any order: the sweep below takes the largest degree of each code (of equal ones, the one with the most
            // decimals) and any education, which no order changes.
            pieces.Sort(static (a, b) => a.From.CompareTo(b.From));
        }

        Span<decimal> maxByCode = codeCount <= 32 ? stackalloc decimal[codeCount] : new decimal[codeCount];
        maxByCode.Clear();
        Span<SupportSegment> segments = boundaryCount <= 66 ? stackalloc SupportSegment[boundaryCount] : new SupportSegment[boundaryCount];
        int segmentCount = 0;
        for (int i = 0; i < boundaries.Length - 1; i++)
        {
            int from = boundaries[i];
            int to = boundaries[i + 1] - 1;
            if (to < from)
            {
                continue;
            }

            // The codes given a degree here, so that only they are summed and cleared (the others hold 0, which adds
            // nothing); all codes where there are more than 64.
            ulong touched = 0;
            bool education = false;
            foreach (ref readonly Piece piece in pieces)
            {
                if (piece.From > from)
                {
                    break;
                }

                if (piece.To < from)
                {
                    continue;
                }

                if (piece.Code < 0)
                {
                    education = true;
                }
                else if (piece.Degree > maxByCode[piece.Code] || IsSameWithMoreDecimals(piece.Degree, maxByCode[piece.Code]))
                {
                    // Overlapping rows of one code are one spell at its largest degree, never added up: exports repeat rows.
                    maxByCode[piece.Code] = piece.Degree;
                    touched |= 1UL << (piece.Code & 63);
                }
            }

            decimal level = codeCount <= 64 ? SumOfTouched(maxByCode, touched) : SumOfAll(maxByCode);
            level = Math.Min(1m, level);
            if (segmentCount > 0 && segments[segmentCount - 1].Level == level && segments[segmentCount - 1].Education == education)
            {
                segments[segmentCount - 1] = segments[segmentCount - 1] with { LastDay = to };
            }
            else
            {
                segments[segmentCount++] = new SupportSegment(from, to, level, education);
            }
        }

        return space is null
            ? new SupportTimeline(first, last, segments[..segmentCount].ToArray(), segmentCount)
            : space.Timeline(first, last, segments[..segmentCount]);
    }

    /// <summary>
    /// Whether <paramref name="degree"/> is the kept degree <paramref name="kept"/> written with more decimals (1.00 against
    /// 1). Of equal degrees the one with the most decimals is kept, so that the level's decimals, like its value, do not
    /// depend on the order of rows that start on the same day.
    /// </summary>
    private static bool IsSameWithMoreDecimals(decimal degree, decimal kept) => degree != 0m && degree == kept && degree.Scale > kept.Scale;

    /// <summary>Whether the pieces are in order of their first day already.</summary>
    private static bool IsByFrom(ReadOnlySpan<Piece> pieces)
    {
        for (int p = 1; p < pieces.Length; p++)
        {
            if (pieces[p - 1].From > pieces[p].From)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The sum of the degrees of the codes in <paramref name="touched"/>, in the order of the codes as
    /// <see cref="SumOfAll"/> adds them (so the same decimal), each cleared for the next segment.
    /// </summary>
    private static decimal SumOfTouched(Span<decimal> maxByCode, ulong touched)
    {
        decimal level = 0m;
        while (touched != 0)
        {
            int code = System.Numerics.BitOperations.TrailingZeroCount(touched);
            level += maxByCode[code];
            maxByCode[code] = 0m;
            touched &= touched - 1;
        }

        return level;
    }

    /// <summary>The sum of the degrees of all codes, each cleared for the next segment.</summary>
    private static decimal SumOfAll(Span<decimal> maxByCode)
    {
        decimal level = 0m;
        foreach (decimal degree in maxByCode)
        {
            level += degree;
        }

        maxByCode.Clear();
        return level;
    }

    /// <summary>Σ (1 − s(d)) over the covered days in <c>[from, to]</c>: the self-supported days.</summary>
    internal decimal SelfSupportedDays(int from, int to, ref int cursor)
    {
        decimal sum = 0m;
        ReadOnlySpan<SupportSegment> segments = Segments;
        while (cursor < segments.Length && segments[cursor].LastDay < from)
        {
            cursor++;
        }

        for (int i = cursor; i < segments.Length && segments[i].FirstDay <= to; i++)
        {
            int days = Math.Min(to, segments[i].LastDay) - Math.Max(from, segments[i].FirstDay) + 1;
            decimal level = segments[i].Level;

            // The same sum with fewer decimal operations: a full benefit adds (1 − 1) × days = 0 (nothing), none adds
            // (1 − 0) × days = days (its level is 0m, so the same decimal).
            if (level == 0m)
            {
                sum += days;
            }
            else if (level != 1m)
            {
                sum += (1m - level) * days;
            }
        }

        return sum;
    }

    /// <summary>
    /// <see cref="SelfSupportedDays"/> in whole units: the same value and scale, by integer arithmetic. False, with
    /// <paramref name="cursor"/> as it was, where a level in the range has more decimals than
    /// <see cref="ScaledDays.MaxScale"/> or the range is longer than <see cref="MaxDaysInWholeUnits"/> days; the caller
    /// then sums the decimals.
    /// </summary>
    internal bool TrySelfSupportedDays(int from, int to, ref int cursor, out ScaledDays sum)
    {
        sum = ScaledDays.Zero;
        if (to - from >= MaxDaysInWholeUnits)
        {
            return false;
        }

        ReadOnlySpan<SupportSegment> segments = Segments;
        int first = cursor;
        while (first < segments.Length && segments[first].LastDay < from)
        {
            first++;
        }

        for (int i = first; i < segments.Length && segments[i].FirstDay <= to; i++)
        {
            if (segments[i].SelfPerDay is not { } perDay)
            {
                return false;
            }

            // Never overflows: at most 10^13 units a day (ScaledDays.MaxScale) over fewer than MaxDaysInWholeUnits days.
            int days = Math.Min(to, segments[i].LastDay) - Math.Max(from, segments[i].FirstDay) + 1;
            sum = sum.Plus(perDay.Times(days));
        }

        cursor = first;
        return true;
    }

    /// <summary>The longest range <see cref="TrySelfSupportedDays"/> sums: 10^13 × 100,000 still fits in 64 bits.</summary>
    private const int MaxDaysInWholeUnits = 100_000;

    private readonly record struct Piece(int From, int To, int Code, decimal Degree);

    /// <summary>
    /// One timeline and an array for its segments, reused for one participant's timeline after another (a million
    /// participants then make no timeline object each); the array is grown when a timeline needs more.
    /// </summary>
    internal sealed class SegmentSpace
    {
        private readonly SupportTimeline _timeline = new(0, -1, new SupportSegment[64], 0);

        /// <summary>The space's timeline, now over <c>[first, last]</c> with a copy of <paramref name="segments"/>; the one before is gone.</summary>
        internal SupportTimeline Timeline(int first, int last, ReadOnlySpan<SupportSegment> segments)
        {
            SupportTimeline timeline = _timeline;
            if (segments.Length > timeline._segments.Length)
            {
                timeline._segments = new SupportSegment[Math.Max(segments.Length, timeline._segments.Length * 2)];
            }

            segments.CopyTo(timeline._segments);
            timeline._segmentCount = segments.Length;
            timeline.FirstDay = first;
            timeline.LastDay = last;
            return timeline;
        }
    }
}
