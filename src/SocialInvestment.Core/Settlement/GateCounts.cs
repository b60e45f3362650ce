namespace SocialInvestment;

/// <summary>The counts a gate compares: the cohort's participants and those who met the trigger by the evaluation date, and the same of the comparison group (0 where the gate has none).</summary>
/// <param name="Participants">The cohort's participants.</param>
/// <param name="Met">Those of them who met the gate's trigger by the evaluation date.</param>
/// <param name="ComparisonParticipants">The comparison group's people matched to the cohort; 0 without a comparison group.</param>
/// <param name="ComparisonMet">Those of them who met the trigger by the evaluation date.</param>
public readonly record struct GateCounts(int Participants, int Met, int ComparisonParticipants, int ComparisonMet)
{
    internal GateCounts Plus(GateCounts other) =>
        new(Participants + other.Participants, Met + other.Met, ComparisonParticipants + other.ComparisonParticipants, ComparisonMet + other.ComparisonMet);
}
