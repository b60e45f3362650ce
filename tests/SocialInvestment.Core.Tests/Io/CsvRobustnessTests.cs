using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The CSV readers under hostile input: what the fuzz tests found (tests/SocialInvestment.Core.Tests/Fuzz) and the limits
/// that protect memory. docs/input-formats.md and docs/quality.md list them.
/// </summary>
public class CsvRobustnessTests
{
    [Fact]
    public void Degree_with_more_than_eighteen_digits_is_read_exactly()
    {
        var result = Spells("participant_id;benefit;from;degree\nP1;su;2024-01-01;0.5000000000000000000000\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(0.5m, result.Value!.Items[0].Degree.Value);
    }

    [Fact]
    public void Degree_of_twenty_digits_is_an_error_not_an_overflow()
    {
        InputError error = Csv.FirstError(Spells("participant_id;benefit;from;degree\nP1;su;2024-01-01;99999999999999999999\n"));

        Assert.Equal("spells.csv:2:4: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '<digits hidden>'", error.ToString());
    }

    private static ReadResult<InputRows<BenefitSpell>> Spells(string text) =>
        SpellsCsv.Read(Csv.Utf8(text), "spells.csv", Csv.Contract(), Csv.Cohort("P1", "P2"));
}
