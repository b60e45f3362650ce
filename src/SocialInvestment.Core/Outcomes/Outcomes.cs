using NodaTime;

namespace SocialInvestment;

/// <summary>Who achieved which outcome, and when (SPEC §4–6): the triggers of a contract evaluated for a cohort as of a date.</summary>
public static class Outcomes
{
    /// <summary>Evaluates every trigger of <paramref name="contract"/> for each participant.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="participants">The cohort; ids unique.</param>
    /// <param name="spells">Benefit spells; rows of people outside the cohort are ignored.</param>
    /// <param name="events">Evidenced outcomes; rows of people outside the cohort are ignored.</param>
    /// <param name="asOf">The data extraction date.</param>
    /// <returns>One outcome per participant, ordered by participant id (code points).</returns>
    /// <exception cref="ArgumentException">A participant id is duplicated, or a spell's benefit code is not mapped.</exception>
    public static IReadOnlyList<ParticipantOutcome> Evaluate(
        Contract contract, IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, IEnumerable<OutcomeEvent> events, LocalDate asOf) =>
        EvaluateAll(contract, participants, spells, events, asOf).Select(e => e.Outcome).ToList().AsReadOnly();

    internal static IReadOnlyList<ParticipantEvaluation> EvaluateAll(
        Contract contract, IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, IEnumerable<OutcomeEvent> events, LocalDate asOf)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        Preconditions.CheckNotNull(participants, nameof(participants));
        Preconditions.CheckNotNull(spells, nameof(spells));
        Preconditions.CheckNotNull(events, nameof(events));

        var cohort = new SortedDictionary<ParticipantId, Participant>();
        foreach (Participant participant in participants)
        {
            Preconditions.CheckArgument(cohort.TryAdd(participant.Id, participant), nameof(participants), $"Participant '{participant.Id}' appears twice.");
        }

        var spellsOf = GroupBy(spells, s => s.ParticipantId, cohort);
        var eventsOf = GroupBy(events, e => e.ParticipantId, cohort);
        var evaluations = new List<ParticipantEvaluation>(cohort.Count);
        foreach (Participant participant in cohort.Values)
        {
            evaluations.Add(ParticipantEvaluation.Evaluate(
                contract,
                participant,
                spellsOf.TryGetValue(participant.Id, out var s) ? s : [],
                eventsOf.TryGetValue(participant.Id, out var e) ? e : [],
                asOf));
        }

        return evaluations;
    }

    private static Dictionary<ParticipantId, List<T>> GroupBy<T>(IEnumerable<T> rows, Func<T, ParticipantId> idOf, SortedDictionary<ParticipantId, Participant> cohort)
    {
        var groups = new Dictionary<ParticipantId, List<T>>();
        foreach (T row in rows)
        {
            ParticipantId id = idOf(row);
            if (!cohort.ContainsKey(id))
            {
                continue;
            }

            if (!groups.TryGetValue(id, out List<T>? list))
            {
                list = [];
                groups.Add(id, list);
            }

            list.Add(row);
        }

        return groups;
    }
}
