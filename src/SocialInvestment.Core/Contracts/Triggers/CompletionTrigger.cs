namespace SocialInvestment;

/// <summary>Met on the programme end (given, or the contract's default) when the participant completed.</summary>
public sealed class CompletionTrigger(string id) : Trigger(id)
{
    /// <inheritdoc/>
    public override string Kind => "completion";
}
