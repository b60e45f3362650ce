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
    /// <param name="options">How to do the work (cores, progress); null for the defaults. Never changes the result.</param>
    /// <param name="employmentRates">
    /// The monthly employment rates of the participants (SPEC-DK DK3): needed, with at least one known month, exactly where a
    /// trigger is an <c>employment</c> trigger (<see cref="Contract.EmploymentRatesTrigger"/>); otherwise null, or not used.
    /// </param>
    /// <returns>One outcome per participant, ordered by participant id (code points).</returns>
    /// <exception cref="ArgumentException">
    /// A participant id is duplicated, or a spell's benefit code is not mapped; or a trigger needs employment rates and none
    /// with a known month are given (the message names the trigger).
    /// </exception>
    public static IReadOnlyList<ParticipantOutcome> Evaluate(
        Contract contract,
        IEnumerable<Participant> participants,
        IEnumerable<BenefitSpell> spells,
        IEnumerable<OutcomeEvent> events,
        LocalDate asOf,
        SettlementOptions? options = null,
        EmploymentRates? employmentRates = null) =>
        EvaluateAll(contract, participants, spells, events, asOf, options ?? SettlementOptions.Default, employmentRates).Select(e => e.Outcome).ToList().AsReadOnly();

    internal static IReadOnlyList<ParticipantEvaluation> EvaluateAll(
        Contract contract,
        IEnumerable<Participant> participants,
        IEnumerable<BenefitSpell> spells,
        IEnumerable<OutcomeEvent> events,
        LocalDate asOf,
        SettlementOptions options,
        EmploymentRates? employmentRates = null)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        contract.CheckEmploymentRatesGiven(employmentRates, nameof(employmentRates));
        CohortInput cohort = CohortInput.Prepare(contract, participants, spells, events, employmentRates);
        var evaluations = new ParticipantEvaluation[cohort.Participants.Length];
        Chunks.Map(evaluations.Length, options, (start, end) =>
        {
            // SPEC-DK DK5: each outcome shows its count c₀ where the contract has a municipal share.
            MunicipalWeights? municipal = contract.MunicipalShare is { } share ? new MunicipalWeights(share) : null;
            for (int i = start; i < end; i++)
            {
                evaluations[i] = cohort.Evaluate(i, contract, asOf, municipal: municipal);
            }

            return true;
        });
        return evaluations;
    }
}
