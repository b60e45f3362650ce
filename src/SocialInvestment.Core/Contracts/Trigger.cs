namespace SocialInvestment;

/// <summary>
/// A rule that says an outcome was achieved, and when (SPEC §6). Each trigger is met at most once per participant, on a
/// date, and counts only if that date is on or before <c>as_of</c>.
/// </summary>
public abstract class Trigger
{
    private protected Trigger(string id)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(id), nameof(id), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        Id = id;
    }

    /// <summary>The trigger's id, unique in its contract.</summary>
    public string Id { get; }

    /// <summary>The kind as contract.json writes it: <c>enrolment</c>, <c>completion</c>, <c>sustained</c>, <c>count</c>, <c>education</c> or <c>event</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Whether evaluating this trigger needs benefit spells.</summary>
    public virtual bool NeedsSpells => false;

    /// <summary>
    /// The id of a prerequisite: a trigger listed earlier in the contract that must be met first; null for none. With a
    /// prerequisite met on day P, this trigger is measured from P on: only weeks that begin on or after P count, only
    /// events on or after P, and an enrolment or completion date before P does not count (docs/calculation.md).
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a valid id.</exception>
    public string? After
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || ParticipantId.IsValid(value), nameof(After), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
            field = value;
        }
    }

    /// <summary>
    /// The rate at which participants would meet this trigger without the programme (the contract's baseline), or null
    /// for none. Evidence tests the cohort's share against it (<see cref="Evidence"/>, docs/evidence.md); it changes no
    /// settlement.
    /// </summary>
    public Share? BaselineRate { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Kind})";
}

/// <summary>Met on the programme start.</summary>
public sealed class EnrolmentTrigger(string id) : Trigger(id)
{
    /// <inheritdoc/>
    public override string Kind => "enrolment";
}

/// <summary>Met on the programme end (given, or the contract's default) when the participant completed.</summary>
public sealed class CompletionTrigger(string id) : Trigger(id)
{
    /// <inheritdoc/>
    public override string Kind => "completion";
}

/// <summary>A trigger measured on weeks of self-support in the window.</summary>
public abstract class SelfSupportTrigger : Trigger
{
    private protected SelfSupportTrigger(string id, int weeks, SelfSupport level, bool excludeEducation)
        : base(id)
    {
        Preconditions.CheckArgumentRange(nameof(weeks), weeks, 1, ObservationWindow.MaxWeeks);
        Preconditions.CheckArgument(level is SelfSupport.Full or SelfSupport.Partial, nameof(level), "The level is Full, or Partial for full_or_partial.");
        Weeks = weeks;
        Level = level;
        ExcludeEducation = excludeEducation;
    }

    /// <summary>N: the number of qualifying weeks needed.</summary>
    public int Weeks { get; }

    /// <summary>
    /// The least self-support a week needs to qualify: <see cref="SelfSupport.Full"/> for <c>full</c>,
    /// <see cref="SelfSupport.Partial"/> for <c>full_or_partial</c>.
    /// </summary>
    public SelfSupport Level { get; }

    /// <summary>Whether a week holding any education day does not qualify.</summary>
    public bool ExcludeEducation { get; }

    /// <inheritdoc/>
    public override bool NeedsSpells => true;
}

/// <summary>Met on the last day of the first week k whose weeks k−N+1 … k all qualify.</summary>
public sealed class SustainedTrigger(string id, int weeks, SelfSupport level, bool excludeEducation = false)
    : SelfSupportTrigger(id, weeks, level, excludeEducation)
{
    /// <inheritdoc/>
    public override string Kind => "sustained";
}

/// <summary>Met on the last day of the week in which the number of qualifying weeks 0 … k reaches N.</summary>
public sealed class CountTrigger(string id, int weeks, SelfSupport level, bool excludeEducation = false)
    : SelfSupportTrigger(id, weeks, level, excludeEducation)
{
    /// <inheritdoc/>
    public override string Kind => "count";
}

/// <summary>As <see cref="CountTrigger"/>, where a week qualifies when it holds an education day.</summary>
public sealed class EducationTrigger : Trigger
{
    /// <summary>Creates an education trigger.</summary>
    /// <param name="id">The trigger's id.</param>
    /// <param name="weeks">N, the number of weeks with an education day needed; default 1.</param>
    public EducationTrigger(string id, int weeks = 1)
        : base(id)
    {
        Preconditions.CheckArgumentRange(nameof(weeks), weeks, 1, ObservationWindow.MaxWeeks);
        Weeks = weeks;
    }

    /// <summary>N.</summary>
    public int Weeks { get; }

    /// <inheritdoc/>
    public override string Kind => "education";

    /// <inheritdoc/>
    public override bool NeedsSpells => true;
}

/// <summary>Met on the earliest date, inside the window, of the participant's events with the given outcome code.</summary>
public sealed class EventTrigger : Trigger
{
    /// <summary>Creates an event trigger.</summary>
    /// <param name="id">The trigger's id.</param>
    /// <param name="outcome">The outcome code in events.csv; compared exactly.</param>
    public EventTrigger(string id, string outcome)
        : base(id)
    {
        Preconditions.CheckArgument(!string.IsNullOrEmpty(outcome), nameof(outcome), "An outcome code must not be empty.");
        Outcome = outcome;
    }

    /// <summary>The outcome code.</summary>
    public string Outcome { get; }

    /// <inheritdoc/>
    public override string Kind => "event";
}
