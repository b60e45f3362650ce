namespace SocialInvestment;

/// <summary>How <see cref="Settlement.Run"/> and <see cref="Outcomes.Evaluate"/> do their work; never what they compute.</summary>
public sealed class SettlementOptions
{
    /// <summary>The defaults: every core, no progress reports.</summary>
    public static SettlementOptions Default { get; } = new();

    /// <summary>
    /// The most participants evaluated at once: −1 (the default) for one per processor, 1 for a single thread. The
    /// result is the same, byte for byte, whatever the value.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Told the number of participants done so far, now and then; null for no reports.</summary>
    public IProgress<int>? Progress { get; init; }
}
