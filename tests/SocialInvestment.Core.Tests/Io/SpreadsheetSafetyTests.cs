using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// No text that a spreadsheet would run as a formula (beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return) reaches a CSV output: the readers refuse ids that begin with <c>-</c> (the id alphabet holds none of
/// the other characters), and every CSV writer refuses any other such text rather than write it or alter it.
/// </summary>
public sealed class SpreadsheetSafetyTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 30);

    [Property(MaxTest = 2000)]
    public Property No_valid_id_is_a_formula() =>
        Prop.ForAll(IdLike().ToArbitrary(), text => !ParticipantId.IsValid(text) || !SpreadsheetCells.IsFormula(text));

    [Property(MaxTest = 300)]
    public Property Whatever_ids_the_inputs_hold_either_they_are_refused_or_no_output_field_is_a_formula() =>
        Prop.ForAll(IdLike().ToArbitrary(), IdLike().ToArbitrary(), IdLike().ToArbitrary(), (participant, trigger, payment) =>
        {
            string json = $$"""
                { "name": "ids", "window": { "weeks": 4 },
                  "triggers": [ { "id": "{{trigger}}", "kind": "enrolment" } ],
                  "payments": [ { "id": "{{payment}}", "kind": "fixed", "trigger": "{{trigger}}", "amount": 100 } ] }
                """;
            ReadResult<Contract> contract = ContractJson.Read(Csv.Utf8(json), "contract.json");
            var participants = Csv.Participants($"participant_id,start\n\"{participant}\",2026-01-05\n");
            var ledger = LedgerCsv.Read(Csv.Utf8($"participant_id,payment,period,amount\n\"{participant}\",\"{payment}\",-,-1.50\n"), "ledger.csv");
            if (!contract.Succeeded || !participants.Succeeded || !ledger.Succeeded)
            {
                return true;
            }

            SettlementResult result = SocialInvestment.Settlement.Run(contract.Value!, participants.Value!, [], [], AsOf, ledger.Value);
            string lines = Written(stream => LinesCsv.Write(stream, result.Lines));
            string outcomes = Written(stream => OutcomesCsv.Write(stream, contract.Value!, result.Outcomes));
            return !SpreadsheetCells.Formulas(lines).Any() && !SpreadsheetCells.Formulas(outcomes).Any();
        });

    [Fact]
    public void No_field_of_any_sample_output_is_a_formula()
    {
        string[] outputs = Directory.GetFiles(RepositoryFolder.PathOf("samples"), "*.csv", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "expected")
            .ToArray();

        Assert.NotEmpty(outputs);
        Assert.All(outputs, file => Assert.Empty(SpreadsheetCells.Formulas(File.ReadAllText(file))));
    }

    [Fact]
    public void The_period_of_a_one_off_payment_and_negative_amounts_are_written_as_they_are()
    {
        SettlementResult result = Settle(new LineKey(ParticipantId.From("P1"), "fee", LineKey.NoPeriod));

        string lines = Written(stream => LinesCsv.Write(stream, result.Lines));

        Assert.Equal(LinesCsv.Header + "\nP1,fee,-,2026-01-05,100.00,100.00,0.00,250.00,-150.00\n", lines);
        Assert.Empty(SpreadsheetCells.Formulas(lines));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\")", "2026-01", "the payment of a line '=HYPERLINK(\"http://example.org\")' begins with '='")]
    [InlineData("+1", "2026-01", "the payment of a line '+1' begins with '+'")]
    [InlineData("fee", "@SUM(A1)", "the period of a line '@SUM(A1)' begins with '@'")]
    [InlineData("fee", "-1-1", "the period of a line '-1-1' begins with '-'")]
    [InlineData("\tfee", "2026-01", "the payment of a line ' fee' begins with a tab")]
    [InlineData("fee", "\r2026-01", "the period of a line ' 2026-01' begins with a carriage return")]
    public void A_ledger_key_built_in_code_that_would_begin_a_formula_is_not_written(string payment, string period, string message)
    {
        SettlementResult result = Settle(new LineKey(ParticipantId.From("P1"), payment, period));

        foreach (IEnumerable<SettlementLine> lines in new[] { result.Lines, result.Lines.ToList() })
        {
            using var stream = new MemoryStream();
            var error = Assert.Throws<ArgumentException>(() => LinesCsv.Write(stream, lines));
            Assert.StartsWith(message + ", so a spreadsheet would run it as a formula", error.Message, StringComparison.Ordinal);
        }

        using var table = new MemoryStream();
        Assert.Throws<ArgumentException>(() => LinesCsv.Write(table, result.Lines));
        Assert.Equal(0, table.Length);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+45 1234")]
    [InlineData("-2025")]
    [InlineData("@cohort")]
    [InlineData("\t2025")]
    public void Writing_a_cohort_or_a_benefit_code_that_would_begin_a_formula_throws(string text)
    {
        var participant = new Participant(ParticipantId.From("P1"), new LocalDate(2026, 1, 5), cohort: text);
        var spell = new BenefitSpell(ParticipantId.From("P1"), text, new LocalDate(2026, 1, 5));

        Assert.Throws<ArgumentException>(() => ParticipantsCsv.Write(new MemoryStream(), [participant]));
        Assert.Throws<ArgumentException>(() => SpellsCsv.Write(new MemoryStream(), [spell], InputDialect.DanishExport));
    }

    [Fact]
    public void A_cohort_of_a_lone_hyphen_is_written_as_it_is()
    {
        var participant = new Participant(ParticipantId.From("P1"), new LocalDate(2026, 1, 5), cohort: "-");

        Assert.Equal("participant_id,cohort,start,end,completed\nP1,-,2026-01-05,,true\n", Written(stream => ParticipantsCsv.Write(stream, [participant])));
    }

    /// <summary>
    /// Short texts of the id alphabet, a third of them beginning with a character that begins a formula (so that both
    /// refused and accepted inputs are common).
    /// </summary>
    private static Gen<string> IdLike() =>
        from first in Gen.Frequency((7, Gen.Elements("aZ0_.".ToCharArray())), (3, Gen.Elements("-=+@\t\r".ToCharArray())))
        from rest in Gen.ArrayOf(Gen.Elements("aZ09_.-".ToCharArray()))
        select first + new string(rest[..Math.Min(rest.Length, 6)]);

    private static SettlementResult Settle(LineKey paid)
    {
        var contract = new Contract(
            "fee",
            new ObservationWindow(WindowAnchor.Start, 4),
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 100m)]);
        Participant[] participants = [new Participant(ParticipantId.From("P1"), new LocalDate(2026, 1, 5))];
        return SocialInvestment.Settlement.Run(contract, participants, [], [], AsOf, new Ledger([new LedgerEntry(paid, Money.FromAmount(250m))]));
    }

    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
