using System.Collections.ObjectModel;
using NodaTime;

namespace SocialInvestment.Io;

/// <summary>Reads participants.csv (SPEC §2): one row per participant.</summary>
/// <remarks>
/// Columns (header names case-insensitive, Danish aliases accepted; see docs/input-formats.md): <c>participant_id</c> or
/// <c>cpr</c>, <c>start</c>; optional <c>cohort</c>, <c>end</c>, <c>completed</c>, <c>monthly_cost</c> (SPEC-DK DK4). CPR numbers become pseudonyms with the
/// key and are never shown in a message.
/// </remarks>
public static class ParticipantsCsv
{
    private const string OwnCostWithoutContractCost = "a participant's monthly cost needs the contract's monthly_cost, for its base year and indexation; the contract has none";

    private static readonly CsvColumn[] Required = [CsvColumns.Start];
    private static readonly CsvColumn[] Optional = [CsvColumns.Cohort, CsvColumns.End, CsvColumns.Completed, CsvColumns.Municipality, CsvColumns.MonthlyCost];

    /// <summary>Reads the participants, or every error found (up to <see cref="ReadResult.MaxErrors"/>).</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <param name="key">The pseudonym key; required where the file has a <c>cpr</c> column.</param>
    /// <param name="options">How to read (a large file is read on every core by default); never what is read.</param>
    /// <param name="contract">
    /// The contract the participants are settled under, where known: without a <see cref="Contract.MonthlyCost"/>, a value in
    /// the <c>monthly_cost</c> column is an error (it has no base year or indexation). Null: not checked here.
    /// </param>
    /// <returns>The participants in file order, or the errors.</returns>
    public static ReadResult<IReadOnlyList<Participant>> Read(Stream stream, string fileName, PseudonymKey? key = null, ReadOptions? options = null, Contract? contract = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ErrorCollector(fileName);
        using CsvInput? input = CsvInput.Open(stream, errors, Required, Optional, identity: true, options ?? ReadOptions.Default);
        if (input is null)
        {
            return errors.Result<IReadOnlyList<Participant>>(() => []);
        }

        var identity = new RowIdentity(input, key, errors);

        // Read in pieces, a duplicate of a row in another piece is found once all are read.
        List<Row>[]? pieces = CsvPieces.TryRead(
            stream, input, errors, options ?? ReadOptions.Default, (piece, pieceErrors) => ReadRows(piece, pieceErrors, new RowIdentity(piece, key), duplicates: null, contract), rows => Duplicates(rows, input, identity.Column));
        List<Row> all = pieces is null ? ReadRows(input, errors, identity, new DuplicateCheck(identity.Column), contract) : [.. pieces.SelectMany(p => p)];
        return errors.Result<IReadOnlyList<Participant>>(() => Participants(all));
    }

    // A loop, not LINQ: LINQ's iterators over the row struct are compiled at every start of a small command.
    private static ReadOnlyCollection<Participant> Participants(List<Row> rows)
    {
        var participants = new List<Participant>(rows.Count);
        foreach (Row row in rows)
        {
            if (row.Participant is { } participant)
            {
                participants.Add(participant);
            }
        }

        return participants.AsReadOnly();
    }

    /// <summary>
    /// The row's own monthly cost (SPEC-DK DK4; participants.csv and planned.csv): a decimal ≥ 0, null where empty, and an
    /// error at the cell where <paramref name="contract"/> is known and has no monthly cost to give its base year.
    /// </summary>
    internal static decimal? OwnMonthlyCost(CsvInput input, Contract? contract)
    {
        input.TryOptionalNonNegativeDecimal(CsvColumns.MonthlyCost, out decimal? monthlyCost);
        if (monthlyCost is not null && contract is { MonthlyCost: null })
        {
            input.Error(CsvColumns.MonthlyCost, OwnCostWithoutContractCost);
        }

        return monthlyCost;
    }

    /// <summary>
    /// Reads the rows; each row whose person was read gives a <see cref="Row"/>, with its participant where the row has
    /// no error. <paramref name="duplicates"/> checks each person against the rows before; null leaves that for later.
    /// </summary>
    private static List<Row> ReadRows(CsvInput input, ErrorCollector errors, RowIdentity identity, DuplicateCheck? duplicates, Contract? contract)
    {
        var rows = new List<Row>();
        while (ReadBatch(input, errors, identity, duplicates, contract, rows))
        {
        }

        return rows;
    }

    /// <summary>
    /// Reads up to <see cref="CsvInput.RowsPerCall"/> rows into <paramref name="rows"/>; false at the end. In batches, so that the
    /// runtime sees the loop as called often and compiles it again fully in a long file (as <see cref="SpellsCsv"/> does).
    /// </summary>
    private static bool ReadBatch(CsvInput input, ErrorCollector errors, RowIdentity identity, DuplicateCheck? duplicates, Contract? contract, List<Row> rows)
    {
        bool more = false;
        for (int row = 0; row < CsvInput.RowsPerCall && (more = input.ReadRow()); row++)
        {
            int before = errors.Count;
            bool known = identity.TryRead(out ParticipantId? id, out Cpr cpr);
            bool hasStart = input.TryRequiredDate(CsvColumns.Start, out LocalDate start);
            input.TryOptionalDate(CsvColumns.End, out LocalDate? end);
            input.TryOptionalBool(CsvColumns.Completed, absent: true, out bool completed);
            string cohort = input.Get(CsvColumns.Cohort);
            string municipality = input.Get(CsvColumns.Municipality);
            decimal? monthlyCost = OwnMonthlyCost(input, contract);
            if (hasStart && end is { } last && last < start)
            {
                input.Error(CsvColumns.End, $"the programme end {TextValues.Format(last)} is before its start {TextValues.Format(start)}");
            }

            if (!known)
            {
                continue;
            }

            if (duplicates?.Check(id, cpr, input.Line) is { } duplicate)
            {
                input.Error(identity.Column, duplicate);
            }

            rows.Add(new Row(input.Line, id, cpr, errors.Count == before && id is { } who ? new Participant(who, start, end, completed, cohort) { Municipality = municipality, MonthlyCost = monthlyCost } : null));
        }

        return more;
    }

    /// <summary>The duplicates across pieces read apart, in line order; their rows lose their participant.</summary>
    private static List<CsvPieces.LineError> Duplicates(List<Row>[] pieces, CsvInput input, CsvColumn column)
    {
        var check = new DuplicateCheck(column, pieces.Sum(rows => rows.Count));
        var found = new List<CsvPieces.LineError>();
        foreach (List<Row> rows in pieces)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                if (check.Check(rows[i].Id, rows[i].Cpr, rows[i].Line) is { } duplicate)
                {
                    found.Add(new CsvPieces.LineError(rows[i].Line, input.ColumnOf(column), $"{column.Name}: {duplicate}"));
                    rows[i] = rows[i] with { Participant = null };
                }
            }
        }

        return found;
    }

    /// <summary>A row whose person was read: its line, the person, and the participant where the row has no error.</summary>
    private readonly record struct Row(int Line, ParticipantId? Id, Cpr Cpr, Participant? Participant);

    /// <summary>Finds a person named on an earlier line: by CPR number in a file of CPR numbers (never shown), else by id.</summary>
    /// <remarks>Given the number of rows to check (<paramref name="rows"/>), its table is made that size once rather than grown.</remarks>
    private sealed class DuplicateCheck(CsvColumn column, int rows = 0)
    {
        private readonly bool _byCpr = column == CsvColumns.Cpr;
        private readonly Dictionary<ParticipantId, int> _firstById = new(column == CsvColumns.Cpr ? 0 : rows);
        private readonly Dictionary<Cpr, int> _firstByCpr = new(column == CsvColumns.Cpr ? rows : 0);

        /// <summary>The message for a person seen before (first seen: recorded, null).</summary>
        internal string? Check(ParticipantId? id, Cpr cpr, int line)
        {
            if (_byCpr)
            {
                return _firstByCpr.TryAdd(cpr, line) ? null : $"duplicate participant: the same CPR number as on line {_firstByCpr[cpr]}";
            }

            return _firstById.TryAdd(id!.Value, line) ? null : $"duplicate participant {Echo.Quoted(id.Value.Value)}, first on line {_firstById[id.Value]}";
        }
    }

    /// <summary>Writes participants in a dialect that <see cref="Read"/> reads back as they were.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="participants">The participants, in the order to write them.</param>
    /// <param name="dialect">The dialect.</param>
    /// <exception cref="ArgumentException">A cohort begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, which a spreadsheet opening the file would run as a formula.</exception>
    public static void Write(Stream stream, IEnumerable<Participant> participants, InputDialect dialect = InputDialect.Standard)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(participants);
        using var csv = new InputCsvWriter(stream, dialect);
        csv.Header(["participant_id", "cohort", "start", "end", "completed"], ["deltager_id", "hold", "startdato", "slutdato", "gennemført"]);
        foreach (Participant participant in participants)
        {
            csv.Text(participant.Id.Value, "participant_id");
            csv.Text(participant.Cohort, "cohort");
            csv.Date(participant.Start);
            csv.Date(participant.End);
            csv.Bool(participant.Completed);
            csv.EndRecord();
        }
    }
}
