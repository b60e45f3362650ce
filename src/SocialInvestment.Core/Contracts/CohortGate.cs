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
/// A cohort gate on a payment (docs/calculation.md, "Cohort gate"): the payment's lines for a cohort's participants accrue but are
/// withheld (payable 0) until the cohort's evaluation date, and are released after it only where the cohort's rate for a
/// trigger beats a baseline by the margin; or, with a <see cref="PooledGate"/>, from its final date where the rate over
/// all the cohorts beats the baseline by the pooled margin. The baseline is a rate given in the contract (the
/// commissioner's baseline, or a rate an evaluator measured), or the rate of the same trigger in a comparison group given
/// as data (<see cref="AgainstComparisonGroup"/>, <see cref="ComparisonGroup"/>), cohort by cohort.
/// </summary>
public sealed class CohortGate
{
    /// <summary>The bound a margin (of a cohort gate, and of its <see cref="PooledGate"/>) stays below: a margin of 1 would ask a lower rate of 0.</summary>
    internal const decimal MarginCeiling = 1m;

    /// <summary>Creates a cohort gate against a baseline rate.</summary>
    /// <param name="trigger">The id of the trigger whose rate is measured.</param>
    /// <param name="direction">Whether the rate must be lower or higher than the baseline.</param>
    /// <param name="baselineRate">The baseline rate, in [0, 1].</param>
    /// <param name="margin">The relative margin, in [0, 1): 0.1 for a 10 % reduction or increase.</param>
    /// <param name="evaluationDates">Cohort (as participants.csv writes it) → its evaluation date; at least one.</param>
    /// <param name="pooled">The pooled test over all the cohorts at a final date, or null for none.</param>
    /// <exception cref="ArgumentException">A value is out of range, or the pooled date is before a cohort's evaluation date.</exception>
    public CohortGate(string trigger, GateDirection direction, Share baselineRate, decimal margin, IReadOnlyDictionary<string, LocalDate> evaluationDates, PooledGate? pooled = null)
        : this(trigger, direction, (Share?)baselineRate, margin, evaluationDates, pooled)
    {
    }

    private CohortGate(string trigger, GateDirection direction, Share? baselineRate, decimal margin, IReadOnlyDictionary<string, LocalDate> evaluationDates, PooledGate? pooled)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(trigger), nameof(trigger), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        Preconditions.CheckArgument(Enum.IsDefined(direction), nameof(direction), "Unknown direction.");
        Preconditions.CheckArgument(margin is >= 0m and < MarginCeiling, nameof(margin), "The margin is at least 0 and less than 1.");
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

    /// <summary>
    /// Creates a cohort gate against a comparison group (contract.json <c>"baseline": "comparison_group"</c>): each cohort's
    /// rate is compared with the rate of the same trigger among the comparison people matched to that cohort, measured by
    /// the same contract by the same evaluation date. <see cref="Settlement.Run"/> then needs the
    /// <see cref="ComparisonGroup"/>.
    /// </summary>
    /// <param name="trigger">The id of the trigger whose rate is measured, in the cohort and in the comparison group.</param>
    /// <param name="direction">Whether the cohort's rate must be lower or higher than the comparison group's.</param>
    /// <param name="margin">The relative margin, in [0, 1): 0.1 for a 10 % reduction or increase.</param>
    /// <param name="evaluationDates">Cohort (as participants.csv writes it) → its evaluation date; at least one.</param>
    /// <param name="pooled">The pooled test over all the cohorts at a final date, or null for none.</param>
    /// <returns>The gate.</returns>
    /// <exception cref="ArgumentException">A value is out of range, or the pooled date is before a cohort's evaluation date.</exception>
    public static CohortGate AgainstComparisonGroup(string trigger, GateDirection direction, decimal margin, IReadOnlyDictionary<string, LocalDate> evaluationDates, PooledGate? pooled = null) =>
        new(trigger, direction, null, margin, evaluationDates, pooled);

    /// <summary>The id of the trigger whose rate is measured.</summary>
    public string Trigger { get; }

    /// <summary>Whether the rate must be lower or higher than the baseline.</summary>
    public GateDirection Direction { get; }

    /// <summary>The baseline rate; null where the baseline is the comparison group's rate (<see cref="UsesComparisonGroup"/>).</summary>
    public Share? BaselineRate { get; }

    /// <summary>Whether the baseline is the rate of a comparison group given as data, cohort by cohort, rather than a rate.</summary>
    public bool UsesComparisonGroup => BaselineRate is null;

    /// <summary>The relative margin.</summary>
    public decimal Margin { get; }

    /// <summary>Cohort → evaluation date; cohorts compare exactly.</summary>
    public IReadOnlyDictionary<string, LocalDate> EvaluationDates { get; }

    /// <summary>The pooled test over all the cohorts at a final date, or null for none.</summary>
    public PooledGate? Pooled { get; }

    /// <summary>
    /// Whether <paramref name="met"/> of <paramref name="participants"/> beats the baseline rate by the margin, compared
    /// exactly: <c>met × 10^s ≤ participants × threshold × 10^s</c> for Lower, ≥ for Higher.
    /// </summary>
    /// <exception cref="InvalidOperationException">The gate compares with a comparison group: give its counts too.</exception>
    public bool Passes(int met, int participants) => Beats(met, participants, RateBaseline(), Margin);

    /// <summary>
    /// Whether <paramref name="met"/> of <paramref name="participants"/> beats the comparison group's
    /// <paramref name="comparisonMet"/> of <paramref name="comparisonParticipants"/> by the margin, compared exactly:
    /// <c>met × comparisonParticipants × 10^s ≤ comparisonMet × participants × mantissa(1 − margin)</c> for Lower, with
    /// <c>1 + margin</c> and ≥ for Higher. False where the comparison group has no one to compare with.
    /// </summary>
    /// <exception cref="InvalidOperationException">The gate compares with a baseline rate: use <see cref="Passes(int, int)"/>.</exception>
    public bool Passes(int met, int participants, int comparisonMet, int comparisonParticipants) =>
        Beats(met, participants, ComparisonBaseline(comparisonMet, comparisonParticipants), Margin);

    /// <summary>
    /// Whether <paramref name="met"/> of <paramref name="participants"/>, summed over the cohorts, beats the baseline rate by
    /// the pooled margin, compared as <see cref="Passes(int, int)"/> does; false where the gate has no pooled test.
    /// </summary>
    /// <exception cref="InvalidOperationException">The gate compares with a comparison group: give its counts too.</exception>
    public bool PassesPooled(int met, int participants) => Pooled is { } pooled && Beats(met, participants, RateBaseline(), pooled.Margin);

    /// <summary>
    /// Whether <paramref name="met"/> of <paramref name="participants"/>, summed over the cohorts, beats the comparison
    /// group's <paramref name="comparisonMet"/> of <paramref name="comparisonParticipants"/>, summed over the same cohorts,
    /// by the pooled margin, compared as <see cref="Passes(int, int, int, int)"/> does; false where the gate has no pooled
    /// test or the comparison group has no one to compare with.
    /// </summary>
    /// <exception cref="InvalidOperationException">The gate compares with a baseline rate: use <see cref="PassesPooled(int, int)"/>.</exception>
    public bool PassesPooled(int met, int participants, int comparisonMet, int comparisonParticipants) =>
        Pooled is { } pooled && Beats(met, participants, ComparisonBaseline(comparisonMet, comparisonParticipants), pooled.Margin);

    /// <summary>The baseline rate as the fraction <c>mantissa / 10^scale</c>.</summary>
    private (BigInteger Numerator, BigInteger Denominator)? RateBaseline()
    {
        if (BaselineRate is not { } rate)
        {
            throw new InvalidOperationException("The gate compares with a comparison group: give the comparison group's counts.");
        }

        var (mantissa, scale) = ExactDecimal.Decompose(rate.Value);
        return (mantissa, BigInteger.Pow(10, scale));
    }

    /// <summary>The comparison group's rate as the fraction <c>met / participants</c>; null where there is no one to compare with.</summary>
    private (BigInteger Numerator, BigInteger Denominator)? ComparisonBaseline(int met, int participants)
    {
        if (BaselineRate is not null)
        {
            throw new InvalidOperationException("The gate compares with a baseline rate, not a comparison group.");
        }

        Preconditions.CheckArgument(participants >= 0 && met >= 0 && met <= participants, nameof(met), "0 ≤ comparison met ≤ comparison participants.");
        return participants == 0 ? null : (met, participants);
    }

    /// <summary>
    /// <c>met / participants</c> against <c>baseline × (1 ∓ margin)</c>, exactly: with the baseline <c>b / d</c> and the
    /// factor <c>f / 10^s</c>, <c>met × d × 10^s</c> against <c>b × participants × f</c>. No baseline: cannot pass.
    /// </summary>
    private bool Beats(int met, int participants, (BigInteger Numerator, BigInteger Denominator)? baseline, decimal margin)
    {
        Preconditions.CheckArgument(participants > 0 && met >= 0 && met <= participants, nameof(met), "0 ≤ met ≤ participants, participants > 0.");
        if (baseline is not { } fraction)
        {
            return false;
        }

        var (numerator, denominator) = fraction;

        decimal factor = Direction == GateDirection.Lower ? 1m - margin : 1m + margin;
        var (factorMantissa, factorScale) = ExactDecimal.Decompose(factor);
        BigInteger left = met * denominator * BigInteger.Pow(10, factorScale);
        BigInteger right = participants * numerator * factorMantissa;
        return Direction == GateDirection.Lower ? left <= right : left >= right;
    }
}
