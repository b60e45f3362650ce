using System.Runtime.CompilerServices;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Collects spells for a <see cref="SpellStore"/> in blocks of fixed size, so that ten million rows are never copied to
/// grow an array; the pieces of a file read on several cores are joined in file order by <see cref="Build"/>.
/// </summary>
/// <remarks>
/// A piece of a file whose records are at most one a line can instead write its rows straight into its own slice of one
/// array shared by all the pieces (<see cref="InSlice"/>): the pieces are then joined by moving each one's rows down
/// within that array, instead of gathering blocks (as many bytes again, on one core) and copying them into a new array
/// whose fresh pages the kernel must clear.
/// </remarks>
internal sealed class SpellStoreBuilder
{
    private const int BlockSize = 1 << 16;

    // Rows left unused at the end of a shared array (rows skipped or refused) that are rather copied away than kept.
    private const int MostUnusedEighths = 1;

    private readonly List<SpellRecord[]> _blocks = [];

    // The shared array and this piece's slice of it, [_first, _first + _room); null: blocks from the start, or since
    // the slice was full (then its rows were moved into blocks).
    private SpellRecord[]? _shared;
    private readonly int _first;
    private readonly int _room;
    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _codeIndex = new(StringComparer.Ordinal);
    private readonly List<ParticipantId> _people = [];
    private readonly List<int> _runStart = [];
    private readonly string?[] _firstCodes = new string?[16];
    private string? _lastCode;
    private int _lastCodeIndex = -1;

    // The index of each code by the reader's number for it, + 1 (0: not yet asked).
    private readonly int[] _byNumber = new int[MostCodeNumbers];

    // The person of the last run (default, no person, before the first row).
    private ParticipantId _lastPerson;

    internal SpellStoreBuilder()
    {
    }

    private SpellStoreBuilder(SpellRecord[] shared, int first, int room)
    {
        _shared = shared;
        _first = first;
        _room = room;
    }

    /// <summary>The reader's numbers for codes that <see cref="Add(ParticipantId, string, int, int, int, decimal)"/> keeps are below this.</summary>
    internal const int MostCodeNumbers = 256;

    internal int Count { get; private set; }

    /// <summary>
    /// A builder that writes its rows into <c>shared[first … first + room)</c>; pieces built so, in file order, each in
    /// its own slice of one array, are joined within it. More rows than <paramref name="room"/> go on into blocks.
    /// </summary>
    internal static SpellStoreBuilder InSlice(SpellRecord[] shared, int first, int room) => new(shared, first, room);

    /// <summary>An array for <see cref="InSlice"/>, its memory not cleared first: only the slots written are ever read.</summary>
    internal static SpellRecord[] SharedArray(int length) => GC.AllocateUninitializedArray<SpellRecord>(length);

    /// <summary>Adds a row; a row of another person than the row before starts a new run.</summary>
    internal void Add(ParticipantId id, string code, LocalDate from, LocalDate? to, Degree degree) =>
        Add(id, code, -1, DayNumber.Of(from), to is { } last ? DayNumber.Of(last) : SpellRecord.Open, degree.Value);

    /// <summary>
    /// Adds a row given as its record's values: the day numbers of its first and last day (<see cref="SpellRecord.Open"/>:
    /// ongoing) and its degree's value, which a reader of ten million rows works out once for each distinct field.
    /// <paramref name="codeNumber"/> is the reader's own number for <paramref name="code"/> (below
    /// <see cref="MostCodeNumbers"/>; −1: none), by which the code's index is found again without comparing codes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(ParticipantId id, string code, int codeNumber, int fromDay, int toDay, decimal degree)
    {
        if (!_lastPerson.Equals(id))
        {
            StartRun(id);
        }

        int known = IsCodeNumber(codeNumber) ? _byNumber[codeNumber] : 0;
        var record = new SpellRecord(fromDay, toDay, known > 0 ? known - 1 : CodeIndexOf(code, codeNumber), degree);
        if (_shared is { } shared && Count < _room)
        {
            shared[_first + Count++] = record;
            return;
        }

        AddToBlocks(record);
    }

    /// <summary>Whether <paramref name="codeNumber"/> is a reader's number for a code, by which the code's index is kept (−1: none).</summary>
    private static bool IsCodeNumber(int codeNumber) => codeNumber >= 0 && codeNumber < MostCodeNumbers;

    /// <summary>Starts the run of rows of <paramref name="id"/>, the person of the row being added.</summary>
    private void StartRun(ParticipantId id)
    {
        _people.Add(id);
        _runStart.Add(Count);
        _lastPerson = id;
    }

    /// <summary>The index of a code not yet known by the reader's number for it (<paramref name="codeNumber"/>; −1: none).</summary>
    private int CodeIndexOf(string code, int codeNumber)
    {
        if (IsCodeNumber(codeNumber))
        {
            int index = IndexOf(code);
            _byNumber[codeNumber] = index + 1;
            return index;
        }

        if (!ReferenceEquals(code, _lastCode))
        {
            _lastCodeIndex = IndexOf(code);
            _lastCode = code;
        }

        return _lastCodeIndex;
    }

    /// <summary>Adds a row to the blocks: from the start, or once the slice is full (its rows moved into blocks first).</summary>
    private void AddToBlocks(SpellRecord record)
    {
        if (_shared is not null)
        {
            SpillToBlocks();
        }

        int offset = Count % BlockSize;
        if (offset == 0)
        {
            _blocks.Add(new SpellRecord[BlockSize]);
        }

        _blocks[^1][offset] = record;
        Count++;
    }

    /// <summary>
    /// The number of <paramref name="code"/>, numbering it where new: a reader gives each code as one string, so the few
    /// codes of a file are found by reference among the first ones before the dictionary is asked (asked once per code
    /// where the reader numbers its codes, else at each change of code from one row to the next).
    /// </summary>
    private int IndexOf(string code)
    {
        for (int i = 0; i < _firstCodes.Length && _firstCodes[i] is { } seen; i++)
        {
            if (ReferenceEquals(seen, code))
            {
                return i;
            }
        }

        if (!_codeIndex.TryGetValue(code, out int index))
        {
            index = _codes.Count;
            _codes.Add(code);
            _codeIndex.Add(code, index);
            if (index < _firstCodes.Length)
            {
                _firstCodes[index] = code;
            }
        }

        return index;
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

        var people = new List<ParticipantId>(runs);
        var runStart = new List<int>(runs);
        var codes = new List<string>();
        var codeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var maps = new int[parts.Count][];
        int at = 0;
        for (int p = 0; p < parts.Count; p++)
        {
            SpellStoreBuilder part = parts[p];
            int[] map = maps[p] = new int[part._codes.Count];
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

            at += part.Count;
        }

        // Pieces in slices of one array, in order, are moved down within it (a piece's rows never move up, so a later
        // piece never overwrites an earlier one's rows before they are moved); else, or where much of the array would be
        // left unused, the rows are copied into an array of their own.
        SpellRecord[]? shared = parts.Count > 0 ? parts[0]._shared : null;
        bool inPlace = shared is not null
            && parts.All(p => ReferenceEquals(p._shared, shared))
            && parts.Zip(parts.Skip(1)).All(pair => pair.First._first + pair.First._room <= pair.Second._first)
            && (long)(shared.Length - total) * 8 <= (long)shared.Length * MostUnusedEighths;
        SpellRecord[] rows = inPlace ? shared! : new SpellRecord[total];
        bool[] identity = [.. maps.Select(map => map.Select((to, from) => to == from).All(same => same))];
        if (inPlace)
        {
            // Each piece's codes numbered anew in its own slice, the pieces on as many cores as they were read on.
            Parallel.For(0, parts.Count, p => Renumber(shared.AsSpan(parts[p]._first, parts[p].Count), maps[p], identity[p]));
        }

        at = 0;
        for (int p = 0; p < parts.Count; p++)
        {
            SpellStoreBuilder part = parts[p];
            int[] map = maps[p];
            int left = part.Count;
            if (part._shared is { } slice)
            {
                slice.AsSpan(part._first, left).CopyTo(rows.AsSpan(at, left));
                if (!inPlace)
                {
                    Renumber(rows.AsSpan(at, left), map, identity[p]);
                }

                part._shared = null;
                at += left;
                continue;
            }

            for (int b = 0; b < part._blocks.Count; b++)
            {
                int n = Math.Min(left, BlockSize);
                Span<SpellRecord> target = rows.AsSpan(at, n);
                part._blocks[b].AsSpan(0, n).CopyTo(target);
                Renumber(target, map, identity[p]);
                part._blocks[b] = [];
                at += n;
                left -= n;
            }
        }

        return new SpellStore(rows, total, [.. people], [.. runStart], [.. codes]);
    }

    private static void Renumber(Span<SpellRecord> rows, int[] map, bool identity)
    {
        if (identity)
        {
            return;
        }

        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = rows[i] with { Code = map[rows[i].Code] };
        }
    }

    /// <summary>Moves the rows of a full slice into blocks, where the rows after them go.</summary>
    private void SpillToBlocks()
    {
        ReadOnlySpan<SpellRecord> written = _shared.AsSpan(_first, Count);
        for (int at = 0; at < written.Length; at += BlockSize)
        {
            var block = new SpellRecord[BlockSize];
            written[at..Math.Min(written.Length, at + BlockSize)].CopyTo(block);
            _blocks.Add(block);
        }

        _shared = null;
    }
}
