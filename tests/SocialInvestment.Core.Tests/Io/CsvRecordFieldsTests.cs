using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A wide weeks file's fields are read straight from each record's bytes, a run of repeated fields passed over at once;
/// that must give exactly the fields the CSV reader gives one by one, in either encoding and separator, and a file must
/// read the same (values, errors, lines and columns) whether its records can be read that way or not.
/// </summary>
public sealed class CsvRecordFieldsTests
{
    private static readonly Contract Contract = Csv.Contract();
    private static readonly IReadOnlySet<ParticipantId> Cohort = Csv.Cohort("p1", "p2", "p3");

    [Property(MaxTest = 300)]
    public Property Fields_read_from_the_record_and_repeats_passed_over_are_the_readers_fields() =>
        Prop.ForAll(Records().ToArbitrary(), file =>
        {
            Encoding encoding = file.Windows1252 ? Csv.Windows1252 : new UTF8Encoding(false);
            var errors = new ErrorCollector("file.csv");
            using CsvInput input = CsvInput.Open(Csv.Bytes(file.Text, encoding), errors, [], [], identity: false)!;
            while (input.ReadRow())
            {
                if (!CsvRecordFields.TryOpen(input.RawRecord, input.Separator, out CsvRecordFields fields))
                {
                    Assert.Contains('"', file.Text);
                    continue;
                }

                // Each column read is followed by as many repeats as there are; every other time a column is passed over.
                bool pass = false;
                for (int column = 0; column < input.FieldCount; pass = !pass)
                {
                    byte[] field = fields.Field(column).ToArray();
                    Assert.Equal(input.GetUtf8(column).ToArray(), field);
                    int repeats = fields.PassRepeats(input.FieldCount - column - 1);
                    for (int k = 1; k <= repeats; k++)
                    {
                        Assert.Equal(input.GetUtf8(column + k).ToArray(), field);
                    }

                    column += repeats + (pass ? 2 : 1);
                }
            }
        });

    [Fact]
    public void A_run_of_repeated_fields_is_passed_over_up_to_the_most_asked_and_never_past_the_last_field()
    {
        var errors = new ErrorCollector("file.csv");
        using CsvInput input = CsvInput.Open(Csv.Utf8("a,b,c,d,e,f\nx,111,111,111 ,111,111\n"), errors, [], [], identity: false)!;
        Assert.True(input.ReadRow());
        Assert.True(CsvRecordFields.TryOpen(input.RawRecord, input.Separator, out CsvRecordFields fields));

        Assert.Equal("111"u8.ToArray(), fields.Field(1).ToArray());
        Assert.Equal(1, fields.PassRepeats(4));
        Assert.Equal("111"u8.ToArray(), fields.Field(3).ToArray());
        Assert.Equal(0, fields.PassRepeats(2));
        Assert.Equal("111"u8.ToArray(), fields.Field(4).ToArray());
        Assert.Equal(0, fields.PassRepeats(1));
        Assert.Equal("111"u8.ToArray(), fields.Field(5).ToArray());
    }

    [Property(MaxTest = 200)]
    public Property A_wide_file_reads_the_same_with_every_field_quoted() =>
        Prop.ForAll(WideFiles().ToArbitrary(), rows =>
        {
            const string Header = "pnr;koen;y_2449;y_2450;y_2451;y_2452;y_2501;y_2502;grad_2024_11;grad_2024_12;grad_2025_01;grad_2025_02";
            string plain = string.Join("\n", [Header, .. rows.Select(r => string.Join(';', r))]) + "\n";
            string quoted = string.Join("\n", [Header, .. rows.Select(r => string.Join(';', r.Select(f => $"\"{f}\"")))]) + "\n";

            ReadResult<WeeksInput> fast = WeeksCsv.Read(Csv.Utf8(plain), "weeks.csv", Contract, Cohort);
            ReadResult<WeeksInput> fieldByField = WeeksCsv.Read(Csv.Utf8(quoted), "weeks.csv", Contract, Cohort);

            Assert.Equal(ReadingInPiecesTests.DescribeWeeks(fieldByField), ReadingInPiecesTests.DescribeWeeks(fast));
        });

    [Fact]
    public void Each_cell_of_a_repeated_bad_rate_is_an_error_and_a_repeated_unmapped_code_one()
    {
        string text = "pnr,y_2501,y_2502,y_2503,grad_2025_01,grad_2025_02,grad_2025_03\np1,ukendt,ukendt,ukendt,2,2,2\n";

        var result = WeeksCsv.Read(Csv.Utf8(text), "weeks.csv", Contract, Cohort);

        Assert.Equal(
            [
                "weeks.csv:2:2: y_2501: the benefit code 'ukendt' is not mapped by the contract's benefits (map it there, or set unknown_benefits)",
                "weeks.csv:2:5: grad_2025_01: expected an employment rate from 0 to 1, such as 0.25 or 0,25 (empty or '.' for 0), found '2'",
                "weeks.csv:2:6: grad_2025_02: expected an employment rate from 0 to 1, such as 0.25 or 0,25 (empty or '.' for 0), found '2'",
                "weeks.csv:2:7: grad_2025_03: expected an employment rate from 0 to 1, such as 0.25 or 0,25 (empty or '.' for 0), found '2'",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    private static Gen<RecordsFile> Records() =>
        from windows1252 in Gen.Elements(false, true)
        from separator in Gen.Elements(',', ';')
        from columns in Gen.Choose(1, 12)
        from lineEnd in Gen.Elements("\n", "\r\n")
        from rows in Gen.ListOf(Gen.ArrayOf(Field(separator), columns))
        let header = string.Join(separator, Enumerable.Range(0, columns).Select(c => $"c{c}"))
        select new RecordsFile(string.Join(lineEnd, [header, .. rows.Select(r => string.Join(separator, r))]) + lineEnd, windows1252);

    private static Gen<string> Field(char separator) =>
        Gen.Frequency(
            (20, Gen.Elements("111", "111", "651", ".", string.Empty, "0", "1", "0,25")),
            (4, Gen.Elements(" 111", "111 ", "  ", " . ", "æble", "Øst ", "x\ty")),
            (1, Gen.Elements("\"q\"", $"\"a{separator}b\"", "\"\"")));

    private static Gen<string[][]> WideFiles() =>
        Gen.ListOf(
            from who in Gen.Frequency((10, Gen.Elements("p1", "p2", "p3")), (5, Gen.Elements("x1", "x2", "x3", "x4")), (1, Gen.Elements("bad id", string.Empty)))
            from run in Gen.Elements("kontanthjaelp", "su", ".", string.Empty, "ukendt")
            from weeks in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant(run)), (2, Gen.Elements("kontanthjaelp", "su", ".", " su ", string.Empty)), (1, Gen.Elements("ukendt", "æble"))), 6)
            from rate in Gen.Elements("0", "0,25", "1", ".", string.Empty, "2")
            from rates in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant(rate)), (2, Gen.Elements("0", "0.5", "1", " 1", ".")), (1, Gen.Elements("2", "x", "-0"))), 4)
            select (string[])[who, "K", .. weeks, .. rates])
        .Select(rows => rows.ToArray());

    /// <summary>A CSV text, and whether it is written in Windows-1252 (else UTF-8).</summary>
    public sealed record RecordsFile(string Text, bool Windows1252);
}
