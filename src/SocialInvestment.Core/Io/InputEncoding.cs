using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SocialInvestment.Io;

/// <summary>
/// Finds how an input file is encoded (UTF-8 with or without BOM, else Windows-1252; SPEC §2) and which separator its
/// header line uses, in one pass over the bytes in chunks, so that a large file is never held as a string.
/// </summary>
internal static class InputEncoding
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// The most spaces that may follow a quote. CsvHelper 34.0.0, with malformed quoting detected, takes time that grows
    /// with the square of such a run (a megabyte of spaces after a closing quote takes seconds); real exports pad with a few.
    /// </summary>
    internal const int MaxSpacesAfterQuote = 1024;

    /// <summary>Strict UTF-8 whose preamble makes <see cref="StreamReader"/> skip a BOM.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, taken from the code-pages provider without registering it globally.</summary>
    internal static Encoding Windows1252 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>
    /// Reads <paramref name="stream"/> (seekable) from its position to its end and seeks back. The separator is the first
    /// of <c>;</c>, tab and <c>,</c>, in that order of preference, that occurs in the first line that is not empty, or
    /// <c>,</c> when none does (docs/input-formats.md).
    /// </summary>
    internal static Sniffed Sniff(Stream stream)
    {
        long start = stream.Position;
        byte[] bytes = ArrayPool<byte>.Shared.Rent(ChunkSize + 8);
        char[] chars = ArrayPool<char>.Shared.Rent(ChunkSize + 8);
        try
        {
            var header = new HeaderScan();
            var spaces = new SpaceRunScan();
            var quoteFree = default(QuoteFreeCheck);
            long consumed = 0;
            bool valid = true;
            int carry = 0;
            bool first = true;
            int bomLength = 0;
            while (true)
            {
                int n = stream.Read(bytes, carry, ChunkSize);
                bool final = n == 0;
                int from = carry;
                if (first)
                {
                    first = false;
                    if (n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
                    {
                        from = bomLength = 3;
                    }
                }

                header.Feed(bytes.AsSpan(from, carry + n - from));
                spaces.Feed(bytes.AsSpan(from, carry + n - from), consumed + from - carry);
                quoteFree.Feed(bytes.AsSpan(from, carry + n - from));
                consumed += n;

                // ASCII is valid UTF-8 with nothing left over: an export's rows are checked at memory speed, not
                // transcoded (about 0.1 s of one core for 515 MB, before the reading on every core can start).
                if (valid && !(carry == 0 && Ascii.IsValid(bytes.AsSpan(0, n))))
                {
                    int length = carry + n;
                    OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(
                        bytes.AsSpan(0, length), chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: final);
                    if (status == OperationStatus.InvalidData)
                    {
                        valid = false;
                        carry = 0;
                    }
                    else
                    {
                        carry = length - read;
                        bytes.AsSpan(read, carry).CopyTo(bytes);
                    }
                }

                if (final)
                {
                    break;
                }
            }

            stream.Position = start;
            return new Sniffed(valid ? Utf8 : Windows1252, header.Separator, !header.HasContent, bomLength, spaces.Found, quoteFree.IsQuoteFree);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// As <see cref="Sniff(Stream)"/>, with the bytes after the first chunk of a file checked in <paramref name="ranges"/>
    /// ranges on up to <paramref name="cores"/> cores: a large file that is then read in pieces on every core is not
    /// first read to its end on one. The same answer, whatever the ranges (a property test holds it to the sequential one).
    /// </summary>
    /// <param name="file">The file, read from its position (which is kept).</param>
    /// <param name="ranges">How many ranges to check.</param>
    /// <param name="cores">The most cores to check them on.</param>
    /// <param name="chunk">How many bytes a range reads at a time (small in tests, so that characters and runs of spaces meet a read's edge).</param>
    internal static Sniffed Sniff(FileStream file, int ranges, int cores, int chunk = 1 << 20)
    {
        long start = file.Position;
        long length = file.Length;
        SafeFileHandle handle = file.SafeFileHandle;
        byte[] head = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var header = new HeaderScan();
        int bomLength;
        try
        {
            // The separator, and whether the file holds anything, from its first chunk, as the sequential sniff finds them
            // there; where that chunk does not settle them, the sequential sniff reads on.
            int n = RandomAccess.Read(handle, head.AsSpan(0, (int)Math.Min(ChunkSize, length - start)), start);
            bomLength = n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
            header.Feed(head.AsSpan(bomLength, n - bomLength));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }

        if (ranges <= 1 || !header.Done || !header.HasContent)
        {
            return Sniff(file);
        }

        // Ranges start at a byte that does not continue a character, so that a valid file's ranges are each valid.
        long from = start + bomLength;
        var bounds = new long[ranges + 1];
        bounds[0] = from;
        bounds[ranges] = length;
        for (int k = 1; k < ranges; k++)
        {
            bounds[k] = Math.Max(bounds[k - 1], CharacterStart(handle, from + ((length - from) * k / ranges), length));
        }

        var checks = new RangeCheck[ranges];
        Parallel.For(0, ranges, new ParallelOptions { MaxDegreeOfParallelism = cores }, k => checks[k] = CheckRange(handle, bounds[k], bounds[k + 1], length, chunk));
        bool valid = checks.All(c => c.Valid);
        long run = checks.FirstOrDefault(c => c.LongSpaceRun >= 0, new RangeCheck(true, -1, default)).LongSpaceRun;
        bool quoteFree = QuoteFreeCheck.AllQuoteFree([.. checks.Select(c => c.QuoteFree)]);
        return new Sniffed(valid ? Utf8 : Windows1252, header.Separator, false, bomLength, run < 0 ? -1 : run - start, quoteFree);
    }

    /// <summary>The 1-based line of the byte <paramref name="offset"/> bytes after the stream's position (seekable); seeks back.</summary>
    internal static int LineAt(Stream stream, long offset)
    {
        long start = stream.Position;
        byte[] bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int line = 1;
            long left = offset;
            int n;
            while (left > 0 && (n = stream.Read(bytes, 0, (int)Math.Min(ChunkSize, left))) > 0)
            {
                line += bytes.AsSpan(0, n).Count((byte)'\n');
                left -= n;
            }

            stream.Position = start;
            return line;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The first offset from <paramref name="at"/> on, at most 3 bytes on, of a byte that does not continue a UTF-8 character.</summary>
    private static long CharacterStart(SafeFileHandle handle, long at, long length)
    {
        Span<byte> next = stackalloc byte[4];
        int n = RandomAccess.Read(handle, next[..(int)Math.Min(4, length - at)], at);
        int skip = 0;
        while (skip < Math.Min(n, 3) && (next[skip] & 0xC0) == 0x80)
        {
            skip++;
        }

        return at + skip;
    }

    /// <summary>
    /// Whether bytes <c>[from, to)</c> of a file are valid UTF-8, and where the first quote in them followed by more than
    /// <see cref="MaxSpacesAfterQuote"/> spaces is (the spaces may go on past <paramref name="to"/>).
    /// </summary>
    private static RangeCheck CheckRange(SafeFileHandle handle, long from, long to, long length, int chunk)
    {
        int overlap = SpaceRunScan.Needle.Length - 1;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(chunk + overlap);
        try
        {
            bool valid = true;
            long run = -1;
            var quoteFree = default(QuoteFreeCheck);

            // Reading stops early only where a quote has been found, so the check of quotes is whole wherever it matters.
            for (long at = from; at < to && (valid || run < 0);)
            {
                int n = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(chunk + overlap, length - at)), at);
                if (n <= 0)
                {
                    break;
                }

                int window = (int)Math.Min(n, Math.Min(chunk, to - at));

                // A read that ends inside the range ends before a character that it would otherwise cut (a character is at
                // most 4 bytes; where none starts within 3 bytes back, the bytes are not UTF-8 wherever the read ends).
                if (window < to - at && window < n)
                {
                    int end = window;
                    while (end > window - 3 && end > 1 && (buffer[end] & 0xC0) == 0x80)
                    {
                        end--;
                    }

                    window = (buffer[end] & 0xC0) == 0x80 ? window : end;
                }

                ReadOnlySpan<byte> bytes = buffer.AsSpan(0, window);
                valid = valid && (Ascii.IsValid(bytes) || System.Text.Unicode.Utf8.IsValid(bytes));
                quoteFree.Feed(bytes);
                if (run < 0 && buffer.AsSpan(0, n).IndexOf(SpaceRunScan.Needle) is var quote and >= 0 && quote < window)
                {
                    run = at + quote;
                }

                at += window;
            }

            return new RangeCheck(valid, run, quoteFree);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>What <see cref="CheckRange"/> found: whether the range is valid UTF-8, the offset of a long run of spaces after a quote, or −1, and its quotes and carriage returns.</summary>
    private readonly record struct RangeCheck(bool Valid, long LongSpaceRun, QuoteFreeCheck QuoteFree);

    /// <summary>What <see cref="Sniff(Stream)"/> found.</summary>
    /// <param name="Encoding">UTF-8 (BOM skipped) or Windows-1252.</param>
    /// <param name="Separator">The separator for the reader.</param>
    /// <param name="IsEmpty">Whether the file holds nothing but line breaks and spaces.</param>
    /// <param name="BomLength">3 where the file starts with a UTF-8 byte order mark, else 0.</param>
    /// <param name="LongSpaceRun">The offset from the stream's position of the first quote followed by more than <see cref="MaxSpacesAfterQuote"/> spaces, or -1.</param>
    /// <param name="QuoteFree">Whether the file after its BOM holds no quote and no carriage return but before a line feed (<see cref="QuoteFreeCheck"/>): its records are its lines.</param>
    internal readonly record struct Sniffed(Encoding Encoding, char Separator, bool IsEmpty, int BomLength, long LongSpaceRun, bool QuoteFree = false);

    /// <summary>Looks for a quote followed by more than <see cref="MaxSpacesAfterQuote"/> spaces, also across chunks, with vectorized searches.</summary>
    private struct SpaceRunScan
    {
        /// <summary>A quote and one space more than may follow it.</summary>
        internal static readonly byte[] Needle = [(byte)'"', .. Enumerable.Repeat((byte)' ', MaxSpacesAfterQuote + 1)];

        private long _runStart;
        private int _run;

        public SpaceRunScan()
        {
            _run = -1;
        }

        public long Found { get; private set; } = -1;

        /// <summary>Scans the next bytes, which start at <paramref name="position"/> of the input.</summary>
        public void Feed(ReadOnlySpan<byte> span, long position)
        {
            if (Found >= 0 || span.IsEmpty)
            {
                return;
            }

            if (_run >= 0)
            {
                // The last chunk ended in spaces after a quote.
                int end = span.IndexOfAnyExcept((byte)' ');
                _run += end < 0 ? span.Length : end;
                if (_run > MaxSpacesAfterQuote)
                {
                    Found = _runStart;
                    return;
                }

                if (end < 0)
                {
                    return;
                }

                _run = -1;
            }

            int at = span.IndexOf(Needle);
            if (at >= 0)
            {
                Found = position + at;
                return;
            }

            int last = span.LastIndexOfAnyExcept((byte)' ');
            if (last >= 0 && span[last] == (byte)'"')
            {
                _run = span.Length - last - 1;
                _runStart = position + last;
            }
        }
    }

    /// <summary>
    /// Looks for the separator in the first non-empty line: <c>;</c> where it has one, else tab where it has one, else
    /// <c>,</c>. The separators are ASCII, the same byte in both encodings.
    /// </summary>
    private struct HeaderScan
    {
        private bool _inLine;
        private bool _semicolon;
        private bool _tab;

        public bool Done { get; private set; }

        public bool HasContent { get; private set; }

        public readonly char Separator => _semicolon ? ';' : _tab ? '\t' : ',';

        public void Feed(ReadOnlySpan<byte> span)
        {
            foreach (byte b in span)
            {
                bool lineBreak = b is (byte)'\r' or (byte)'\n';
                if (!HasContent && !lineBreak && b is not (byte)' ' and not (byte)'\t')
                {
                    HasContent = true;
                }

                if (Done)
                {
                    if (HasContent)
                    {
                        return;
                    }

                    continue;
                }

                if (lineBreak)
                {
                    Done = _inLine;
                    continue;
                }

                _inLine = true;
                _semicolon |= b == (byte)';';
                _tab |= b == (byte)'\t';
            }
        }
    }
}
