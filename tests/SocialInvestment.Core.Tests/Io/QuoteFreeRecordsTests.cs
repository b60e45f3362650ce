using System.Text;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A piece of a file without quotes is split into fields by <see cref="QuoteFreeRecords"/> instead of CsvHelper; for any
/// such bytes it must give exactly CsvHelper's records with the reader's options: the same fields, lines and raw records,
/// whatever the separator, spaces, empty fields and lines, line ends and trailing separators, and however the input
/// arrives in reads.
/// </summary>
public sealed class QuoteFreeRecordsTests : IDisposable
{
    private static readonly Contract Contract = Csv.Contract();
    private static readonly IReadOnlySet<ParticipantId> Cohort = Csv.Cohort("p1", "p2", "p3");
    private readonly string _folder = Directory.CreateTempSubdirectory("sib-quote-free-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Property(MaxTest = 500)]
    public Property The_records_are_CsvHelpers_records() =>
        Prop.ForAll(Inputs().ToArbitrary(), input =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(input.Text);
            Assert.Equal(CsvHelpersRecords(bytes, input.Separator), OurRecords(new Trickle(bytes, input.MostPerRead), input.Separator, input.Chunk));
        });

    [Theory]
    [InlineData("a;b\n\n \n;\n  x ; y  \r\n\r\nlast;", ';')]
    [InlineData("a,b,\r\n,\n\t, \tc\t ,d;e\n", ',')]
    [InlineData("x\ty\t\n\n\t\n", '\t')]
    [InlineData("æble;ø\n", ';')]
    public void Examples_give_CsvHelpers_records(string text, char separator)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(CsvHelpersRecords(bytes, separator), OurRecords(new MemoryStream(bytes), separator, 1 << 20));
    }

    [Fact]
    public void A_record_longer_than_the_limit_stops_reading_at_its_line()
    {
        byte[] bytes = Encoding.UTF8.GetBytes($"a;b\n\nc;{new string('x', CsvInput.MaxRecordBytes + 10)}\nd;e\n");
        using var records = new QuoteFreeRecords(new MemoryStream(bytes), ';');

        Assert.True(records.Read());
        Assert.False(records.Read());
        Assert.True(records.TooLong);
        Assert.Equal(3, records.LineNumber);
    }

    [Fact]
    public void Bad_values_in_a_file_without_quotes_read_in_pieces_are_the_errors_of_reading_it_in_one_go()
    {
        var text = new StringBuilder("participant_id;benefit;from;to;degree\r\n");
        for (int i = 0; i < 200; i++)
        {
            text.Append(
                (i % 40) switch
                {
                    3 => " p1 ; su ; 2024-13-01 ; ; 0,5 \r\n",
                    7 => "p2;kontanthjaelp;2024-01-01;2023-01-01;2\r\n",
                    11 => "bad id;su;2024-01-01;;\r\n",
                    13 => "p3;su;2024-01-01;;1;\r\n",
                    17 => "\r\n  \r\n;;;;\r\n",
                    19 => "p1;;x;nope;-1\n",
                    23 => "010190-1234;su;2024-01-01;;\r\n",
                    29 => "p1;æble;01-02-2024;;0.25\r\n",
                    _ => $"p{1 + (i % 3)};su;{1 + (i % 28):00}-01-2024;;\r\n",
                });
        }

        var (oneGo, inPieces) = ReadInOneGoAndInPieces(Encoding.UTF8.GetBytes(text.ToString()), (stream, options) => SpellsCsv.Read(stream, "spells.csv", Contract, Cohort, options: options));

        Assert.Equal(
            [
                "spells.csv:5:3: from: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '2024-13-01'",
                "spells.csv:9:5: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '2'",
                "spells.csv:9:4: to: the spell's last day 2023-01-01 is before its first day 2024-01-01 (from)",
                "spells.csv:13:1: participant_id: expected an id of 1-64 characters A-Z a-z 0-9 _ - ., found 'bad id'",
                "spells.csv:15: expected 5 fields as in the header, found 6",
                "spells.csv:23:2: benefit: expected a benefit code, found nothing",
                "spells.csv:23:3: from: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found 'x'",
                "spells.csv:23:4: to: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found 'nope'",
                "spells.csv:23:5: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '-1'",
                "spells.csv:27:1: participant_id: this looks like a CPR number; put CPR numbers in a cpr column and give a --pseudonym-key file",
                "spells.csv:33:2: benefit: the benefit code 'æble' is not mapped by the contract's benefits (map it there, or set unknown_benefits)",
            ],
            inPieces.Errors.Take(11).Select(e => e.ToString()));
        Assert.Equal(oneGo.Errors.Select(e => e.ToString()), inPieces.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_Windows_1252_file_reads_the_same_in_pieces_whether_a_piece_is_ASCII_or_transcoded()
    {
        var text = new StringBuilder("deltager_id;startdato;slutdato;gennemført\r\n");
        for (int i = 0; i < 300; i++)
        {
            text.Append(
                (i % 50) switch
                {
                    7 => $"p{i};2024-01-01;;måske\r\n",
                    9 => $"p{i};2024-02-30;2023-01-01;ja\r\n",
                    _ when i == 150 => "p3;01-01-2024;;nej\r\n",
                    _ => $"p{i};{1 + (i % 28):00}-01-2024;;{(i % 2 == 0 ? "ja" : string.Empty)}\r\n",
                });
        }

        var (oneGo, inPieces) = ReadInOneGoAndInPieces(Csv.Windows1252.GetBytes(text.ToString()), (stream, options) => ParticipantsCsv.Read(stream, "participants.csv", options: options));

        Assert.Contains(inPieces.Errors, e => e.Message.Contains("'måske'", StringComparison.Ordinal));
        Assert.Contains(inPieces.Errors, e => e.Message.Contains("duplicate participant 'p3'", StringComparison.Ordinal));
        Assert.Equal(oneGo.Errors.Select(e => e.ToString()), inPieces.Errors.Select(e => e.ToString()));
    }

    /// <summary>Reads a file in one go, and from a file in pieces on two cores.</summary>
    private (ReadResult<T> OneGo, ReadResult<T> InPieces) ReadInOneGoAndInPieces<T>(byte[] bytes, Func<Stream, ReadOptions, ReadResult<T>> read)
        where T : class
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        ReadResult<T> oneGo = read(new MemoryStream(bytes), new ReadOptions { MaxDegreeOfParallelism = 1 });
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
        return (oneGo, read(stream, new ReadOptions { MaxDegreeOfParallelism = 2, MinimumBytesForPieces = 0, PiecesPerCore = 8 }));
    }

    private static List<string> CsvHelpersRecords(byte[] bytes, char separator)
    {
        var sniffed = new InputEncoding.Sniffed(InputEncoding.Utf8, separator, IsEmpty: false, BomLength: 0, LongSpaceRun: -1);
        using var reader = CsvReader.Create(new MemoryStream(bytes), CsvInput.ReaderOptions(sniffed) with { HasHeader = false }, leaveOpen: false);
        var records = new List<string>();
        while (reader.Read())
        {
            records.Add(Describe(reader.LineNumber, reader.RawRecord, Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetSpan(i).ToArray())));
        }

        return records;
    }

    private static List<string> OurRecords(Stream stream, char separator, int chunk)
    {
        using var records = new QuoteFreeRecords(stream, separator, chunk);
        var found = new List<string>();
        while (records.Read())
        {
            Assert.Equal(Enumerable.Range(0, records.FieldCount).All(i => records.Field(i).IsEmpty), records.AllEmpty);
            found.Add(Describe(records.LineNumber, records.RawRecord, Enumerable.Range(0, records.FieldCount).Select(i => records.Field(i).ToArray())));
        }

        Assert.False(records.TooLong);
        return found;
    }

    private static string Describe(long line, ReadOnlySpan<byte> raw, IEnumerable<byte[]> fields) =>
        $"{line}: [{Encoding.UTF8.GetString(raw)}] " + string.Join("|", fields.Select(f => $"<{Encoding.UTF8.GetString(f)}>"));

    private static Gen<QuoteFreeInput> Inputs() =>
        from separator in Gen.Elements(';', ',', '\t')
        from lines in Gen.ListOf(Line(separator))
        from ends in Gen.ArrayOf(Gen.Elements("\n", "\r\n"), lines.Count + 1)
        from last in Gen.Elements(true, false)
        from mostPerRead in Gen.Choose(1, 100)
        from chunk in Gen.Elements(64, 100, 1 << 20)
        let text = string.Concat(lines.Select((l, k) => l + (k < lines.Count - 1 || last ? ends[k] : string.Empty)))
        select new QuoteFreeInput(text, separator, mostPerRead, chunk);

    private static Gen<string> Line(char separator) =>
        Gen.Frequency(
            (8, Gen.ListOf(Field(separator)).Select(fields => string.Join(separator, fields))),
            (1, Gen.Elements(string.Empty, " ", "   ", separator.ToString(), $" {separator} ", new string(separator, 3))),
            (1, Gen.ListOf(Field(separator)).Select(fields => string.Join(separator, fields) + separator)));

    private static Gen<string> Field(char separator) =>
        Gen.ArrayOf(Gen.Elements("a", "Z", "0", "9", " ", " ", "-", ".", "æ", "€", "\t", ";", ",", "_", "x1", "2024-01-01"))
            .Select(parts => string.Concat(parts).Replace(separator.ToString(), string.Empty, StringComparison.Ordinal));

    /// <summary>A quote-free input, its separator, the most bytes a read gives, and the reader's chunk size.</summary>
    public sealed record QuoteFreeInput(string Text, char Separator, int MostPerRead, int Chunk)
    {
        public override string ToString() => $"{(Separator == '\t' ? "tab" : Separator)}, reads of {MostPerRead}, chunk {Chunk}: {Text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}";
    }

    /// <summary>A stream that gives at most a few bytes a read, so that records are split across refills.</summary>
    private sealed class Trickle(byte[] bytes, int mostPerRead) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, mostPerRead)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, mostPerRead));
    }
}
