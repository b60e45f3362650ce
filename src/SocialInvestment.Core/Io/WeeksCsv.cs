using System.Collections.ObjectModel;
using System.Text;
using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// Reads a weeks file (SPEC-DK DK1, <c>--weeks</c>) in either form, told apart by its header: wide (a DREAM extract,
/// <c>y_YYWW</c> columns) or long (a municipal weekly table, <c>week</c> and <c>benefit</c> columns). See
/// docs/input-formats.md, "Weeks files".
/// </summary>
/// <remarks>
/// Each coded week of a person is a benefit spell of that code from the week's Monday to its Sunday; a person's
/// consecutive weeks of one code and degree become one spell, which settles exactly as the weeks one by one (SPEC §4
/// looks at each day; a spell cut at a week's end covers the same days). Rows of people outside the cohort are checked
/// for form, then skipped and counted; only the cohort's codes must be mapped. A large file is read in pieces on several
/// cores, as spells.csv is.
/// </remarks>
public static class WeeksCsv
{
    /// <summary>Reads the cohort's weeks, or every error found (up to <see cref="ReadResult.MaxErrors"/>).</summary>
    /// <param name="stream">The file's bytes, read from the stream's position; the stream is left open.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <param name="contract">The contract whose <c>benefits</c> must map each code of the cohort's weeks, and give their degrees (DK2).</param>
    /// <param name="cohort">The participants of participants.csv; other people's rows are skipped.</param>
    /// <param name="key">The pseudonym key; required where the file has a <c>cpr</c> column.</param>
    /// <param name="options">How to read (a large file is read on every core by default); never what is read.</param>
    /// <returns>The cohort's spells and employment rates and a description of the file, or the errors.</returns>
    public static ReadResult<WeeksInput> Read(
        Stream stream, string fileName, Contract contract, IReadOnlySet<ParticipantId> cohort, PseudonymKey? key = null, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(cohort);
        var errors = new ErrorCollector(fileName);
        WeeksHeader? header = null;
        using CsvInput? input = CsvInput.Open(stream, errors, WeeksHeader.Expected, names => (header = WeeksHeader.Of(names)).Layout, options ?? ReadOptions.Default);
        if (input is null)
        {
            return ReadResult.Failure<WeeksInput>(errors.Errors);
        }

        WeeksHeader form = header!;
        var identity = new RowIdentity(input, key, errors);
        People? people = null;
        WeeksPart[] parts = CsvPieces.TryRead(
                stream,
                input,
                errors,
                options ?? ReadOptions.Default,
                (piece, pieceErrors) => ReadPart(form, piece, pieceErrors, new RowIdentity(piece, key), contract, cohort, whole: false),
                all => (people = People.Of(all, form.Form, identity, input.ColumnOf(identity.Column))).SecondRows)
            ?? [ReadPart(form, input, errors, identity, contract, cohort, whole: true)];
        people ??= People.Of(parts, form.Form, identity, input.ColumnOf(identity.Column));
        return errors.Result(() => new WeeksInput(
            new InputRows<BenefitSpell>(BulkAccess.Spells(parts.Select(p => p.Spells)), parts.Sum(p => p.Skipped)),
            form.RateColumns.Length == 0 ? EmploymentRates.None : BulkAccess.EmploymentRates(form.RateMonths, parts.Select(p => p.Rates)),
            Describe(form, input, parts, people)));
    }

    /// <summary>
    /// The wide form's timing checks (DK1, "Bad timing"): an <paramref name="asOf"/> after the Sunday of the last week
    /// column, and each participant whose window starts before the Monday of the first week column, are errors at the
    /// header's line, naming the column and its date (and the participant as <see cref="Echo"/> shows ids). Nothing for
    /// the long form, which has no period of its own.
    /// </summary>
    /// <param name="extract">The file's description, from <see cref="Read"/>.</param>
    /// <param name="fileName">The name that messages give the file.</param>
    /// <param name="contract">The contract, whose window says where each participant's window starts.</param>
    /// <param name="cohort">The participants.</param>
    /// <param name="asOf">The settlement's <c>as_of</c>.</param>
    /// <returns>The errors, in that order, up to <see cref="ReadResult.MaxErrors"/>; empty where the timing is good.</returns>
    public static IReadOnlyList<InputError> CheckPeriod(WeeksExtract extract, string fileName, Contract contract, IEnumerable<Participant> cohort, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(cohort);
        if (extract.Form != WeeksForm.Wide || extract.FirstMonday is not { } firstMonday || extract.LastSunday is not { } lastSunday)
        {
            return [];
        }

        var errors = new ErrorCollector(fileName);
        if (asOf > lastSunday)
        {
            errors.Add(
                extract.HeaderLine,
                extract.LastWeekColumnNumber,
                $"{extract.LastWeekColumn}: as_of {TextValues.Format(asOf)} is after the extract's last week, which ends on Sunday {TextValues.Format(lastSunday)}: the weeks after it are not known; give an extract that reaches as_of, or an earlier as_of");
        }

        foreach (Participant participant in cohort)
        {
            LocalDate windowStart = contract.Window.StartFor(participant.Start, participant.ProgrammeEnd(contract.ProgrammeWeeks));
            if (windowStart < firstMonday)
            {
                errors.Add(
                    extract.HeaderLine,
                    extract.FirstWeekColumnNumber,
                    $"{extract.FirstWeekColumn}: the window of participant {Echo.Quoted(participant.Id.Value)} starts on {TextValues.Format(windowStart)}, before the extract's first week, which begins on Monday {TextValues.Format(firstMonday)}; give an extract that reaches back to every window's start");
            }
        }

        return errors.Errors;
    }

    private static WeeksPart ReadPart(WeeksHeader header, CsvInput input, ErrorCollector errors, RowIdentity identity, Contract contract, IReadOnlySet<ParticipantId> cohort, bool whole) =>
        header.Form == WeeksForm.Wide
            ? WideWeeks.Read(input, errors, identity, header, contract, cohort, whole)
            : LongWeeks.Read(input, errors, identity, contract, cohort);

    private static WeeksExtract Describe(WeeksHeader header, CsvInput input, WeeksPart[] parts, People people)
    {
        if (header.Form == WeeksForm.Wide)
        {
            var codeWeeks = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (WeeksPart part in parts)
            {
                for (int code = 0; code < part.CodeWeeks.Count; code++)
                {
                    if (part.CodeWeeks[code] > 0)
                    {
                        codeWeeks[part.Codes.Text(code)] = codeWeeks.GetValueOrDefault(part.Codes.Text(code)) + part.CodeWeeks[code];
                    }
                }
            }

            int first = header.WeekColumns[0];
            int last = header.WeekColumns[^1];
            return new WeeksExtract(
                WeeksForm.Wide,
                input.HeaderLine,
                (input.Headers[first], first + 1),
                (input.Headers[last], last + 1),
                header.FirstMonday,
                header.FirstMonday.PlusDays((7 * header.WeekColumns.Length) - 1),
                people.Count,
                people.Members,
                codeWeeks.Values.Sum(),
                new ReadOnlyDictionary<string, long>(codeWeeks),
                [.. header.RateMonths.Order()]);
        }

        int firstWeek = parts.Min(p => p.FirstWeek);
        int lastWeek = parts.Max(p => p.LastWeek);
        var (coded, byCode) = WeekRunCounts.Of(parts, people.Entries);
        return new WeeksExtract(
            WeeksForm.Long,
            input.HeaderLine,
            null,
            null,
            firstWeek <= lastWeek ? IsoWeekText.MondayOf(firstWeek) : null,
            firstWeek <= lastWeek ? IsoWeekText.MondayOf(lastWeek).PlusDays(6) : null,
            people.Count,
            people.Members,
            coded,
            byCode,
            []);
    }

    /// <summary>
    /// The people of all pieces together: how many, how many in the cohort, each piece's people as entries of the whole
    /// (for the long form's counts), and, for the wide form read in pieces, every second row of a person in line order.
    /// </summary>
    private sealed record People(int Count, int Members, int[][] Entries, IReadOnlyList<CsvPieces.LineError> SecondRows)
    {
        internal static People Of(WeeksPart[] parts, WeeksForm form, RowIdentity identity, int column)
        {
            var all = new PersonKeys(isSet: true);
            var entries = new int[parts.Length][];
            var secondRows = new List<CsvPieces.LineError>();
            for (int k = 0; k < parts.Length; k++)
            {
                PersonKeys keys = parts[k].Keys;
                entries[k] = new int[keys.Count];
                for (int i = 0; i < keys.Count; i++)
                {
                    if (!all.TryAdd(keys.KeyOf(i), keys.LineOf(i), keys.IsMember(i), out entries[k][i]) && form == WeeksForm.Wide)
                    {
                        string? id = identity.UsesCpr ? null : Encoding.UTF8.GetString(keys.KeyOf(i));
                        secondRows.Add(new CsvPieces.LineError(keys.LineOf(i), column, $"{identity.Column.Name}: {WideWeeks.SecondRow(id, all.LineOf(entries[k][i]))}"));
                    }
                }
            }

            return new People(all.Count, all.Members, entries, secondRows);
        }
    }
}
