namespace SocialInvestment;

/// <summary>
/// The observed weeks of a participant's window, classified (SPEC §5) and grouped into runs. Week k is
/// <c>[W0 + 7k, W0 + 7k + 6]</c> and is observed when its last day is on or before <c>as_of</c>.
/// </summary>
/// <remarks>The runs live in space the caller gives (on the stack, as a rule): a table lasts one participant's evaluation.</remarks>
internal readonly ref struct WeekTable
{
    private WeekTable(int windowStart, int observedWeeks, ReadOnlySpan<WeekRun> runs)
    {
        WindowStart = windowStart;
        ObservedWeeks = observedWeeks;
        Runs = runs;
    }

    internal int WindowStart { get; }

    internal int ObservedWeeks { get; }

    internal ReadOnlySpan<WeekRun> Runs { get; }

    /// <summary>The last day of week k, as a day number.</summary>
    internal int LastDayOfWeek(int week) => WindowStart + (7 * week) + 6;

    /// <summary>
    /// Classifies the observed weeks. A week lying inside one segment has <c>S_k = 7 × s</c>; only weeks that straddle a
    /// segment boundary are summed day-run by day-run, so the cost grows with segments, not weeks.
    /// </summary>
    /// <param name="timeline">The participant's timeline.</param>
    /// <param name="windowWeeks">The window's length in weeks.</param>
    /// <param name="asOfDay">The day number of <c>as_of</c>.</param>
    /// <param name="partialMaxSupport">The contract's partial limit.</param>
    /// <param name="space">Room for the runs: at least <paramref name="windowWeeks"/> of them.</param>
    internal static WeekTable Build(SupportTimeline timeline, int windowWeeks, int asOfDay, decimal partialMaxSupport, Span<WeekRun> space)
    {
        int w0 = timeline.FirstDay;
        int observed = asOfDay < w0 + 6 ? 0 : Math.Min(windowWeeks, ((asOfDay - w0) + 1) / 7);
        decimal partialLimit = 7m * partialMaxSupport;
        ScaledDays? limit = ScaledDays.Of(partialLimit);
        var runs = new RunWriter(space);
        ReadOnlySpan<SupportSegment> segments = timeline.Segments;
        int s = 0;
        int k = 0;
        while (k < observed)
        {
            int weekFirst = w0 + (7 * k);
            int weekLast = weekFirst + 6;
            while (segments[s].LastDay < weekFirst)
            {
                s++;
            }

            ref readonly SupportSegment segment = ref segments[s];
            if (segment.LastDay >= weekLast)
            {
                int count = Math.Min(observed - k, ((segment.LastDay - weekFirst) + 1) / 7);
                SelfSupport selfSupport = segment.SelfPerDay is { } self && limit is { } l
                    ? Classify(self.OneMinus().Times(7), l)
                    : Classify(7m * segment.Level, partialLimit);
                runs.Add(new WeekRun(k, count, selfSupport, segment.Education));
                k += count;
                continue;
            }

            // S_k in whole units where every level has few enough decimals (the same value), else as a decimal.
            ScaledDays? supportUnits = limit is null ? null : ScaledDays.Zero;
            bool education = false;
            for (int i = s; i < segments.Length && segments[i].FirstDay <= weekLast; i++)
            {
                int days = Math.Min(weekLast, segments[i].LastDay) - Math.Max(weekFirst, segments[i].FirstDay) + 1;
                supportUnits = supportUnits is { } sum && segments[i].SelfPerDay is { } self ? sum.Plus(self.OneMinus().Times(days)) : null;
                education |= segments[i].Education;
            }

            SelfSupport weekSupport = supportUnits is { } units
                ? Classify(units, limit!.Value)
                : Classify(SupportDays(segments[s..], weekFirst, weekLast), partialLimit);
            runs.Add(new WeekRun(k, 1, weekSupport, education));
            k++;
        }

        return new WeekTable(w0, observed, space[..runs.Count]);
    }

    /// <summary>S_k = Σ s(d) over the week's days, as a decimal.</summary>
    private static decimal SupportDays(ReadOnlySpan<SupportSegment> segments, int weekFirst, int weekLast)
    {
        decimal supportDays = 0m;
        for (int i = 0; i < segments.Length && segments[i].FirstDay <= weekLast; i++)
        {
            int days = Math.Min(weekLast, segments[i].LastDay) - Math.Max(weekFirst, segments[i].FirstDay) + 1;
            supportDays += segments[i].Level * days;
        }

        return supportDays;
    }

    /// <summary><see cref="Classify(decimal, decimal)"/> in whole units: the same comparisons of the same values.</summary>
    private static SelfSupport Classify(ScaledDays supportDays, ScaledDays partialLimit) =>
        supportDays.Units == 0 ? SelfSupport.Full
        : supportDays.CompareTo(partialLimit) <= 0 ? SelfSupport.Partial
        : SelfSupport.None;

    private static SelfSupport Classify(decimal supportDays, decimal partialLimit) =>
        supportDays == 0m ? SelfSupport.Full
        : supportDays <= partialLimit ? SelfSupport.Partial
        : SelfSupport.None;

    /// <summary>Runs being written into the caller's space, a run that continues the last one joined to it.</summary>
    private ref struct RunWriter(Span<WeekRun> space)
    {
        private readonly Span<WeekRun> _space = space;

        public int Count { get; private set; }

        public void Add(WeekRun run)
        {
            if (Count > 0 && _space[Count - 1].SelfSupport == run.SelfSupport && _space[Count - 1].Education == run.Education)
            {
                _space[Count - 1] = _space[Count - 1] with { Count = _space[Count - 1].Count + run.Count };
            }
            else
            {
                _space[Count++] = run;
            }
        }
    }

    /// <summary>
    /// SPEC §6 <c>sustained</c>: the first week k whose weeks k−N+1 … k all qualify; −1 where none is. A week that does
    /// not qualify starts the run again.
    /// </summary>
    /// <param name="n">N, at least 1.</param>
    /// <param name="qualification">Which weeks qualify.</param>
    /// <param name="fromWeek">The first week that may count (a prerequisite's); the weeks before it are left out.</param>
    internal int FirstWeekEndingRun(int n, WeekQualification qualification, int fromWeek = 0)
    {
        int length = 0;
        foreach (WeekRun whole in Runs)
        {
            if (!TryFrom(whole, fromWeek, out WeekRun run))
            {
                continue;
            }

            if (!qualification.Qualifies(run))
            {
                length = 0;
                continue;
            }

            if (length + run.Count >= n)
            {
                return run.FirstWeek + (n - length) - 1;
            }

            length += run.Count;
        }

        return -1;
    }

    /// <summary>
    /// SPEC §6 <c>count</c> (and <c>education</c>): the week in which the number of qualifying weeks 0 … k reaches N; −1
    /// where it never does. Weeks that do not qualify are passed over, not counted against.
    /// </summary>
    /// <param name="n">N, at least 1.</param>
    /// <param name="qualification">Which weeks qualify.</param>
    /// <param name="fromWeek">The first week that may count (a prerequisite's); the weeks before it are left out.</param>
    internal int WeekReachingCount(int n, WeekQualification qualification, int fromWeek = 0)
    {
        int count = 0;
        foreach (WeekRun whole in Runs)
        {
            if (!TryFrom(whole, fromWeek, out WeekRun run) || !qualification.Qualifies(run))
            {
                continue;
            }

            if (count + run.Count >= n)
            {
                return run.FirstWeek + (n - count) - 1;
            }

            count += run.Count;
        }

        return -1;
    }

    /// <summary>The part of <paramref name="whole"/> from week <paramref name="fromWeek"/> on; false where none of it is.</summary>
    private static bool TryFrom(WeekRun whole, int fromWeek, out WeekRun run)
    {
        run = whole;
        if (whole.FirstWeek >= fromWeek)
        {
            return true;
        }

        int left = whole.FirstWeek + whole.Count - fromWeek;
        if (left <= 0)
        {
            return false;
        }

        run = whole with { FirstWeek = fromWeek, Count = left };
        return true;
    }

    /// <summary>The number of observed weeks with the given self-support.</summary>
    internal int CountOf(SelfSupport selfSupport)
    {
        int count = 0;
        foreach (WeekRun run in Runs)
        {
            if (run.SelfSupport == selfSupport)
            {
                count += run.Count;
            }
        }

        return count;
    }
}
