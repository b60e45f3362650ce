using NodaTime;

namespace SocialInvestment.Cli;

/// <summary>
/// What <c>sib simulate</c> was asked: the contract, one source of hazards (a hazards.csv, a constant pair, or an
/// earlier cohort to estimate them from), the plan (<see cref="Intake"/> or <see cref="Planned"/>) and the runs. The audit
/// builds one from a sample's simulate.json.
/// </summary>
internal sealed record SimulationRequest(FileInfo Contract, string? Intake, LocalDate Horizon, int Runs, int Seed)
{
    /// <summary>A planned cohort person by person (planned.csv, with each person's c₀ and monthly cost), instead of <see cref="Intake"/>; or null.</summary>
    internal FileInfo? Planned { get; init; }

    /// <summary>hazards.csv, or null.</summary>
    internal FileInfo? Hazards { get; init; }

    /// <summary>The constant probability of leaving support in a month, or null.</summary>
    internal double? Leave { get; init; }

    /// <summary>The constant probability of returning to support in a month, or null.</summary>
    internal double? Return { get; init; }

    /// <summary>participants.csv of the earlier cohort the hazards are estimated from, or null.</summary>
    internal FileInfo? EstimateParticipants { get; init; }

    /// <summary>spells.csv of the earlier cohort, or null.</summary>
    internal FileInfo? EstimateSpells { get; init; }

    /// <summary>A weeks file of the earlier cohort (SPEC-DK DK1), instead of <see cref="EstimateSpells"/>, or null.</summary>
    internal FileInfo? EstimateWeeks { get; init; }

    /// <summary>The earlier cohort's data extraction date, or null.</summary>
    internal LocalDate? EstimateAsOf { get; init; }

    /// <summary>The key for CPR numbers in the earlier cohort's files, or null.</summary>
    internal FileInfo? PseudonymKey { get; init; }

    /// <summary>The fewest at risk a hazard is estimated from.</summary>
    internal int MinimumAtRisk { get; init; } = HazardEstimate.DefaultMinimumAtRisk;
}
