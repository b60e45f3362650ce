using NodaTime;

namespace SocialInvestment;

/// <summary>What a cohort gate found of one cohort (docs/calculation.md, "Cohort gate").</summary>
public sealed class GateCohortResult
{
    internal GateCohortResult(string cohort, LocalDate evaluationDate, GateCounts counts, bool evaluated, bool passed, bool released)
    {
        Cohort = cohort;
        EvaluationDate = evaluationDate;
        Counts = counts;
        Evaluated = evaluated;
        Passed = passed;
        Released = released;
    }

    /// <summary>The cohort, as the contract writes it.</summary>
    public string Cohort { get; }

    /// <summary>Its evaluation date <c>E_c</c>.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>Its counts, each trigger counted where met on or before <c>min(E_c, as_of)</c>.</summary>
    public GateCounts Counts { get; }

    /// <summary>Whether <c>as_of ≥ E_c</c>.</summary>
    public bool Evaluated { get; }

    /// <summary>Whether it passed on its own: evaluated, with participants, and its rate beats the baseline by the margin.</summary>
    public bool Passed { get; }

    /// <summary>Whether its lines are payable: it passed on its own, or the pooled test passed.</summary>
    public bool Released { get; }
}
