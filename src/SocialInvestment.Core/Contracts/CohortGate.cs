using System.Collections.ObjectModel;
using System.Numerics;
using NodaTime;

namespace SocialInvestment;

/// <summary>Which way a cohort's rate must beat its baseline.</summary>
public enum GateDirection
{
    /// <summary>The rate must be at most <c>baseline × (1 − margin)</c> (a reduction, such as fewer reconvictions).</summary>
    Lower,

    /// <summary>The rate must be at least <c>baseline × (1 + margin)</c> (an increase, such as more jobs).</summary>
    Higher,
}

/// <summary>
/// A cohort gate on a payment (docs/calculation.md L2.7): the payment's lines for a cohort's participants accrue but are
/// withheld (payable 0) until the cohort's evaluation date, and are released after it only where the cohort's rate for a
/// trigger beats a baseline (the commissioner's baseline, or the rate the evaluator measured in a comparison group) by
/// the margin; or, with a <see cref="PooledGate"/>, from its final date where the rate over all the cohorts beats the
/// baseline by the pooled margin.
/// </summary>
public sealed class CohortGate
{
    /// <summary>Creates a cohort gate.</summary>
    /// <param name="trigger">The id of the trigger whose rate is measured.</param>
    /// <param name="direction">Whether the rate must be lower or higher than the baseline.</param>
    /// <param name="baselineRate">The baseline rate, in [0, 1].</param>
    /// <param name="margin">The relative margin, in [0, 1): 0.1 for a 10 % reduction or increase.</param>
    /// <param name="evaluationDates">Cohort (as participants.csv writes it) → its evaluation date; at least one.</param>
    /// <param name="pooled">The pooled test over all the cohorts at a final date, or null for none.</param>
    /// <exception cref="ArgumentException">A value is out of range, or the pooled date is before a cohort's evaluation date.</exception>
    public CohortGate(string trigger, GateDirection direction, Share baselineRate, decimal margin, IReadOnlyDictionary<string, LocalDate> evaluationDates, PooledGate? pooled = null)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(trigger), nameof(trigger), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        Preconditions.CheckArgument(Enum.IsDefined(direction), nameof(direction), "Unknown direction.");
        Preconditions.CheckArgument(margin is >= 0m and < 1m, nameof(margin), "The margin is at least 0 and less than 1.");
        Preconditions.CheckNotNull(evaluationDates, nameof(evaluationDates));
        Preconditions.CheckArgument(evaluationDates.Count > 0, nameof(evaluationDates), "A cohort gate has at least one evaluation date.");
        Preconditions.CheckArgument(
            pooled is null || evaluationDates.Values.All(date => date <= pooled.EvaluationDate),
            nameof(pooled),
            "The pooled evaluation date is on or after every cohort's evaluation date.");
        Trigger = trigger;
        Direction = direction;
        BaselineRate = baselineRate;
        Margin = margin;
        Pooled = pooled;
        EvaluationDates = new ReadOnlyDictionary<string, LocalDate>(new Dictionary<string, LocalDate>(evaluationDates, StringComparer.Ordinal));
    }

    /// <summary>The id of the trigger whose rate is measured.</summary>
    public string Trigger { get; }

    /// <summary>Whether the rate must be lower or higher than the baseline.</summary>
    public GateDirection Direction { get; }

    /// <summary>The baseline rate.</summary>
    public Share BaselineRate { get; }

    /// <summary>The relative margin.</summary>
    public decimal Margin { get; }

    /// <summary>Cohort → evaluation date; cohorts compare exactly.</summary>
    public IReadOnlyDictionary<string, LocalDate> EvaluationDates { get; }

    /// <summary>The pooled test over all the cohorts at a final date, or null for none.</summary>
    public PooledGate? Pooled { get; }

    /// <summary>
    /// Whether <paramref name="met"/> of <paramref name="participants"/> beats the baseline by the margin, compared
    /// exactly: <c>met × 10^s ≤ participants × threshold × 10^s</c> for Lower, ≥ for Higher.
    /// </summary>
    public bool Passes(int met, int participants) => Beats(met, participants, Margin);

    /// <summary>
    /// Whether <paramref name="met"/> of <paramref name="participants"/>, summed over the cohorts, beats the baseline by
    /// the pooled margin, compared as <see cref="Passes"/> does; false where the gate has no pooled test.
    /// </summary>
    public bool PassesPooled(int met, int participants) => Pooled is { } pooled && Beats(met, participants, pooled.Margin);

    private bool Beats(int met, int participants, decimal margin)
    {
        Preconditions.CheckArgument(participants > 0 && met >= 0 && met <= participants, nameof(met), "0 ≤ met ≤ participants, participants > 0.");
        decimal factor = Direction == GateDirection.Lower ? 1m - margin : 1m + margin;
        var (baseMantissa, baseScale) = ExactDecimal.Decompose(BaselineRate.Value);
        var (factorMantissa, factorScale) = ExactDecimal.Decompose(factor);
        BigInteger left = met * BigInteger.Pow(10, baseScale + factorScale);
        BigInteger right = participants * baseMantissa * factorMantissa;
        return Direction == GateDirection.Lower ? left <= right : left >= right;
    }
}
