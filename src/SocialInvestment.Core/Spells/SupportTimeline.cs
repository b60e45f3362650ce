using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A participant's support level over the days of the window up to <c>as_of</c>, as contiguous segments on which
/// <c>s(d)</c> and the education flag are constant (SPEC §4). Built by a sweep over spell boundaries, so its cost grows
/// with the number of spells, not of days.
/// </summary>
internal sealed class SupportTimeline
{
    private SupportTimeline(int firstDay, int lastDay, SupportSegment[] segments)
    {
        FirstDay = firstDay;
        LastDay = lastDay;
        Segments = segments;
    }

    /// <summary>The first day covered (the window start).</summary>
    internal int FirstDay { get; }

    /// <summary>The last day covered: the window's end or <c>as_of</c>, whichever is earlier. Before <see cref="FirstDay"/> when nothing is covered.</summary>
    internal int LastDay { get; }

    /// <summary>The number of calendar months holding a covered day.</summary>
    internal int Months
    {
        get
        {
            if (LastDay < FirstDay)
            {
                return 0;
            }

            LocalDate first = DayNumber.ToDate(FirstDay);
            LocalDate last = DayNumber.ToDate(LastDay);
            return ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        }
    }

    /// <summary>Segments covering <see cref="FirstDay"/> … <see cref="LastDay"/> without gaps, adjacent ones always different.</summary>
    internal SupportSegment[] Segments { get; }

    /// <summary>
    /// Builds the timeline of one participant's spells over <c>[firstDay, lastDay]</c>. Spells of other classes than
    /// support and education are ignored; an open spell runs to <paramref name="asOf"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A spell's benefit code is not mapped by the contract, which makes unmapped codes an error.</exception>
    internal static SupportTimeline Build(Contract contract, IReadOnlyList<BenefitSpell> spells, LocalDate firstDay, LocalDate lastDay, LocalDate asOf)
    {
        int first = DayNumber.Of(firstDay);
        int last = DayNumber.Of(lastDay);
        if (last < first)
        {
            return new SupportTimeline(first, last, []);
        }

        int asOfDay = DayNumber.Of(asOf);
        var pieces = new List<Piece>(spells.Count);
        var codes = new List<string>();
        foreach (BenefitSpell spell in spells)
        {
            BenefitClass benefitClass = contract.ClassOf(spell.BenefitCode)
                ?? throw new ArgumentException($"Benefit code '{spell.BenefitCode}' is not mapped by the contract.", nameof(spells));
            if (benefitClass == BenefitClass.Ignore)
            {
                continue;
            }

            int from = Math.Max(DayNumber.Of(spell.From), first);
            int to = Math.Min(spell.To is { } t ? DayNumber.Of(t) : asOfDay, last);
            if (to < from)
            {
                continue;
            }

            int code = -1;
            if (benefitClass == BenefitClass.Support)
            {
                code = codes.IndexOf(spell.BenefitCode);
                if (code < 0)
                {
                    codes.Add(spell.BenefitCode);
                    code = codes.Count - 1;
                }
            }

            pieces.Add(new Piece(from, to, code, spell.Degree.Value));
        }

        return new SupportTimeline(first, last, Sweep(pieces, codes.Count, first, last));
    }

    private static SupportSegment[] Sweep(List<Piece> pieces, int codeCount, int first, int last)
    {
        // Every place where s(d) may change: a piece starts, or the day after one ends.
        var boundaries = new List<int>((pieces.Count * 2) + 2) { first, last + 1 };
        foreach (Piece piece in pieces)
        {
            boundaries.Add(piece.From);
            boundaries.Add(piece.To + 1);
        }

        boundaries.Sort();
        pieces.Sort((a, b) => a.From.CompareTo(b.From));
        Span<decimal> maxByCode = codeCount <= 16 ? stackalloc decimal[codeCount] : new decimal[codeCount];
        var segments = new List<SupportSegment>(boundaries.Count);
        for (int i = 0; i < boundaries.Count - 1; i++)
        {
            int from = boundaries[i];
            int to = boundaries[i + 1] - 1;
            if (to < from)
            {
                continue;
            }

            maxByCode.Clear();
            bool education = false;
            foreach (Piece piece in pieces)
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
                else if (piece.Degree > maxByCode[piece.Code])
                {
                    // Overlapping rows of one code are one spell at its largest degree, never added up: exports repeat rows.
                    maxByCode[piece.Code] = piece.Degree;
                }
            }

            decimal level = 0m;
            foreach (decimal degree in maxByCode)
            {
                level += degree;
            }

            level = Math.Min(1m, level);
            if (segments.Count > 0 && segments[^1].Level == level && segments[^1].Education == education)
            {
                segments[^1] = segments[^1] with { LastDay = to };
            }
            else
            {
                segments.Add(new SupportSegment(from, to, level, education));
            }
        }

        return [.. segments];
    }

    /// <summary>Σ (1 − s(d)) over the covered days in <c>[from, to]</c>: the self-supported days.</summary>
    internal decimal SelfSupportedDays(int from, int to, ref int cursor)
    {
        decimal sum = 0m;
        SupportSegment[] segments = Segments;
        while (cursor < segments.Length && segments[cursor].LastDay < from)
        {
            cursor++;
        }

        for (int i = cursor; i < segments.Length && segments[i].FirstDay <= to; i++)
        {
            int days = Math.Min(to, segments[i].LastDay) - Math.Max(from, segments[i].FirstDay) + 1;
            sum += (1m - segments[i].Level) * days;
        }

        return sum;
    }

    private readonly record struct Piece(int From, int To, int Code, decimal Degree);
}
