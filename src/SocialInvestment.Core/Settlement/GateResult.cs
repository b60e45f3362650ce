using NodaTime;

namespace SocialInvestment;

/// <summary>
/// What a payment's cohort gate found as of a date (docs/calculation.md, "Cohort gate"): for each cohort and for the pooled test, the
/// counts compared and whether the test passed; summary.json writes it as <c>gates</c>, so that an auditor sees why lines
/// are withheld.
/// </summary>
/// <param name="PaymentId">The gated payment.</param>
/// <param name="Gate">The gate.</param>
/// <param name="Cohorts">Every cohort of the gate's evaluation dates, by evaluation date, then cohort (code points).</param>
/// <param name="Pooled">The pooled test, or null where the gate has none.</param>
public sealed record GateResult(string PaymentId, CohortGate Gate, IReadOnlyList<GateCohortResult> Cohorts, GatePooledResult? Pooled);

/// <summary>The counts a gate compares: the cohort's participants and those who met the trigger by the evaluation date, and the same of the comparison group (0 where the gate has none).</summary>
public readonly record struct GateCounts(int Participants, int Met, int ComparisonParticipants, int ComparisonMet)
{
    internal GateCounts Plus(GateCounts other) =>
        new(Participants + other.Participants, Met + other.Met, ComparisonParticipants + other.ComparisonParticipants, ComparisonMet + other.ComparisonMet);
}

/// <summary>One cohort of a gate.</summary>
/// <param name="Cohort">The cohort, as the contract writes it.</param>
/// <param name="EvaluationDate">Its evaluation date <c>E_c</c>.</param>
/// <param name="Counts">Its counts, each trigger counted where met on or before <c>min(E_c, as_of)</c>.</param>
/// <param name="Evaluated">Whether <c>as_of ≥ E_c</c>.</param>
/// <param name="Passed">Whether it passed on its own: evaluated, with participants, and its rate beats the baseline by the margin.</param>
/// <param name="Released">Whether its lines are payable: it passed on its own, or the pooled test passed.</param>
public sealed record GateCohortResult(string Cohort, LocalDate EvaluationDate, GateCounts Counts, bool Evaluated, bool Passed, bool Released);

/// <summary>The pooled test of a gate.</summary>
/// <param name="EvaluationDate">Its date <c>E_p</c>.</param>
/// <param name="Counts">The sums of the cohorts' counts.</param>
/// <param name="Evaluated">Whether <c>as_of ≥ E_p</c>.</param>
/// <param name="Passed">Whether it passed, releasing every cohort of the gate.</param>
public sealed record GatePooledResult(LocalDate EvaluationDate, GateCounts Counts, bool Evaluated, bool Passed);
