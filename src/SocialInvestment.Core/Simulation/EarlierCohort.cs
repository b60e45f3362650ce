using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The people of an earlier cohort as a projection draws them (docs/simulation.md, "Drawn from an earlier cohort"): each
/// one's count c₀ of weeks on support before the ISO week of their start (SPEC-DK DK5, by the settlement's own walk over
/// their history) and their own monthly cost (DK4). In a projection whose contract has a <c>municipal_share</c>, each
/// planned participant of each run takes one of them, drawn with equal chances.
/// </summary>
public sealed class EarlierCohort
{
    private EarlierCohort(int[] supportWeeksBefore, decimal?[] monthlyCosts)
    {
        SupportWeeksBeforeOf = supportWeeksBefore;
        MonthlyCostOf = monthlyCosts;
    }

    /// <summary>How many people there are to draw from.</summary>
    public int Participants => SupportWeeksBeforeOf.Length;

    /// <summary>c₀ of each person, in the order of their ids (code points).</summary>
    internal int[] SupportWeeksBeforeOf { get; }

    /// <summary>The own monthly cost of each person (null: the contract's), in the order of <see cref="SupportWeeksBeforeOf"/>.</summary>
    internal decimal?[] MonthlyCostOf { get; }

    /// <summary>Reads each earlier participant's c₀ and monthly cost.</summary>
    /// <param name="contract">The contract: its benefit map says which spells are support, its <c>municipal_share</c> how the count resets (without one, every c₀ is 0).</param>
    /// <param name="participants">The earlier cohort, at least one; ids unique.</param>
    /// <param name="spells">Their benefit spells; rows of people outside the cohort are ignored.</param>
    /// <param name="asOf">The earlier cohort's data extraction date: nothing after it is known.</param>
    /// <exception cref="ArgumentException">No participant, a duplicated id, or a spell's benefit code the contract does not map (as in <see cref="Settlement.Run"/>).</exception>
    public static EarlierCohort Of(Contract contract, IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, LocalDate asOf)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        CohortInput cohort = CohortInput.Prepare(contract, participants, spells, []);
        Preconditions.CheckArgument(cohort.Participants.Length > 0, nameof(participants), "The earlier cohort has no participant to draw from.");
        var counts = new int[cohort.Participants.Length];
        var costs = new decimal?[counts.Length];
        MunicipalWeights? weights = contract.MunicipalShare is { } share ? new MunicipalWeights(share) : null;
        int asOfDay = DayNumber.Of(asOf);
        for (int i = 0; i < counts.Length; i++)
        {
            Participant participant = cohort.Participants[i];
            costs[i] = participant.MonthlyCost;
            if (weights is not null)
            {
                // The count at the start, not at a window from the programme's end: a projection draws the programme's own weeks.
                weights.Fill(cohort.Spells.Of(i), cohort.Spells.Classes, DayNumber.Of(participant.Start), asOfDay);
                counts[i] = weights.Count;
            }
        }

        return new EarlierCohort(counts, costs);
    }
}
