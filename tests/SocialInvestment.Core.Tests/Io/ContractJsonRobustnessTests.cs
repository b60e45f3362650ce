using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// contract.json under hostile input: what the fuzz tests found (tests/SocialInvestment.Core.Tests/Io/Fuzz) and the limits
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

    [Fact]
    public void Escape_giving_half_a_surrogate_pair_in_a_value_is_an_error_at_the_value()
    {
        InputError error = Assert.Single(Errors(Minimal.Replace("\"minimal\"", "\"a\\uDC00b\"", StringComparison.Ordinal)));

        Assert.Equal("contract.json:2:11: name: not valid JSON text: a \\u escape gives half of a surrogate pair (\\uD800 to \\uDFFF) without the other half; write the character itself", error.ToString());
    }

    [Fact]
    public void Escape_giving_half_a_surrogate_pair_in_a_field_name_is_an_error_at_the_name()
    {
        InputError error = Assert.Single(Errors(Minimal.Replace("\"window\": { ", "\"window\": { \"\\uD800\": 1, ", StringComparison.Ordinal)));

        Assert.Equal("contract.json:3:15: window: not valid JSON text: a \\u escape gives half of a surrogate pair (\\uD800 to \\uDFFF) without the other half; write the character itself", error.ToString());
    }

    [Fact]
    public void Nesting_deeper_than_64_levels_is_an_error_at_the_first_level_too_deep()
    {
        // The top-level object is the first level, so 64 arrays in "name" make 65.
        string json = Minimal.Replace("\"minimal\"", new string('[', 64) + new string(']', 64), StringComparison.Ordinal);
        InputError error = Assert.Single(Errors(json));

        Assert.Equal(2, error.Line);
        Assert.Equal(74, error.Column);
        Assert.Equal("name" + string.Concat(Enumerable.Repeat("[0]", 32)) + "…: nested deeper than 64 levels of objects and arrays; a contract needs 3", error.Message);
    }

    [Fact]
    public void Nesting_64_levels_deep_is_read()
    {
        string json = Minimal.Replace("\"minimal\"", new string('[', 63) + new string(']', 63), StringComparison.Ordinal);

        Assert.Equal("contract.json:2:11: name: expected a string, found an array", Assert.Single(Errors(json)).ToString());
    }

    [Fact]
    public void Contract_file_larger_than_1_MiB_is_an_error_of_the_whole_file()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Minimal.PadRight(ContractJson.MaxBytes + 1));
        InputError error = Assert.Single(ContractJson.Read(new MemoryStream(bytes), FileName).Errors);

        Assert.Equal("contract.json: the file is larger than 1 MiB (1048576 bytes), the most a contract may be; a contract is a few kilobytes of JSON: is this the right file?", error.ToString());
    }

    [Fact]
    public void Contract_file_of_exactly_1_MiB_is_read()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Minimal.PadRight(ContractJson.MaxBytes));
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(bytes), FileName);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Minified_contract_of_a_megabyte_is_read_in_linear_time()
    {
        // Found by the fuzz tests: the column of each value was counted from the start of its line, so that a contract
        // on one line took time quadratic in its length (about 5 s for a megabyte; 80 s for 4 MB). Compared with a
        // quarter of the size rather than with a clock, so that a busy machine does not fail it: linear time makes the
        // megabyte about 4 times as slow as the quarter, quadratic time 16 times.
        byte[] quarter = MinifiedContract(ContractJson.MaxBytes / 4);
        byte[] whole = MinifiedContract(ContractJson.MaxBytes);

        TimeSpan small = FastestRead(quarter);
        TimeSpan large = FastestRead(whole);

        Assert.True(large < (small * 9) + TimeSpan.FromMilliseconds(200), $"a quarter took {small}, the whole {large}");
    }

    private static byte[] MinifiedContract(int bytes)
    {
        var json = new StringBuilder("{\"name\":\"minified\",\"window\":{\"weeks\":52},\"payments\":[],\"triggers\":[");
        for (int i = 0; json.Length < bytes - 100; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"id\":\"t").Append(i).Append("\",\"kind\":\"enrolment\"}");
        }

        json.Append("]}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static TimeSpan FastestRead(byte[] contract)
    {
        TimeSpan fastest = TimeSpan.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            ReadResult<Contract> result = ContractJson.Read(new MemoryStream(contract), FileName);
            watch.Stop();
            Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(3)));
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        return fastest;
    }

    private static IReadOnlyList<InputError> Errors(string json)
    {
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName);
        Assert.False(result.Succeeded);
        return result.Errors;
    }
}
