namespace SocialInvestment;

/// <summary>
/// Which candidates of a grid larger than the budget are evaluated (docs/design.md, "A grid larger than the budget"):
/// first a coarse grid, every s-th value of each parameter (its first and last value always), with the strides doubled,
/// widest parameter first, until it fits half the budget; then rounds that halve the strides and evaluate, around each
/// point of the front (or, where none qualifies, around the candidate nearest to qualifying), the neighbours one stride
/// away in every parameter, until the strides are 1 and no neighbour is new, or the budget is spent. Deterministic: it
/// depends only on the grid, the budget and the measures found.
/// </summary>
internal sealed class GridSearch
{
    private readonly DesignGrid _grid;
    private readonly int[] _strides;

    /// <param name="grid">The grid.</param>
    /// <param name="perRound">The most candidates a round evaluates; at least 1.</param>
    internal GridSearch(DesignGrid grid, long perRound)
    {
        _grid = grid;
        PerRound = Math.Max(1, perRound);
        _strides = grid.Parameters.Select(_ => 1).ToArray();
        if (grid.Count > PerRound)
        {
            // Leave half of the work for the refinement.
            long target = Math.Max(1, PerRound / 2);
            while (CoarseCount() > target && Enumerable.Range(0, _strides.Length).Any(p => Samples(p) > 1))
            {
                int widest = Enumerable.Range(0, _strides.Length).MaxBy(Samples);
                _strides[widest] *= 2;
            }
        }
    }

    /// <summary>The most candidates a round evaluates.</summary>
    internal long PerRound { get; }

    /// <summary>Whether the whole grid fits one round, so that nothing is searched.</summary>
    internal bool Whole => _grid.Count <= PerRound;

    /// <summary>Whether a further round can find new candidates: some stride is above 1.</summary>
    internal bool Refinable => _strides.Any(s => s > 1);

    /// <summary>The first round: the whole grid where it fits, else the coarse grid; in index order.</summary>
    internal long[] First()
    {
        if (Whole)
        {
            var all = new long[_grid.Count];
            for (long k = 0; k < all.Length; k++)
            {
                all[k] = k;
            }

            return all;
        }

        var chosen = new List<long>();
        var positions = new int[_strides.Length];
        Enumerate(0, positions, p => Positions(p), chosen);
        return chosen.ToArray();
    }

    /// <summary>
    /// The next round: the strides halved, then each neighbour, one stride away or not in each parameter, of each of
    /// <paramref name="centres"/> (in their order) not yet in <paramref name="evaluated"/>, at most <see cref="PerRound"/>.
    /// </summary>
    internal long[] Next(IEnumerable<long> centres, IReadOnlySet<long> evaluated)
    {
        for (int p = 0; p < _strides.Length; p++)
        {
            _strides[p] = Math.Max(1, _strides[p] / 2);
        }

        var chosen = new List<long>();
        var seen = new HashSet<long>();
        foreach (long centre in centres)
        {
            int[] at = _grid.PositionsOf(centre);
            var near = new List<long>();
            Enumerate(0, new int[at.Length], p => Around(p, at[p]), near);
            foreach (long k in near)
            {
                if (!evaluated.Contains(k) && seen.Add(k))
                {
                    chosen.Add(k);
                    if (chosen.Count == PerRound)
                    {
                        return chosen.ToArray();
                    }
                }
            }
        }

        return chosen.ToArray();
    }

    private int Count(int p) => _grid.Parameters[p].Values.Count;

    /// <summary>How many values of parameter <paramref name="p"/> the coarse grid takes: every stride-th, and the last.</summary>
    private int Samples(int p) => ((Count(p) - 1) / _strides[p]) + 1 + ((Count(p) - 1) % _strides[p] == 0 ? 0 : 1);

    private long CoarseCount()
    {
        long count = 1;
        for (int p = 0; p < _strides.Length; p++)
        {
            count = checked(count * Samples(p));
        }

        return count;
    }

    private IEnumerable<int> Positions(int p)
    {
        int last = Count(p) - 1;
        for (int k = 0; k < last; k += _strides[p])
        {
            yield return k;
        }

        yield return last;
    }

    private IEnumerable<int> Around(int p, int at)
    {
        int s = _strides[p];
        if (at - s >= 0)
        {
            yield return at - s;
        }

        yield return at;
        if (at + s < Count(p))
        {
            yield return at + s;
        }
    }

    private void Enumerate(int p, int[] positions, Func<int, IEnumerable<int>> values, List<long> into)
    {
        if (p == positions.Length)
        {
            into.Add(_grid.IndexOf(positions));
            return;
        }

        foreach (int k in values(p))
        {
            positions[p] = k;
            Enumerate(p + 1, positions, values, into);
        }
    }
}
