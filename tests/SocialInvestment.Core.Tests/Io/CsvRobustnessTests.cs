using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The CSV readers under hostile input: what the fuzz tests found (tests/SocialInvestment.Core.Tests/Io/Fuzz) and the limits
/// that protect memory. docs/input-formats.md and docs/quality.md list them.
/// </summary>
public class CsvRobustnessTests
{
    [Fact]
    public void Degree_with_more_than_eighteen_digits_is_read_exactly()
    {
        var result = Spells("participant_id;benefit;from;degree\nP1;su;2024-01-01;0.5000000000000000000000\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(0.5m, result.Value!.Items[0].Degree?.Value);
    }

    [Theory]
    [InlineData("0.33333333333", "0.33333333333")]
    [InlineData("00101901234.3333", "101901234.3333")]
    [InlineData("0,99999999999999999", "0.99999999999999999")]
    public void Decimal_of_more_than_nine_digits_is_read_exactly_not_an_overflow(string text, string expected)
    {
        // Found by the fuzz tests: a mantissa of 2^32 or more overflowed the checked casts that split it into words.
        Assert.True(TextValues.TryParseDecimal(System.Text.Encoding.UTF8.GetBytes(text), out decimal value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Degree_of_eleven_digits_is_read_exactly()
    {
        var result = Spells("participant_id;benefit;from;degree\nP1;su;2024-01-01;0,33333333333\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(0.33333333333m, result.Value!.Items[0].Degree?.Value);
    }

    [Fact]
    public void Degree_of_twenty_digits_is_an_error_not_an_overflow()
    {
        InputError error = Csv.FirstError(Spells("participant_id;benefit;from;degree\nP1;su;2024-01-01;99999999999999999999\n"));

        Assert.Equal("spells.csv:2:4: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '<digits hidden>'", error.ToString());
    }

    [Fact]
    public void Record_longer_than_1_MiB_is_an_error_at_its_line_and_reading_stops()
    {
        string text = $"participant_id;cohort;start\nP1;A;2024-01-01\nP2;{new string('a', 1_500_000)};2024-01-01\nP3;notadate;x\n";

        InputError error = Assert.Single(Csv.Participants(text).Errors);

        Assert.Equal("participants.csv:3: the record cannot be read as CSV: it is longer than 1 MiB (1048576 bytes), the most a record may be (is a quote never closed?); reading stopped here", error.ToString());
    }

    [Fact]
    public void Record_one_byte_longer_than_1_MiB_is_an_error()
    {
        string record = "P2;;2024-01-01";
        string cohort = new('a', CsvInput.MaxRecordBytes + 1 - record.Length);
        string text = $"participant_id;cohort;start\nP1;A;2024-01-01\nP2;{cohort};2024-01-01\n";

        InputError error = Assert.Single(Csv.Participants(text).Errors);

        Assert.StartsWith("participants.csv:3: the record cannot be read as CSV: it is longer than 1 MiB", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Record_of_exactly_1_MiB_is_read()
    {
        string record = "P2;;2024-01-01";
        string cohort = new('a', CsvInput.MaxRecordBytes - record.Length);
        var result = Csv.Participants($"participant_id;cohort;start\nP1;A;2024-01-01\nP2;{cohort};2024-01-01\nP3;A;2024-01-01\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(cohort, result.Value![1].Cohort);
        Assert.Equal(3, result.Value.Count);
    }

    [Fact]
    public void Quote_never_closed_in_a_large_file_is_an_error_at_the_line_of_the_quote()
    {
        string rows = string.Concat(Enumerable.Repeat("P2;A;2024-01-01\n", 100_000));
        InputError error = Assert.Single(Csv.Participants($"participant_id;cohort;start\nP1;\"A;2024-01-01\n{rows}").Errors);

        Assert.Equal("participants.csv:2: the record cannot be read as CSV: it is longer than 1 MiB (1048576 bytes), the most a record may be (is a quote never closed?); reading stopped here", error.ToString());
    }

    [Theory]
    [InlineData(1_500_000)]
    [InlineData(3_000_000)]
    public void Header_row_longer_than_1_MiB_is_an_error_on_its_line(int length)
    {
        InputError error = Assert.Single(Csv.Participants($"participant_id;cohort;start;{new string('a', length)}\nP1;A;2024-01-01;x\n").Errors);

        Assert.Equal("participants.csv:1: the header row cannot be read as CSV: it is longer than 1 MiB (1048576 bytes), the most a record may be (is a quote never closed?)", error.ToString());
    }

    [Fact]
    public void Header_of_ten_thousand_columns_is_read()
    {
        string more = string.Concat(Enumerable.Range(0, 9_998).Select(i => $";c{i}"));
        string fields = new(';', 9_998);
        var result = Csv.Participants($"participant_id;start{more}\nP1;2024-01-01{fields}\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Header_of_more_than_ten_thousand_columns_is_an_error()
    {
        string more = string.Concat(Enumerable.Range(0, 9_999).Select(i => $";c{i}"));
        InputError error = Assert.Single(Csv.Participants($"participant_id;start{more}\nP1;2024-01-01\n").Errors);

        Assert.Equal("participants.csv:1: header row: 10001 columns, more than the 10000 a file may have", error.ToString());
    }

    [Fact]
    public void Quote_followed_by_more_than_1024_spaces_is_an_error_on_its_line()
    {
        // Found by the fuzz tests: CsvHelper 34.0.0 took 8 s for a megabyte of spaces after a closing quote.
        string text = $"participant_id\toutcome\tdate\tevidence\nP1\to\t2024-05-01\tnote\nP1\to\t2024-05-01\t\"note\"{new string(' ', 1_000_000)}\n";

        InputError error = Assert.Single(EventsCsv.Read(Csv.Utf8(text), "events.csv", Csv.Cohort("P1")).Errors);

        Assert.Equal("events.csv:3: a quote followed by more than 1024 spaces; remove the spaces (runs this long make reading very slow)", error.ToString());
    }

    [Theory]
    [InlineData(65_536 - 60)]
    [InlineData(65_536 - 1_000)]
    [InlineData(65_536 - 40)]
    public void Quote_followed_by_more_than_1024_spaces_across_the_scan_chunks_is_an_error(int padding)
    {
        // The quote stands near the end of the first 64 KiB chunk, so that the spaces run on into the next.
        string first = "participant_id;cohort;start\n";
        string text = first + "P1;" + new string('x', padding - first.Length - 3) + "\"" + new string(' ', 1_025) + ";2024-01-01\n";

        InputError error = Assert.Single(Csv.Participants(text).Errors);

        Assert.Equal("participants.csv:2: a quote followed by more than 1024 spaces; remove the spaces (runs this long make reading very slow)", error.ToString());
    }

    [Fact]
    public void Quote_followed_by_1024_spaces_is_read()
    {
        var result = Csv.Participants($"participant_id;cohort;start\nP1;\"A\"{new string(' ', 1_024)};2024-01-01\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("A", result.Value![0].Cohort);
    }

    [Fact]
    public void Quote_followed_by_more_than_1024_spaces_in_a_Windows_1252_file_is_an_error()
    {
        string text = $"participant_id;cohort;start\nP1;\"Ærø\"{new string(' ', 2_000)};2024-01-01\n";

        InputError error = Assert.Single(ParticipantsCsv.Read(Csv.Bytes(text, Csv.Windows1252), "participants.csv").Errors);

        Assert.StartsWith("participants.csv:2: a quote followed by more than 1024 spaces", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Header_name_holding_a_noncharacter_matches_no_column_and_is_no_exception()
    {
        // Found by the fuzz tests: U+FFFE is valid UTF-8, but string.Normalize throws ArgumentException on it.
        InputError error = Assert.Single(LedgerCsv.Read(Csv.Utf8("participant_id;payment;period;amount\uFFFE\nP1;fee;-;100\n"), "ledger.csv").Errors);

        Assert.Equal("ledger.csv:1: missing column amount (accepted names: amount, beløb, beloeb)", error.ToString());
    }

    [Fact]
    public void Ledger_amount_beyond_a_trillion_is_an_error_at_its_field()
    {
        // Found by the fuzz tests of sib settle: such an amount overflowed the settlement's øre, and two rows of
        // 50000000000000000000000000000 with one key overflowed the ledger's sum.
        InputError error = Assert.Single(LedgerCsv.Read(Csv.Utf8("participant_id;payment;period;amount\nP1;fee;-;-1000000000000.01\n"), "ledger.csv").Errors);

        Assert.Equal("ledger.csv:2:4: amount: expected an amount from -1000000000000 to 1000000000000, found '-<digits hidden>.01'", error.ToString());
    }

    [Fact]
    public void Ledger_amount_of_a_trillion_is_read()
    {
        var result = LedgerCsv.Read(Csv.Utf8("participant_id;payment;period;amount\nP1;fee;-;1000000000000\nP1;fee;-;1000000000000\n"), "ledger.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2_000_000_000_000m, result.Value!.PaidBefore(new LineKey(ParticipantId.From("P1"), "fee", "-")).Amount);
    }

    private static ReadResult<InputRows<BenefitSpell>> Spells(string text) =>
        SpellsCsv.Read(Csv.Utf8(text), "spells.csv", Csv.Contract(), Csv.Cohort("P1", "P2"));
}
