namespace SocialInvestment;

/// <summary>Met on the last day of the week in which the number of qualifying weeks 0 … k reaches N.</summary>
public sealed class CountTrigger(string id, int weeks, SelfSupport level, bool excludeEducation = false)
    : SelfSupportTrigger(id, weeks, level, excludeEducation)
{
    /// <inheritdoc/>
    public override string Kind => "count";
}
