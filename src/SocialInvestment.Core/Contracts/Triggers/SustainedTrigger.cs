namespace SocialInvestment;

/// <summary>Met on the last day of the first week k whose weeks k−N+1 … k all qualify.</summary>
public sealed class SustainedTrigger(string id, int weeks, SelfSupport level, bool excludeEducation = false)
    : SelfSupportTrigger(id, weeks, level, excludeEducation)
{
    /// <inheritdoc/>
    public override string Kind => "sustained";
}
