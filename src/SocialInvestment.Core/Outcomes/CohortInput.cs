namespace SocialInvestment;

/// <summary>A cohort sorted by participant id (code points), with each participant's spells and events grouped.</summary>
internal sealed class CohortInput
{
    private CohortInput(Participant[] participants, CohortSpells spells, Grouped<OutcomeEvent> events)
    {
        Participants = participants;
        Spells = spells;
        Events = events;
    }

    internal Participant[] Participants { get; }

    internal CohortSpells Spells { get; }

    internal Grouped<OutcomeEvent> Events { get; }

    /// <exception cref="ArgumentException">A participant id is duplicated.</exception>
    internal static CohortInput Prepare(Contract contract, IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, IEnumerable<OutcomeEvent> events)
    {
        Preconditions.CheckNotNull(participants, nameof(participants));
        Preconditions.CheckNotNull(spells, nameof(spells));
        Preconditions.CheckNotNull(events, nameof(events));
        Participant[] cohort = participants.ToArray();
        Array.Sort(cohort, static (a, b) => a.Id.CompareTo(b.Id));
        var index = new Dictionary<ParticipantId, int>(cohort.Length);
        for (int i = 0; i < cohort.Length; i++)
        {
            // The message is built only when thrown (a million participants), and masked: an id may be a CPR number.
            if (!index.TryAdd(cohort[i].Id, i))
            {
                throw new ArgumentException($"Participant '{Echo.Value(cohort[i].Id.Value)}' appears twice.", nameof(participants));
            }
        }

        return new CohortInput(
            cohort,
            CohortSpells.Build(spells, index, contract),
            Grouped<OutcomeEvent>.By(events, static e => e.ParticipantId, index));
    }

    /// <summary>Evaluates participant <paramref name="i"/>; with <paramref name="space"/>, its timeline lasts until the next evaluation into it.</summary>
    internal ParticipantEvaluation Evaluate(int i, Contract contract, NodaTime.LocalDate asOf, SupportTimeline.SegmentSpace? space = null) =>
        ParticipantEvaluation.Evaluate(contract, Participants[i], Spells.Of(i), Spells.Classes, Events.Of(i).AsSpan(), asOf, space);
}
