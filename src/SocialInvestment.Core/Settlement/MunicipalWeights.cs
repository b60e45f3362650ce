namespace SocialInvestment;

/// <summary>
/// One participant's municipal share m(d) over the window (SPEC-DK DK5): the count c₀ from their whole history of support
/// weeks before W0's ISO week, then <c>c*(d) = c₀ + 1 + (ISO weeks from W0's week to d's)</c>. One per chunk of
/// participants, refilled for each.
/// </summary>
internal sealed class MunicipalWeights(MunicipalShare share)
{
    private bool[] _weeks = new bool[256];
    private int _weekZero;
    private int _count;

    /// <summary>
    /// Counts c₀ for a participant whose window starts on <paramref name="windowStart"/>: a support week is an ISO week
    /// with a day of a support spell (s(d) &gt; 0); weeks before the earliest spell count as weeks without support. Counted
    /// for a constant share too: outcomes show it (<see cref="ParticipantOutcome.SupportWeeksBefore"/>).
    /// </summary>
    internal void Fill(ReadOnlySpan<SpellRecord> spells, ReadOnlySpan<BenefitClass> classes, int windowStart, int asOf)
    {
        // DateOnly's day 0 (0001-01-01) is a Monday, so day / 7 numbers the ISO weeks.
        int weekZero = windowStart / 7;
        _weekZero = weekZero * 7;
        _count = 0;
        int first = weekZero;
        foreach (SpellRecord spell in spells)
        {
            if (classes[spell.Code] == BenefitClass.Support && spell.From < _weekZero && spell.From <= asOf)
            {
                first = Math.Min(first, spell.From / 7);
            }
        }

        int n = weekZero - first;
        if (n == 0)
        {
            return;
        }

        if (_weeks.Length < n)
        {
            _weeks = new bool[Math.Max(n, _weeks.Length * 2)];
        }

        Span<bool> weeks = _weeks.AsSpan(0, n);
        weeks.Clear();
        foreach (SpellRecord spell in spells)
        {
            if (classes[spell.Code] != BenefitClass.Support || spell.From >= _weekZero || spell.From > asOf)
            {
                continue;
            }

            int last = Math.Min(Math.Min(spell.To, asOf), _weekZero - 1);
            weeks[((spell.From / 7) - first)..((last / 7) - first + 1)].Fill(true);
        }

        _count = share.CountBefore(weeks);
    }

    /// <summary>The count c₀ of the participant last filled.</summary>
    internal int Count => _count;

    /// <summary>m in the window's first ISO week of the participant last filled, where c*(d) = c₀ + 1.</summary>
    internal Share FirstWeekShare => share.ShareAt((long)_count + 1);

    /// <summary>Σ (1 − s(d)) × m(d) over the covered days in <c>[from, to]</c>, exact: the self-supported days weighted by the municipality's share.</summary>
    internal decimal WeightedDays(SupportTimeline timeline, int from, int to, ref int cursor)
    {
        decimal sum = 0m;
        int day = from;
        while (day <= to)
        {
            long counted = (long)_count + 1 + ((day - _weekZero) / 7);
            long nextStepDay = NextStepDay(counted);
            int end = (int)Math.Min(to, nextStepDay - 1);
            sum += share.ShareAt(counted).Value * timeline.SelfSupportedDays(day, end, ref cursor);
            day = end + 1;
        }

        return sum;
    }

    /// <summary>The first day of the first week whose count starts a later step than <paramref name="counted"/>'s; beyond any day where none does.</summary>
    private long NextStepDay(long counted)
    {
        foreach (MunicipalShareStep step in share.Steps)
        {
            if (step.FromWeek > counted)
            {
                return _weekZero + (7L * (step.FromWeek - _count - 1));
            }
        }

        return long.MaxValue;
    }
}
