namespace SocialInvestment;

/// <summary>
/// What was paid in earlier settlements (SPEC §8), summed per line key. Not filtered by the cohort: every key is kept, so
/// that nothing paid is lost from view.
/// </summary>
public sealed class Ledger
{
    private readonly Dictionary<LineKey, Money> _paid;

    /// <summary>An empty ledger.</summary>
    public static Ledger Empty { get; } = new([]);

    /// <summary>Creates a ledger from its rows; rows with the same key add up.</summary>
    public Ledger(IEnumerable<LedgerEntry> entries)
    {
        Preconditions.CheckNotNull(entries, nameof(entries));
        _paid = [];
        foreach (LedgerEntry entry in entries)
        {
            Rows++;
            _paid[entry.Key] = _paid.TryGetValue(entry.Key, out Money sum) ? sum + entry.Amount : entry.Amount;
        }
    }

    /// <summary>The keys in the ledger, in no particular order.</summary>
    public IEnumerable<LineKey> Keys => _paid.Keys;

    /// <summary>The number of rows the ledger was made from.</summary>
    public int Rows { get; }

    /// <summary>The number of distinct keys.</summary>
    public int Count => _paid.Count;

    /// <summary>What was paid before for a key: the sum of its rows, zero where it has none.</summary>
    public Money PaidBefore(LineKey key) => _paid.TryGetValue(key, out Money sum) ? sum : Money.Zero;
}
