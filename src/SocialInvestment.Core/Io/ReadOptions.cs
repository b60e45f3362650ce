namespace SocialInvestment.Io;

/// <summary>How the CSV readers do their work; never what they read.</summary>
public sealed class ReadOptions
{
    /// <summary>The defaults: every core.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>
    /// The most cores a large file is read on at once: −1 (the default) for one per processor, 1 for a single thread.
    /// The values and the errors read are the same, in the same order, whatever the value.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The smallest file, in bytes, that is read in pieces on several cores; smaller files are read in one go.</summary>
    internal long MinimumBytesForPieces { get; init; } = 4 << 20;

    /// <summary>How many pieces a file is cut into per core, so that a slow piece does not hold up the rest.</summary>
    internal int PiecesPerCore { get; init; } = 4;

    internal int Cores => MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : MaxDegreeOfParallelism;
}
