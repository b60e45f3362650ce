using Parquet;
using Parquet.Schema;
using SocialInvestment.Io;

namespace SocialInvestment.Cli.Exports;

/// <summary>
/// Writes <c>outcomes.parquet</c> (and comparison-outcomes.parquet): the rows and columns of outcomes.csv, typed: the
/// participant id as a UTF-8 string, the window start as a Parquet <c>DATE</c>, each trigger's date as a nullable
/// <c>DATE</c> (null where not met by as_of), the week counts as <c>int32</c>; with a municipal share,
/// support_weeks_before as a nullable <c>int32</c> and municipal_share_first_week as a nullable <c>decimal(s+1,s)</c>,
/// s the most decimals among the contract's shares, so every share is held exactly (docs/output-formats.md, "Parquet").
/// </summary>
internal static class OutcomesParquet
{
    /// <summary>Writes <paramref name="outcomes"/> in the order given, <paramref name="rowGroupRows"/> participants to a row group.</summary>
    internal static void Write(Stream stream, Contract contract, IReadOnlyList<ParticipantOutcome> outcomes, int rowGroupRows = ParquetFile.RowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        var columns = new Columns(contract);
        ParquetFile.Write(stream, columns.Schema, writer => WriteGroups(writer, columns, contract, outcomes, rowGroupRows));
    }

    private static async Task WriteGroups(ParquetWriter writer, Columns columns, Contract contract, IReadOnlyList<ParticipantOutcome> outcomes, int rowGroupRows)
    {
        // One set of column buffers, filled again for each group.
        int size = Math.Min(rowGroupRows, outcomes.Count);
        var participants = new ReadOnlyMemory<char>[size];
        var windowStarts = new DateOnly[size];
        DateOnly?[][] met = [.. contract.Triggers.Select(_ => new DateOnly?[size])];
        int[][] weeks = [.. columns.Weeks.Select(_ => new int[size])];
        var supportWeeksBefore = new int?[columns.Municipal is null ? 0 : size];
        var firstWeekShares = new decimal?[columns.Municipal is null ? 0 : size];
        for (int first = 0; first < outcomes.Count; first += rowGroupRows)
        {
            int count = Math.Min(rowGroupRows, outcomes.Count - first);
            for (int i = 0; i < count; i++)
            {
                ParticipantOutcome outcome = outcomes[first + i];
                participants[i] = outcome.ParticipantId.Value.AsMemory();
                windowStarts[i] = outcome.Window.Start.ToDateOnly();
                for (int t = 0; t < met.Length; t++)
                {
                    met[t][i] = outcome.DateMet(contract.Triggers[t].Id)?.ToDateOnly();
                }

                weeks[0][i] = outcome.Weeks.Full;
                weeks[1][i] = outcome.Weeks.Partial;
                weeks[2][i] = outcome.Weeks.None;
                weeks[3][i] = outcome.Weeks.Unobserved;
                if (columns.Municipal is not null)
                {
                    supportWeeksBefore[i] = outcome.SupportWeeksBefore;
                    firstWeekShares[i] = outcome.MunicipalShareInFirstWeek?.Value;
                }
            }

            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync(columns.Participant, new ReadOnlyMemory<ReadOnlyMemory<char>>(participants, 0, count)).ConfigureAwait(false);
            await group.WriteAsync(columns.WindowStart, new ReadOnlyMemory<DateOnly>(windowStarts, 0, count)).ConfigureAwait(false);
            for (int t = 0; t < met.Length; t++)
            {
                await group.WriteAsync(columns.Triggers[t], new ReadOnlyMemory<DateOnly?>(met[t], 0, count)).ConfigureAwait(false);
            }

            for (int k = 0; k < weeks.Length; k++)
            {
                await group.WriteAsync(columns.Weeks[k], new ReadOnlyMemory<int>(weeks[k], 0, count)).ConfigureAwait(false);
            }

            if (columns.Municipal is { } municipal)
            {
                await group.WriteAsync(municipal.SupportWeeksBefore, new ReadOnlyMemory<int?>(supportWeeksBefore, 0, count)).ConfigureAwait(false);
                await group.WriteAsync(municipal.FirstWeekShare, new ReadOnlyMemory<decimal?>(firstWeekShares, 0, count)).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }
    }

    /// <summary>The columns, named as outcomes.csv's header for the contract, and the schema that holds them.</summary>
    private sealed class Columns
    {
        internal Columns(Contract contract)
        {
            IReadOnlyList<string> names = OutcomesCsv.Header(contract);
            int triggers = contract.Triggers.Count;
            Participant = new DataField<string>(names[0], nullable: false);
            WindowStart = new DataField<DateOnly>(names[1]);
            Triggers = [.. names.Skip(2).Take(triggers).Select(name => new DataField<DateOnly>(name, nullable: true))];
            Weeks = [.. names.Skip(2 + triggers).Take(4).Select(name => new DataField<int>(name))];
            if (contract.MunicipalShare is { } share)
            {
                // A share is in [0, 1]: one digit before the point, and as many after it as the contract's most precise share.
                int scale = Math.Max(1, share.Steps.Max(step => (int)step.Share.Value.Scale));
                Municipal = new MunicipalColumns(
                    new DataField<int>(names[6 + triggers], nullable: true),
                    new DecimalDataField(names[7 + triggers], scale + 1, scale, isNullable: true));
            }

            Schema = new ParquetSchema([Participant, WindowStart, .. Triggers, .. Weeks, .. Municipal is null ? Array.Empty<DataField>() : [Municipal.SupportWeeksBefore, Municipal.FirstWeekShare]]);
        }

        internal DataField<string> Participant { get; }

        internal DataField<DateOnly> WindowStart { get; }

        /// <summary>One per trigger, in contract order.</summary>
        internal DataField<DateOnly>[] Triggers { get; }

        /// <summary>weeks_full, weeks_partial, weeks_none and weeks_unobserved, in that order.</summary>
        internal DataField<int>[] Weeks { get; }

        /// <summary>support_weeks_before and municipal_share_first_week, where the contract has a municipal share; else null.</summary>
        internal MunicipalColumns? Municipal { get; }

        internal ParquetSchema Schema { get; }
    }

    /// <summary>The two columns of a contract with a municipal share (SPEC-DK DK5).</summary>
    private sealed record MunicipalColumns(DataField<int> SupportWeeksBefore, DecimalDataField FirstWeekShare);
}
