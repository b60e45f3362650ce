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

    /// <summary>Strict UTF-8 whose preamble makes <see cref="StreamReader"/> skip a BOM.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, taken from the code-pages provider without registering it globally.</summary>
    internal static Encoding Windows1252 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>
    /// Reads <paramref name="stream"/> (seekable) from its position to its end and seeks back. The separator is the first
    /// of <c>;</c>, tab and <c>,</c> that occurs in the first line that is not empty, or <c>,</c> when none does.
    /// </summary>
    internal static Sniffed Sniff(Stream stream)
    {
        long start = stream.Position;
        byte[] bytes = ArrayPool<byte>.Shared.Rent(ChunkSize + 8);
        char[] chars = ArrayPool<char>.Shared.Rent(ChunkSize + 8);
        try
        {
            var header = new HeaderScan();
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
                if (valid)
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

                if (final || (!valid && header.Done))
                {
                    break;
                }
            }

            stream.Position = start;
            return new Sniffed(valid ? Utf8 : Windows1252, header.Separator, !header.HasContent, bomLength);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>What <see cref="Sniff"/> found.</summary>
    /// <param name="Encoding">UTF-8 (BOM skipped) or Windows-1252.</param>
    /// <param name="Separator">The separator for the reader.</param>
    /// <param name="IsEmpty">Whether the file holds nothing but line breaks and spaces.</param>
    /// <param name="BomLength">3 where the file starts with a UTF-8 byte order mark, else 0.</param>
    internal readonly record struct Sniffed(Encoding Encoding, char Separator, bool IsEmpty, int BomLength);

    /// <summary>Looks for the separator in the first non-empty line; the separators are ASCII, the same byte in both encodings.</summary>
    private struct HeaderScan
    {
        private bool _inLine;
        private bool _semicolon;
        private bool _tab;
        private bool _comma;

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
                _comma |= b == (byte)',';
            }
        }
    }
}
