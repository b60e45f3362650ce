using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>Every header name that Danish exports use is accepted, with space, underscore and hyphen alike.</summary>
public class HeaderAliasTests
{
    [Theory]
    [InlineData("participant_id")]
    [InlineData("id")]
    [InlineData("deltager_id")]
    [InlineData("Deltager ID")]
    [InlineData("deltager-id")]
    public void Participant_id_aliases_are_accepted(string header) =>
        Assert.Equal("P1", Csv.Single($"{header};start\nP1;2024-01-01\n").Id.Value);

    [Theory]
    [InlineData("cpr")]
    [InlineData("CPR nummer")]
    [InlineData("cpr_nr")]
    [InlineData("cprnr")]
    [InlineData("CPR-nummer")]
    public void Cpr_aliases_are_accepted(string header) =>
        Assert.Equal(16, Csv.Single($"{header};start\n0101901234;2024-01-01\n", Csv.Key).Id.Value.Length);

    [Theory]
    [InlineData("cohort")]
    [InlineData("kohorte")]
    [InlineData("Hold")]
    public void Cohort_aliases_are_accepted(string header) =>
        Assert.Equal("A", Csv.Single($"id;{header};start\nP1;A;2024-01-01\n").Cohort);

    [Theory]
    [InlineData("start")]
    [InlineData("startdato")]
    [InlineData("Start dato")]
    [InlineData("start_dato")]
    public void Start_aliases_are_accepted(string header) =>
        Assert.Equal(new LocalDate(2024, 1, 1), Csv.Single($"id;{header}\nP1;2024-01-01\n").Start);

    [Theory]
    [InlineData("end")]
    [InlineData("slut")]
    [InlineData("slutdato")]
    [InlineData("slut_dato")]
    public void End_aliases_are_accepted(string header) =>
        Assert.Equal(new LocalDate(2024, 5, 1), Csv.Single($"id;start;{header}\nP1;2024-01-01;2024-05-01\n").End);

    [Theory]
    [InlineData("completed")]
    [InlineData("gennemført")]
    [InlineData("Gennemfoert")]
    public void Completed_aliases_are_accepted(string header) =>
        Assert.False(Csv.Single($"id;start;{header}\nP1;2024-01-01;nej\n").Completed);

    [Theory]
    [InlineData("benefit", "from", "to", "degree")]
    [InlineData("ydelse", "fra", "til", "grad")]
    [InlineData("ydelseskode", "fra_dato", "til_dato", "Grad")]
    [InlineData("Ydelse kode", "Ydelse startdato", "Ydelse slutdato", "degree")]
    public void Spell_aliases_are_accepted(string benefit, string from, string to, string degree)
    {
        var result = SpellsCsv.Read(
            Csv.Utf8($"id;{benefit};{from};{to};{degree}\nP1;su;2024-01-01;2024-02-01;0,5\n"), "spells.csv", Csv.Contract(), Csv.Cohort("P1"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        BenefitSpell spell = Assert.Single(result.Value!.Items);
        Assert.Equal("su", spell.BenefitCode);
        Assert.Equal(new LocalDate(2024, 2, 1), spell.To);
        Assert.Equal(0.5m, spell.Degree?.Value);
    }

    [Theory]
    [InlineData("outcome", "date", "evidence")]
    [InlineData("resultat", "dato", "dokumentation")]
    public void Event_aliases_are_accepted(string outcome, string date, string evidence)
    {
        var result = EventsCsv.Read(Csv.Utf8($"deltager_id;{outcome};{date};{evidence}\nP1;job;01.02.2024;sag 17\n"), "events.csv", Csv.Cohort("P1"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        OutcomeEvent e = Assert.Single(result.Value!.Items);
        Assert.Equal("sag 17", e.Evidence);
    }

    [Theory]
    [InlineData("payment", "period", "amount")]
    [InlineData("betaling", "periode", "beløb")]
    [InlineData("Betaling", "Periode", "beloeb")]
    public void Ledger_aliases_are_accepted(string payment, string period, string amount)
    {
        var result = LedgerCsv.Read(Csv.Utf8($"id;{payment};{period};{amount}\nP1;fee;-;100,50\n"), "ledger.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(100.50m, result.Value!.PaidBefore(new LineKey(ParticipantId.From("P1"), "fee", "-")).Amount);
    }
}
