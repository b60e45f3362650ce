namespace SocialInvestment;

/// <summary>
/// The cohort's spells as compact records, each participant's together, with the class of every benefit code. Rows of
/// people outside the cohort are left out. Where the spells came from a reader that kept each person's rows together,
/// the reader's array is used as it is.
/// </summary>
internal sealed class CohortSpells
{
    private readonly SpellRecord[] _rows;
    private readonly int[] _start;
    private readonly int[] _length;

    private CohortSpells(SpellRecord[] rows, int[] start, int[] length, BenefitClass[] classes)
    {
        _rows = rows;
        _start = start;
        _length = length;
        Classes = classes;
    }

    /// <summary>The class of each benefit code, by code index.</summary>
    internal BenefitClass[] Classes { get; }

    /// <summary>The spells of the participant at <paramref name="cohortIndex"/>.</summary>
    internal ReadOnlySpan<SpellRecord> Of(int cohortIndex) => _rows.AsSpan(_start[cohortIndex], _length[cohortIndex]);

    /// <summary>
    /// The cohort's spells. A spell without a degree of its own gets the degree <paramref name="contract"/> gives its code,
    /// else 1 (<see cref="Contract.DegreeOf"/>); a reader's <see cref="SpellList"/> holds its rows so resolved already.
    /// </summary>
    /// <exception cref="ArgumentException">A spell of a cohort member has a benefit code the contract does not map.</exception>
    internal static CohortSpells Build(IEnumerable<BenefitSpell> spells, CohortIndex cohort, Contract contract)
    {
        SpellStore store = spells is SpellList list ? list.Store : SpellStore.Of(spells, contract);
        var classes = new BenefitClass[store.Codes.Count];
        var unmapped = new bool[classes.Length];
        for (int c = 0; c < classes.Length; c++)
        {
            BenefitClass? benefitClass = contract.ClassOf(store.Codes[c]);
            classes[c] = benefitClass ?? BenefitClass.Ignore;
            unmapped[c] = benefitClass is null;
        }

        ReadOnlySpan<SpellRecord> rows = store.Rows;
        ReadOnlySpan<int> runStart = store.RunStart;
        var member = new int[runStart.Length];
        var start = new int[cohort.Count];
        var length = new int[cohort.Count];
        bool together = true;
        int hint = 0;
        for (int run = 0; run < runStart.Length; run++)
        {
            int i = member[run] = cohort.IndexOf(store.People[run], ref hint);
            if (i < 0)
            {
                continue;
            }

            int first = runStart[run];
            int end = run + 1 < runStart.Length ? runStart[run + 1] : rows.Length;
            for (int r = first; r < end; r++)
            {
                if (unmapped[rows[r].Code])
                {
                    throw new ArgumentException($"Benefit code '{store.Codes[rows[r].Code]}' is not mapped by the contract.", nameof(spells));
                }
            }

            if (length[i] == 0)
            {
                start[i] = first;
            }
            else if (start[i] + length[i] != first)
            {
                together = false;
            }

            length[i] += end - first;
        }

        if (together)
        {
            return new CohortSpells(store.RowArray, start, length, classes);
        }

        // Rows of one person are spread over the file: copy them together, in file order.
        var grouped = new SpellRecord[length.Sum()];
        int at = 0;
        for (int i = 0; i < start.Length; i++)
        {
            int count = length[i];
            start[i] = at;
            at += count;
            length[i] = 0;
        }

        for (int run = 0; run < runStart.Length; run++)
        {
            int i = member[run];
            if (i < 0)
            {
                continue;
            }

            int end = run + 1 < runStart.Length ? runStart[run + 1] : rows.Length;
            for (int r = runStart[run]; r < end; r++)
            {
                grouped[start[i] + length[i]++] = rows[r];
            }
        }

        return new CohortSpells(grouped, start, length, classes);
    }
}
