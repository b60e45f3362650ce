using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>lines.csv</c> exactly as SPEC §10 says: RFC 4180 with <c>,</c>, <c>.</c> decimals, ISO dates, UTF-8 without
/// BOM, <c>\n</c> line ends, amounts with exactly two decimals, rows in the order given.
/// </summary>
public static class LinesCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "participant_id,payment,period,date,amount,payable,capped,paid_before,due";

    private const string PaymentField = "the payment of a line";
    private const string PeriodField = "the period of a line";

    /// <summary>Writes the lines to <paramref name="stream"/>, leaving it open.</summary>
    /// <exception cref="ArgumentException">
    /// A payment or period begins with <c>=</c>, <c>+</c>, <c>-</c> (other than the period <c>-</c>), <c>@</c>, a tab or a
    /// carriage return, which a spreadsheet would run as a formula (possible only for a ledger key built in code: the
    /// readers and the contract refuse such ids).
    /// </exception>
    public static void Write(Stream stream, IEnumerable<SettlementLine> lines)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(lines);
        bool compact = BulkAccess.TryCompact(lines, out BulkAccess.CompactLines table);
        if (compact)
        {
            // Participant ids are safe by their type; payments and periods are checked once each, before a byte is written.
            CheckKeys(table.Payments, table.Periods);
        }

        using CsvWriter csv = OutputCsv.Create(stream, Header);
        if (compact)
        {
            csv.Flush();
            WriteCompact(stream, table);
            return;
        }

        foreach (SettlementLine line in lines)
        {
            csv.WriteField(line.ParticipantId.Value);
            csv.WriteField(SpreadsheetText.Checked(line.Payment, PaymentField));
            csv.WriteField(SpreadsheetText.Checked(line.Period, PeriodField));
            csv.WriteField(OutputCsv.Date(line.Date));
            csv.WriteField(line.Amount.ToString());
            csv.WriteField(line.Payable.ToString());
            csv.WriteField(line.Capped.ToString());
            csv.WriteField(line.PaidBefore.ToString());
            csv.WriteField(line.Due.ToString());
            csv.EndRecord();
        }
    }

    /// <summary>
    /// The same rows straight from the compact records: ids as UTF-8 once per rank, dates and amounts formatted into a
    /// small buffer, so that millions of lines are written without a string each. Batches of lines are formatted on
    /// every core and written in order, so the bytes are those of one core.
    /// </summary>
    private static void WriteCompact(Stream stream, BulkAccess.CompactLines table)
    {
        const int BatchLines = 1 << 15;
        byte[][] payments = table.Payments.Select(Encoding.UTF8.GetBytes).ToArray();
        byte[][] periods = table.Periods.Select(Encoding.UTF8.GetBytes).ToArray();
        int batches = (table.Count + BatchLines - 1) / BatchLines;
        int window = Math.Min(Math.Max(2, Environment.ProcessorCount * 2), Math.Max(1, batches));

        // RFC 4180 quotes a field only for a separator, quote or line break; when no id, payment or period holds one,
        // every row is the fields joined by commas, and is written so, without the CSV writer's per-field checks.
        bool plain = !table.Participants.Any(id => NeedsQuotes(id.Value)) && !table.Payments.Any(NeedsQuotes) && !table.Periods.Any(NeedsQuotes);
        Utf8Ids? ids = plain ? new Utf8Ids(table.Participants) : null;
        // Two sets of buffers, made once and reused (fresh megabyte buffers would each be a large-object allocation): one
        // set is written to the stream while the next batches are formatted into the other, in order.
        int linesPerBatch = Math.Min(BatchLines, Math.Max(1, table.Count));
        MemoryStream[][] sets = [NewSet(window, linesPerBatch), NewSet(window, linesPerBatch)];
        Task writing = Task.CompletedTask;
        for (int first = 0, set = 0; first < batches; first += window, set ^= 1)
        {
            MemoryStream[] formatted = sets[set];
            int count = Math.Min(window, batches - first);
            Parallel.For(0, count, k =>
            {
                int start = (first + k) * BatchLines;
                MemoryStream buffer = formatted[k];
                buffer.SetLength(0);
                if (plain)
                {
                    WritePlainRange(buffer, table, start, Math.Min(table.Count, start + BatchLines), ids!, payments, periods);
                }
                else
                {
                    using CsvWriter csv = OutputCsv.Create(buffer);
                    WriteRange(csv, table, start, Math.Min(table.Count, start + BatchLines), payments, periods);
                }
            });

            writing.GetAwaiter().GetResult();
            writing = Task.Run(() =>
            {
                for (int k = 0; k < count; k++)
                {
                    stream.Write(formatted[k].GetBuffer(), 0, (int)formatted[k].Length);
                }
            });
        }

        writing.GetAwaiter().GetResult();
        foreach (MemoryStream buffer in sets.SelectMany(b => b))
        {
            buffer.Dispose();
        }
    }

    private static void CheckKeys(IEnumerable<string> payments, IEnumerable<string> periods)
    {
        foreach (string payment in payments)
        {
            SpreadsheetText.Checked(payment, PaymentField);
        }

        foreach (string period in periods)
        {
            SpreadsheetText.Checked(period, PeriodField);
        }
    }

    private static MemoryStream[] NewSet(int count, int lines) =>
        Enumerable.Range(0, count).Select(_ => new MemoryStream(lines * 64)).ToArray();

    private static readonly SearchValues<char> QuoteTriggers = SearchValues.Create(",\"\r\n");

    private static bool NeedsQuotes(string field) => field.AsSpan().ContainsAny(QuoteTriggers);

    /// <summary>
    /// Rows whose fields need no quotes: each field's bytes, commas between, <c>\n</c> after, gathered in a block that is
    /// written to <paramref name="buffer"/> when full. Most lines repeat an amount (payable = amount, due = payable) and
    /// have zeros (capped, paid before): those are copied, not formatted again.
    /// </summary>
    private static void WritePlainRange(MemoryStream buffer, BulkAccess.CompactLines table, int start, int end, Utf8Ids ids, byte[][] payments, byte[][] periods)
    {
        const int BlockBytes = 1 << 16;
        byte[] block = ArrayPool<byte>.Shared.Rent(BlockBytes);
        int used = 0;
        int lastDate = int.MinValue;
        Span<byte> date = stackalloc byte[10];
        BulkAccess.LineCursor cursor = table.At(start);
        for (int i = start; i < end; i++, cursor.Next())
        {
            BulkAccess.CompactLine line = cursor.Line;
            ReadOnlySpan<byte> id = ids[line.Participant];
            byte[] payment = payments[line.Payment];
            byte[] period = periods[line.Period];
            int most = id.Length + payment.Length + period.Length + 10 + (5 * 22) + 9;
            if (used + most > block.Length)
            {
                buffer.Write(block, 0, used);
                used = 0;
                if (most > block.Length)
                {
                    ArrayPool<byte>.Shared.Return(block);
                    block = ArrayPool<byte>.Shared.Rent(most);
                }
            }

            Span<byte> into = block.AsSpan(used);
            id.CopyTo(into);
            int at = id.Length;
            into[at++] = (byte)',';
            payment.CopyTo(into[at..]);
            at += payment.Length;
            into[at++] = (byte)',';
            period.CopyTo(into[at..]);
            at += period.Length;
            into[at++] = (byte)',';
            if (line.Day != lastDate)
            {
                lastDate = line.Day;
                FormatDate(lastDate, date);
            }

            date.CopyTo(into[at..]);
            at += date.Length;
            long paidBefore = cursor.PaidBefore;
            long payable = cursor.Payable;
            int amountAt = at;
            at = AppendCents(into, at, line.Amount);
            int payableAt = at;
            at = payable == line.Amount ? Repeat(into, amountAt, payableAt, at) : AppendCents(into, at, payable);
            int payableEnd = at;
            at = AppendCents(into, at, line.Amount - payable);
            at = AppendCents(into, at, paidBefore);
            at = paidBefore == 0 ? Repeat(into, payableAt, payableEnd, at) : AppendCents(into, at, payable - paidBefore);
            into[at++] = (byte)'\n';
            used += at;
        }

        buffer.Write(block, 0, used);
        ArrayPool<byte>.Shared.Return(block);
    }

    /// <summary>Copies the bytes <c>[from, to)</c> of <paramref name="into"/> to <paramref name="at"/>; returns the new end.</summary>
    private static int Repeat(Span<byte> into, int from, int to, int at)
    {
        into[from..to].CopyTo(into[at..]);
        return at + (to - from);
    }

    /// <summary>Appends <c>,</c> and the hundredths as <c>-?digits.dd</c> at <paramref name="at"/>; returns the new end.</summary>
    private static int AppendCents(Span<byte> into, int at, long cents)
    {
        if (cents == 0)
        {
            ",0.00"u8.CopyTo(into[at..]);
            return at + 5;
        }

        into[at++] = (byte)',';
        return at + FormatCents(cents, into[at..]);
    }

    private static void WriteRange(CsvWriter csv, BulkAccess.CompactLines table, int start, int end, byte[][] payments, byte[][] periods)
    {
        Span<byte> buffer = stackalloc byte[ParticipantId.MaxLength * 4];
        int lastDate = int.MinValue;
        Span<byte> date = stackalloc byte[10];
        BulkAccess.LineCursor cursor = table.At(start);
        for (int i = start; i < end; i++, cursor.Next())
        {
            BulkAccess.CompactLine line = cursor.Line;
            int idLength = Encoding.UTF8.GetBytes(table.Participants[line.Participant].Value, buffer);
            csv.WriteField(buffer[..idLength]);
            csv.WriteField(payments[line.Payment]);
            csv.WriteField(periods[line.Period]);
            if (line.Day != lastDate)
            {
                lastDate = line.Day;
                FormatDate(lastDate, date);
            }

            csv.WriteField(date);
            long paidBefore = cursor.PaidBefore;
            long payable = cursor.Payable;
            WriteCents(csv, line.Amount, buffer);
            WriteCents(csv, payable, buffer);
            WriteCents(csv, line.Amount - payable, buffer);
            WriteCents(csv, paidBefore, buffer);
            WriteCents(csv, payable - paidBefore, buffer);
            csv.EndRecord();
        }
    }

    private static void FormatDate(int dayNumber, Span<byte> into)
    {
        bool ok = BulkAccess.DateOf(dayNumber).ToDateOnly().TryFormat(into, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Debug.Assert(ok && written == 10, "An ISO date is ten bytes.");
    }

    /// <summary>Hundredths as <c>-?digits.dd</c>, exactly as <see cref="Money.ToString"/> writes them.</summary>
    private static void WriteCents(CsvWriter csv, long cents, Span<byte> buffer) => csv.WriteField(buffer[..FormatCents(cents, buffer)]);

    /// <summary>Formats hundredths as <c>-?digits.dd</c> into <paramref name="into"/> (at least 22 bytes); returns the length.</summary>
    private static int FormatCents(long cents, Span<byte> into)
    {
        ulong magnitude = cents < 0 ? (ulong)(-cents) : (ulong)cents;
        int at = 0;
        if (cents < 0)
        {
            into[at++] = (byte)'-';
        }

        bool ok = (magnitude / 100).TryFormat(into[at..], out int written, default, CultureInfo.InvariantCulture);
        Debug.Assert(ok, "The buffer holds any 64-bit number.");
        at += written;
        into[at++] = (byte)'.';
        ulong fraction = magnitude % 100;
        into[at++] = (byte)('0' + (int)(fraction / 10));
        into[at++] = (byte)('0' + (int)(fraction % 10));
        return at;
    }

    /// <summary>Every participant id as UTF-8, encoded once, in one array: a million ids are a few megabytes.</summary>
    private sealed class Utf8Ids
    {
        private readonly byte[] _bytes;
        private readonly int[] _start;

        internal Utf8Ids(ParticipantId[] ids)
        {
            _start = new int[ids.Length + 1];
            for (int i = 0; i < ids.Length; i++)
            {
                _start[i + 1] = checked(_start[i] + Encoding.UTF8.GetByteCount(ids[i].Value));
            }

            _bytes = new byte[_start[^1]];
            for (int i = 0; i < ids.Length; i++)
            {
                Encoding.UTF8.GetBytes(ids[i].Value, _bytes.AsSpan(_start[i]));
            }
        }

        internal ReadOnlySpan<byte> this[int rank] => _bytes.AsSpan(_start[rank], _start[rank + 1] - _start[rank]);
    }
}
