using System.Text;
using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>The CSV dialect shared by every input file (SPEC §2), read through participants.csv.</summary>
public class CsvDialectTests
{
    [Fact]
    public void Semicolon_delimited_Windows_1252_file_with_Danish_headers_is_read()
    {
        string text = "Deltager_ID;Kohorte;Startdato;Slutdato;Gennemført\r\nP1;Hold æøå ÆØÅ;07-07-2024;31.12.2024;Nej\r\n";
        var result = ParticipantsCsv.Read(Csv.Bytes(text, Csv.Windows1252), "participants.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Participant p = Assert.Single(result.Value!);
        Assert.Equal("P1", p.Id.Value);
        Assert.Equal("Hold æøå ÆØÅ", p.Cohort);
        Assert.Equal(new LocalDate(2024, 7, 7), p.Start);
        Assert.Equal(new LocalDate(2024, 12, 31), p.End);
        Assert.False(p.Completed);
    }

    [Fact]
    public void Utf8_file_with_Danish_letters_is_read_as_UTF_8()
    {
        Participant p = Csv.Single("participant_id;cohort;start\nP1;Ærø;2024-01-01\n");
        Assert.Equal("Ærø", p.Cohort);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_skipped()
    {
        var result = ParticipantsCsv.Read(Csv.Utf8("participant_id;start\nP1;2024-01-01\n", bom: true), "p.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Utf8_byte_order_mark_before_Windows_1252_bytes_is_skipped()
    {
        byte[] body = Csv.Windows1252.GetBytes("participant_id;cohort;start\nP1;ø;2024-01-01\n");
        var result = ParticipantsCsv.Read(new MemoryStream([0xEF, 0xBB, 0xBF, .. body]), "p.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("ø", result.Value![0].Cohort);
    }

    [Fact]
    public void UTF_8_character_split_across_the_scan_chunk_boundary_is_still_UTF_8()
    {
        // The header and padding put the two bytes of 'ø' on either side of byte 65536.
        var builder = new StringBuilder("participant_id;cohort;start\n");
        int row = 0;
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < 65536 - 200)
        {
            builder.Append(CultureInfoFree($"P{row++};x;2024-01-01\n"));
        }

        string prefix = builder.ToString();
        int bytes = Encoding.UTF8.GetByteCount(prefix);
        string fill = new('a', 65536 - bytes - "Q;".Length - 1);
        string text = prefix + "Q;" + fill + "ø;2024-01-01\n";
        Assert.Equal(65535, Encoding.UTF8.GetByteCount(prefix + "Q;" + fill));
        var result = ParticipantsCsv.Read(Csv.Utf8(text), "p.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(3)));
        Assert.EndsWith("ø", result.Value![^1].Cohort, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_delimited_file_is_read()
    {
        Participant p = Csv.Single("participant_id\tcohort\tstart\nP1\tA, B\t2024-01-01\n");
        Assert.Equal("A, B", p.Cohort);
    }

    [Fact]
    public void Comma_delimited_file_is_read()
    {
        Participant p = Csv.Single("participant_id,cohort,start\nP1,A,2024-01-01\n");
        Assert.Equal("A", p.Cohort);
    }

    [Fact]
    public void Semicolon_is_preferred_over_tab_and_comma_in_the_header_line()
    {
        Participant p = Csv.Single("participant_id;cohort;start;x,y\tz\nP1;A,B;2024-01-01;q\n");
        Assert.Equal("A,B", p.Cohort);
    }

    [Fact]
    public void Tab_is_preferred_over_comma_in_the_header_line()
    {
        Participant p = Csv.Single("participant_id\tcohort\tstart\tx, y\nP1\tA,B\t2024-01-01\tq\n");
        Assert.Equal("A,B", p.Cohort);
    }

    [Fact]
    public void Quoted_fields_may_hold_separators_doubled_quotes_and_line_breaks()
    {
        Participant p = Csv.Single("participant_id;cohort;start\nP1;\"Hold \"\"A\"\"; \nlinje 2\";2024-01-01\n");
        Assert.Equal("Hold \"A\"; \nlinje 2", p.Cohort);
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quoted_fields()
    {
        var result = Csv.Participants("participant_id;cohort;start\nP1;\"a\nb\nc\";2024-01-01\nP2;x;2024-13-01\n");
        InputError error = Csv.FirstError(result);
        Assert.Equal(5, error.Line);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void Fields_are_trimmed_of_surrounding_spaces_also_inside_quotes()
    {
        Participant p = Csv.Single("  participant_id ; cohort ;start \n P1 ; \" A \" ; 2024-01-01 \n");
        Assert.Equal("P1", p.Id.Value);
        Assert.Equal("A", p.Cohort);
    }

    [Fact]
    public void Header_names_are_case_insensitive()
    {
        Participant p = Csv.Single("PARTICIPANT_ID;Cohort;START\nP1;A;2024-01-01\n");
        Assert.Equal("P1", p.Id.Value);
    }

    [Fact]
    public void Unknown_columns_are_ignored()
    {
        Participant p = Csv.Single("kommune;participant_id;note;start\n101;P1;hello;2024-01-01\n");
        Assert.Equal("P1", p.Id.Value);
    }

    [Fact]
    public void Empty_lines_and_rows_of_empty_fields_are_passed_over()
    {
        var result = Csv.Participants("participant_id;start\n\nP1;2024-01-01\n;\n\r\nP2;2024-01-02\n;;\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Value!.Count);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read()
    {
        byte[] bytes = Csv.Windows1252.GetBytes("participant_id;cohort;start\nP1;å;2024-01-01\n");
        using var stream = new Csv.ForwardOnlyStream(bytes);
        var result = ParticipantsCsv.Read(stream, "p.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("å", result.Value![0].Cohort);
    }

    [Fact]
    public void Reading_starts_at_the_stream_position_and_leaves_the_stream_open()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("junkparticipant_id;start\nP1;2024-01-01\n");
        using var stream = new MemoryStream(bytes);
        stream.Position = 4;
        var result = ParticipantsCsv.Read(stream, "p.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.True(stream.CanRead);
    }

    [Theory]
    [InlineData("2024-03-09")]
    [InlineData("09-03-2024")]
    [InlineData("09.03.2024")]
    public void Dates_are_read_in_the_three_forms(string date)
    {
        Participant p = Csv.Single($"participant_id;start\nP1;{date}\n");
        Assert.Equal(new LocalDate(2024, 3, 9), p.Start);
    }

    [Theory]
    [InlineData("2024-3-09")]
    [InlineData("9.3.2024")]
    [InlineData("2024/03/09")]
    [InlineData("09-03-24")]
    [InlineData("2024-02-30")]
    [InlineData("20240309")]
    [InlineData("2024-03-09T00:00")]
    public void Other_date_forms_are_errors(string date)
    {
        InputError error = Csv.FirstError(Csv.Participants($"participant_id;start\nP1;{date}\n"));
        Assert.Equal(2, error.Line);
        Assert.Equal(2, error.Column);
        Assert.StartsWith("start: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("ja", true)]
    [InlineData("JA", true)]
    [InlineData("Nej", false)]
    [InlineData("", true)]
    public void Completed_is_read_in_any_of_its_forms(string text, bool expected)
    {
        Participant p = Csv.Single($"participant_id;start;completed\nP1;2024-01-01;{text}\n");
        Assert.Equal(expected, p.Completed);
    }

    [Fact]
    public void Completed_column_absent_means_completed()
    {
        Assert.True(Csv.Single("participant_id;start\nP1;2024-01-01\n").Completed);
    }

    [Fact]
    public void Completed_in_another_form_is_an_error()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;start;completed\nP1;2024-01-01;yes\n"));
        Assert.Equal("participants.csv:2:3: completed: expected true/false, 1/0 or ja/nej, found 'yes'", error.ToString());
    }

    [Fact]
    public void Empty_file_is_an_error_for_the_whole_file()
    {
        InputError error = Csv.FirstError(Csv.Participants(string.Empty));
        Assert.Equal(0, error.Line);
        Assert.StartsWith("empty file, expected a header row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_of_only_a_byte_order_mark_and_line_breaks_is_empty()
    {
        var result = ParticipantsCsv.Read(Csv.Utf8("\r\n\n", bom: true), "p.csv");
        Assert.StartsWith("empty file", Csv.FirstError(result).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_only_file_has_no_rows()
    {
        var result = Csv.Participants("participant_id;start\n");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Value!);
    }

    [Fact]
    public void Missing_required_column_is_an_error_naming_it_and_its_aliases()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;cohort\nP1;A\n"));
        Assert.Equal("participants.csv:1: missing column start (accepted names: start, startdato, start_dato)", error.ToString());
    }

    [Fact]
    public void Missing_id_column_is_an_error_naming_both_choices()
    {
        InputError error = Csv.FirstError(Csv.Participants("navn;start\nP1;2024-01-01\n"));
        Assert.Contains("missing column participant_id or cpr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_columns_for_one_field_are_an_error_naming_both()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;start;Startdato\nP1;2024-01-01;2024-01-01\n"));
        Assert.Equal("participants.csv:1:3: columns 2 ('start') and 3 ('Startdato') both give the field start; keep one of them", error.ToString());
    }

    [Fact]
    public void Both_participant_id_and_cpr_columns_are_an_error()
    {
        InputError error = Csv.FirstError(ParticipantsCsv.Read(Csv.Utf8("participant_id;cpr;start\nP1;0101901234;2024-01-01\n"), "p.csv", Csv.Key));
        Assert.Equal(1, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Contains("both a participant_id column (1) and a cpr column (2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_with_another_number_of_fields_than_the_header_is_an_error()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;start\nP1;2024-01-01;x\n"));
        Assert.Equal("participants.csv:2: expected 2 fields as in the header, found 3", error.ToString());
    }

    [Fact]
    public void Unquoted_decimal_comma_in_a_comma_separated_file_gets_a_hint()
    {
        var result = SpellsCsv.Read(Csv.Utf8("participant_id,benefit,from,degree\nP1,su,2024-01-01,0,5\n"), "spells.csv", Csv.Contract(), Csv.Cohort("P1"));
        Assert.Contains("decimal comma must be quoted", Csv.FirstError(result).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stray_quote_is_an_error_at_its_line_and_field()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;cohort;start\nP1;A;2024-01-01\nP2;a\"b;2024-01-01\n"));
        Assert.Equal(3, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Contains("quote inside an unquoted field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_badly_quoted_record_is_reported_at_its_own_line_and_the_rest_are_read()
    {
        var result = Csv.Participants("participant_id;cohort;start\nP1;a\"b;2024-01-01\nP2;\"x\ny\";2024-01-01\nP3;\"c\"d;2024-01-01\nP4;e;2024-13-01\n");
        Assert.Equal([(2, 2), (5, 2), (6, 3)], result.Errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void Badly_quoted_header_is_an_error()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;\"start\"x\nP1;2024-01-01\n"));
        Assert.Equal(1, error.Line);
        Assert.Contains("header row: text after the closing quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_quote_is_an_error_not_an_exception()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;cohort;start\nP1;\"A;2024-01-01\nP2;B;2024-01-01\n"));
        Assert.Equal(2, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_larger_than_the_limit_is_an_error_not_an_exception()
    {
        string huge = new('x', 2 << 20);
        InputError error = Csv.FirstError(Csv.Participants($"participant_id;cohort;start\nP1;\"{huge}\";2024-01-01\n"));
        Assert.Equal(2, error.Line);
        Assert.Contains("cannot be read as CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_collected_up_to_the_limit_then_reading_stops_with_a_note()
    {
        var builder = new StringBuilder("participant_id;start\n");
        for (int i = 0; i < 150; i++)
        {
            builder.Append(CultureInfoFree($"P{i};bad\n"));
        }

        var result = Csv.Participants(builder.ToString());
        Assert.Equal(ReadResult.MaxErrors + 1, result.Errors.Count);
        Assert.Equal(2, result.Errors[0].Line);
        Assert.Equal(ReadResult.MaxErrors + 1, result.Errors[ReadResult.MaxErrors - 1].Line);
        Assert.Contains("not shown", result.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_errors_of_a_row_are_reported_in_column_order()
    {
        var result = Csv.Participants("participant_id;start;end;completed\nP 1;x;y;z\n");
        Assert.Equal([1, 2, 3, 4], result.Errors.Select(e => e.Column));
    }

    private static string CultureInfoFree(FormattableString s) => FormattableString.Invariant(s);
}
