using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

public class SpellsCsvTests
{
    private static ReadResult<InputRows<BenefitSpell>> Read(string text, IReadOnlySet<ParticipantId>? cohort = null, Contract? contract = null, PseudonymKey? key = null) =>
        SpellsCsv.Read(Csv.Utf8(text), "spells.csv", contract ?? Csv.Contract(), cohort ?? Csv.Cohort("P1"), key);

    [Fact]
    public void Spells_of_the_cohort_are_read_with_open_end_and_default_degree()
    {
        var result = Read("participant_id;benefit;from;to;degree\nP1;kontanthjaelp;2024-01-01;;\nP1;su;01-02-2024;29.02.2024;0.25\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Value!.Items.Count);
        Assert.Null(result.Value.Items[0].To);
        Assert.Equal(Degree.Full, result.Value.Items[0].Degree);
        Assert.Equal(new LocalDate(2024, 2, 29), result.Value.Items[1].To);
        Assert.Equal(0.25m, result.Value.Items[1].Degree?.Value);
        Assert.Equal(0, result.Value.SkippedRows);
    }

    [Theory]
    [InlineData("0,5", 0.5)]
    [InlineData("0.5", 0.5)]
    [InlineData("1", 1)]
    [InlineData("1,0", 1)]
    [InlineData("0,001", 0.001)]
    public void Degree_takes_a_decimal_point_or_a_decimal_comma(string text, double expected)
    {
        var result = Read($"participant_id;benefit;from;degree\nP1;su;2024-01-01;\"{text}\"\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((decimal)expected, result.Value!.Items[0].Degree?.Value);
    }

    [Theory]
    [InlineData("0.2147483648", "0.2147483648")]
    [InlineData("0,999999999999999999", "0.999999999999999999")]
    [InlineData("0.1234567890123456789012", "0.1234567890123456789012")]
    [InlineData("0.4294967296000", "0.4294967296000")]
    public void Degree_with_many_digits_is_read_exactly(string text, string expected)
    {
        // Mantissas past 31, 32 and 64 bits: the byte fast path must neither overflow nor misread them.
        var result = Read($"participant_id;benefit;from;degree\nP1;su;2024-01-01;{text}\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value!.Items[0].Degree?.Value);
    }

    [Fact]
    public void Degree_with_more_digits_than_a_decimal_holds_is_an_error_not_a_crash()
    {
        InputError error = Csv.FirstError(Read("participant_id;benefit;from;degree\nP1;su;2024-01-01;12345678901234567890123456789012\n"));
        Assert.Equal("spells.csv:2:4: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '<digits hidden>'", error.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1,5")]
    [InlineData("-0,5")]
    [InlineData("1e-1")]
    [InlineData("1.000,5")]
    [InlineData(",5")]
    [InlineData("halv")]
    public void Degree_outside_0_to_1_or_not_a_number_is_an_error(string text)
    {
        InputError error = Csv.FirstError(Read($"participant_id;benefit;from;degree\nP1;su;2024-01-01;{text}\n"));
        Assert.Equal($"spells.csv:2:4: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '{text}'", error.ToString());
    }

    [Fact]
    public void To_before_from_is_an_error_at_the_to_column()
    {
        InputError error = Csv.FirstError(Read("participant_id;benefit;from;to\nP1;su;2024-02-01;2024-01-31\n"));
        Assert.Equal("spells.csv:2:4: to: the spell's last day 2024-01-31 is before its first day 2024-02-01 (from)", error.ToString());
    }

    [Fact]
    public void Unparseable_from_is_an_error_with_file_line_and_column()
    {
        InputError error = Csv.FirstError(Read("participant_id;benefit;to;from\nP1;su;;2024-13-01\n"));
        Assert.Equal("spells.csv:2:4: from: expected a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '2024-13-01'", error.ToString());
    }

    [Fact]
    public void Unmapped_benefit_code_of_a_cohort_member_is_an_error_naming_the_code()
    {
        InputError error = Csv.FirstError(Read("participant_id;benefit;from\nP1;Kontanthjaelp;2024-01-01\n"));
        // Matching is exact: the contract's kontanthjaelp does not map Kontanthjaelp, and the message says which it meant.
        Assert.Equal("spells.csv:2:2: benefit: the benefit code 'Kontanthjaelp' is not mapped by the contract's benefits: did you mean 'kontanthjaelp'? (codes are matched exactly: map this spelling there too, or set unknown_benefits)", error.ToString());
    }

    [Fact]
    public void Unmapped_benefit_code_is_read_where_the_contract_maps_unknown_benefits()
    {
        var result = Read("participant_id;benefit;from\nP1;ledighedsydelse;2024-01-01\n", contract: Csv.Contract(BenefitClass.Support));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Rows_outside_the_cohort_are_skipped_and_counted_and_their_codes_need_no_mapping()
    {
        var result = Read("participant_id;benefit;from\nP1;su;2024-01-01\nX9;whatever;2024-01-01\nX8;su;2024-01-01\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Single(result.Value!.Items);
        Assert.Equal(2, result.Value.SkippedRows);
        Assert.Equal(3, result.Value.TotalRows);
    }

    [Fact]
    public void Rows_outside_the_cohort_still_have_their_form_checked()
    {
        var result = Read("participant_id;benefit;from;to;degree\nX9;su;2024-01-01;2023-01-01;2\nX 8;su;2024-01-01;;\n");
        Assert.Equal([(2, 4), (2, 5), (3, 1)], result.Errors.Select(e => (e.Line, e.Column)).Order());
    }

    [Fact]
    public void Spells_may_name_people_by_CPR_with_the_key()
    {
        ParticipantId id = Csv.Single("cpr;start\n0101901234;2024-01-01\n", Csv.Key).Id;
        var result = Read("cpr;benefit;from\n010190-1234;su;2024-01-01\n1501851234;su;2024-01-01\n", Csv.Cohort(id.Value), key: Csv.Key);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(id, Assert.Single(result.Value!.Items).ParticipantId);
        Assert.Equal(1, result.Value.SkippedRows);
    }

    [Fact]
    public void Empty_benefit_is_an_error()
    {
        InputError error = Csv.FirstError(Read("participant_id;benefit;from\nP1;;2024-01-01\n"));
        Assert.Equal("spells.csv:2:2: benefit: expected a benefit code, found nothing", error.ToString());
    }

    [Fact]
    public void Published_case_spells_file_is_read()
    {
        string folder = ParticipantsCsvTests.FindConformance("public-2");
        var key = new PseudonymKey(File.ReadAllBytes(Path.Combine(folder, "key.bin")));
        using FileStream people = File.OpenRead(Path.Combine(folder, "participants.csv"));
        var cohort = ParticipantsCsv.Read(people, "participants.csv", key).GetValueOrThrow().Select(p => p.Id).ToHashSet();
        var contract = new Contract(
            "public-2",
            new ObservationWindow(WindowAnchor.Start, 104),
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 1m)],
            unknownBenefits: BenefitClass.Support);
        using FileStream spells = File.OpenRead(Path.Combine(folder, "spells.csv"));
        var result = SpellsCsv.Read(spells, "spells.csv", contract, cohort, key);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.NotEmpty(result.Value!.Items);
    }

    [Fact]
    public void A_row_with_an_empty_degree_cell_gets_the_code_s_degree_and_a_row_with_one_keeps_its_own()
    {
        // The contract gives kontanthjaelp 0.5 (SPEC-DK DK2); su has no degree of its code, so an empty cell is 1.
        var result = Read(
            "participant_id;benefit;from;degree\nP1;kontanthjaelp;2024-01-01;\nP1;kontanthjaelp;2024-02-01;1\nP1;kontanthjaelp;2024-03-01;0,25\nP1;su;2024-04-01;\n",
            contract: KontanthjaelpAtHalf());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([0.5m, 1m, 0.25m, 1m], result.Value!.Items.Select(s => s.Degree?.Value));
    }

    [Fact]
    public void Rows_of_a_file_without_a_degree_column_get_the_code_s_degree()
    {
        var result = Read("participant_id;benefit;from\nP1;kontanthjaelp;2024-01-01\nP1;su;2024-04-01\n", contract: KontanthjaelpAtHalf());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([0.5m, 1m], result.Value!.Items.Select(s => s.Degree?.Value));
    }

    [Fact]
    public void A_row_with_a_degree_of_its_own_keeps_it_whatever_the_code_s_degree()
    {
        var result = Read("participant_id;benefit;from;degree\nP1;kontanthjaelp;2024-01-01;0,75\n", contract: KontanthjaelpAtHalf());

        Assert.Equal(0.75m, result.Value!.Items.Single().Degree?.Value);
    }

    [Fact]
    public void A_spell_without_a_degree_is_written_with_an_empty_degree_cell_and_read_back_at_the_code_s_degree()
    {
        var stream = new MemoryStream();
        SpellsCsv.Write(stream, [new BenefitSpell(ParticipantId.From("P1"), "kontanthjaelp", new LocalDate(2024, 1, 1)), new BenefitSpell(ParticipantId.From("P1"), "kontanthjaelp", new LocalDate(2024, 2, 1), degree: Degree.FromDecimal(0.25m))]);
        string text = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        Assert.Equal("participant_id,benefit,from,to,degree\nP1,kontanthjaelp,2024-01-01,,\nP1,kontanthjaelp,2024-02-01,,0.25\n", text.ReplaceLineEndings("\n"));
        var result = SpellsCsv.Read(new MemoryStream(stream.ToArray()), "spells.csv", KontanthjaelpAtHalf(), Csv.Cohort("P1"));
        Assert.Equal([0.5m, 0.25m], result.Value!.Items.Select(s => s.Degree?.Value));
    }

    private static Contract KontanthjaelpAtHalf() => new(
        "test",
        new ObservationWindow(WindowAnchor.Start, 104),
        [new EnrolmentTrigger("enrolled")],
        [new FixedPayment("fee", "enrolled", 100m)],
        benefits: new Dictionary<string, BenefitClass> { ["kontanthjaelp"] = BenefitClass.Support, ["su"] = BenefitClass.Education })
    {
        BenefitDegrees = new Dictionary<string, Degree> { ["kontanthjaelp"] = Degree.FromDecimal(0.5m) },
    };
}
