using System.Globalization;
using SocialInvestment.Io;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The ranges of contract.json's SPEC v1 fields (docs/contract-format.md), read on both sides of each bound: the bound
/// accepted, one step past it an error at the value.
/// </summary>
public sealed class ContractJsonRangeTests
{
    private static string ContractWith(string fields) => $$"""
        { "name": "x", "window": { "weeks": 52 }, {{fields}}
          "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
          "payments": [ { "id": "p", "kind": "fixed", "trigger": "job", "amount": 5 } ] }
        """;

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("0.75", 0.75)]
    public void Partial_max_support_is_read_from_0_to_1(string value, decimal expected) =>
        Assert.Equal(expected, ReadOk(ContractWith($"\"partial_max_support\": {value},")).PartialMaxSupport.Value);

    [Fact]
    public void Partial_max_support_is_a_half_where_it_is_left_out() =>
        Assert.Equal(0.5m, ReadOk(ContractWith(string.Empty)).PartialMaxSupport.Value);

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    public void Partial_max_support_outside_0_to_1_is_an_error_at_the_value(string value) =>
        AssertSingleError(ContractWith($"\"partial_max_support\": {value},"), value, $"partial_max_support: expected a number from 0 to 1, found {value}");

    [Theory]
    [InlineData("\"dKK\"")]
    [InlineData("\"DKk\"")]
    [InlineData("\"DK\"")]
    [InlineData("\"DKKK\"")]
    [InlineData("\"D1K\"")]
    public void A_currency_is_three_capital_letters(string value) =>
        AssertSingleError(
            ContractWith($"\"currency\": {value},"), value,
            $"currency: expected an ISO 4217 currency code of three capital letters, such as \"DKK\", found {value}");

    [Fact]
    public void A_currency_is_DKK_where_it_is_left_out_and_as_written_where_given()
    {
        Assert.Equal("DKK", ReadOk(ContractWith(string.Empty)).Currency);
        Assert.Equal("EUR", ReadOk(ContractWith("\"currency\": \"EUR\",")).Currency);
    }

    [Theory]
    [InlineData("\"total\": 0", "", "0.00")]
    [InlineData("\"per_participant\": 0", "0.00", "")]
    [InlineData("\"per_participant\": 0.01, \"total\": 1000000.99", "0.01", "1000000.99")]
    public void Caps_of_0_and_of_two_decimals_are_read(string caps, string perParticipant, string total)
    {
        Caps read = ReadOk(ContractWith($"\"caps\": {{ {caps} }},")).Caps!;

        Assert.Equal(
            (perParticipant, total),
            (read.PerParticipant?.Amount.ToString(CultureInfo.InvariantCulture) ?? string.Empty, read.Total?.Amount.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
    }

    [Theory]
    [InlineData("total", "-0.01")]
    [InlineData("per_participant", "0.001")]
    [InlineData("total", "-1")]
    public void A_cap_below_0_or_with_a_third_decimal_is_an_error_at_the_value(string cap, string value) =>
        AssertSingleError(
            ContractWith($"\"caps\": {{ \"{cap}\": {value} }},"), value,
            $"caps.{cap}: expected an amount of at least 0 with at most two decimals (leave the field out for no cap), found {value}");

    [Fact]
    public void An_unknown_field_of_caps_names_the_two_it_has() =>
        AssertSingleError(ContractWith("\"caps\": { \"overall\": 5 },"), "\"overall\"", "caps.overall: unknown field; caps has only per_participant, total");

    [Fact]
    public void An_unknown_field_of_monthly_cost_names_the_three_it_has() =>
        AssertSingleError(
            ContractWith("\"monthly_cost\": { \"amount\": 1, \"base_year\": 2024, \"year\": 2025 },"), "\"year\"",
            "monthly_cost.year: unknown field; monthly_cost has only amount, base_year, annual_indexation");

    [Fact]
    public void Benefits_that_are_not_an_object_are_an_error_at_the_value() =>
        AssertSingleError(ContractWith("\"benefits\": [ \"kontanthjaelp\" ],"), "[ \"k", "benefits: expected an object of benefit code to class, found an array");

    [Fact]
    public void A_completion_trigger_is_read()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "done", "kind": "completion" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "done", "amount": 5 } ] }
            """);

        Assert.Equal("done", Assert.IsType<CompletionTrigger>(Assert.Single(contract.Triggers)).Id);
    }

    [Fact]
    public void Without_a_window_a_triggers_weeks_are_bounded_by_the_longest_window_and_say_no_source()
    {
        const string json = """
            { "name": "x", "benefits": {}, "monthly_cost": { "amount": 1, "base_year": 2024 },
              "triggers": [ { "id": "s", "kind": "sustained", "weeks": 0, "level": "full" } ],
              "payments": [] }
            """;

        string[] messages = ContractJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), FileName).Errors.Select(e => e.Message).ToArray();

        Assert.Equal(["window: required field is missing", $"triggers[0].weeks: expected a whole number from 1 to {ObservationWindow.MaxWeeks}, found 0"], messages);
    }
}
