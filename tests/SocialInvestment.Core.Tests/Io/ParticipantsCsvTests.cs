using System.Text;
using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

public class ParticipantsCsvTests
{
    /// <summary>public-2's key.bin as republished: 32 random bytes.</summary>
    private static readonly PseudonymKey PublishedKey = new(Convert.FromHexString("864364e358f55c4f66823753bde8a739bc837641c80840ca0e0f5a85ebccf7f6"));

    [Fact]
    public void Participants_are_read_in_file_order_with_defaults()
    {
        var result = Csv.Participants("participant_id;cohort;start;end;completed\nP2;A;2024-01-01;;\nP1;;2024-02-01;2024-03-01;0\n");
        Assert.True(result.Succeeded);
        IReadOnlyList<Participant> list = result.Value!;
        Assert.Equal(["P2", "P1"], list.Select(p => p.Id.Value));
        Assert.Null(list[0].End);
        Assert.True(list[0].Completed);
        Assert.Null(list[1].Cohort);
        Assert.Equal(new LocalDate(2024, 3, 1), list[1].End);
    }

    [Fact]
    public void A_monthly_cost_column_gives_each_participant_their_own_cost_with_a_decimal_comma_and_the_Danish_name()
    {
        IReadOnlyList<Participant> list = Csv.Participants("deltager_id;startdato;maanedlig_udgift\nP1;2026-03-02;\nP2;2026-03-04;15500,50\n").Value!;

        Assert.Null(list[0].MonthlyCost);
        Assert.Equal(15500.50m, list[1].MonthlyCost);
    }

    [Theory]
    [InlineData("-1", "'-1'")]
    [InlineData("15.500,00", "'15.500,00'")]
    [InlineData("abc", "'abc'")]
    public void A_negative_or_unreadable_monthly_cost_is_an_error_at_its_column(string cell, string echoed)
    {
        InputError error = Csv.FirstError(Csv.Participants($"participant_id;start;monthly_cost\nP1;2026-03-02;{cell}\n"));

        Assert.Equal($"participants.csv:2:3: monthly_cost: expected a decimal of at least 0, such as 15500 or 15500,50, found {echoed}", error.ToString());
    }

    [Fact]
    public void A_monthly_cost_under_a_contract_without_one_is_an_error_at_its_column()
    {
        var contract = new Contract("c", new ObservationWindow(WindowAnchor.Start, 4), [new EnrolmentTrigger("t")], [new FixedPayment("f", "t", 1m)], new Dictionary<string, BenefitClass>());

        ReadResult<IReadOnlyList<Participant>> result = ParticipantsCsv.Read(Csv.Utf8("participant_id,start,monthly_cost\nP1,2026-03-02,\nP2,2026-03-02,100\n"), "participants.csv", contract: contract);

        InputError error = Assert.Single(result.Errors);
        Assert.Equal("participants.csv:3:3: monthly_cost: a participant's monthly cost needs the contract's monthly_cost, for its base year and indexation; the contract has none", error.ToString());
    }

    [Fact]
    public void End_before_start_is_an_error_at_the_end_column()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;start;end\nP1;2024-02-01;2024-01-31\n"));
        Assert.Equal("participants.csv:2:3: end: the programme end 2024-01-31 is before its start 2024-02-01", error.ToString());
    }

    [Fact]
    public void End_on_the_start_day_is_allowed() =>
        Assert.Equal(new LocalDate(2024, 2, 1), Csv.Single("participant_id;start;end\nP1;2024-02-01;2024-02-01\n").End);

    [Fact]
    public void Duplicate_participant_is_an_error_naming_the_first_line()
    {
        InputError error = Csv.FirstError(Csv.Participants("participant_id;start\nP1;2024-01-01\nP2;2024-01-01\nP1;2024-01-02\n"));
        Assert.Equal("participants.csv:4:1: participant_id: duplicate participant 'P1', first on line 2", error.ToString());
    }

    [Fact]
    public void Rows_read_in_several_calls_of_the_row_loop_keep_their_lines_and_duplicates()
    {
        // More rows than one call of the row loop reads (CsvInput.RowsPerCall): a duplicate and a bad date after the first call.
        int n = (3 * CsvInput.RowsPerCall) + 7;
        var text = new StringBuilder("participant_id;start\n");
        for (int i = 0; i < n; i++)
        {
            text.Append(i == n - 1 ? "P5" : $"P{i}").Append(';').Append(i == CsvInput.RowsPerCall ? "2024-13-01" : "2024-01-01").Append('\n');
        }

        var result = Csv.Participants(text.ToString());

        Assert.Equal(
            [$"participants.csv:{CsvInput.RowsPerCall + 2}:2: start: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '2024-13-01'", $"participants.csv:{n + 1}:1: participant_id: duplicate participant 'P5', first on line 7"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Ids_compare_with_letter_case()
    {
        var result = Csv.Participants("participant_id;start\np1;2024-01-01\nP1;2024-01-01\n");
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("P 1")]
    [InlineData("P/1")]
    [InlineData("Pæ")]
    public void Id_outside_the_allowed_characters_is_an_error(string id)
    {
        InputError error = Csv.FirstError(Csv.Participants($"participant_id;start\n{id};2024-01-01\n"));
        Assert.Equal($"participants.csv:2:1: participant_id: expected an id of 1-64 characters A-Z a-z 0-9 _ - ., found '{id}'", error.ToString());
    }

    [Theory]
    [InlineData("-A1")]
    [InlineData("-1-1")]
    [InlineData("-")]
    public void Id_that_begins_with_a_hyphen_is_an_error_that_says_why(string id)
    {
        InputError error = Csv.FirstError(Csv.Participants($"participant_id;start\n{id};2024-01-01\n"));
        string expected = id.Length > 1
            ? "an id that does not begin with '-' (a spreadsheet would read it as a formula)"
            : "an id of 1-64 characters A-Z a-z 0-9 _ - .";
        Assert.Equal($"participants.csv:2:1: participant_id: expected {expected}, found '{id}'", error.ToString());
    }

    [Fact]
    public void Id_of_65_characters_is_an_error() =>
        Assert.Contains("expected an id", Csv.FirstError(Csv.Participants($"participant_id;start\n{new string('a', 65)};2024-01-01\n")).Message, StringComparison.Ordinal);

    [Fact]
    public void Id_of_64_characters_is_allowed() =>
        Assert.Equal(64, Csv.Single($"participant_id;start\n{new string('a', 64)};2024-01-01\n").Id.Value.Length);

    [Theory]
    [InlineData("0205871000")]
    [InlineData("020587-1000")]
    public void CPR_number_in_the_participant_id_column_is_refused_without_showing_it(string cpr)
    {
        InputError error = Csv.FirstError(Csv.Participants($"participant_id;start\n{cpr};2024-01-01\n"));
        Assert.Contains("looks like a CPR number", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("020587", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CPR_with_and_without_hyphen_gives_the_same_pseudonym()
    {
        ParticipantId a = Csv.Single("cpr;start\n020587-1000;2024-01-01\n", PublishedKey).Id;
        ParticipantId b = Csv.Single("cpr;start\n0205871000;2024-01-01\n", PublishedKey).Id;
        Assert.Equal(a, b);
    }

    [Fact]
    public void CPR_pseudonyms_match_the_published_case()
    {
        // public-2: participants.csv holds CPR numbers, expected-lines.csv their pseudonyms under its key.bin, paired here
        // by each participant's enrolment fee date (its start). The case was computed independently, so these three pairs
        // are a fixed vector of the pseudonym rule, inline so that a change to the case's files cannot move it.
        var result = Csv.Participants("cpr;start\n020587-1000;07-07-2024\n141177-1034;19-02-2024\n200171-1008;11-03-2024\n", PublishedKey);
        Assert.True(result.Succeeded);
        Assert.Equal(["741eef9af687deb4", "6b8fb60246253fbf", "c92a14439614093d"], result.Value!.Select(p => p.Id.Value));
    }

    [Fact]
    public void Published_case_participants_file_is_read_with_its_key()
    {
        string folder = FindConformance("public-2");
        byte[] key = File.ReadAllBytes(Path.Combine(folder, "key.bin"));
        using FileStream stream = File.OpenRead(Path.Combine(folder, "participants.csv"));
        var result = ParticipantsCsv.Read(stream, "participants.csv", new PseudonymKey(key));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(40, result.Value!.Count);
        string expected = File.ReadAllText(Path.Combine(folder, "expected-lines.csv"));
        Assert.Equal(40, result.Value.Select(p => p.Id).Distinct().Count());

        // Two participants start after as_of and have no line; every other pseudonym appears in the expected lines.
        Assert.Equal(38, result.Value.Count(p => expected.Contains(p.Id.Value + ",", StringComparison.Ordinal)));
    }

    [Fact]
    public void Duplicate_CPR_is_found_on_the_ten_digits_and_not_shown()
    {
        var result = Csv.Participants("cpr;start\n020587-1000;2024-01-01\n0205871000;2024-01-01\n", Csv.Key);
        InputError error = Csv.FirstError(result);
        Assert.Equal("participants.csv:3:1: cpr: duplicate participant: the same CPR number as on line 2", error.ToString());
    }

    [Fact]
    public void Cpr_column_without_a_key_is_one_error_at_the_header()
    {
        var result = Csv.Participants("start;cpr\n2024-01-01;0205871000\n2024-01-01;0101901234\n");
        InputError error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Contains("--pseudonym-key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3205871000")]
    [InlineData("0213871000")]
    [InlineData("02058710")]
    [InlineData("020587+1000")]
    [InlineData("02058710001")]
    [InlineData("020587-10a0")]
    [InlineData("")]
    public void Malformed_CPR_is_an_error_whose_message_holds_none_of_its_digits(string cpr)
    {
        InputError error = Csv.FirstError(Csv.Participants($"cpr;start\n{cpr};2024-01-01\n", Csv.Key));
        Assert.Equal(2, error.Line);
        Assert.Equal(1, error.Column);
        Assert.StartsWith("cpr: ", error.Message, StringComparison.Ordinal);
        Assert.False(error.Message.Any(char.IsAsciiDigit), error.Message);
    }

    internal static string FindConformance(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "conformance", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        string fixedPath = Path.Combine("/work/shared/conformance", name);
        Assert.True(Directory.Exists(fixedPath), $"conformance case {name} not found");
        return fixedPath;
    }
}
