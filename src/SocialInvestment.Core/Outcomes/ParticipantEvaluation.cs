using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Everything settlement needs of one participant: the support timeline over the observed part of the window, the
/// classified weeks and the triggers met. Computed once per participant; pure.
/// </summary>
internal sealed class ParticipantEvaluation
{
    private ParticipantEvaluation(ParticipantOutcome outcome, SupportTimeline timeline)
    {
        Outcome = outcome;
        Timeline = timeline;
    }

    internal ParticipantOutcome Outcome { get; }

    internal SupportTimeline Timeline { get; }

    /// <summary>Evaluates one participant; with <paramref name="space"/>, the timeline is valid until the next evaluation into it.</summary>
    internal static ParticipantEvaluation Evaluate(
        Contract contract,
        Participant participant,
        ReadOnlySpan<SpellRecord> spells,
        ReadOnlySpan<BenefitClass> classes,
        ReadOnlySpan<OutcomeEvent> events,
        LocalDate asOf,
        SupportTimeline.SegmentSpace? space = null)
    {
        LocalDate programmeEnd = participant.ProgrammeEnd(contract.ProgrammeWeeks);
        LocalDate windowStart = contract.Window.StartFor(participant.Start, programmeEnd);
        DateInterval window = contract.Window.DaysFrom(windowStart);
        LocalDate lastKnown = window.End < asOf ? window.End : asOf;
        SupportTimeline timeline = SupportTimeline.Build(spells, classes, windowStart, lastKnown, asOf, space);
        // A run is at least a week: room for one per week of the window, on the stack for windows of up to five years.
        Span<WeekRun> runs = contract.Window.Weeks <= 260 ? stackalloc WeekRun[contract.Window.Weeks] : new WeekRun[contract.Window.Weeks];
        WeekTable weeks = WeekTable.Build(timeline, contract.Window.Weeks, DayNumber.Of(asOf), contract.PartialMaxSupport.Value, runs);

        Span<LocalDate?> met = contract.Triggers.Count <= 32 ? stackalloc LocalDate?[contract.Triggers.Count] : new LocalDate?[contract.Triggers.Count];
        for (int t = 0; t < met.Length; t++)
        {
            LocalDate? date = DateMet(contract.Triggers[t], participant, programmeEnd, window, weeks, events);
            met[t] = date is { } d && d <= asOf ? d : null;
        }

        if (contract.HasPrerequisites)
        {
            AfterPrerequisites(contract, participant, programmeEnd, window, weeks, events, asOf, met);
        }

        TriggerDates metOn = TriggerDates.Of(contract, met);

        int full = weeks.CountOf(SelfSupport.Full);
        int partial = weeks.CountOf(SelfSupport.Partial);
        var counts = new WeekCounts(full, partial, weeks.ObservedWeeks - full - partial, contract.Window.Weeks - weeks.ObservedWeeks);
        return new ParticipantEvaluation(new ParticipantOutcome(participant, window, metOn, counts), timeline);
    }

    /// <summary>
    /// Measures each trigger with a prerequisite from the prerequisite's date on, in contract order (a prerequisite is
    /// listed earlier, so its own date is final): not met where the prerequisite is not.
    /// </summary>
    private static void AfterPrerequisites(
        Contract contract,
        Participant participant,
        LocalDate programmeEnd,
        DateInterval window,
        WeekTable weeks,
        ReadOnlySpan<OutcomeEvent> events,
        LocalDate asOf,
        Span<LocalDate?> met)
    {
        for (int t = 0; t < met.Length; t++)
        {
            int p = contract.PrerequisiteOrdinals[t];
            if (p < 0)
            {
                continue;
            }

            if (met[p] is not { } from)
            {
                met[t] = null;
                continue;
            }

            LocalDate? date = DateMet(contract.Triggers[t], participant, programmeEnd, window, weeks, events, from);
            met[t] = date is { } d && d <= asOf ? d : null;
        }
    }

    /// <summary>The date a trigger is met (SPEC §6), counting only from <paramref name="from"/> on where it is given (a prerequisite's date).</summary>
    private static LocalDate? DateMet(
        Trigger trigger,
        Participant participant,
        LocalDate programmeEnd,
        DateInterval window,
        WeekTable weeks,
        ReadOnlySpan<OutcomeEvent> events,
        LocalDate? from = null)
    {
        // The first week that begins on or after the prerequisite's day; 0 without one.
        int fromWeek = from is { } f ? Math.Max(0, (DayNumber.Of(f) - weeks.WindowStart + 6) / 7) : 0;
        switch (trigger)
        {
            case EnrolmentTrigger:
                return from is null || participant.Start >= from ? participant.Start : null;
            case CompletionTrigger:
                return participant.Completed && (from is null || programmeEnd >= from) ? programmeEnd : null;
            case SustainedTrigger s:
                return WeekEnd(weeks, weeks.FirstWeekReaching(s.Weeks, s.Level, s.ExcludeEducation, consecutive: true, fromWeek));
            case CountTrigger c:
                return WeekEnd(weeks, weeks.FirstWeekReaching(c.Weeks, c.Level, c.ExcludeEducation, consecutive: false, fromWeek));
            case EducationTrigger e:
                return WeekEnd(weeks, weeks.FirstWeekReaching(e.Weeks, level: null, excludeEducation: false, consecutive: false, fromWeek));
            case EventTrigger ev:
                LocalDate? earliest = null;
                foreach (OutcomeEvent row in events)
                {
                    if (string.Equals(row.Outcome, ev.Outcome, StringComparison.Ordinal) && window.Contains(row.Date) && (from is null || row.Date >= from)
                        && (earliest is null || row.Date < earliest))
                    {
                        earliest = row.Date;
                    }
                }

                return earliest;
            default:
                throw new ArgumentException($"Unknown trigger kind '{trigger.Kind}'.", nameof(trigger));
        }
    }

    private static LocalDate? WeekEnd(WeekTable weeks, int week) =>
        week < 0 ? null : DayNumber.ToDate(weeks.LastDayOfWeek(week));
}
