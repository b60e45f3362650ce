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
    /// The same rows straight from the compact records: keys encoded once, dates and amounts formatted into small
    /// buffers, so that millions of lines are written without a string each. Batches of lines are formatted on
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
        PlainKeys? keys = plain ? new PlainKeys(table) : null;
        // Two sets of buffers, made once and reused (fresh megabyte buffers would each be a large-object allocation): one
        // set is written to the stream while the next batches are formatted into the other, in order.
        int linesPerBatch = Math.Min(BatchLines, Math.Max(1, table.Count));
        Batch[][] sets = [NewSet(window, linesPerBatch), NewSet(window, linesPerBatch)];
        Task writing = Task.CompletedTask;
        for (int first = 0, set = 0; first < batches; first += window, set ^= 1)
        {
            Batch[] formatted = sets[set];
            int count = Math.Min(window, batches - first);
            void Format(int k)
            {
                int start = (first + k) * BatchLines;
                int end = Math.Min(table.Count, start + BatchLines);
                if (plain)
                {
                    WritePlainRange(formatted[k], table, start, end, keys!);
                }
                else
                {
                    using var quoted = new MemoryStream();
                    using (CsvWriter csv = OutputCsv.Create(quoted))
                    {
                        WriteRange(csv, table, start, end, payments, periods);
                    }

                    formatted[k].Set(quoted.GetBuffer().AsSpan(0, (int)quoted.Length));
                }
            }

            void Write()
            {
                for (int k = 0; k < count; k++)
                {
                    stream.Write(formatted[k].Bytes, 0, formatted[k].Length);
                }
            }

            // A single batch (a small settlement) is formatted on this thread, and the last set is written on it: nothing
            // is left to format meanwhile, and a small command does not wait for the thread pool's workers.
            if (count == 1)
            {
                Format(0);
            }
            else
            {
                Parallel.For(0, count, Format);
            }

            writing.GetAwaiter().GetResult();
            if (first + window >= batches)
            {
                Write();
            }
            else
            {
                writing = Task.Run(Write);
            }
        }

        writing.GetAwaiter().GetResult();
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

    /// <summary>
    /// Batches with room for 80 bytes a line: a settlement's lines are 60–70 bytes (a share line with an 8-character id is
    /// 67), so a batch is seldom grown, which would make a second array of twice the size and leave the first as garbage.
    /// </summary>
    private static Batch[] NewSet(int count, int lines)
    {
        var set = new Batch[count];
        for (int k = 0; k < count; k++)
        {
            set[k] = new Batch(lines * 80);
        }

        return set;
    }

    private static readonly SearchValues<char> QuoteTriggers = SearchValues.Create(",\"\r\n");

    private static bool NeedsQuotes(string field) => field.AsSpan().ContainsAny(QuoteTriggers);

    /// <summary>
    /// Rows whose fields need no quotes: each field's bytes, commas between, <c>\n</c> after, written straight into
    /// <paramref name="batch"/>. Each field is a copy of prepared bytes of a fixed width: ids, payments and periods
    /// encoded once (<see cref="SeparatedFields"/>), the date formatted once for a run of lines of one date, amounts
    /// formatted once per distinct amount (<see cref="SeparatedAmounts"/>).
    /// </summary>
    private static void WritePlainRange(Batch batch, BulkAccess.CompactLines table, int start, int end, PlainKeys keys)
    {
        // The payment, period and date of a line as one run of bytes, prepared once for the lines that share them: most
        // lines do (a date's lines of one payment and month, participant after participant).
        int runWidth = keys.Payments.Width + keys.Periods.Width + DateBytes;
        // The most bytes a line's copies touch: the id's, the run's and five amounts'.
        int widest = keys.Ids.Width + runWidth + (5 * SeparatedAmounts.Width) + 1;
        SeparatedAmounts amounts = batch.Amounts;
        byte[] bytes = batch.Bytes;
        int used = 0;
        Span<byte> run = runWidth <= 256 ? stackalloc byte[runWidth] : new byte[runWidth];
        int runLength = 0;
        (int Payment, int Period, int Day) runKey = (-1, -1, int.MinValue);
        int lastDate = int.MinValue;
        Span<byte> date = stackalloc byte[10];
        BulkAccess.LineCursor cursor = table.At(start);
        for (int i = start; i < end; i++, cursor.Next())
        {
            if (used + widest > bytes.Length)
            {
                bytes = batch.Grow(used, widest);
            }

            BulkAccess.CompactLine line = cursor.Line;
            if ((line.Payment, line.Period, line.Day) != runKey)
            {
                runKey = (line.Payment, line.Period, line.Day);
                if (line.Day != lastDate)
                {
                    lastDate = line.Day;
                    FormatDate(lastDate, date);
                }

                runLength = keys.Payments.CopyTo(line.Payment, run);
                runLength += keys.Periods.CopyTo(line.Period, run[runLength..]);
                date[..10].CopyTo(run[runLength..]);
                runLength += 10;
            }

            Span<byte> into = bytes.AsSpan(used);
            int at = keys.Ids.CopyTo(line.Participant, into);
            SeparatedFields.CopyWide(run, into[at..]);
            at += runLength;
            long paidBefore = cursor.PaidBefore;
            long payable = cursor.Payable;
            at += amounts.CopyTo(line.Amount, into[at..]);
            at += amounts.CopyTo(payable, into[at..]);
            at += amounts.CopyTo(line.Amount - payable, into[at..]);
            at += amounts.CopyTo(paidBefore, into[at..]);
            at += amounts.CopyTo(payable - paidBefore, into[at..]);
            into[at++] = (byte)'\n';
            used += at;
        }

        batch.Length = used;
    }

    /// <summary>The room a date takes in a line's run of payment, period and date: its ten bytes, in the 16 that copies work in.</summary>
    private const int DateBytes = 16;

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

    /// <summary>Hundredths as <see cref="CentsText"/> writes them.</summary>
    private static void WriteCents(CsvWriter csv, long cents, Span<byte> buffer) => csv.WriteField(buffer[..CentsText.Format(cents, buffer)]);

    /// <summary>
    /// The bytes of a batch of lines, in an array kept from window to window and grown when a batch needs more (a fresh
    /// megabyte array each time would be a large-object allocation), and the amounts' table its lines are formatted with.
    /// </summary>
    private sealed class Batch(int capacity)
    {
        internal byte[] Bytes { get; private set; } = new byte[capacity];

        /// <summary>The amounts formatted so far, kept with the batch (one thread formats it at a time).</summary>
        internal SeparatedAmounts Amounts { get; } = new((byte)',');

        /// <summary>How many of <see cref="Bytes"/> are the batch's.</summary>
        internal int Length { get; set; }

        /// <summary>Makes room for <paramref name="room"/> bytes after the first <paramref name="used"/>, which are kept; returns the array.</summary>
        internal byte[] Grow(int used, int room)
        {
            if (used + room > Bytes.Length)
            {
                byte[] larger = new byte[Math.Max(2 * Bytes.Length, used + room)];
                Bytes.AsSpan(0, used).CopyTo(larger);
                Bytes = larger;
            }

            return Bytes;
        }

        /// <summary>Makes <paramref name="bytes"/> the batch's bytes.</summary>
        internal void Set(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(Grow(0, bytes.Length));
            Length = bytes.Length;
        }
    }

    /// <summary>The keys of lines whose fields need no quotes, encoded once: a million ids are some megabytes.</summary>
    private sealed class PlainKeys(BulkAccess.CompactLines table)
    {
        internal SeparatedFields Ids { get; } = new(table.Participants.Length, rank => table.Participants[rank].Value, (byte)',');

        internal SeparatedFields Payments { get; } = new(table.Payments, (byte)',');

        internal SeparatedFields Periods { get; } = new(table.Periods, (byte)',');
    }
}
