using NodaTime;

namespace SocialInvestment;

/// <summary>What the pooled test of a cohort gate found (docs/calculation.md, "Cohort gate", <c>pooled</c>).</summary>
public sealed class GatePooledResult
{
    internal GatePooledResult(LocalDate evaluationDate, GateCounts counts, bool evaluated, bool passed)
    {
        EvaluationDate = evaluationDate;
        Counts = counts;
        Evaluated = evaluated;
        Passed = passed;
    }

    /// <summary>Its date <c>E_p</c>.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>The sums of the cohorts' counts.</summary>
    public GateCounts Counts { get; }

    /// <summary>Whether <c>as_of ≥ E_p</c>.</summary>
    public bool Evaluated { get; }

    /// <summary>Whether it passed, releasing every cohort of the gate.</summary>
    public bool Passed { get; }
}
