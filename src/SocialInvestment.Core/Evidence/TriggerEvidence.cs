namespace SocialInvestment;

/// <summary>
/// The evidence for one trigger (docs/evidence.md): the share of the cohort who met it with its interval, the test
/// against the trigger's baseline rate, the comparison with a comparison group, and the times to it.
/// </summary>
public sealed class TriggerEvidence
{
    internal TriggerEvidence(Trigger trigger, Proportion proportion, KaplanMeierCurve timeToOutcome)
    {
        TriggerId = trigger.Id;
        Kind = trigger.Kind;
        Proportion = proportion;
        TimeToOutcome = timeToOutcome;
    }

    /// <summary>The trigger's id.</summary>
    public string TriggerId { get; }

    /// <summary>The trigger's kind, as contract.json writes it.</summary>
    public string Kind { get; }

    /// <summary>The participants who met it by <c>as_of</c>, of all participants, with the Wilson interval.</summary>
    public Proportion Proportion { get; }

    /// <summary>The exact binomial test against the trigger's <see cref="Trigger.BaselineRate"/>; null where it has none, or there are no participants.</summary>
    public BinomialTest? AgainstBaseline { get; internal init; }

    /// <summary>The difference from the comparison group's share, with Newcombe's interval and the z test; null where no comparison group was given.</summary>
    public ProportionDifference? AgainstComparison { get; internal init; }

    /// <summary>The Kaplan–Meier curve of the cohort's time to the trigger, with its median.</summary>
    public KaplanMeierCurve TimeToOutcome { get; }

    /// <summary>The same curve for the comparison group; null where none was given.</summary>
    public KaplanMeierCurve? ComparisonTimeToOutcome { get; internal init; }
}
