namespace SocialInvestment;

/// <summary>How many participants met a trigger by <c>as_of</c>.</summary>
/// <param name="TriggerId">The trigger's id.</param>
/// <param name="Kind">The trigger's kind.</param>
/// <param name="Met">The number of participants who met it.</param>
/// <param name="Participants">The number of participants.</param>
public readonly record struct TriggerSummary(string TriggerId, string Kind, int Met, int Participants)
{
    /// <summary><c>Met / Participants</c>, 0 where there are no participants (an exact decimal quotient, not rounded).</summary>
    public decimal Share => Participants == 0 ? 0m : (decimal)Met / Participants;
}
