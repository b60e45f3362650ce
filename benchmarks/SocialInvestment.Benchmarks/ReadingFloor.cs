using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Benchmarks;

/// <summary>
/// A floor for reading spells.csv: the least a reader must do to turn its fields into a cohort's spells, written for
/// this one file shape (`sib generate --danish`: `;`, dd-MM-yyyy, decimal commas, the columns in their order, no spaces)
/// and checking nothing: split each line (the same vectorised search as <see cref="QuoteFreeRecords"/>), keep a
/// person's id while it repeats and ask the cohort when it changes, match the code among the contract's, turn both
/// dates into day numbers and the degree into a value, and write a 32-byte record, on the same pieces and cores as
/// <see cref="ReadCsvBenchmarks.Scan"/>. Not a reader: a bad field gives a wrong value or an exception, not an error.
/// It keeps as many rows as <see cref="SpellsCsv.Read"/> does (the harness prints both).
/// </summary>
internal static class ReadingFloor
{
    internal static (long Rows, long Kept) Read(string path, int cores, HashSet<string> cohort, string[] codes)
    {
        using FileStream file = File.OpenRead(path);
        int pieces = cores == 1 ? 1 : cores * new ReadOptions().PiecesPerCore;
        long[] starts = ReadCsvBenchmarks.PieceStarts(file, 0, pieces);
        var rows = new long[pieces];
        var kept = new long[pieces];
        byte[][] codeBytes = [.. codes.Select(Encoding.ASCII.GetBytes)];
        var records = new Record[file.Length / 40];
        var at = new long[pieces + 1];
        for (int k = 0; k <= pieces; k++)
        {
            at[k] = (long)((starts[k] - starts[0]) / (double)(file.Length - starts[0]) * records.Length * 0.98);
        }

        Parallel.For(0, pieces, new ParallelOptions { MaxDegreeOfParallelism = cores }, k =>
            (rows[k], kept[k]) = Piece(file, starts[k], starts[k + 1], cohort, codeBytes, records.AsSpan((int)at[k], (int)(at[k + 1] - at[k]))));
        return (rows.Sum(), kept.Sum());
    }

    private static (long, long) Piece(FileStream file, long start, long end, HashSet<string> cohort, byte[][] codes, Span<Record> records)
    {
        byte[] buffer = new byte[(1 << 16) + 64];
        Span<int> ends = stackalloc int[8];
        long position = start;
        int kept = 0;
        long rows = 0;
        int written = 0;
        byte[] lastId = new byte[16];
        int lastIdLength = -1;
        int person = -1;
        bool member = false;
        Vector256<byte> separators = Vector256.Create((byte)';');
        Vector256<byte> lineFeeds = Vector256.Create((byte)'\n');
        while (true)
        {
            int n = RandomAccess.Read(file.SafeFileHandle, buffer.AsSpan(kept, (int)Math.Min(buffer.Length - 64 - kept, end - position)), position);
            position += n;
            int length = kept + n;
            buffer.AsSpan(length, 32).Clear();
            if (length == 0)
            {
                break;
            }

            ref byte first = ref MemoryMarshal.GetArrayDataReference(buffer);
            int lineStart = 0;
            int fields = 0;
            for (int block = 0; block < length; block += 32)
            {
                uint found = (Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)block), separators) | Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)block), lineFeeds)).ExtractMostSignificantBits();
                while (found != 0)
                {
                    int i = block + BitOperations.TrailingZeroCount(found);
                    found &= found - 1;
                    if (i >= length)
                    {
                        break;
                    }

                    ends[fields++ & 7] = i;
                    if (buffer[i] != (byte)'\n')
                    {
                        continue;
                    }

                    // One line: id;code;from;to;degree
                    ReadOnlySpan<byte> id = buffer.AsSpan(lineStart, ends[0] - lineStart);
                    if (!id.SequenceEqual(lastId.AsSpan(0, Math.Max(lastIdLength, 0))) || lastIdLength < 0)
                    {
                        id.CopyTo(lastId);
                        lastIdLength = id.Length;
                        member = cohort.Contains(Encoding.ASCII.GetString(id));
                        person++;
                    }

                    ReadOnlySpan<byte> code = buffer.AsSpan(ends[0] + 1, ends[1] - ends[0] - 1);
                    int c = 0;
                    while (c < codes.Length && !code.SequenceEqual(codes[c]))
                    {
                        c++;
                    }

                    int from = Day(buffer.AsSpan(ends[1] + 1, ends[2] - ends[1] - 1));
                    int to = ends[3] - ends[2] - 1 == 0 ? int.MaxValue : Day(buffer.AsSpan(ends[2] + 1, ends[3] - ends[2] - 1));
                    int degree = Degree(buffer.AsSpan(ends[3] + 1, i - ends[3] - 1));
                    if (member)
                    {
                        records[written++] = new Record(person, c, from, to, degree);
                    }

                    rows++;
                    fields = 0;
                    lineStart = i + 1;
                }
            }

            if (n == 0)
            {
                break;
            }

            kept = length - lineStart;
            buffer.AsSpan(lineStart, kept).CopyTo(buffer);
        }

        return (rows, written);
    }

    // dd-MM-yyyy as days since 1970-01-01.
    private static int Day(ReadOnlySpan<byte> text)
    {
        int d = ((text[0] - '0') * 10) + text[1] - '0';
        int m = ((text[3] - '0') * 10) + text[4] - '0';
        int y = ((text[6] - '0') * 1000) + ((text[7] - '0') * 100) + ((text[8] - '0') * 10) + text[9] - '0';
        y -= m <= 2 ? 1 : 0;
        int era = y / 400;
        int yoe = y - (era * 400);
        int doy = ((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5 + d - 1;
        int doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    // 1, 0,75 … as ten-thousandths; empty as 1.
    private static int Degree(ReadOnlySpan<byte> text)
    {
        if (text.Length == 0 || text[0] == '1')
        {
            return 10_000;
        }

        int value = 0;
        int scale = 1000;
        for (int i = 2; i < text.Length; i++, scale /= 10)
        {
            value += (text[i] - '0') * scale;
        }

        return value;
    }

    private readonly record struct Record(int Person, int Code, int From, int To, int Degree, long Spare = 0, int Spare2 = 0);
}
