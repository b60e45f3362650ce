using NodaTime;

namespace SocialInvestment;

/// <summary>An evidenced outcome: one row of events.csv (SPEC §2).</summary>
public sealed class OutcomeEvent
{
    /// <summary>Creates an outcome event.</summary>
    /// <param name="participantId">Who achieved it.</param>
    /// <param name="outcome">The outcome's code, as an <c>event</c> trigger names it; compared exactly.</param>
    /// <param name="date">The day it was achieved.</param>
    /// <param name="evidence">Free text (a case number, a document); carried, never computed on.</param>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is empty.</exception>
    public OutcomeEvent(ParticipantId participantId, string outcome, LocalDate date, string? evidence = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrEmpty(outcome), nameof(outcome), "An outcome code must not be empty.");
        ParticipantId = participantId;
        Outcome = outcome;
        Date = date;
        Evidence = string.IsNullOrEmpty(evidence) ? null : evidence;
    }

    /// <summary>Who achieved it.</summary>
    public ParticipantId ParticipantId { get; }

    /// <summary>The outcome's code.</summary>
    public string Outcome { get; }

    /// <summary>The day it was achieved.</summary>
    public LocalDate Date { get; }

    /// <summary>The evidence reference, or null.</summary>
    public string? Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ParticipantId} {Outcome} {Date:uuuu-MM-dd}";
}
