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

    /// <summary>Writes the lines to <paramref name="stream"/>, leaving it open.</summary>
    public static void Write(Stream stream, IEnumerable<SettlementLine> lines)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        Preconditions.CheckNotNull(lines, nameof(lines));
        using CsvWriter csv = OutputCsv.Create(stream);
        foreach (string name in Header.Split(','))
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        if (lines is LineTable table)
        {
            csv.Flush();
            WriteCompact(stream, table);
            return;
        }

        foreach (SettlementLine line in lines)
        {
            csv.WriteField(line.ParticipantId.Value);
            csv.WriteField(line.Payment);
            csv.WriteField(line.Period);
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
    private static void WriteCompact(Stream stream, LineTable table)
    {
        const int BatchLines = 1 << 15;
        byte[][] payments = table.Payments.Select(Encoding.UTF8.GetBytes).ToArray();
        byte[][] periods = table.Periods.Select(Encoding.UTF8.GetBytes).ToArray();
        int batches = (table.Count + BatchLines - 1) / BatchLines;
        int window = Math.Max(2, Environment.ProcessorCount * 2);
        // The buffers are made once and reused: fresh megabyte buffers would each be a large-object allocation.
        var formatted = new MemoryStream[window];
        for (int k = 0; k < window; k++)
        {
            formatted[k] = new MemoryStream(BatchLines * 64);
        }

        for (int first = 0; first < batches; first += window)
        {
            int count = Math.Min(window, batches - first);
            Parallel.For(0, count, k =>
            {
                int start = (first + k) * BatchLines;
                MemoryStream buffer = formatted[k];
                buffer.SetLength(0);
                using CsvWriter csv = OutputCsv.Create(buffer);
                WriteRange(csv, table, start, Math.Min(table.Count, start + BatchLines), payments, periods);
            });

            for (int k = 0; k < count; k++)
            {
                stream.Write(formatted[k].GetBuffer(), 0, (int)formatted[k].Length);
            }
        }

        foreach (MemoryStream buffer in formatted)
        {
            buffer.Dispose();
        }
    }

    private static void WriteRange(CsvWriter csv, LineTable table, int start, int end, byte[][] payments, byte[][] periods)
    {
        Span<byte> buffer = stackalloc byte[ParticipantId.MaxLength * 4];
        int lastDate = int.MinValue;
        Span<byte> date = stackalloc byte[10];
        for (int i = start; i < end; i++)
        {
            ref readonly LineRecord line = ref table.Record(i);
            int idLength = Encoding.UTF8.GetBytes(table.Participants[line.Participant].Value, buffer);
            csv.WriteField(buffer[..idLength]);
            csv.WriteField(payments[line.Payment]);
            csv.WriteField(periods[line.Period]);
            if (line.Date != lastDate)
            {
                lastDate = line.Date;
                FormatDate(lastDate, date);
            }

            csv.WriteField(date);
            long paidBefore = table.PaidBefore(i);
            WriteCents(csv, line.Amount, buffer);
            WriteCents(csv, line.Payable, buffer);
            WriteCents(csv, line.Amount - line.Payable, buffer);
            WriteCents(csv, paidBefore, buffer);
            WriteCents(csv, line.Payable - paidBefore, buffer);
            csv.EndRecord();
        }
    }

    private static void FormatDate(int dayNumber, Span<byte> into)
    {
        bool ok = DayNumber.ToDate(dayNumber).ToDateOnly().TryFormat(into, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Debug.Assert(ok && written == 10, "An ISO date is ten bytes.");
    }

    /// <summary>Hundredths as <c>-?digits.dd</c>, exactly as <see cref="Money.ToString"/> writes them.</summary>
    private static void WriteCents(CsvWriter csv, long cents, Span<byte> buffer)
    {
        ulong magnitude = cents < 0 ? (ulong)(-cents) : (ulong)cents;
        int at = 0;
        if (cents < 0)
        {
            buffer[at++] = (byte)'-';
        }

        bool ok = (magnitude / 100).TryFormat(buffer[at..], out int written, default, CultureInfo.InvariantCulture);
        Debug.Assert(ok, "The buffer holds any 64-bit number.");
        at += written;
        buffer[at++] = (byte)'.';
        ulong fraction = magnitude % 100;
        buffer[at++] = (byte)('0' + (int)(fraction / 10));
        buffer[at++] = (byte)('0' + (int)(fraction % 10));
        csv.WriteField(buffer[..at]);
    }
}
