using NodaTime;

namespace SocialInvestment.Io;

/// <summary>Reads participants.csv (SPEC §2): one row per participant.</summary>
/// <remarks>
/// Columns (header names case-insensitive, Danish aliases accepted; see docs/input-formats.md): <c>participant_id</c> or
/// <c>cpr</c>, <c>start</c>; optional <c>cohort</c>, <c>end</c>, <c>completed</c>. CPR numbers become pseudonyms with the
/// key and are never shown in a message.
/// </remarks>
public static class ParticipantsCsv
{
    private static readonly CsvColumn[] Required = [CsvColumns.Start];
    private static readonly CsvColumn[] Optional = [CsvColumns.Cohort, CsvColumns.End, CsvColumns.Completed];

    /// <summary>Reads the participants, or every error found (up to <see cref="ReadResult.MaxErrors"/>).</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <param name="key">The pseudonym key; required where the file has a <c>cpr</c> column.</param>
    /// <returns>The participants in file order, or the errors.</returns>
    public static ReadResult<IReadOnlyList<Participant>> Read(Stream stream, string fileName, PseudonymKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ErrorCollector(fileName);
        using CsvInput? input = CsvInput.Open(stream, errors, Required, Optional, identity: true);
        if (input is null)
        {
            return errors.Result<IReadOnlyList<Participant>>(() => []);
        }

        var identity = new RowIdentity(input, key, errors);
        var firstById = new Dictionary<ParticipantId, int>();
        var firstByCpr = new Dictionary<Cpr, int>();
        var participants = new List<Participant>();
        while (input.ReadRow())
        {
            int before = errors.Count;
            bool known = identity.TryRead(out ParticipantId? id, out Cpr cpr);
            bool hasStart = input.TryRequiredDate(CsvColumns.Start, out LocalDate start);
            input.TryOptionalDate(CsvColumns.End, out LocalDate? end);
            input.TryOptionalBool(CsvColumns.Completed, absent: true, out bool completed);
            string cohort = input.Get(CsvColumns.Cohort);
            if (hasStart && end is { } last && last < start)
            {
                input.Error(CsvColumns.End, $"the programme end {TextValues.Format(last)} is before its start {TextValues.Format(start)}");
            }

            if (known)
            {
                int line = input.Line;
                if (identity.UsesCpr)
                {
                    if (!firstByCpr.TryAdd(cpr, line))
                    {
                        input.Error(CsvColumns.Cpr, $"duplicate participant: the same CPR number as on line {firstByCpr[cpr]}");
                    }
                }
                else if (!firstById.TryAdd(id!.Value, line))
                {
                    input.Error(CsvColumns.ParticipantId, $"duplicate participant {Echo.Quoted(id.Value.Value)}, first on line {firstById[id.Value]}");
                }
            }

            if (errors.Count == before && id is { } who)
            {
                participants.Add(new Participant(who, start, end, completed, cohort));
            }
        }

        return errors.Result<IReadOnlyList<Participant>>(() => participants.AsReadOnly());
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
