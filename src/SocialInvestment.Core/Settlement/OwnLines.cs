namespace SocialInvestment;

/// <summary>
/// One participant's lines while they are made, each with what the ledger says was paid before for it (in
/// hundredths, 0 until <see cref="LedgerMerge"/> sets it). Reused from participant to participant of a chunk.
/// </summary>
internal sealed class OwnLines
{
    /// <summary>Up to this many lines of one participant are searched and sorted by the simple quadratic ways.</summary>
    internal const int FewLines = 64;

    /// <summary>The lines, in the order they were made until <see cref="OwnLineOrder.Sort"/> orders them.</summary>
    internal List<LineRecord> Records { get; } = new(FewLines);

    /// <summary>What was paid before for each of <see cref="Records"/>, in hundredths.</summary>
    internal List<long> PaidBefore { get; } = new(FewLines);

    /// <summary>The number of lines.</summary>
    internal int Count => Records.Count;

    /// <summary>Empties the lines for the next participant.</summary>
    internal void Clear()
    {
        Records.Clear();
        PaidBefore.Clear();
    }

    /// <summary>Adds a line of which nothing was paid before.</summary>
    internal void Add(LineRecord record)
    {
        Records.Add(record);
        PaidBefore.Add(0);
    }
}
