using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Collects spells for a <see cref="SpellStore"/> in blocks of fixed size, so that ten million rows are never copied to
/// grow an array; the pieces of a file read on several cores are joined in file order by <see cref="Build"/>.
/// </summary>
internal sealed class SpellStoreBuilder
{
    private const int BlockSize = 1 << 16;
    private readonly List<SpellRecord[]> _blocks = [];
    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _codeIndex = new(StringComparer.Ordinal);
    private readonly List<ParticipantId> _people = [];
    private readonly List<int> _runStart = [];
    private string? _lastCode;
    private int _lastCodeIndex = -1;

    internal int Count { get; private set; }

    /// <summary>Adds a row; a row of another person than the row before starts a new run.</summary>
    internal void Add(ParticipantId id, string code, LocalDate from, LocalDate? to, Degree degree)
    {
        if (_people.Count == 0 || _people[^1] != id)
        {
            _people.Add(id);
            _runStart.Add(Count);
        }

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

        int offset = Count % BlockSize;
        if (offset == 0)
        {
            _blocks.Add(new SpellRecord[BlockSize]);
        }

        _blocks[^1][offset] = new SpellRecord(DayNumber.Of(from), to is { } last ? DayNumber.Of(last) : SpellRecord.Open, _lastCodeIndex, degree.Value);
        Count++;
    }

    /// <summary>
    /// One store of the parts' rows, in the parts' order: codes numbered anew, and a run that goes on from one part into
    /// the next joined into one. The parts' blocks are let go as they are copied.
    /// </summary>
    internal static SpellStore Build(IReadOnlyList<SpellStoreBuilder> parts)
    {
        int total = 0;
        int runs = 0;
        foreach (SpellStoreBuilder part in parts)
        {
            total = checked(total + part.Count);
            runs += part._people.Count;
        }

        var rows = new SpellRecord[total];
        var people = new List<ParticipantId>(runs);
        var runStart = new List<int>(runs);
        var codes = new List<string>();
        var codeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int at = 0;
        foreach (SpellStoreBuilder part in parts)
        {
            var map = new int[part._codes.Count];
            for (int c = 0; c < map.Length; c++)
            {
                if (!codeIndex.TryGetValue(part._codes[c], out map[c]))
                {
                    map[c] = codes.Count;
                    codes.Add(part._codes[c]);
                    codeIndex.Add(part._codes[c], map[c]);
                }
            }

            for (int r = 0; r < part._people.Count; r++)
            {
                if (r == 0 && people.Count > 0 && people[^1] == part._people[0])
                {
                    continue;
                }

                people.Add(part._people[r]);
                runStart.Add(at + part._runStart[r]);
            }

            bool identity = map.Select((to, from) => to == from).All(same => same);
            int left = part.Count;
            for (int b = 0; b < part._blocks.Count; b++)
            {
                int n = Math.Min(left, BlockSize);
                Span<SpellRecord> target = rows.AsSpan(at, n);
                part._blocks[b].AsSpan(0, n).CopyTo(target);
                if (!identity)
                {
                    for (int i = 0; i < target.Length; i++)
                    {
                        target[i] = target[i] with { Code = map[target[i].Code] };
                    }
                }

                part._blocks[b] = [];
                at += n;
                left -= n;
            }
        }

        return new SpellStore(rows, [.. people], [.. runStart], [.. codes]);
    }
}
