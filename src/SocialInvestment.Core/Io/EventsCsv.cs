using NodaTime;

namespace SocialInvestment.Io;

/// <summary>Reads events.csv (SPEC §2): one row per evidenced outcome.</summary>
/// <remarks>
/// Columns: <c>participant_id</c> or <c>cpr</c>, <c>outcome</c>, <c>date</c>; optional <c>evidence</c> (free text,
/// carried). Rows of people outside the cohort are checked for form, then skipped and counted.
/// </remarks>
public static class EventsCsv
{
    private static readonly CsvColumn[] Required = [CsvColumns.Outcome, CsvColumns.Date];
    private static readonly CsvColumn[] Optional = [CsvColumns.Evidence];

    /// <summary>Reads the cohort's outcome events, or every error found (up to <see cref="ReadResult.MaxErrors"/>).</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <param name="cohort">The participants of participants.csv; other people's rows are skipped.</param>
    /// <param name="key">The pseudonym key; required where the file has a <c>cpr</c> column.</param>
    /// <returns>The cohort's events in file order and the number of rows skipped, or the errors.</returns>
    public static ReadResult<InputRows<OutcomeEvent>> Read(Stream stream, string fileName, IReadOnlySet<ParticipantId> cohort, PseudonymKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(cohort);
        var errors = new ErrorCollector(fileName);
        using CsvInput? input = CsvInput.Open(stream, errors, Required, Optional, identity: true);
        if (input is null)
        {
            return errors.Result(() => new InputRows<OutcomeEvent>([], 0));
        }

        var identity = new RowIdentity(input, key, errors);
        var events = new List<OutcomeEvent>();
        int skipped = 0;
        while (input.ReadRow())
        {
            int before = errors.Count;
            identity.TryRead(out ParticipantId? id, out _);
            input.TryRequiredText(CsvColumns.Outcome, "an outcome code", out string outcome);
            input.TryRequiredDate(CsvColumns.Date, out LocalDate date);
            string evidence = input.Get(CsvColumns.Evidence);
            if (errors.Count != before || id is not { } who)
            {
                continue;
            }

            if (cohort.Contains(who))
            {
                events.Add(new OutcomeEvent(who, outcome, date, evidence));
            }
            else
            {
                skipped++;
            }
        }

        return errors.Result(() => new InputRows<OutcomeEvent>(events.AsReadOnly(), skipped));
    }
}
