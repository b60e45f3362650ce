using NodaTime;

namespace SocialInvestment;

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

    /// <summary>SPEC §6 <c>event</c>: the earliest date of the participant's events with <see cref="Outcome"/> that falls inside the window.</summary>
    internal override LocalDate? DateMet(in TriggerContext context, LocalDate? from)
    {
        LocalDate? earliest = null;
        foreach (OutcomeEvent row in context.Events)
        {
            if (string.Equals(row.Outcome, Outcome, StringComparison.Ordinal) && context.Window.Contains(row.Date) && Prerequisites.CountsFrom(row.Date, from)
                && (earliest is null || row.Date < earliest))
            {
                earliest = row.Date;
            }
        }

        return earliest;
    }
}
