namespace SocialInvestment;

/// <summary>
/// Benefit spells as compact records in the order they were read, with each distinct benefit code stored once and the
/// rows grouped in runs: a run is rows in a row of one person. A municipal export lists a person's rows together, so a
/// person is usually one run; where a person's rows are spread over the file, they are several runs.
/// </summary>
/// <remarks>Made by <see cref="SpellStoreBuilder"/>s; never changed after.</remarks>
internal sealed class SpellStore
{
    private readonly SpellRecord[] _rows;
    private readonly int _count;
    private readonly int[] _runStart;

    /// <param name="rows">The rows, the first <paramref name="count"/> of them used (an array the pieces of a file were read into may be longer).</param>
    /// <param name="count">The number of rows.</param>
    /// <param name="people">The person of each run.</param>
    /// <param name="runStart">The first row of each run.</param>
    /// <param name="codes">The distinct benefit codes, by code index.</param>
    internal SpellStore(SpellRecord[] rows, int count, ParticipantId[] people, int[] runStart, string[] codes)
    {
        _rows = rows;
        _count = count;
        People = people;
        _runStart = runStart;
        Codes = codes;
    }

    internal int Count => _count;

    internal ReadOnlySpan<SpellRecord> Rows => _rows.AsSpan(0, _count);

    /// <summary>The array behind <see cref="Rows"/> (which are its first <see cref="Count"/>), to be shared, never changed.</summary>
    internal SpellRecord[] RowArray => _rows;

    /// <summary>The person of each run.</summary>
    internal IReadOnlyList<ParticipantId> People { get; }

    /// <summary>The first row of each run; the run ends where the next starts, the last at <see cref="Count"/>.</summary>
    internal ReadOnlySpan<int> RunStart => _runStart;

    /// <summary>The distinct benefit codes, by code index.</summary>
    internal IReadOnlyList<string> Codes { get; }

    /// <summary>
    /// A store of the given spells, in their order, each with its degree resolved by <paramref name="contract"/>: its own,
    /// else the code's, else 1 (<see cref="Contract.DegreeOf"/>).
    /// </summary>
    internal static SpellStore Of(IEnumerable<BenefitSpell> spells, Contract contract)
    {
        var builder = new SpellStoreBuilder();
        foreach (BenefitSpell spell in spells)
        {
            builder.Add(spell.ParticipantId, spell.BenefitCode, spell.From, spell.To, contract.DegreeOf(spell.BenefitCode, spell.Degree));
        }

        return SpellStoreBuilder.Build([builder]);
    }

    /// <summary>The run that holds row <paramref name="index"/>.</summary>
    internal int RunOf(int index)
    {
        int run = Array.BinarySearch(_runStart, index);
        return run >= 0 ? run : ~run - 1;
    }

    /// <summary>Row <paramref name="index"/> of run <paramref name="run"/> as a <see cref="BenefitSpell"/>, with the degree the row was stored with (resolved).</summary>
    internal BenefitSpell Spell(int index, int run)
    {
        SpellRecord row = _rows[index];
        return new BenefitSpell(
            People[run],
            Codes[row.Code],
            DayNumber.ToDate(row.From),
            row.To == SpellRecord.Open ? null : DayNumber.ToDate(row.To),
            Degree.FromDecimal(row.Degree));
    }
}
