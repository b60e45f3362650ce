using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A large spells.csv is read in pieces on several cores; what it reads, and every error with its line and column,
/// must be exactly what reading it in one go gives.
/// </summary>
public sealed class ReadingInPiecesTests : IDisposable
{
    private static readonly Contract Contract = Csv.Contract();
    private static readonly IReadOnlySet<ParticipantId> Cohort = Csv.Cohort("p1", "p2", "p3", "p4", "p5", "p6");
    private readonly string _folder = Directory.CreateTempSubdirectory("sib-pieces-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Property(MaxTest = 200)]
    public Property Reading_in_pieces_gives_the_same_spells_and_errors_as_reading_in_one_go() =>
        Prop.ForAll(Files().ToArbitrary(), file =>
        {
            ReadOptions pieces = new() { MaxDegreeOfParallelism = file.Cores, MinimumBytesForPieces = 0, PiecesPerCore = file.PiecesPerCore };
            Assert.Equal(Describe(ReadInOneGo(file.Bytes)), Describe(ReadFile(file.Bytes, pieces)));
        });

    [Property(MaxTest = 200)]
    public Property Reading_participants_in_pieces_finds_the_same_duplicates_and_errors_as_reading_in_one_go() =>
        Prop.ForAll(ParticipantFiles().ToArbitrary(), file =>
        {
            ReadOptions pieces = new() { MaxDegreeOfParallelism = file.Cores, MinimumBytesForPieces = 0, PiecesPerCore = file.PiecesPerCore };
            ReadResult<IReadOnlyList<Participant>> oneGo = ParticipantsCsv.Read(new MemoryStream(file.Bytes), "participants.csv", Csv.Key, new ReadOptions { MaxDegreeOfParallelism = 1 });
            using var stream = new FileStream(Write(file.Bytes), FileMode.Open, FileAccess.Read);
            ReadResult<IReadOnlyList<Participant>> inPieces = ParticipantsCsv.Read(stream, "participants.csv", Csv.Key, pieces);

            Assert.Equal(DescribeParticipants(oneGo), DescribeParticipants(inPieces));
        });

    [Property(MaxTest = 200)]
    public Property Reading_a_weeks_file_in_pieces_gives_the_same_weeks_second_rows_and_errors_as_reading_in_one_go() =>
        Prop.ForAll(WeeksFiles().ToArbitrary(), file =>
        {
            ReadOptions pieces = new() { MaxDegreeOfParallelism = file.Cores, MinimumBytesForPieces = 0, PiecesPerCore = file.PiecesPerCore };
            ReadResult<WeeksInput> oneGo = WeeksCsv.Read(new MemoryStream(file.Bytes), "weeks.csv", Contract, Cohort, Csv.Key, new ReadOptions { MaxDegreeOfParallelism = 1 });
            using var stream = new FileStream(Write(file.Bytes), FileMode.Open, FileAccess.Read);
            ReadResult<WeeksInput> inPieces = WeeksCsv.Read(stream, "weeks.csv", Contract, Cohort, Csv.Key, pieces);

            Assert.Equal(DescribeWeeks(oneGo), DescribeWeeks(inPieces));
        });

    [Fact]
    public void A_second_row_of_a_person_in_a_later_piece_is_reported_at_its_line_naming_the_first()
    {
        var text = new StringBuilder("pnr,y_2401,grad_2024_01\n");
        for (int i = 0; i < 300; i++)
        {
            text.Append(i == 250 ? "p7,su,2\n" : i == 280 ? "p249,.,\n" : $"p{i},su,0.5\n");
        }

        using var stream = new FileStream(Write(Encoding.UTF8.GetBytes(text.ToString())), FileMode.Open, FileAccess.Read);
        var result = WeeksCsv.Read(stream, "weeks.csv", Contract, Cohort, options: new ReadOptions { MaxDegreeOfParallelism = 2, MinimumBytesForPieces = 0, PiecesPerCore = 4 });

        Assert.Equal(
            [
                "weeks.csv:252:3: grad_2024_01: expected an employment rate from 0 to 1, such as 0.25 or 0,25 (empty or '.' for 0), found '2'",
                "weeks.csv:252:1: participant_id: a second row for participant 'p7', first on line 9: a wide weeks file has one row per person",
                "weeks.csv:282:1: participant_id: a second row for participant 'p249', first on line 251: a wide weeks file has one row per person",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_duplicate_in_a_later_piece_is_reported_at_its_line_after_the_other_errors_of_that_line()
    {
        var text = new StringBuilder("participant_id,start,end\n");
        for (int i = 0; i < 300; i++)
        {
            text.Append(i == 250 ? "p7,2024-02-01,2023-01-01\n" : $"p{i},2024-01-01,\n");
        }

        using var stream = new FileStream(Write(Encoding.UTF8.GetBytes(text.ToString())), FileMode.Open, FileAccess.Read);
        var result = ParticipantsCsv.Read(stream, "participants.csv", options: new ReadOptions { MaxDegreeOfParallelism = 2, MinimumBytesForPieces = 0, PiecesPerCore = 4 });

        Assert.Equal(
            [
                "participants.csv:252:3: end: the programme end 2023-01-01 is before its start 2024-02-01",
                "participants.csv:252:1: participant_id: duplicate participant 'p7', first on line 9",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_clean_file_is_cut_at_line_starts_with_the_lines_before_each_piece_counted()
    {
        string text = "participant_id,benefit,from\r\n\r\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"p1,su,2024-01-{1 + (i % 28):00}\r\n"));
        string path = Write(Encoding.UTF8.GetBytes(text));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);

        CsvPieces.Piece[] pieces = CsvPieces.Split(stream.SafeFileHandle, stream.Length, headerLine: 1, wanted: 4, cores: 2)!;

        Assert.Equal(4, pieces.Length);
        Assert.Equal("participant_id,benefit,from\r\n".Length, pieces[0].Start);
        Assert.Equal(stream.Length, pieces[^1].End);
        byte[] bytes = File.ReadAllBytes(path);
        foreach (CsvPieces.Piece piece in pieces)
        {
            Assert.Equal((byte)'\n', bytes[piece.Start - 1]);
            Assert.Equal(bytes.AsSpan(0, (int)piece.Start).Count((byte)'\n'), piece.LinesBefore);
        }

        Assert.Equal(pieces.Skip(1).Select(p => p.Start), pieces.SkipLast(1).Select(p => p.End));
    }

    [Theory]
    [InlineData("participant_id,benefit,from\np1,\"su\",2024-01-01\n")]
    [InlineData("participant_id,benefit,from\np1,su,2024-01-01\rp1,su,2024-01-02\n")]
    [InlineData("\"participant_id\",benefit,from\np1,su,2024-01-01\n")]
    public void A_file_with_quotes_or_lone_carriage_returns_is_read_in_one_go(string start)
    {
        string text = start + string.Concat(Enumerable.Repeat("p2,su,2024-02-01\n", 200));
        using var stream = new FileStream(Write(Encoding.UTF8.GetBytes(text)), FileMode.Open, FileAccess.Read);

        Assert.Null(CsvPieces.Split(stream.SafeFileHandle, stream.Length, headerLine: 1, wanted: 4, cores: 2));
    }

    [Fact]
    public void The_error_limit_and_its_note_fall_where_reading_in_one_go_puts_them()
    {
        var text = new StringBuilder("participant_id;benefit;from\n");
        for (int i = 0; i < 400; i++)
        {
            text.Append(i % 3 == 0 ? "p1;su;not-a-date\n" : "p1;su;01-02-2024\n");
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        var result = ReadFile(bytes, new ReadOptions { MaxDegreeOfParallelism = 2, MinimumBytesForPieces = 0, PiecesPerCore = 8 });

        Assert.Equal(ReadResult.MaxErrors + 1, result.Errors.Count);
        Assert.Equal(Describe(ReadInOneGo(bytes)), Describe(result));
    }

    [Fact]
    public void A_record_too_long_to_read_stops_reading_there_as_in_one_go()
    {
        var text = new StringBuilder("participant_id,benefit,from\n");
        for (int i = 0; i < 3000; i++)
        {
            text.Append(i == 1500 ? $"p1,{new string('x', 4 * CsvInput.MaxRecordBytes)},2024-01-01\n" : i % 700 == 0 ? "p1,su,bad\n" : "p1,su,2024-01-01\n");
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        var result = ReadFile(bytes, new ReadOptions { MaxDegreeOfParallelism = 2, MinimumBytesForPieces = 0, PiecesPerCore = 8 });

        Assert.Contains(result.Errors, e => e.Message.Contains("cannot be read as CSV", StringComparison.Ordinal));
        Assert.Equal(Describe(ReadInOneGo(bytes)), Describe(result));
    }

    private static ReadResult<InputRows<BenefitSpell>> ReadInOneGo(byte[] bytes) =>
        SpellsCsv.Read(new MemoryStream(bytes), "spells.csv", Contract, Cohort, options: new ReadOptions { MaxDegreeOfParallelism = 1 });

    private static string Describe(ReadResult<InputRows<BenefitSpell>> result) =>
        result.Succeeded
            ? $"skipped {result.Value!.SkippedRows}\n" + string.Join("\n", result.Value!.Items.Select(s => $"{s.ParticipantId} {s.BenefitCode} {s.From} {s.To} {s.Degree}"))
            : string.Join("\n", result.Errors);

    private static string DescribeParticipants(ReadResult<IReadOnlyList<Participant>> result) =>
        result.Succeeded
            ? string.Join("\n", result.Value!.Select(p => $"{p.Id} {p.Start} {p.End} {p.Completed} {p.Cohort}"))
            : string.Join("\n", result.Errors);

    internal static string DescribeWeeks(ReadResult<WeeksInput> result)
    {
        if (!result.Succeeded)
        {
            return string.Join("\n", result.Errors);
        }

        WeeksInput weeks = result.Value!;
        WeeksExtract e = weeks.Extract;
        return string.Join(
            "\n",
            [
                $"skipped {weeks.Spells.SkippedRows}; {e.Form} {e.FirstWeekColumn} {e.FirstWeekColumnNumber} {e.LastWeekColumn} {e.LastWeekColumnNumber} {e.FirstMonday} {e.LastSunday}",
                $"persons {e.Persons}, in the cohort {e.CohortPersons}, weeks {e.CodedWeeks}: {string.Join(' ', e.CodeWeeks)}; months {string.Join(' ', e.EmploymentMonths)}",
                // Week by week: a long-form run that a piece boundary cuts is two spells where one go makes one, and a row
                // repeated across pieces is a second spell of a week already covered, with the same weeks and days
                // (docs/input-formats.md, "Weeks files"): the set of coded weeks must be the same.
                .. weeks.Spells.Items.SelectMany(s => Enumerable.Range(0, (NodaTime.Period.DaysBetween(s.From, s.To!.Value) + 1) / 7)
                    .Select(k => $"{s.ParticipantId} {s.BenefitCode} {s.Degree} {s.From.PlusWeeks(k):uuuu-MM-dd}")).Distinct().Order(StringComparer.Ordinal),
                .. Cohort.SelectMany(p => weeks.EmploymentRates.Months.Select(m => $"{p} {m} {weeks.EmploymentRates.RateOf(p, m)}")),
            ]);
    }

    private static Gen<SpellsFile> WeeksFiles() =>
        from wide in Gen.Elements(false, true)
        from byCpr in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from lineEnd in Gen.Elements("\n", "\r\n")
        from rows in Gen.ListOf(wide ? WideRow(byCpr) : LongRow(byCpr))
        from cores in Gen.Choose(2, 4)
        from perCore in Gen.Choose(1, 8)
        let id = byCpr ? "cpr" : wide ? "pnr" : "participant_id"
        let header = wide ? $"{id};koen;y_2451;y_2452;y_2501;grad_2024_12;grad_2025_01" : $"{id};uge;ydelse;grad"
        select new SpellsFile(Encoding.UTF8.GetBytes(header + lineEnd + string.Join(lineEnd, rows) + lineEnd), cores, perCore);

    private static Gen<string> Person(bool byCpr) =>
        byCpr
            ? Gen.Elements("010190-1234", "0101901234", "020285-4321", "311299-9999", "x")
            : Gen.Frequency(
                (10, Gen.Elements("p1", "p2", "p3", "p4", "p5", "p6")),
                (30, Gen.Choose(1, 1_000_000).Select(n => $"x{n}")),
                (1, Gen.Elements("bad id", string.Empty)));

    private static Gen<string> WideRow(bool byCpr) =>
        from who in Person(byCpr)
        from weeks in Gen.ArrayOf(Gen.Frequency((40, Gen.Elements("kontanthjaelp", "su", ".", string.Empty)), (1, Gen.Elements("ukendt", "æble"))), 3)
        from rates in Gen.ArrayOf(Gen.Frequency((40, Gen.Elements("0", "0,25", "1", ".", string.Empty)), (1, Gen.Elements("2", "x"))), 2)
        select string.Join(';', [who, "K", .. weeks, .. rates]);

    private static Gen<string> LongRow(bool byCpr) =>
        from who in Person(byCpr)
        from week in Gen.Frequency((40, Gen.Elements("2024-W51", "2024W52", "202501", "2024-12-18", "02.01.2025")), (1, Gen.Elements("2025-W53", "x", string.Empty)))
        from code in Gen.Frequency((40, Gen.Elements("kontanthjaelp", "su")), (1, Gen.Elements("ukendt", ".", string.Empty)))
        from degree in Gen.Frequency((40, Gen.Elements(string.Empty, "1", "0,5")), (1, Gen.Constant("2")))
        select string.Join(';', who, week, code, degree);

    private static Gen<SpellsFile> ParticipantFiles() =>
        from byCpr in Gen.Elements(false, true)
        from lineEnd in Gen.Elements("\n", "\r\n")
        from rows in Gen.ListOf(ParticipantRow(byCpr))
        from cores in Gen.Choose(2, 4)
        from perCore in Gen.Choose(1, 8)
        let header = (byCpr ? "cpr" : "participant_id") + ";start;end;completed;cohort"
        select new SpellsFile(Encoding.UTF8.GetBytes(header + lineEnd + string.Join(lineEnd, rows) + lineEnd), cores, perCore);

    private static Gen<string> ParticipantRow(bool byCpr) =>
        from who in byCpr
            ? Gen.Elements("010190-1234", "0101901234", "020285-4321", "311299-9999", "x", string.Empty)
            : Gen.Elements("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "bad id", string.Empty)
        from start in Gen.Frequency((8, Gen.Elements("2024-01-01", "15-03-2024")), (1, Gen.Elements("2024-02-30", string.Empty)))
        from end in Gen.Elements(string.Empty, "2024-12-31", "2023-01-01", "nej")
        from completed in Gen.Elements(string.Empty, "ja", "false", "måske")
        from cohort in Gen.Elements(string.Empty, "hold 1")
        select string.Join(';', who, start, end, completed, cohort);

    private static Gen<SpellsFile> Files() =>
        from separator in Gen.Elements(',', ';')
        from lineEnd in Gen.Elements("\n", "\r\n")
        from windows1252 in Gen.Elements(false, true)
        from rows in Gen.ListOf(Row(separator))
        from tail in Gen.Elements(string.Empty, lineEnd)
        from cores in Gen.Choose(2, 4)
        from perCore in Gen.Choose(1, 8)
        let header = string.Join(separator, "participant_id", "benefit", "from", "to", "degree")
        let text = header + lineEnd + string.Join(lineEnd, rows) + tail
        select new SpellsFile((windows1252 ? Csv.Windows1252 : Encoding.UTF8).GetBytes(text), cores, perCore);

    private static Gen<string> Row(char separator) =>
        Gen.Frequency(
            (12, from id in Gen.Elements("p1", "p2", "p3", "p4", "p5", "p6", "x1", "x2", "bad id", string.Empty)
                 from code in Gen.Frequency((8, Gen.Elements("kontanthjaelp", "su")), (1, Gen.Elements("ukendt", "æble", string.Empty)))
                 from start in Gen.Frequency((8, Gen.Elements("2024-01-01", "15-03-2024", "2024-06-30")), (1, Gen.Elements("2024-13-01", "x", string.Empty)))
                 from to in Gen.Elements(string.Empty, "2024-12-31", "01-01-2023", "nope")
                 from degree in Gen.Elements(string.Empty, "1", "0,5", "0.25", "2", "-1")
                 from extra in Gen.Frequency((12, Gen.Constant(string.Empty)), (1, Gen.Constant(separator + "extra")))
                 select string.Join(separator, id, code, start, to, degree) + extra),
            (1, Gen.Elements(string.Empty, "  ", separator.ToString() + separator)));

    private string Write(byte[] bytes)
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private ReadResult<InputRows<BenefitSpell>> ReadFile(byte[] bytes, ReadOptions options)
    {
        using var stream = new FileStream(Write(bytes), FileMode.Open, FileAccess.Read);
        return SpellsCsv.Read(stream, "spells.csv", Contract, Cohort, options: options);
    }

    /// <summary>A generated spells.csv and how many cores and pieces to read it with.</summary>
    public sealed record SpellsFile(byte[] Bytes, int Cores, int PiecesPerCore)
    {
        public override string ToString() => $"{Cores} cores × {PiecesPerCore}: {Encoding.Latin1.GetString(Bytes)}";
    }
}
