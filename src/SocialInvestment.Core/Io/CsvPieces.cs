using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SocialInvestment.Io;

/// <summary>
/// Reads the data rows of a large CSV file in pieces on several cores, where that gives exactly what reading it in one
/// go gives: the same values in file order, the same errors with the same lines and columns, in the same order.
/// </summary>
/// <remarks>
/// A piece is whole lines. That is only certain where a line break always ends a record, so a file is read in pieces
/// only where it holds no quote at all (a quoted field may hold a line break) and no carriage return that is not
/// followed by a line feed (the reader counts such a line break, a split at line feeds would not). Exports are like
/// that; other files, and files smaller than <see cref="ReadOptions.MinimumBytesForPieces"/>, are read in one go.
/// One scan over the bytes, on every core, finds that out and counts the lines before each piece.
/// </remarks>
internal static class CsvPieces
{
    private const int ScanChunk = 1 << 20;

    /// <summary>
    /// Reads the data rows after <paramref name="header"/> in pieces with <paramref name="read"/>, each piece with its own
    /// reader and error collector, and adds the pieces' errors to <paramref name="errors"/> in file order. Null, with
    /// nothing read, where the file is not to be read in pieces; the caller then reads on with <paramref name="header"/>.
    /// </summary>
    /// <param name="stream">The file.</param>
    /// <param name="header">The file opened and its header read.</param>
    /// <param name="errors">The file's errors.</param>
    /// <param name="options">How many cores.</param>
    /// <param name="read">Reads the rows of one piece; its problems go to the piece's own collector.</param>
    /// <param name="across">
    /// Errors that only all rows together show (a duplicate of a row in an earlier piece), found once every piece is
    /// read, in line order; each comes after the other errors of its line, as it would when reading in one go.
    /// </param>
    internal static TPart[]? TryRead<TPart>(
        Stream stream, CsvInput header, ErrorCollector errors, ReadOptions options, Func<CsvInput, ErrorCollector, TPart> read, Func<TPart[], IReadOnlyList<LineError>>? across = null)
    {
        int cores = options.Cores;
        if (cores <= 1 || stream is not FileStream { CanSeek: true } file || file.Length < options.MinimumBytesForPieces)
        {
            return null;
        }

        SafeFileHandle handle = file.SafeFileHandle;
        Piece[]? pieces = Split(handle, file.Length, header.HeaderLine, cores * options.PiecesPerCore, cores, findAscii: header.Transcodes, quoteFree: header.QuoteFree);
        if (pieces is null)
        {
            return null;
        }

        var parts = new TPart[pieces.Length];
        var collectors = new ErrorCollector[pieces.Length];
        var broken = new bool[pieces.Length];
        RecordRoom[]? rooms = Rooms(pieces);
        Run(pieces.Length, cores, k =>
        {
            using var slice = new FileSlice(handle, pieces[k].Start, pieces[k].End);
            var pieceErrors = new ErrorCollector(errors.FileName);
            using CsvInput input = header.Piece(slice, pieceErrors, pieces[k].LinesBefore, rooms?[k], pieces[k].Ascii);
            parts[k] = read(input, pieceErrors);
            collectors[k] = pieceErrors;
            broken[k] = input.Broken;
        });

        IReadOnlyList<LineError> later = across?.Invoke(parts) ?? [];
        int next = 0;
        for (int k = 0; k < pieces.Length && !errors.IsFull; k++)
        {
            int lastLine = k + 1 < pieces.Length ? pieces[k + 1].LinesBefore : int.MaxValue;
            foreach (InputError error in collectors[k].Errors)
            {
                for (; next < later.Count && later[next].Line < error.Line; next++)
                {
                    errors.Add(later[next].Line, later[next].Column, later[next].Message);
                }

                errors.Add(error.Line, error.Column, error.Message);
            }

            for (; next < later.Count && later[next].Line <= lastLine; next++)
            {
                errors.Add(later[next].Line, later[next].Column, later[next].Message);
            }

            if (broken[k])
            {
                // Reading in one go stops at a record it cannot read: what comes after is never looked at.
                break;
            }
        }

        return parts;
    }

    /// <summary>
    /// Cuts the data lines (after the header's line) into about <paramref name="wanted"/> pieces at line starts, or
    /// null where the file is not to be read in pieces. With <paramref name="findAscii"/>, each piece tells whether its
    /// bytes are all ASCII (the same characters in either encoding). With <paramref name="quoteFree"/> (the sniff has
    /// proven the whole file quote-free), the pieces are not checked for quotes again.
    /// </summary>
    internal static Piece[]? Split(SafeFileHandle handle, long length, int headerLine, int wanted, int cores, bool findAscii = false, bool quoteFree = false)
    {
        long dataStart = LineStart(handle, 0, length, headerLine);
        if (dataStart < 0 || dataStart >= length)
        {
            return null;
        }

        var bounds = new List<long> { dataStart };
        for (int k = 1; k < wanted; k++)
        {
            long at = LineStart(handle, dataStart + ((length - dataStart) * k / wanted) - 1, length, 1);
            if (at > bounds[^1] && at < length)
            {
                bounds.Add(at);
            }
        }

        bounds.Add(length);
        int count = bounds.Count - 1;
        var scans = new Scan[count + 1];
        scans[0] = ScanRange(handle, 0, dataStart, findAscii: false, quoteFree);
        Run(count, cores, k => scans[k + 1] = ScanRange(handle, bounds[k], bounds[k + 1], findAscii, quoteFree));
        if (scans.Any(s => !s.Splittable))
        {
            return null;
        }

        var pieces = new Piece[count];
        long lines = scans[0].LineFeeds;
        for (int k = 0; k < count; k++)
        {
            if (lines > int.MaxValue)
            {
                return null;
            }

            pieces[k] = new Piece(bounds[k], bounds[k + 1], (int)lines, scans[k + 1].LineFeeds, scans[k + 1].Ascii);
            lines += scans[k + 1].LineFeeds;
        }

        return pieces;
    }

    /// <summary>
    /// Where each piece's records may go in one numbering of the file's records: a piece holds no quote, so each of its
    /// records is one line, and it has at most one line more than it has line feeds (the file's last line may have
    /// none). Null where the numbers do not fit in an array's index.
    /// </summary>
    private static RecordRoom[]? Rooms(Piece[] pieces)
    {
        var rooms = new RecordRoom[pieces.Length];
        long first = 0;
        for (int k = 0; k < pieces.Length; k++)
        {
            long count = pieces[k].LineFeeds + 1;
            if (first + count > Array.MaxLength)
            {
                return null;
            }

            rooms[k] = new RecordRoom((int)first, (int)count, 0);
            first += count;
        }

        for (int k = 0; k < rooms.Length; k++)
        {
            rooms[k] = rooms[k] with { Total = (int)first };
        }

        return rooms;
    }

    /// <summary>The offset just after the <paramref name="lineFeeds"/>-th line feed from <paramref name="from"/> on; −1 where there is none within a record's length.</summary>
    private static long LineStart(SafeFileHandle handle, long from, long length, int lineFeeds)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ScanChunk);
        try
        {
            long at = from;
            long limit = from + (2L * CsvInput.MaxRecordBytes * lineFeeds);
            while (at < length && at < limit)
            {
                int n = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(ScanChunk, length - at)), at);
                if (n <= 0)
                {
                    break;
                }

                ReadOnlySpan<byte> span = buffer.AsSpan(0, n);
                int i;
                while ((i = span.IndexOf((byte)'\n')) >= 0)
                {
                    at += i + 1;
                    span = span[(i + 1)..];
                    if (--lineFeeds == 0)
                    {
                        return at;
                    }
                }

                at += span.Length;
            }

            return -1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Scan ScanRange(SafeFileHandle handle, long start, long end, bool findAscii, bool quoteFree)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ScanChunk + 1);
        try
        {
            long lineFeeds = 0;
            long at = start;
            var quotes = default(QuoteFreeCheck);
            bool ascii = findAscii;
            while (at < end)
            {
                int n = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(ScanChunk, end - at)), at);
                if (n <= 0)
                {
                    return default;
                }

                ReadOnlySpan<byte> span = buffer.AsSpan(0, n);

                // Where the sniff has already proven the whole file quote-free, its bytes are not checked a second time.
                if (!quoteFree)
                {
                    quotes.Feed(span);
                    if (quotes.Broken)
                    {
                        return default;
                    }
                }

                lineFeeds += span.Count((byte)'\n');
                ascii = ascii && Ascii.IsValid(span);
                at += n;
            }

            return quoteFree || quotes.IsQuoteFree ? new Scan(true, lineFeeds, ascii) : default;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Runs <paramref name="work"/> for <c>0 … count − 1</c> on up to <paramref name="cores"/> cores; the first failure in order is rethrown as it was.</summary>
    private static void Run(int count, int cores, Action<int> work)
    {
        var failures = new Exception?[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = cores }, k =>
        {
            try
            {
                work(k);
            }
#pragma warning disable CA1031 // Kept and rethrown below, so that the caller sees what reading in one go would throw.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[k] = e;
            }
        });

        if (Array.Find(failures, f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    /// <summary>An error at a line and 1-based column (0: the whole line), its message already masked.</summary>
    internal readonly record struct LineError(int Line, int Column, string Message);

    /// <summary>
    /// A piece: bytes <c>[Start, End)</c>, whole lines, with <c>LinesBefore</c> lines before it in the file and
    /// <c>LineFeeds</c> in it; <c>Ascii</c>: all its bytes are ASCII (found only where asked).
    /// </summary>
    internal readonly record struct Piece(long Start, long End, int LinesBefore, long LineFeeds, bool Ascii = false);

    /// <summary>
    /// Room for a piece's records in one numbering of all the pieces' records: at most <c>Count</c> of them, numbered from
    /// <c>First</c> on, of <c>Total</c> numbers for the whole file; a reader may gather every piece's values into one
    /// array of <c>Total</c> without copying them to join the pieces.
    /// </summary>
    internal readonly record struct RecordRoom(int First, int Count, int Total);

    private readonly record struct Scan(bool Splittable, long LineFeeds, bool Ascii);
}
