using NodaTime;

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

    /// <summary>The kind as contract.json writes it: <c>enrolment</c>, <c>completion</c>, <c>sustained</c>, <c>count</c>, <c>education</c>, <c>event</c> or <c>employment</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Whether evaluating this trigger needs benefit spells.</summary>
    public virtual bool NeedsSpells => false;

    /// <summary>Whether evaluating this trigger needs monthly employment rates (<see cref="EmploymentRates"/>): an <c>employment</c> trigger.</summary>
    public virtual bool NeedsEmploymentRates => false;

    /// <summary>The weeks of the window the trigger needs at least (its N); 0 where it counts no weeks. A contract's window must hold them.</summary>
    internal virtual int WeeksInWindow => 0;

    /// <summary>
    /// The id of a prerequisite: a trigger listed earlier in the contract that must be met first; null for none. With a
    /// prerequisite met on day P, this trigger is measured from P on: only weeks and months that begin on or after P
    /// count, only events on or after P, and an enrolment or completion date before P does not count (docs/calculation.md).
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

    /// <summary>
    /// The date this trigger counts as met for one participant: its <see cref="DateMet"/> where that is on or before
    /// <paramref name="asOf"/> (SPEC §6), else null.
    /// </summary>
    internal LocalDate? DateCounted(in TriggerContext context, LocalDate asOf, LocalDate? from = null) =>
        DateMet(in context, from) is { } date && date <= asOf ? date : null;

    /// <summary>
    /// The date this kind's rule (SPEC §6) meets the trigger for one participant, whatever <c>as_of</c>; null where it
    /// is not met.
    /// </summary>
    /// <param name="context">The participant's measures.</param>
    /// <param name="from">A prerequisite's date: measure from it on (<see cref="Prerequisites"/>); null for none.</param>
    internal abstract LocalDate? DateMet(in TriggerContext context, LocalDate? from);
}
