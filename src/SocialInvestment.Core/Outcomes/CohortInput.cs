namespace SocialInvestment;

/// <summary>
/// A cohort sorted by participant id (code points), with each participant's spells and events grouped, and each
/// participant's row of employment rates found once.
/// </summary>
internal sealed class CohortInput
{
    private readonly EmploymentRates? _rates;
    private readonly int[] _rateRows;

    private CohortInput(Participant[] participants, CohortSpells spells, Grouped<OutcomeEvent> events, EmploymentRates? rates, int[] rateRows)
    {
        Participants = participants;
        Spells = spells;
        Events = events;
        _rates = rates;
        _rateRows = rateRows;
    }

    internal Participant[] Participants { get; }

    internal CohortSpells Spells { get; }

    internal Grouped<OutcomeEvent> Events { get; }

    /// <param name="contract">The contract whose benefit map classifies the spells.</param>
    /// <param name="participants">The cohort.</param>
    /// <param name="spells">Benefit spells; rows of people outside the cohort are left out.</param>
    /// <param name="events">Evidenced outcomes; rows of people outside the cohort are left out.</param>
    /// <param name="employmentRates">The monthly employment rates, looked up only where a trigger needs them; null for none.</param>
    /// <exception cref="ArgumentException">A participant id is duplicated.</exception>
    internal static CohortInput Prepare(Contract contract, IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, IEnumerable<OutcomeEvent> events, EmploymentRates? employmentRates = null)
    {
        Preconditions.CheckNotNull(participants, nameof(participants));
        Preconditions.CheckNotNull(spells, nameof(spells));
        Preconditions.CheckNotNull(events, nameof(events));
        Participant[] cohort = participants.ToArray();
        if (!IsSortedById(cohort))
        {
            // participants.csv is usually in id order already: then checking it is one pass instead of a sort's twenty.
            Array.Sort(cohort, static (a, b) => a.Id.CompareTo(b.Id));
        }

        var index = CohortIndex.Of(cohort, nameof(participants));

        EmploymentRates? rates = contract.EmploymentRatesTrigger is null ? null : employmentRates;
        int[] rateRows = rates is null ? [] : Array.ConvertAll(cohort, p => rates.RowOf(p.Id));
        return new CohortInput(
            cohort,
            CohortSpells.Build(spells, index, contract),
            Grouped<OutcomeEvent>.By(events, static e => e.ParticipantId, index),
            rates,
            rateRows);
    }

    private static bool IsSortedById(Participant[] cohort)
    {
        for (int i = 1; i < cohort.Length; i++)
        {
            if (cohort[i - 1].Id.CompareTo(cohort[i].Id) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Participant <paramref name="i"/>'s employment rates; none where the contract needs none.</summary>
    internal EmploymentRow EmploymentOf(int i) => _rates is null ? default : new EmploymentRow(_rates, _rateRows[i]);

    /// <summary>
    /// Evaluates participant <paramref name="i"/>; with <paramref name="space"/>, its timeline lasts until the next evaluation
    /// into it; with <paramref name="municipal"/>, that is filled with the participant's count c₀ (SPEC-DK DK5).
    /// </summary>
    internal ParticipantEvaluation Evaluate(int i, Contract contract, NodaTime.LocalDate asOf, SupportTimeline.SegmentSpace? space = null, MunicipalWeights? municipal = null) =>
        ParticipantEvaluation.Evaluate(contract, Participants[i], Spells.Of(i), Spells.Classes, Events.Of(i).AsSpan(), asOf, EmploymentOf(i), space, municipal);
}
