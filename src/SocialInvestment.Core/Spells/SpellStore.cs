using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Benefit spells as compact records in the order they were added, with each person's index and each distinct benefit
/// code stored once. A municipal export lists a person's rows together; while that holds (<see cref="PeopleContiguous"/>),
/// a person's spells are one run of the array and need no regrouping.
/// </summary>
internal sealed class SpellStore
{
    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _codeIndex = new(StringComparer.Ordinal);
    private readonly List<ParticipantId> _people = [];
    private readonly Dictionary<ParticipantId, int> _personIndex = [];
    private readonly List<int> _lastRowOf = [];
    private SpellRecord[] _rows = new SpellRecord[1024];
    private int[] _owner = new int[1024];
    private int _lastPerson = -1;
    private string? _lastCode;
    private int _lastCodeIndex = -1;

    internal int Count { get; private set; }

    internal ReadOnlySpan<SpellRecord> Rows => _rows.AsSpan(0, Count);

    /// <summary>The array behind <see cref="Rows"/> (longer than <see cref="Count"/>), to be shared, never changed.</summary>
    internal SpellRecord[] RowArray => _rows;

    /// <summary>The person index of each row.</summary>
    internal ReadOnlySpan<int> Owner => _owner.AsSpan(0, Count);

    /// <summary>The people, by person index.</summary>
    internal IReadOnlyList<ParticipantId> People => _people;

    /// <summary>The distinct benefit codes, by code index.</summary>
    internal IReadOnlyList<string> Codes => _codes;

    /// <summary>Whether every person's rows were added one after another.</summary>
    internal bool PeopleContiguous { get; private set; } = true;

    /// <summary>A store of the given spells, in their order.</summary>
    internal static SpellStore Of(IEnumerable<BenefitSpell> spells)
    {
        var store = new SpellStore();
        foreach (BenefitSpell spell in spells)
        {
            store.Add(spell.ParticipantId, spell.BenefitCode, spell.From, spell.To, spell.Degree);
        }

        return store;
    }

    internal void Add(ParticipantId id, string code, LocalDate from, LocalDate? to, Degree degree)
    {
        int person = _lastPerson >= 0 && _people[_lastPerson] == id ? _lastPerson : PersonIndex(id);
        if (!ReferenceEquals(code, _lastCode))
        {
            if (!_codeIndex.TryGetValue(code, out _lastCodeIndex))
            {
                _lastCodeIndex = _codes.Count;
                _codes.Add(code);
                _codeIndex.Add(code, _lastCodeIndex);
            }

            _lastCode = code;
        }

        if (Count == _rows.Length)
        {
            // Grown by half, not doubled: ten million rows should not leave ten million rows of slack.
            Array.Resize(ref _rows, _rows.Length + (_rows.Length / 2));
            Array.Resize(ref _owner, _owner.Length + (_owner.Length / 2));
        }

        if (_lastRowOf[person] >= 0 && _lastRowOf[person] != Count - 1)
        {
            PeopleContiguous = false;
        }

        _rows[Count] = new SpellRecord(DayNumber.Of(from), to is { } last ? DayNumber.Of(last) : SpellRecord.Open, _lastCodeIndex, degree.Value);
        _owner[Count] = person;
        _lastRowOf[person] = Count;
        _lastPerson = person;
        Count++;
    }

    /// <summary>Gives back the room the arrays grew beyond the rows, once all are added.</summary>
    internal void Trim()
    {
        if (_rows.Length - Count > 1024)
        {
            Array.Resize(ref _rows, Count);
            Array.Resize(ref _owner, Count);
        }
    }

    /// <summary>Row <paramref name="index"/> as a <see cref="BenefitSpell"/>.</summary>
    internal BenefitSpell Spell(int index)
    {
        SpellRecord row = _rows[index];
        return new BenefitSpell(
            _people[_owner[index]],
            _codes[row.Code],
            DayNumber.ToDate(row.From),
            row.To == SpellRecord.Open ? null : DayNumber.ToDate(row.To),
            Degree.FromDecimal(row.Degree));
    }

    private int PersonIndex(ParticipantId id)
    {
        if (!_personIndex.TryGetValue(id, out int person))
        {
            person = _people.Count;
            _people.Add(id);
            _personIndex.Add(id, person);
            _lastRowOf.Add(-1);
        }

        return person;
    }
}
