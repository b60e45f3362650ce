using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The second chance of a cohort gate (docs/calculation.md, "Cohort gate", <c>pooled</c>): at a final evaluation date, the rate
/// over all the gate's cohorts together is tested against the baseline with its own, usually lower, margin; where it
/// passes, the lines of cohorts that failed on their own are released too (Peterborough: 10 % per cohort, or 7.5 %
/// across all cohorts).
/// </summary>
public sealed class PooledGate
{
    /// <summary>Creates a pooled test.</summary>
    /// <param name="margin">The relative margin of the pooled test, in [0, 1): 0.075 for 7.5 %.</param>
    /// <param name="evaluationDate">The final evaluation date; on or after every cohort's own evaluation date.</param>
    /// <exception cref="ArgumentException">The margin is out of range.</exception>
    public PooledGate(decimal margin, LocalDate evaluationDate)
    {
        Preconditions.CheckArgument(margin is >= 0m and < CohortGate.MarginCeiling, nameof(margin), "The margin is at least 0 and less than 1.");
        Margin = margin;
        EvaluationDate = evaluationDate;
    }

    /// <summary>The relative margin of the pooled test.</summary>
    public decimal Margin { get; }

    /// <summary>The final evaluation date.</summary>
    public LocalDate EvaluationDate { get; }
}
