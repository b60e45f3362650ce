namespace SocialInvestment;

/// <summary>
/// The comparison group of a cohort gate against a comparison group (docs/calculation.md, "Cohort gate",
/// <see cref="CohortGate.AgainstComparisonGroup"/>): people who were not in the programme, each matched to a cohort
/// (their <see cref="Participant.Cohort"/>), with their own benefit spells, evidenced outcomes and employment rates, in
/// the same forms as the cohort's. <see cref="Settlement.Run"/> measures each of them by the contract's triggers, over their own window, as of
/// the same date; they earn nothing.
/// </summary>
/// <remarks>
/// A person of the comparison group with no cohort, or a cohort the gate does not list, is counted nowhere. No person may
/// be both in the cohort and in the comparison group (<see cref="Settlement.Run"/> checks it).
/// </remarks>
public sealed class ComparisonGroup
{
    /// <summary>Creates a comparison group.</summary>
    /// <param name="participants">The comparison people; ids unique; each one's cohort is the cohort they are matched to.</param>
    /// <param name="spells">Their benefit spells; rows of other people are ignored.</param>
    /// <param name="events">Their evidenced outcomes; rows of other people are ignored.</param>
    /// <exception cref="ArgumentException">A participant id is given twice.</exception>
    public ComparisonGroup(IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, IEnumerable<OutcomeEvent> events)
    {
        Preconditions.CheckNotNull(participants, nameof(participants));
        Preconditions.CheckNotNull(spells, nameof(spells));
        Preconditions.CheckNotNull(events, nameof(events));
        Participant[] people = participants.ToArray();
        var ids = new HashSet<ParticipantId>(people.Length);
        foreach (Participant person in people)
        {
            Preconditions.CheckNotNull(person, nameof(participants));
            if (!ids.Add(person.Id))
            {
                // An id may be a CPR number given in code: it is shown as every message shows input values.
                throw new ArgumentException($"The comparison group holds participant {Echo.Quoted(person.Id.Value)} twice.", nameof(participants));
            }
        }

        Participants = Array.AsReadOnly(people);
        Spells = Array.AsReadOnly(spells.ToArray());
        Events = Array.AsReadOnly(events.ToArray());
    }

    /// <summary>The comparison people, in the order given.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Their benefit spells.</summary>
    public IReadOnlyList<BenefitSpell> Spells { get; }

    /// <summary>Their evidenced outcomes.</summary>
    public IReadOnlyList<OutcomeEvent> Events { get; }

    /// <summary>
    /// Their monthly employment rates (SPEC-DK DK3), by which an <c>employment</c> trigger measures them; null for none.
    /// Needed, with at least one known month, where the contract has such a trigger (<see cref="Contract.EmploymentRatesTrigger"/>).
    /// </summary>
    public EmploymentRates? EmploymentRates { get; init; }

    /// <summary>
    /// The people of <paramref name="people"/> who are also in <paramref name="others"/>, in the order of
    /// <paramref name="people"/>: one person cannot be both treated and a control, so a cohort and its comparison group
    /// share no one.
    /// </summary>
    /// <param name="people">The ids of one group (the cohort, or the comparison group).</param>
    /// <param name="others">The ids of the other group.</param>
    /// <returns>The ids in both groups; empty where the groups are apart.</returns>
    public static IReadOnlyList<ParticipantId> PeopleInBoth(IEnumerable<ParticipantId> people, IReadOnlySet<ParticipantId> others)
    {
        Preconditions.CheckNotNull(people, nameof(people));
        Preconditions.CheckNotNull(others, nameof(others));
        return people.Where(others.Contains).ToList();
    }
}
