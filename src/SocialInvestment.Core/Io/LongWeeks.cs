using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// Reads the rows of a long weeks file, a municipal system's weekly table (SPEC-DK DK1): one row per person, week and
/// benefit, with an optional degree.
/// </summary>
/// <remarks>
/// Each row is a week of a benefit. While the rows are of one person, that person's weeks of one code and degree that
/// follow each other (in either direction, in any order of the rows between) are joined into one spell, as the wide
/// form's are; a week given twice for one code and degree is one week (SPEC §4 takes the largest degree of a code on a
/// day, so a repeated row adds nothing). Rows of people outside the cohort are checked for form and counted.
/// </remarks>
internal static class LongWeeks
{
    /// <summary>Reads the rows of <paramref name="input"/>.</summary>
    /// <param name="input">The file, or a piece of it.</param>
    /// <param name="errors">Where the rows' problems go.</param>
    /// <param name="identity">Who each row is about.</param>
    /// <param name="contract">Maps the cohort's codes and gives their degrees.</param>
    /// <param name="cohort">The participants.</param>
    internal static WeeksPart Read(CsvInput input, ErrorCollector errors, RowIdentity identity, Contract contract, IReadOnlySet<ParticipantId> cohort)
    {
        var part = new WeeksPart(contract, new PersonKeys(isSet: true), []);
        var open = new List<Open>();
        ParticipantId? person = null;
        int personEntry = -1;
        bool member = false;
        Span<byte> keyBuffer = stackalloc byte[10];
        while (input.ReadRow())
        {
            int before = errors.Count;
            bool known = identity.TryRead(out ParticipantId? id, out _);
            bool hasWeek = TryReadWeek(input, out int week);
            ReadOnlySpan<byte> benefit = input.GetUtf8(CsvColumns.Benefit);
            bool hasBenefit = !(benefit.IsEmpty || (benefit.Length == 1 && benefit[0] == (byte)'.'));
            if (!hasBenefit)
            {
                input.Expected(CsvColumns.Benefit, "a benefit code (a week without benefit has no row)", input.Get(CsvColumns.Benefit));
            }

            Degree? own = input.OptionalDegree(CsvColumns.Degree);
            if (hasWeek)
            {
                part.FirstWeek = Math.Min(part.FirstWeek, week);
                part.LastWeek = Math.Max(part.LastWeek, week);
            }

            if (known && (personEntry < 0 || id != person))
            {
                Close(part, open, person, personEntry);
                person = id;
                member = id is { } who && cohort.Contains(who);
                part.Keys.TryAdd(identity.PersonKey(keyBuffer), input.Line, member, out personEntry);
            }

            int code = -1;
            if (known && member && hasBenefit)
            {
                code = part.Codes.IdOf(benefit);
                if (!part.Codes.IsMapped(code))
                {
                    input.Error(CsvColumns.Benefit, part.Codes.NotMapped(code));
                }
            }

            if (errors.Count != before || id is null)
            {
                continue;
            }

            if (!member)
            {
                part.Skipped++;
                continue;
            }

            Add(part, open, person!.Value, personEntry, code, part.Codes.DegreeOf(code, own), week);
        }

        Close(part, open, person, personEntry);
        return part;
    }

    /// <summary>Adds a week to the person's open runs: it extends a run of its code and degree, is in one, or starts one.</summary>
    private static void Add(WeeksPart part, List<Open> open, ParticipantId person, int personEntry, int code, Degree degree, int week)
    {
        for (int i = 0; i < open.Count; i++)
        {
            Open run = open[i];
            if (run.Code != code || run.Degree.Value != degree.Value)
            {
                continue;
            }

            if (week >= run.First - 1 && week <= run.Last + 1)
            {
                open[i] = run with { First = Math.Min(run.First, week), Last = Math.Max(run.Last, week) };
                return;
            }

            Emit(part, person, personEntry, run);
            open[i] = new Open(code, degree, week, week);
            return;
        }

        open.Add(new Open(code, degree, week, week));
    }

    /// <summary>Emits the person's open runs as spells, in the order they were opened.</summary>
    private static void Close(WeeksPart part, List<Open> open, ParticipantId? person, int personEntry)
    {
        if (person is { } who)
        {
            foreach (Open run in open)
            {
                Emit(part, who, personEntry, run);
            }
        }

        open.Clear();
    }

    private static void Emit(WeeksPart part, ParticipantId person, int personEntry, Open run)
    {
        LocalDate first = IsoWeekText.MondayOf(run.First);
        LocalDate lastSunday = IsoWeekText.MondayOf(run.Last).PlusDays(6);
        part.Spells.Add(person, part.Codes.Text(run.Code), first, lastSunday, run.Degree);
        part.Runs.Add(new WeekRun(personEntry, run.Code, run.First, run.Last));
    }

    /// <summary>Reads the <c>week</c> cell as a week number; false, with the error reported, where it is no week.</summary>
    private static bool TryReadWeek(CsvInput input, out int week)
    {
        week = 0;
        switch (IsoWeekText.ReadCell(input.GetUtf8(CsvColumns.Week), out LocalDate monday, out int weekYear, out int number))
        {
            case IsoWeekText.Cell.Week:
                week = IsoWeekText.Number(monday);
                return true;
            case IsoWeekText.Cell.NoSuchWeek:
                input.Error(CsvColumns.Week, $"week {number:00} does not exist in the ISO year {weekYear:0000}, which has {(weekYear < 1 ? 0 : IsoWeekText.WeeksIn(weekYear))} weeks, found {Echo.Quoted(input.Get(CsvColumns.Week))}");
                return false;
            case IsoWeekText.Cell.TooLate:
                input.Error(CsvColumns.Week, $"expected a week that ends by 9999-12-31, found {Echo.Quoted(input.Get(CsvColumns.Week))}");
                return false;
            default:
                // The bytes are read the quick way; a date is read as every reader reads one (CsvInput.TryRequiredDate).
                string text = input.Get(CsvColumns.Week);
                if (TextValues.TryParseDate(text, out LocalDate date) && IsoWeekText.MondayOf(date) <= IsoWeekText.LastMonday)
                {
                    week = IsoWeekText.Number(IsoWeekText.MondayOf(date));
                    return true;
                }

                input.Expected(CsvColumns.Week, IsoWeekText.WeekForms, text);
                return false;
        }
    }

    /// <summary>A run of the current person's weeks still open: weeks <c>First … Last</c> of one code and degree.</summary>
    private readonly record struct Open(int Code, Degree Degree, int First, int Last);
}
