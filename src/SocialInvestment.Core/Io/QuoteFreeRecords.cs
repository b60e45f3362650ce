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

    // Where the block of 32 bytes starts that the last line ended in (−1: none), and its separators and line feeds after that line's.
    private int _blockAt = -1;
    private uint _blockLeft;

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
        if ((uint)index >= (uint)FieldCount)
        {
            return default;
        }

        // The bounds of each field below FieldCount are set, and lie within the buffer.
        ref int bounds = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bounds), 2 * index);
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), bounds), Unsafe.Add(ref bounds, 1) - bounds);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>
    /// Splits the record at <see cref="_next"/> up to its line feed; false, with nothing moved, where the line feed is not
    /// in the buffer yet. <paramref name="empty"/>: the line has nothing on it but spaces, which CsvHelper passes over
    /// (only counted).
    /// </summary>
    /// <remarks>
    /// The state lives in locals, so that the JIT keeps it in registers; indices stay within the buffer, so no overflow
    /// check is needed. Fields are trimmed only in a record that holds a space, found once per record.
    /// </remarks>
    private bool TrySplit(out bool empty)
    {
        unchecked
        {
            empty = false;
            ref byte first = ref MemoryMarshal.GetArrayDataReference(_buffer);
            int end = _end;
            int start = _next;
            int[] bounds = _bounds;
            ref int bound = ref MemoryMarshal.GetArrayDataReference(bounds);
            int room = bounds.Length / 2;
            int fieldStart = start;
            int count = 0;
            Vector256<byte> separators = Vector256.Create(_separator);
            Vector256<byte> lineFeeds = Vector256.Create(LineFeed);

            // The block that the last line ended in goes on where it left off: its separators and line feeds after that
            // line's are still to be taken.
            int at;
            uint found;
            if (_blockAt >= 0 && start - _blockAt < Vector256<byte>.Count)
            {
                at = _blockAt;
                found = _blockLeft;
            }
            else
            {
                at = start - Vector256<byte>.Count;
                found = 0;
            }

            while (true)
            {
                while (found == 0)
                {
                    at += Vector256<byte>.Count;
                    if (at >= end)
                    {
                        return false;
                    }

                    Vector256<byte> block = Vector256.LoadUnsafe(ref first, (nuint)at);
                    found = (Vector256.Equals(block, separators) | Vector256.Equals(block, lineFeeds)).ExtractMostSignificantBits();
                }

                int i = at + BitOperations.TrailingZeroCount(found);
                found &= found - 1;
                if (i >= end)
                {
                    return false;
                }

                if (count == room)
                {
                    Array.Resize(ref _bounds, 4 * room);
                    bounds = _bounds;
                    bound = ref MemoryMarshal.GetArrayDataReference(bounds);
                    room = bounds.Length / 2;
                }

                if (Unsafe.Add(ref first, i) != LineFeed)
                {
                    Unsafe.Add(ref bound, 2 * count) = fieldStart;
                    Unsafe.Add(ref bound, (2 * count) + 1) = i;
                    count++;
                    fieldStart = i + 1;
                    continue;
                }

                int lineEnd = i > start && Unsafe.Add(ref first, i - 1) == (byte)'\r' ? i - 1 : i;
                Unsafe.Add(ref bound, 2 * count) = fieldStart;
                Unsafe.Add(ref bound, (2 * count) + 1) = lineEnd;
                count++;
                _next = i + 1;
                _blockAt = at;
                _blockLeft = found;
                empty = Found(start, lineEnd, count);
                return true;
            }
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
        ReadOnlySpan<byte> rest = _buffer.AsSpan(_next, _end - _next);
        int count = 0;
        int fieldStart = _next;
        for (int i; (i = rest.IndexOf(_separator)) >= 0; rest = rest[(i + 1)..])
        {
            Add(ref count, fieldStart, fieldStart + i);
            fieldStart += i + 1;
        }

        Add(ref count, fieldStart, _end);
        empty = Found(_next, _end, count);
        _next = _end;
    }

    /// <summary>
    /// Takes the line <c>[start, end)</c>, of <paramref name="count"/> fields split already (untrimmed), as the current
    /// record, trimming its fields where it holds a space; whether it is empty (a single field of spaces at most).
    /// </summary>
    private bool Found(int start, int end, int count)
    {
        // Without a space, a field is empty where it is nothing, and every field is where the line is separators only.
        bool allEmpty = _buffer.AsSpan(start, end - start).Contains(Space) ? TrimAll(count) : end - start == count - 1;
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
        }
        else
        {
            _buffer.AsSpan(_next, kept).CopyTo(_buffer);
        }

        _next = 0;
        _end = kept;
        _blockAt = -1;
        int read = _stream.Read(_buffer.AsSpan(kept, _buffer.Length - Padding - kept));
        _atEnd = read == 0;
        _end += read;
        _buffer.AsSpan(_end, Padding).Clear();
    }
}
