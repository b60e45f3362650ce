using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// Reads the rows of a wide weeks file, a DREAM extract (SPEC-DK DK1): one row per person, a benefit code (or nothing)
/// per <c>y_YYWW</c> column, an employment rate per <c>grad_YYYY_MM</c> column.
/// </summary>
/// <remarks>
/// A national extract holds millions of people and a cohort a few thousand of them, so a row outside the cohort is
/// checked for form (its id, its rates, and later that it is the person's only row) and let go: only its person's key is
/// kept. A cohort member's row becomes spells: each run of consecutive weeks with one code is one spell from the run's
/// first Monday to its last Sunday, with the degree the contract gives the code (DK2), so that a person on one benefit
/// for five years is one spell, as in a spells.csv.
/// </remarks>
internal static class WideWeeks
{
    private const string RateExpected = "an employment rate from 0 to 1, such as 0.25 or 0,25 (empty or '.' for 0)";

    /// <summary>Reads the rows of <paramref name="input"/>.</summary>
    /// <param name="input">The file, or a piece of it.</param>
    /// <param name="errors">Where the rows' problems go.</param>
    /// <param name="identity">Who each row is about.</param>
    /// <param name="header">The checked header.</param>
    /// <param name="contract">Maps the cohort's codes and gives their degrees.</param>
    /// <param name="cohort">The participants.</param>
    /// <param name="whole">
    /// Whether this is the whole file: a second row of a person is then reported at once; in a piece, every row's
    /// person is kept in order and the rows of all pieces are checked together afterwards.
    /// </param>
    internal static WeeksPart Read(CsvInput input, ErrorCollector errors, RowIdentity identity, WeeksHeader header, Contract contract, IReadOnlySet<ParticipantId> cohort, bool whole)
    {
        var part = new WeeksPart(contract, new PersonKeys(isSet: whole));
        LocalDate[] mondays = [.. header.WeekColumns.Select((_, k) => header.FirstMonday.PlusDays(7 * k))];
        Cell[] memberCells = [.. header.WeekColumns.Select((column, k) => new Cell(column, k, IsWeek: true))
            .Concat(header.RateColumns.Select((column, m) => new Cell(column, m, IsWeek: false)))
            .OrderBy(c => c.Column)];
        Cell[] otherCells = [.. memberCells.Where(c => !c.IsWeek)];
        var runs = new List<(int Code, int First, int Last)>();
        var rates = new List<(int Month, decimal Rate)>();
        var reported = new List<int>();
        Span<byte> keyBuffer = stackalloc byte[10];
        while (input.ReadRow())
        {
            int before = errors.Count;
            bool known = identity.TryRead(out ParticipantId? id, out _);
            bool member = id is { } who && cohort.Contains(who);
            runs.Clear();
            rates.Clear();
            reported.Clear();
            int runCode = -1;
            int runFirst = 0;
            foreach (Cell cell in member ? memberCells : otherCells)
            {
                if (!cell.IsWeek)
                {
                    if (ReadRate(input, cell.Column) is { } rate && member && rate > 0)
                    {
                        rates.Add((cell.Index, rate));
                    }

                    continue;
                }

                ReadOnlySpan<byte> utf8 = input.GetUtf8(cell.Column);
                int code = utf8.IsEmpty || (utf8.Length == 1 && utf8[0] == (byte)'.') ? -1 : part.Codes.IdOf(utf8);
                if (code >= 0 && !part.Codes.IsMapped(code) && !reported.Contains(code))
                {
                    // Once a row: a person on an unmapped code for years would otherwise fill the error list alone.
                    reported.Add(code);
                    input.Error(cell.Column, $"the benefit code {Echo.Quoted(part.Codes.Text(code))} is not mapped by the contract's benefits (map it there, or set unknown_benefits)");
                }

                if (code != runCode)
                {
                    if (runCode >= 0)
                    {
                        runs.Add((runCode, runFirst, cell.Index - 1));
                    }

                    runCode = code;
                    runFirst = cell.Index;
                }
            }

            if (runCode >= 0)
            {
                runs.Add((runCode, runFirst, mondays.Length - 1));
            }

            if (known)
            {
                Check(input, identity, part.Keys, identity.PersonKey(keyBuffer), member, whole);
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

            foreach (var (code, first, last) in runs)
            {
                part.Spells.Add(id.Value, part.Codes.Text(code), mondays[first], mondays[last].PlusDays(6), part.Codes.DegreeOf(code));
                part.CountWeeks(code, last - first + 1);
            }

            part.Rates.Add(id.Value, rates);
        }

        return part;
    }

    /// <summary>The message of a person's second row, naming the first (never a CPR number).</summary>
    /// <param name="id">The id, or null where the file names people by CPR number.</param>
    /// <param name="firstLine">The line of the person's first row.</param>
    internal static string SecondRow(string? id, int firstLine) =>
        id is null
            ? $"a second row for the same CPR number as on line {firstLine}: a wide weeks file has one row per person"
            : $"a second row for participant {Echo.Quoted(id)}, first on line {firstLine}: a wide weeks file has one row per person";

    /// <summary>Keeps the row's person; in the whole file, a person kept before is reported at once.</summary>
    private static void Check(CsvInput input, RowIdentity identity, PersonKeys keys, ReadOnlySpan<byte> key, bool member, bool whole)
    {
        if (!whole)
        {
            keys.Append(key, input.Line, member);
            return;
        }

        if (!keys.TryAdd(key, input.Line, member, out int first))
        {
            input.Error(identity.Column, SecondRow(identity.UsesCpr ? null : input.Get(identity.Column), keys.LineOf(first)));
        }
    }

    /// <summary>A rate cell: the rate, 0 where empty or <c>.</c>; null, with the error reported, where it is not a rate.</summary>
    private static decimal? ReadRate(CsvInput input, int column)
    {
        ReadOnlySpan<byte> utf8 = input.GetUtf8(column);
        if (utf8.IsEmpty || (utf8.Length == 1 && utf8[0] == (byte)'.'))
        {
            return 0m;
        }

        if (TextValues.TryParseDecimal(utf8, out decimal fast) && fast <= 1m)
        {
            return fast;
        }

        string text = input.Get(column);
        if (TextValues.TryParseDecimal(text, allowNegative: false, out decimal value) && value <= 1m)
        {
            return value;
        }

        input.Error(column, $"expected {RateExpected}, found {Echo.Quoted(text)}");
        return null;
    }

    /// <summary>A cell the rows are read at: a week (<paramref name="Index"/> its place among the weeks) or a rate (among the rates).</summary>
    private readonly record struct Cell(int Column, int Index, bool IsWeek);
}
