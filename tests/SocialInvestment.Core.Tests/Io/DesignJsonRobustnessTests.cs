using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// design.json's reader never throws on bad input, however odd: numbers at the edges of a decimal, values that look like
/// CPR numbers (masked in every message), and random mutations of a good design each give errors, not exceptions.
/// </summary>
public sealed class DesignJsonRobustnessTests
{
    private const string Good = """
        {
          "vary": [
            { "parameter": "payments.bonus.amount", "from": 30000, "to": 50000, "step": 5000 },
            { "parameter": "payments.shared.share", "values": [0.3, 0.4, 0.5] }
          ],
          "conditions": [ { "measure": "investor_irr_p50", "at_least": 0.08 } ]
        }
        """;

    private static readonly DesignTemplate Template = DesignJsonTests.ReadTemplate();

    [Theory]
    [InlineData("-79000000000000000000000000000", "79000000000000000000000000000", "1")]
    [InlineData("-79000000000000000000000000000", "79000000000000000000000000000", "0.5")]
    [InlineData("0", "79000000000000000000000000000", "0.0000000000000000000000000001")]
    [InlineData("0", "1", "1e-40")]
    [InlineData("1e40", "2e40", "1")]
    public void Ranges_at_the_edges_of_a_decimal_are_errors_not_exceptions(string from, string to, string step)
    {
        string json = $$"""{ "vary": [ { "parameter": "payments.bonus.amount", "from": {{from}}, "to": {{to}}, "step": {{step}} } ] }""";

        ReadResult<DesignSpace> result = Read(json);

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.StartsWith("design.json:1:", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_that_looks_like_a_cpr_number_is_masked_in_every_message()
    {
        string[] designs =
        [
            """{ "vary": [ { "parameter": "payments.fee.amount", "values": [1501901234, 1501901234] } ] }""",
            """{ "vary": [ { "parameter": "payments.shared.share", "values": [1501901234] } ] }""",
            """{ "vary": [ { "parameter": "payments.fee.amount", "from": 1501901234, "to": 1, "step": 1 } ] }""",
            """{ "vary": [ { "parameter": "payments.fee.amount", "from": 0, "to": 1501901234, "step": 3 } ] }""",
        ];

        foreach (string json in designs)
        {
            InputError error = Assert.Single(Read(json).Errors);
            Assert.DoesNotContain("1501901234", error.Message, StringComparison.Ordinal);
            Assert.Contains("**********", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_file_rules_of_contract_json_apply_and_speak_of_a_design()
    {
        string deep = "{ \"vary\": " + new string('[', 70) + new string(']', 70) + " }";
        string large = "{ \"vary\": [] }" + new string(' ', ContractJson.MaxBytes);

        Assert.EndsWith(": nested deeper than 64 levels of objects and arrays; a design needs 4", Assert.Single(Read(deep).Errors).Message, StringComparison.Ordinal);
        Assert.Equal(
            "design.json: the file is larger than 1 MiB (1048576 bytes), the most a design may be; a design is a few kilobytes of JSON: is this the right file?",
            Assert.Single(Read(large).Errors).ToString());
        const string Twice = """{ "vary": [ { "parameter": "payments.fee.amount", "parameter": "y", "values": [1] } ] }""";
        int column = Twice.IndexOf("\"parameter\": \"y\"", StringComparison.Ordinal) + 1;
        Assert.Equal(
            [FormattableString.Invariant($"design.json:1:{column}: vary[0].parameter: this field is given twice in one object; give it once")],
            Read(Twice).Errors.Select(e => e.ToString()));
    }

    [Property(MaxTest = 300)]
    public Property A_mutated_design_gives_a_design_or_errors_never_an_exception() => Prop.ForAll(
        Gen.Choose(0, Good.Length - 1).Zip(Gen.Elements(" ", "", "0", "-", ".", "[", "]", "{", "}", ",", "\"", "1e30", "null", "x")).ArrayOf().Where(a => a.Length is > 0 and < 4).ToArbitrary(),
        edits =>
        {
            var text = new StringBuilder(Good);
            foreach (var (at, insert) in edits.OrderByDescending(e => e.Item1))
            {
                text.Remove(at, 1).Insert(at, insert);
            }

            ReadResult<DesignSpace> result = Read(text.ToString());

            Assert.True(result.Succeeded == (result.Value is not null));
            Assert.All(result.Errors, e => Assert.Equal("design.json", e.File));
        });

    private static ReadResult<DesignSpace> Read(string json) =>
        DesignJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "design.json", Template);
}
