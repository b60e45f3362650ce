namespace SocialInvestment;

/// <summary>Met on the programme start.</summary>
public sealed class EnrolmentTrigger(string id) : Trigger(id)
{
    /// <inheritdoc/>
    public override string Kind => "enrolment";
}
