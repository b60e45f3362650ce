using Parquet;
using Parquet.Schema;
using SocialInvestment.Io;

namespace SocialInvestment.Cli.Exports;

/// <summary>
/// Writes <c>lines.parquet</c>: the rows and columns of lines.csv (SPEC §10), typed: the participant id, payment and
/// period as UTF-8 strings, the date as a Parquet <c>DATE</c>, the five amounts as <c>decimal(18,2)</c> in the
/// contract's currency; no column is nullable, as no field of lines.csv is ever empty (docs/output-formats.md, "Parquet").
/// </summary>
internal static class LinesParquet
{
    /// <summary>Digits of an amount: up to 10¹⁶ − 0.01, far beyond any settlement.</summary>
    private const int Precision = 18;

    /// <summary>Hundredths.</summary>
    private const int Scale = 2;

    /// <summary>Lines of a group filled in by one core at a time.</summary>
    private const int FillSlice = 1 << 14;

    /// <summary>Writes <paramref name="lines"/> in the order given, <paramref name="rowGroupRows"/> lines to a row group.</summary>
    internal static void Write(Stream stream, IReadOnlyList<SettlementLine> lines, int rowGroupRows = ParquetFile.RowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        var columns = new Columns();
        ParquetFile.Write(stream, columns.Schema, writer => WriteGroups(writer, columns, lines, rowGroupRows));
    }

    private static async Task WriteGroups(ParquetWriter writer, Columns columns, IReadOnlyList<SettlementLine> lines, int rowGroupRows)
    {
        // One set of column buffers, filled again for each group; the strings are the settlement's own, not copies.
        int size = Math.Min(rowGroupRows, lines.Count);
        var participants = new ReadOnlyMemory<char>[size];
        var payments = new ReadOnlyMemory<char>[size];
        var periods = new ReadOnlyMemory<char>[size];
        var dates = new DateOnly[size];
        decimal[][] amounts = [.. columns.Amounts.Select(_ => new decimal[size])];
        for (int first = 0; first < lines.Count; first += rowGroupRows)
        {
            int count = Math.Min(rowGroupRows, lines.Count - first);
            // The lines are made from their compact form on access, which costs more than writing them: slices on every core.
            int slices = (count + FillSlice - 1) / FillSlice;
            Parallel.For(0, slices, slice =>
            {
                for (int i = slice * FillSlice, end = Math.Min(count, i + FillSlice); i < end; i++)
                {
                    SettlementLine line = lines[first + i];
                    participants[i] = line.ParticipantId.Value.AsMemory();
                    payments[i] = line.Payment.AsMemory();
                    periods[i] = line.Period.AsMemory();
                    dates[i] = line.Date.ToDateOnly();
                    amounts[0][i] = line.Amount.Amount;
                    amounts[1][i] = line.Payable.Amount;
                    amounts[2][i] = line.Capped.Amount;
                    amounts[3][i] = line.PaidBefore.Amount;
                    amounts[4][i] = line.Due.Amount;
                }
            });

            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync(columns.Participant, new ReadOnlyMemory<ReadOnlyMemory<char>>(participants, 0, count)).ConfigureAwait(false);
            await group.WriteAsync(columns.Payment, new ReadOnlyMemory<ReadOnlyMemory<char>>(payments, 0, count)).ConfigureAwait(false);
            await group.WriteAsync(columns.Period, new ReadOnlyMemory<ReadOnlyMemory<char>>(periods, 0, count)).ConfigureAwait(false);
            await group.WriteAsync(columns.Date, new ReadOnlyMemory<DateOnly>(dates, 0, count)).ConfigureAwait(false);
            for (int k = 0; k < amounts.Length; k++)
            {
                await group.WriteAsync(columns.Amounts[k], new ReadOnlyMemory<decimal>(amounts[k], 0, count)).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }
    }

    /// <summary>The columns, named as lines.csv's header (one home for the names), and the schema that holds them (made for each file written).</summary>
    private sealed class Columns
    {
        internal Columns()
        {
            string[] names = LinesCsv.Header.Split(',');
            Participant = new DataField<string>(names[0], nullable: false);
            Payment = new DataField<string>(names[1], nullable: false);
            Period = new DataField<string>(names[2], nullable: false);
            Date = new DataField<DateOnly>(names[3]);
            Amounts = [.. names[4..].Select(name => new DecimalDataField(name, Precision, Scale, isNullable: false))];
            Schema = new ParquetSchema([Participant, Payment, Period, Date, .. Amounts]);
        }

        internal DataField<string> Participant { get; }

        internal DataField<string> Payment { get; }

        internal DataField<string> Period { get; }

        internal DataField<DateOnly> Date { get; }

        /// <summary>amount, payable, capped, paid_before and due, in that order.</summary>
        internal DecimalDataField[] Amounts { get; }

        internal ParquetSchema Schema { get; }
    }
}
