namespace SocialInvestment;

/// <summary>How <see cref="Simulation.Run"/> does its work; never what it computes.</summary>
public sealed class SimulationOptions
{
    /// <summary>The defaults: every core, no progress reports.</summary>
    public static SimulationOptions Default { get; } = new();

    /// <summary>
    /// The most runs done at once: −1 (the default) for one per processor, 1 for a single thread. The result is the same,
    /// byte for byte, whatever the value: each run has its own generator, seeded from the seed and the run's number.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Told the number of runs done so far, after each run; null for no reports.</summary>
    public IProgress<int>? Progress { get; init; }
}
