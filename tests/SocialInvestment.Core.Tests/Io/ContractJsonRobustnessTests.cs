using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// contract.json under hostile input: what the fuzz tests found (tests/SocialInvestment.Core.Tests/Fuzz) and the limits
/// that protect memory. docs/contract-format.md and docs/quality.md list them.
/// </summary>
public class ContractJsonRobustnessTests
{
    private const string FileName = "contract.json";

    private const string Minimal = """
        {
          "name": "minimal",
          "window": { "weeks": 52 },
          "triggers": [ { "id": "enrolled", "kind": "enrolment" } ],
          "payments": [ { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 100 } ]
        }
        """;

    [Fact]
    public void Unknown_field_with_a_very_long_name_is_named_cut_short()
    {
        string name = new('x', 50_000);
        InputError error = Assert.Single(Errors(Minimal.Replace("\"name\"", $"\"{name}\": 1, \"name\"", StringComparison.Ordinal)));

        Assert.StartsWith($"[\"{new string('x', 60)}…\"]: unknown field;", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 300, error.Message);
    }

    [Fact]
    public void Field_name_that_looks_like_a_CPR_number_is_masked_in_the_path()
    {
        InputError error = Assert.Single(Errors(Minimal.Replace("\"name\"", "\"010190-1234\": 1, \"name\"", StringComparison.Ordinal)));

        Assert.StartsWith("[\"**********\"]: unknown field;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CPR_number_where_a_long_value_is_cut_shows_none_of_its_digits()
    {
        // The CPR number straddles the 60th character, where the value shown is cut.
        string currency = new string('x', 55) + "0101901234";
        InputError error = Assert.Single(Errors(Minimal.Replace("\"name\"", $"\"currency\": \"{currency}\", \"name\"", StringComparison.Ordinal)));

        Assert.DoesNotContain("01019", error.Message, StringComparison.Ordinal);
        Assert.Contains("x*****…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_literal_is_shown_cut_short_on_one_line()
    {
        // The JSON reader quotes everything from the bad literal to the end of the file.
        string json = "{ \"name\": nope,\n" + string.Concat(Enumerable.Repeat("  \"x\": 1,\n", 1000)) + "}";
        InputError error = Assert.Single(Errors(json));

        Assert.Equal("contract.json:1:12: not valid JSON: 'nope,   \"x\": 1,   \"x\": 1,   \"x\": 1,   \"x...' is an invalid JSON literal. Expected the literal 'null'.", error.ToString());
    }

    [Fact]
    public void Invalid_literal_holding_a_CPR_number_shows_none_of_its_digits()
    {
        InputError error = Assert.Single(Errors("{ \"name\": n0101901234 }"));

        Assert.Equal("contract.json:1:12: not valid JSON: 'n<digits hidden> }' is an invalid JSON literal. Expected the literal 'null'.", error.ToString());
    }

    private static IReadOnlyList<InputError> Errors(string json)
    {
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName);
        Assert.False(result.Succeeded);
        return result.Errors;
    }
}
