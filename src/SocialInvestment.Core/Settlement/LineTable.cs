using System.Collections;
using System.Runtime.CompilerServices;

namespace SocialInvestment;

/// <summary>
/// The lines of a settlement in SPEC §8 order, stored compactly (<see cref="LineRecord"/>) and handed out as
/// <see cref="SettlementLine"/>s on access. Because every id table is sorted by code points, comparing ranks is comparing
/// the ids ordinally.
/// </summary>
/// <remarks>
/// The lines stay where their chunk of participants made them, each chunk in date order; the table is the list of
/// segments (a date's lines in one chunk) in (date, chunk) order, which is SPEC order because chunks are runs of
/// participants in rank order. So the lines are never copied into one array: at a million participants that copy was
/// the largest thing in memory.
/// </remarks>
internal sealed class LineTable : IReadOnlyList<SettlementLine>
{
    private readonly LineRecord[][] _chunks;
    private readonly long[]?[] _paidBefore;
    private readonly Segment[] _segments;
    private readonly int[] _segmentFirst;
    private long[]? _payable;

    /// <param name="participants">Participant ids by rank.</param>
    /// <param name="payments">Payment ids by rank.</param>
    /// <param name="periods">Periods by rank.</param>
    /// <param name="chunks">The lines of each chunk, each in date order.</param>
    /// <param name="paidBefore">Paid before, in hundredths, for each line of each chunk; null where nothing was paid before.</param>
    /// <param name="segments">The segments in SPEC order.</param>
    internal LineTable(ParticipantId[] participants, string[] payments, string[] periods, LineRecord[][] chunks, long[]?[] paidBefore, Segment[] segments)
    {
        Participants = participants;
        Payments = payments;
        Periods = periods;
        _chunks = chunks;
        _paidBefore = paidBefore;
        _segments = segments;
        _segmentFirst = new int[segments.Length + 1];
        for (int s = 0; s < segments.Length; s++)
        {
            _segmentFirst[s + 1] = checked(_segmentFirst[s] + segments[s].Length);
        }
    }

    /// <summary>Participant ids by rank (code point order).</summary>
    internal ParticipantId[] Participants { get; }

    /// <summary>Payment ids by rank.</summary>
    internal string[] Payments { get; }

    /// <summary>Periods by rank: <c>-</c> and <c>yyyy-MM</c> (and whatever else a ledger names).</summary>
    internal string[] Periods { get; }

    public int Count => _segmentFirst[^1];

    public SettlementLine this[int index]
    {
        get
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            Cursor line = At(index);
            ref readonly LineRecord r = ref line.Record;
            return new SettlementLine(
                new LineKey(Participants[r.Participant], Payments[r.Payment], Periods[r.Period]),
                DayNumber.ToDate(r.Date),
                Money.FromCents(r.Amount),
                Money.FromCents(line.Payable),
                Money.FromCents(line.PaidBefore));
        }
    }

    /// <summary>A cursor on the line at <paramref name="index"/> (SPEC order), to read it and the lines after it in turn.</summary>
    internal Cursor At(int index)
    {
        int segment = Array.BinarySearch(_segmentFirst, index);
        if (segment < 0)
        {
            segment = ~segment - 1;
        }

        // Several segments can start at one index only where some are empty, and there are none; the last entry is the end.
        return new Cursor(this, Math.Min(segment, Math.Max(0, _segments.Length - 1)), index);
    }

    /// <summary>Sets what is payable of each line after the caps (SPEC order); not set, all of each line's amount is.</summary>
    internal void SetPayable(long[] payable) => _payable = payable;

    /// <summary>The number of segments: runs of lines of one date in one chunk, in SPEC order.</summary>
    internal int SegmentCount => _segments.Length;

    /// <summary>The lines of segment <paramref name="segment"/>, in SPEC order, to walk them without a cursor's bookkeeping.</summary>
    internal Span<LineRecord> SegmentLines(int segment)
    {
        Segment s = _segments[segment];
        return _chunks[s.Chunk].AsSpan(s.Start, s.Length);
    }

    /// <summary>What was paid before for each of <see cref="SegmentLines"/>, in hundredths; empty where nothing was paid before.</summary>
    internal ReadOnlySpan<long> SegmentPaidBefore(int segment)
    {
        Segment s = _segments[segment];
        return _paidBefore[s.Chunk] is { } paid ? paid.AsSpan(s.Start, s.Length) : [];
    }

    public IEnumerator<SettlementLine> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The lines of one date in one chunk: <c>[Start, Start + Length)</c> of the chunk's array.</summary>
    internal readonly record struct Segment(int Chunk, int Start, int Length);

    /// <summary>Reads the lines in SPEC order from a position on, segment by segment.</summary>
    /// <remarks>
    /// The current segment's arrays are held, so that reading a line (at the rate of millions when lines.csv is written)
    /// is an index into them, and only moving into the next segment looks the segment up.
    /// </remarks>
    internal struct Cursor
    {
        private readonly LineTable _table;
        private int _segment;
        private int _at;
        private int _segmentEnd;
        private LineRecord[] _records;
        private long[]? _paid;

        internal Cursor(LineTable table, int segment, int index)
        {
            _table = table;
            Index = index;
            _records = [];
            if (table._segments.Length > 0)
            {
                Enter(segment);
                _at += index - table._segmentFirst[segment];
            }
        }

        /// <summary>The line's position in SPEC order.</summary>
        internal int Index { readonly get; private set; }

        internal readonly ref readonly LineRecord Record => ref _records[_at];

        /// <summary>The line, to set an amount that depends on the line's place in SPEC order (a volume tier).</summary>
        internal readonly ref LineRecord Writable => ref _records[_at];

        /// <summary>What the ledger says was paid before for the line, in hundredths.</summary>
        internal readonly long PaidBefore
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _paid is { } paid ? paid[_at] : 0;
        }

        /// <summary>What is payable of the line after the caps, in hundredths.</summary>
        internal readonly long Payable
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _table._payable is { } payable ? payable[Index] : _records[_at].Amount;
        }

        /// <summary>Moves to the next line.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Next()
        {
            Index++;
            _at++;
            if (Index == _segmentEnd && _segment + 1 < _table._segments.Length)
            {
                Enter(_segment + 1);
            }
        }

        private void Enter(int segment)
        {
            _segment = segment;
            Segment s = _table._segments[segment];
            _records = _table._chunks[s.Chunk];
            _paid = _table._paidBefore[s.Chunk];
            _at = s.Start;
            _segmentEnd = _table._segmentFirst[segment + 1];
        }
    }
}
