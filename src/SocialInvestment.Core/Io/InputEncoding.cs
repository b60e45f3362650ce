using System.Buffers;
using System.Text;

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
            return new Sniffed(valid ? Utf8 : Windows1252, header.Separator, !header.HasContent, bomLength, spaces.Found);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
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

    /// <summary>What <see cref="Sniff"/> found.</summary>
    /// <param name="Encoding">UTF-8 (BOM skipped) or Windows-1252.</param>
    /// <param name="Separator">The separator for the reader.</param>
    /// <param name="IsEmpty">Whether the file holds nothing but line breaks and spaces.</param>
    /// <param name="BomLength">3 where the file starts with a UTF-8 byte order mark, else 0.</param>
    /// <param name="LongSpaceRun">The offset from the stream's position of the first quote followed by more than <see cref="MaxSpacesAfterQuote"/> spaces, or -1.</param>
    internal readonly record struct Sniffed(Encoding Encoding, char Separator, bool IsEmpty, int BomLength, long LongSpaceRun);

    /// <summary>Looks for a quote followed by more than <see cref="MaxSpacesAfterQuote"/> spaces, also across chunks, with vectorized searches.</summary>
    private struct SpaceRunScan
    {
        private static readonly byte[] Needle = [(byte)'"', .. Enumerable.Repeat((byte)' ', MaxSpacesAfterQuote + 1)];

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
