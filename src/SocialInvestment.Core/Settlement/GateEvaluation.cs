using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Evaluates a payment's cohort gate (docs/calculation.md, "Cohort gate"): counts each cohort's participants, and those whose trigger
/// was met on or before the cohort's evaluation date, in the cohort and (against a comparison group) in the comparison
/// group; tests each cohort on its own and the pooled sums; and says which cohorts are released as of the date.
/// </summary>
internal static class GateEvaluation
{
    /// <param name="paymentId">The gated payment.</param>
    /// <param name="gate">Its gate.</param>
    /// <param name="contract">The contract, whose trigger ordinals the outcomes use.</param>
    /// <param name="outcomes">The cohort's outcomes.</param>
    /// <param name="comparison">The comparison group's outcomes, measured by the same contract; empty where the gate compares with a rate.</param>
    /// <param name="asOf">The data extraction date.</param>
    internal static GateResult Evaluate(string paymentId, CohortGate gate, Contract contract, IReadOnlyList<ParticipantOutcome> outcomes, IReadOnlyList<ParticipantOutcome> comparison, LocalDate asOf)
    {
        int trigger = contract.TriggerOrdinal(gate.Trigger)!.Value;
        var counts = gate.EvaluationDates.Keys.ToDictionary(c => c, _ => default(GateCounts), StringComparer.Ordinal);
        foreach (ParticipantOutcome outcome in outcomes)
        {
            if (Counted(gate, trigger, outcome) is { } counted)
            {
                GateCounts c = counts[counted.Cohort];
                counts[counted.Cohort] = c with { Participants = c.Participants + 1, Met = c.Met + (counted.Met ? 1 : 0) };
            }
        }

        foreach (ParticipantOutcome outcome in comparison)
        {
            if (Counted(gate, trigger, outcome) is { } counted)
            {
                GateCounts c = counts[counted.Cohort];
                counts[counted.Cohort] = c with { ComparisonParticipants = c.ComparisonParticipants + 1, ComparisonMet = c.ComparisonMet + (counted.Met ? 1 : 0) };
            }
        }

        // The pooled test sums each cohort's own result (met by its own evaluation date), so a cohort's count never
        // changes after it was evaluated; the pooled date is on or after every cohort's, so all are evaluated by then.
        GatePooledResult? pooled = null;
        if (gate.Pooled is { } pooledGate)
        {
            GateCounts sums = counts.Values.Aggregate(default(GateCounts), (sum, c) => sum.Plus(c));
            bool evaluated = pooledGate.EvaluationDate <= asOf;
            pooled = new GatePooledResult(pooledGate.EvaluationDate, sums, evaluated, evaluated && Beats(gate, sums, pooled: true));
        }

        var cohorts = counts
            .Select(pair =>
            {
                LocalDate evaluation = gate.EvaluationDates[pair.Key];
                bool evaluated = evaluation <= asOf;
                bool passed = evaluated && Beats(gate, pair.Value, pooled: false);
                return new GateCohortResult(pair.Key, evaluation, pair.Value, evaluated, passed, passed || pooled is { Passed: true });
            })
            .OrderBy(c => c.EvaluationDate)
            .ThenBy(c => c.Cohort, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
        return new GateResult(paymentId, gate, cohorts, pooled);
    }

    /// <summary>The participant's cohort, where the gate lists it, and whether the trigger was met on or before its evaluation date.</summary>
    private static (string Cohort, bool Met)? Counted(CohortGate gate, int trigger, ParticipantOutcome outcome)
    {
        if (outcome.Participant.Cohort is not { } cohort || !gate.EvaluationDates.TryGetValue(cohort, out LocalDate evaluation))
        {
            return null;
        }

        return (cohort, outcome.Dates.IsMet(trigger) && outcome.Dates.DayOf(trigger) <= DayNumber.Of(evaluation));
    }

    /// <summary>The gate's test on the counts; a cohort (or pool) with no participants has nothing to pass.</summary>
    private static bool Beats(CohortGate gate, GateCounts counts, bool pooled)
    {
        if (counts.Participants == 0)
        {
            return false;
        }

        return (gate.UsesComparisonGroup, pooled) switch
        {
            (false, false) => gate.Passes(counts.Met, counts.Participants),
            (false, true) => gate.PassesPooled(counts.Met, counts.Participants),
            (true, false) => gate.Passes(counts.Met, counts.Participants, counts.ComparisonMet, counts.ComparisonParticipants),
            (true, true) => gate.PassesPooled(counts.Met, counts.Participants, counts.ComparisonMet, counts.ComparisonParticipants),
        };
    }
}
