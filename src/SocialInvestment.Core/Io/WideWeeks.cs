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
/// for five years is one spell, as in a spells.csv. A row has hundreds of cells, most of them the cell before it again:
/// they are read straight from the record's bytes (<see cref="CsvRecordFields"/>, where the record has no quote), and a
/// cell that repeats the one before it byte for byte is passed over as part of its run, giving what reading it would.
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
        var part = new WeeksPart(contract, new PersonKeys(isSet: whole), header.RateMonths);
        LocalDate[] mondays = [.. header.WeekColumns.Select((_, k) => header.FirstMonday.PlusDays(7 * k))];
        Cell[] cells = [.. header.WeekColumns.Select((column, k) => new Cell(column, k, IsWeek: true))
            .Concat(header.RateColumns.Select((column, m) => new Cell(column, m, IsWeek: false)))
            .OrderBy(c => c.Column)];
        Block[] memberBlocks = Block.Of(cells);
        Block[] otherBlocks = Block.Of([.. cells.Where(c => !c.IsWeek)]);
        var row = new Row(part);
        Span<byte> keyBuffer = stackalloc byte[10];
        while (input.ReadRow())
        {
            int before = errors.Count;
            bool known = identity.TryRead(out ParticipantId? id, out _);
            bool member = id is { } who && cohort.Contains(who);
            row.Clear();
            bool fast = CsvRecordFields.TryOpen(input.RawRecord, input.Separator, out CsvRecordFields fields);
            foreach (Block block in member ? memberBlocks : otherBlocks)
            {
                for (int k = 0; k < block.Count;)
                {
                    int column = block.Column + k;
                    ReadOnlySpan<byte> utf8 = fast ? fields.Field(column) : input.GetUtf8(column);
                    int repeats = fast ? fields.PassRepeats(block.Count - k - 1) : 0;
                    if (block.IsWeek)
                    {
                        row.Week(input, column, block.Index + k, utf8);
                    }
                    else
                    {
                        row.Rate(input, column, block.Index + k, repeats, utf8, member);
                    }

                    k += repeats + 1;
                }
            }

            row.End(mondays.Length);
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

            foreach (var (code, first, last) in row.Runs)
            {
                part.Spells.Add(id.Value, part.Codes.Text(code), mondays[first], mondays[last].PlusDays(6), part.Codes.DegreeOf(code));
                part.CountWeeks(code, last - first + 1);
            }

            foreach (var (month, months, rate) in row.Rates)
            {
                part.Rates.Add(id.Value, month, months, rate);
            }
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

    /// <summary>A rate cell (<paramref name="utf8"/> its value): the rate, 0 where empty or <c>.</c>; null, with the text read, where it is not a rate.</summary>
    private static decimal? ReadRate(CsvInput input, int column, ReadOnlySpan<byte> utf8, out string? text)
    {
        text = null;
        if (utf8.IsEmpty || (utf8.Length == 1 && utf8[0] == (byte)'.'))
        {
            return 0m;
        }

        if (TextValues.TryParseDecimal(utf8, out decimal fast) && fast <= 1m)
        {
            return fast;
        }

        text = input.Get(column);
        if (TextValues.TryParseDecimal(text, allowNegative: false, out decimal value) && value <= 1m)
        {
            text = null;
            return value;
        }

        return null;
    }

    /// <summary>What one row gives, cell by cell in column order: its runs of weeks of one code, its rates above 0, and its problems.</summary>
    private sealed class Row(WeeksPart part)
    {
        private readonly List<int> _reported = [];
        private int _runCode = -1;
        private int _runFirst;

        /// <summary>The runs of consecutive weeks of one code: the code's number and the first and last week's place.</summary>
        internal List<(int Code, int First, int Last)> Runs { get; } = [];

        /// <summary>The rates above 0, each with the place among the rate columns of its first month, and its number of months.</summary>
        internal List<(int Month, int Months, decimal Rate)> Rates { get; } = [];

        internal void Clear()
        {
            Runs.Clear();
            Rates.Clear();
            _reported.Clear();
            _runCode = -1;
            _runFirst = 0;
        }

        /// <summary>
        /// The week cell at <paramref name="column"/>, the week at place <paramref name="week"/>; the cells of any repeats
        /// of it that follow go on in its run without being looked at, as they would if they were.
        /// </summary>
        internal void Week(CsvInput input, int column, int week, ReadOnlySpan<byte> utf8)
        {
            int code = utf8.IsEmpty || (utf8.Length == 1 && utf8[0] == (byte)'.') ? -1 : part.Codes.IdOf(utf8);
            if (code >= 0 && !part.Codes.IsMapped(code) && !_reported.Contains(code))
            {
                // Once a row: a person on an unmapped code for years would otherwise fill the error list alone.
                _reported.Add(code);
                input.Error(column, part.Codes.NotMapped(code));
            }

            if (code != _runCode)
            {
                if (_runCode >= 0)
                {
                    Runs.Add((_runCode, _runFirst, week - 1));
                }

                _runCode = code;
                _runFirst = week;
            }
        }

        /// <summary>The rate cell at <paramref name="column"/>, the month at place <paramref name="month"/>, and the <paramref name="repeats"/> cells after it that hold the same bytes.</summary>
        internal void Rate(CsvInput input, int column, int month, int repeats, ReadOnlySpan<byte> utf8, bool member)
        {
            if (ReadRate(input, column, utf8, out string? text) is not { } rate)
            {
                for (int k = 0; k <= repeats; k++)
                {
                    input.Error(column + k, $"expected {RateExpected}, found {Echo.Quoted(text!)}");
                }
            }
            else if (member && rate > 0)
            {
                Rates.Add((month, repeats + 1, rate));
            }
        }

        /// <summary>Closes the last run, at the last of <paramref name="weeks"/> weeks.</summary>
        internal void End(int weeks)
        {
            if (_runCode >= 0)
            {
                Runs.Add((_runCode, _runFirst, weeks - 1));
            }
        }
    }

    /// <summary>
    /// Cells of consecutive columns and of one kind whose places follow on too (the weeks of a DREAM extract are one
    /// block, its rates another), so that a cell repeating the one before is known to be of the next week or month.
    /// </summary>
    private readonly record struct Block(int Column, int Index, int Count, bool IsWeek)
    {
        internal static Block[] Of(Cell[] cells)
        {
            var blocks = new List<Block>();
            foreach (Cell cell in cells)
            {
                if (blocks.Count > 0 && blocks[^1] is var last && last.IsWeek == cell.IsWeek
                    && last.Column + last.Count == cell.Column && last.Index + last.Count == cell.Index)
                {
                    blocks[^1] = last with { Count = last.Count + 1 };
                }
                else
                {
                    blocks.Add(new Block(cell.Column, cell.Index, 1, cell.IsWeek));
                }
            }

            return [.. blocks];
        }
    }

    /// <summary>A cell the rows are read at: a week (<paramref name="Index"/> its place among the weeks) or a rate (among the rates).</summary>
    private readonly record struct Cell(int Column, int Index, bool IsWeek);
}
