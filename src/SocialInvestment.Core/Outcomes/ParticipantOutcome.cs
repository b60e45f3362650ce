using NodaTime;

namespace SocialInvestment;

/// <summary>Who achieved which outcome, and when: one participant's triggers as of a date (SPEC §5–6).</summary>
public sealed class ParticipantOutcome
{
    internal ParticipantOutcome(Participant participant, DateInterval window, TriggerDates metOn, WeekCounts weeks)
    {
        Participant = participant;
        WindowStart = window.Start;
        WindowEnd = window.End;
        Dates = metOn;
        Weeks = weeks;
    }

    /// <summary>The participant.</summary>
    public Participant Participant { get; }

    /// <summary>The participant's id.</summary>
    public ParticipantId ParticipantId => Participant.Id;

    /// <summary>The observation window, both ends included (it may reach past <c>as_of</c>).</summary>
    /// <remarks>
    /// Made when asked from <see cref="WindowStart"/> and <see cref="WindowEnd"/>: a million participants' outcomes then
    /// hold no window object each for the collector to trace and move.
    /// </remarks>
    public DateInterval Window => new(WindowStart, WindowEnd);

    /// <summary>The window's first day.</summary>
    internal LocalDate WindowStart { get; }

    /// <summary>The window's last day.</summary>
    internal LocalDate WindowEnd { get; }

    /// <summary>Trigger id → the date it was met, for the triggers met on or before <c>as_of</c> only.</summary>
    public IReadOnlyDictionary<string, LocalDate> MetOn => Dates;

    /// <summary>The same dates, by trigger position: a field, so that reading them does not copy the struct.</summary>
    internal readonly TriggerDates Dates;

    /// <summary>The window's weeks by self-support.</summary>
    public WeekCounts Weeks { get; }

    /// <summary>
    /// The window's observed weeks, classified and grouped into runs (SPEC §5), kept only where a payment is made from them
    /// (<see cref="Contract.NeedsWeekRuns"/>, a price per week); else empty.
    /// </summary>
    internal WeekRun[] WeekRuns { get; init; } = [];

    /// <summary>
    /// The count c₀ of weeks on support at the window start (SPEC-DK DK5): the support weeks counted, with the contract's
    /// reset, from the participant's first support week in the input up to the ISO week before the one holding the window
    /// start, as far as known by <c>as_of</c>; weeks before the history given count as weeks without support. Counted by the
    /// contract's <see cref="MunicipalShare"/> even where it is a constant (for which the count changes nothing). Null
    /// where the contract has no municipal share.
    /// </summary>
    public int? SupportWeeksBefore => Municipal?.Count;

    /// <summary>
    /// The municipal share m in the window's first ISO week (SPEC-DK DK5): the share of the step with the largest
    /// <c>from_week</c> ≤ c₀ + 1 (<see cref="SupportWeeksBefore"/>). Null where the contract has no municipal share.
    /// </summary>
    public Share? MunicipalShareInFirstWeek => Municipal?.FirstWeekShare;

    /// <summary>c₀ and the first week's share, filled during evaluation where the contract has a municipal share; else null.</summary>
    internal MunicipalStart? Municipal { get; init; }

    /// <summary>The date a trigger was met, or null where it was not met by <c>as_of</c>.</summary>
    public LocalDate? DateMet(string triggerId) => MetOn.TryGetValue(triggerId, out LocalDate date) ? date : null;
}
