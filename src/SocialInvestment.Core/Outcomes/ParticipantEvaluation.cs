using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Everything settlement needs of one participant: the support timeline over the observed part of the window, the
/// classified weeks and the triggers met. Computed once per participant; pure. A struct: settling a million participants
/// reads each once and keeps only its outcome.
/// </summary>
internal readonly struct ParticipantEvaluation
{
    private ParticipantEvaluation(ParticipantOutcome outcome, SupportTimeline timeline)
    {
        Outcome = outcome;
        Timeline = timeline;
    }

    internal ParticipantOutcome Outcome { get; }

    internal SupportTimeline Timeline { get; }

    /// <summary>
    /// Evaluates one participant, with their <paramref name="employment"/> rates; with <paramref name="space"/>, the timeline
    /// is valid until the next evaluation into it. With <paramref name="municipal"/> (the contract has a municipal share),
    /// fills it with the participant's count c₀ (SPEC-DK DK5), which the outcome shows and the savings weigh by.
    /// </summary>
    internal static ParticipantEvaluation Evaluate(
        Contract contract,
        Participant participant,
        ReadOnlySpan<SpellRecord> spells,
        ReadOnlySpan<BenefitClass> classes,
        ReadOnlySpan<OutcomeEvent> events,
        LocalDate asOf,
        EmploymentRow employment,
        SupportTimeline.SegmentSpace? space = null,
        MunicipalWeights? municipal = null)
    {
        LocalDate programmeEnd = participant.ProgrammeEnd(contract.ProgrammeWeeks);
        LocalDate windowStart = contract.Window.StartFor(participant.Start, programmeEnd);
        DateInterval window = contract.Window.DaysFrom(windowStart);
        LocalDate lastKnown = window.End < asOf ? window.End : asOf;
        SupportTimeline timeline = SupportTimeline.Build(spells, classes, windowStart, lastKnown, asOf, space);
        // A run is at least a week: room for one per week of the window, on the stack for windows of up to five years.
        Span<WeekRun> runs = contract.Window.Weeks <= 260 ? stackalloc WeekRun[contract.Window.Weeks] : new WeekRun[contract.Window.Weeks];
        WeekTable weeks = WeekTable.Build(timeline, contract.Window.Weeks, DayNumber.Of(asOf), contract.PartialMaxSupport.Value, runs);

        var context = new TriggerContext(participant, programmeEnd, window, weeks, events, employment);
        Span<LocalDate?> met = contract.Triggers.Count <= 32 ? stackalloc LocalDate?[contract.Triggers.Count] : new LocalDate?[contract.Triggers.Count];
        for (int t = 0; t < met.Length; t++)
        {
            met[t] = contract.Triggers[t].DateCounted(in context, asOf);
        }

        if (contract.HasPrerequisites)
        {
            Prerequisites.MeasureAfter(contract, in context, asOf, met);
        }

        TriggerDates metOn = TriggerDates.Of(contract, met);

        int full = weeks.CountOf(SelfSupport.Full);
        int partial = weeks.CountOf(SelfSupport.Partial);
        var counts = new WeekCounts(full, partial, weeks.ObservedWeeks - full - partial, contract.Window.Weeks - weeks.ObservedWeeks);
        municipal?.Fill(spells, classes, DayNumber.Of(windowStart), DayNumber.Of(asOf));
        var outcome = new ParticipantOutcome(participant, window, metOn, counts)
        {
            WeekRuns = contract.NeedsWeekRuns ? weeks.Runs.ToArray() : [],
            Municipal = municipal is null ? null : new MunicipalStart(municipal.Count, municipal.FirstWeekShare),
        };
        return new ParticipantEvaluation(outcome, timeline);
    }
}
