using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SocialInvestment.Io;

/// <summary>
/// The records of a piece of a UTF-8 file that <see cref="CsvPieces"/> has proven to hold no quote and no carriage
/// return other than one before a line feed, split on the separator and the line ends straight in its bytes: the one
/// place we split fields ourselves instead of CsvHelper, which stays the reader of every other file and piece.
/// </summary>
/// <remarks>
/// Without a quote, CsvHelper's reading with <see cref="CsvInput.ReaderOptions"/> comes down to this: a record is a
/// line (ended by <c>\n</c> or <c>\r\n</c>, or by the end of the input), a line with nothing on it is skipped but
/// counted, the fields are the bytes between separators with the spaces at their ends trimmed, and a line longer than
/// <see cref="CsvInput.MaxRecordBytes"/> cannot be read. Doing that with one vectorized search for both the separator
/// and the line feed over 32 bytes at a time costs a fraction of CsvHelper's general reader (quotes, transcoding,
/// recovery), which was most of what reading spells.csv cost beyond the values. A property test holds it to
/// CsvHelper's fields, lines and raw records (<c>QuoteFreeRecordsTests</c>); a piece is read with it only where the
/// file is read as UTF-8 bytes without transcoding.
/// </remarks>
internal sealed class QuoteFreeRecords : IDisposable
{
    private const int ChunkSize = 1 << 16;

    // Bytes after the data, zeroed, so that the last block of 32 can be loaded whole and never finds a separator.
    private const int Padding = 32;

    private const byte LineFeed = (byte)'\n';
    private const byte Space = (byte)' ';

    private readonly Stream _stream;
    private readonly byte _separator;
    private readonly int _chunk;
    private byte[] _buffer;
    private int _end;
    private int _next;
    private bool _atEnd;
    private long _lines;

    // Each field's trimmed bounds in _buffer: field i is [_bounds[2i], _bounds[2i + 1]).
    private int[] _bounds = new int[32];
    private int _recordStart;
    private int _recordEnd;

    // Where the buffer's separators and line feeds are, found for all of it after each read (a line feed's with the top
    // bit set), and the first not yet taken; and where its spaces are, and the first not yet passed.
    private int[] _marks;
    private int _markCount;
    private int _markAt;
    private int[] _spaces;
    private int _spaceCount;
    private int _spaceAt;

    /// <summary>Reads the records of <paramref name="stream"/>, its fields separated by <paramref name="separator"/>.</summary>
    /// <param name="stream">The input, read from its position to its end; left open.</param>
    /// <param name="separator">The separator, an ASCII character other than a space, a quote or a line break.</param>
    /// <param name="chunk">About how many bytes to read at a time (small in tests, so that records span reads).</param>
    internal QuoteFreeRecords(Stream stream, char separator, int chunk = ChunkSize)
    {
        _stream = stream;
        _separator = checked((byte)separator);
        _chunk = chunk;
        _buffer = ArrayPool<byte>.Shared.Rent(chunk + Padding);
        _marks = ArrayPool<int>.Shared.Rent(MarksFor(_buffer));
        _spaces = ArrayPool<int>.Shared.Rent(MarksFor(_buffer));
    }

    /// <summary>The 1-based line of the current record (or of the record too long to read) among the input's lines.</summary>
    internal long LineNumber { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    internal int FieldCount { get; private set; }

    /// <summary>Whether every field of the current record is empty once trimmed.</summary>
    internal bool AllEmpty { get; private set; }

    /// <summary>Whether reading stopped at a record longer than <see cref="CsvInput.MaxRecordBytes"/>, on <see cref="LineNumber"/>.</summary>
    internal bool TooLong { get; private set; }

    /// <summary>The current record's bytes without its line break; valid until the next record.</summary>
    internal ReadOnlySpan<byte> RawRecord => _buffer.AsSpan(_recordStart, _recordEnd - _recordStart);

    /// <summary>
    /// Moves to the next record: false at the end of the input, or where the next record is longer than
    /// <see cref="CsvInput.MaxRecordBytes"/> (<see cref="TooLong"/>). Lines with nothing on them are passed over.
    /// </summary>
    internal bool Read()
    {
        while (!TooLong)
        {
            if (!TrySplit(out bool empty))
            {
                if (_atEnd)
                {
                    if (_next >= _end)
                    {
                        return false;
                    }

                    // The last line, without a line feed.
                    SplitLast(out empty);
                }
                else
                {
                    Refill();
                    continue;
                }
            }

            if (empty)
            {
                continue;
            }

            if (_recordEnd - _recordStart > CsvInput.MaxRecordBytes)
            {
                TooLong = true;
                return false;
            }

            return true;
        }

        return false;
    }

    /// <summary>The trimmed field at 0-based <paramref name="index"/> of the current record; empty past its last field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReadOnlySpan<byte> Field(int index)
    {
        unchecked
        {
            if ((uint)index >= (uint)FieldCount)
            {
                return default;
            }

            // The bounds of each field below FieldCount are set, and lie within the buffer.
            ref int bounds = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bounds), 2 * index);
            return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), bounds), Unsafe.Add(ref bounds, 1) - bounds);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        ArrayPool<int>.Shared.Return(_marks);
        ArrayPool<int>.Shared.Return(_spaces);
        _buffer = [];
        _marks = [];
        _spaces = [];
    }

    /// <summary>
    /// Splits the record at <see cref="_next"/> up to its line feed, on the marks <see cref="Index"/> found; false, with
    /// nothing moved, where the line feed is not in the buffer yet. <paramref name="empty"/>: the line has nothing on it
    /// but spaces, which CsvHelper passes over (only counted).
    /// </summary>
    /// <remarks>
    /// The state lives in locals, so that the JIT keeps it in registers; indices stay within the buffer, so no overflow
    /// check is needed. Fields are trimmed only in a record that holds a space.
    /// </remarks>
    private bool TrySplit(out bool empty)
    {
        unchecked
        {
            empty = false;
            int start = _next;
            int fieldStart = start;
            int count = 0;
            int at = _markAt;
            int marks = _markCount;
            int lineFeed = -1;
            ref int mark = ref MemoryMarshal.GetArrayDataReference(_marks);
            while (true)
            {
                // No call in the walk, so that its state stays in registers: the bounds grow between walks, leaving room
                // for the line's last field.
                ref int bound = ref MemoryMarshal.GetArrayDataReference(_bounds);
                int limit = Math.Min(marks, at + (_bounds.Length / 2) - count - 1);
                for (; at < limit; at++)
                {
                    int found = Unsafe.Add(ref mark, at);
                    if (found < 0)
                    {
                        lineFeed = found & int.MaxValue;
                        break;
                    }

                    Unsafe.Add(ref bound, 2 * count) = fieldStart;
                    Unsafe.Add(ref bound, (2 * count) + 1) = found;
                    count++;
                    fieldStart = found + 1;
                }

                if (lineFeed >= 0 || at == marks)
                {
                    break;
                }

                Array.Resize(ref _bounds, 2 * _bounds.Length);
            }

            if (lineFeed < 0)
            {
                return false;
            }

            int lineEnd = lineFeed > start && Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), lineFeed - 1) == (byte)'\r' ? lineFeed - 1 : lineFeed;
            _bounds[2 * count] = fieldStart;
            _bounds[(2 * count) + 1] = lineEnd;
            _next = lineFeed + 1;
            _markAt = at + 1;
            empty = Found(start, lineEnd, count + 1);
            return true;
        }
    }

    /// <summary>
    /// Finds the separators, line feeds and spaces of <c>_buffer[0 … _end)</c>, 32 bytes at a time: the marks that
    /// <see cref="TrySplit"/> walks and the spaces that <see cref="Found"/> asks for, so that a line is split without
    /// searching its bytes again.
    /// </summary>
    /// <remarks>
    /// Each block's first four marks are written without a branch (the slots past its count are written over by the next
    /// block's), more only in a block with more than four.
    /// </remarks>
    private void Index()
    {
        unchecked
        {
            ref byte first = ref MemoryMarshal.GetArrayDataReference(_buffer);
            ref int mark = ref MemoryMarshal.GetArrayDataReference(_marks);
            int[] spaces = _spaces;
            int marks = 0;
            int spaceCount = 0;
            int end = _end;
            Vector256<byte> separators = Vector256.Create(_separator);
            Vector256<byte> lineFeeds = Vector256.Create(LineFeed);
            Vector256<byte> blanks = Vector256.Create(Space);
            for (int at = 0; at < end; at += Vector256<byte>.Count)
            {
                Vector256<byte> block = Vector256.LoadUnsafe(ref first, (nuint)at);
                uint feeds = Vector256.Equals(block, lineFeeds).ExtractMostSignificantBits();
                uint found = Vector256.Equals(block, separators).ExtractMostSignificantBits() | feeds;
                uint blank = Vector256.Equals(block, blanks).ExtractMostSignificantBits();
                int count = BitOperations.PopCount(found);
                ref int slot = ref Unsafe.Add(ref mark, marks);
                Unsafe.Add(ref slot, 0) = Mark(at, ref found, feeds);
                Unsafe.Add(ref slot, 1) = Mark(at, ref found, feeds);
                Unsafe.Add(ref slot, 2) = Mark(at, ref found, feeds);
                Unsafe.Add(ref slot, 3) = Mark(at, ref found, feeds);
                for (int k = 4; k < count; k++)
                {
                    Unsafe.Add(ref slot, k) = Mark(at, ref found, feeds);
                }

                marks += count;
                while (blank != 0)
                {
                    spaces[spaceCount++] = at + BitOperations.TrailingZeroCount(blank);
                    blank &= blank - 1;
                }
            }

            _markCount = marks;
            _markAt = 0;
            _spaceCount = spaceCount;
            _spaceAt = 0;
        }
    }

    /// <summary>Trims the spaces at the ends of the current line's <paramref name="count"/> fields; whether all are empty then.</summary>
    private bool TrimAll(int count)
    {
        bool allEmpty = true;
        for (int k = 0; k < count; k++)
        {
            int fieldStart = _bounds[2 * k];
            int fieldEnd = _bounds[(2 * k) + 1];
            Trim(_buffer, ref fieldStart, ref fieldEnd);
            _bounds[2 * k] = fieldStart;
            _bounds[(2 * k) + 1] = fieldEnd;
            allEmpty &= fieldStart == fieldEnd;
        }

        return allEmpty;
    }

    /// <summary>Splits the rest of the input, a last line without a line feed.</summary>
    private void SplitLast(out bool empty)
    {
        // The marks left are its separators: a line feed would have ended a record.
        int count = 0;
        int fieldStart = _next;
        for (int at = _markAt; at < _markCount; at++)
        {
            Add(ref count, fieldStart, _marks[at]);
            fieldStart = _marks[at] + 1;
        }

        Add(ref count, fieldStart, _end);
        empty = Found(_next, _end, count);
        _next = _end;
        _markAt = _markCount;
    }

    /// <summary>
    /// Takes the line <c>[start, end)</c>, of <paramref name="count"/> fields split already (untrimmed), as the current
    /// record, trimming its fields where it holds a space; whether it is empty (a single field of spaces at most).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Found(int start, int end, int count)
    {
        // The spaces found are taken in order: those before the line's end are the line's.
        bool spaced = false;
        while (_spaceAt < _spaceCount && _spaces[_spaceAt] < end)
        {
            spaced = true;
            _spaceAt++;
        }

        // Without a space, a field is empty where it is nothing, and every field is where the line is separators only.
        bool allEmpty = spaced ? TrimAll(count) : end - start == count - 1;
        _lines++;
        if (count == 1 && allEmpty)
        {
            return true;
        }

        _recordStart = start;
        _recordEnd = end;
        FieldCount = count;
        AllEmpty = allEmpty;
        LineNumber = _lines;
        return false;
    }

    /// <summary>Adds the field <c>[start, end)</c>, untrimmed, as field <paramref name="count"/>.</summary>
    private void Add(ref int count, int start, int end)
    {
        int at = 2 * count;
        int[] bounds = _bounds;
        if ((uint)(at + 1) >= (uint)bounds.Length)
        {
            Array.Resize(ref _bounds, 2 * bounds.Length);
            bounds = _bounds;
        }

        bounds[at] = start;
        bounds[at + 1] = end;
        count++;
    }

    private static void Trim(byte[] buffer, ref int start, ref int end)
    {
        while (start < end && buffer[start] == Space)
        {
            start++;
        }

        while (end > start && buffer[end - 1] == Space)
        {
            end--;
        }
    }

    /// <summary>Keeps the record begun at <see cref="_next"/> and reads more input after it.</summary>
    private void Refill()
    {
        int kept = _end - _next;

        // A record may be MaxRecordBytes long without its line break (a carriage return may end it): a longer one cannot be read.
        if (kept > CsvInput.MaxRecordBytes + 1)
        {
            TooLong = true;
            LineNumber = _lines + 1;
            return;
        }

        if (_buffer.Length - Padding - kept < _chunk / 2)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_next, kept).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
            ArrayPool<int>.Shared.Return(_marks);
            ArrayPool<int>.Shared.Return(_spaces);
            _marks = ArrayPool<int>.Shared.Rent(MarksFor(larger));
            _spaces = ArrayPool<int>.Shared.Rent(MarksFor(larger));
        }
        else
        {
            _buffer.AsSpan(_next, kept).CopyTo(_buffer);
        }

        _next = 0;
        _end = kept;
        int read = _stream.Read(_buffer.AsSpan(kept, _buffer.Length - Padding - kept));
        _atEnd = read == 0;
        _end += read;
        _buffer.AsSpan(_end, Padding).Clear();

        // The record kept is found again with the bytes read: it is a line at most, mostly short.
        Index();
    }

    /// <summary>The mark of the first separator or line feed in <paramref name="found"/>, taken from it: its place in the buffer, a line feed's with the top bit set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Mark(int at, ref uint found, uint feeds)
    {
        unchecked
        {
            int offset = BitOperations.TrailingZeroCount(found);
            found &= found - 1;
            return (at + offset) | (int)((feeds << (31 - offset)) & 0x8000_0000u);
        }
    }

    /// <summary>Room for a mark at each byte of <paramref name="buffer"/>, and for the four that a block writes at once.</summary>
    private static int MarksFor(byte[] buffer) => buffer.Length + 4;
}
