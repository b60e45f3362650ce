using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// SPEC-DK DK3 in contract.json: <c>{ "id": "job25", "kind": "employment", "months": 6, "min_rate": 0.25 }</c>, months a
/// whole number from 1 to 1200, min_rate greater than 0 and at most 1; each error at the value, saying what was expected.
/// </summary>
public sealed class ContractJsonEmploymentTests
{
    private static string WithTrigger(string fields) => $$"""
        { "name": "x", "window": { "weeks": 52 },
          "triggers": [ { "id": "job25", "kind": "employment"{{fields}} } ],
          "payments": [ { "id": "bonus", "kind": "fixed", "trigger": "job25", "amount": 25000 } ] }
        """;

    [Fact]
    public void An_employment_trigger_is_read_with_its_months_and_least_rate_and_needs_no_spells()
    {
        Contract contract = ReadOk(WithTrigger(""", "months": 6, "min_rate": 0.25, "baseline_rate": 0.1"""));

        EmploymentTrigger trigger = Assert.IsType<EmploymentTrigger>(Assert.Single(contract.Triggers));
        Assert.Equal("job25", trigger.Id);
        Assert.Equal(6, trigger.Months);
        Assert.Equal(0.25m, trigger.MinRate);
        Assert.Equal(0.1m, trigger.BaselineRate?.Value);
        Assert.Same(trigger, contract.EmploymentRatesTrigger);
        Assert.False(contract.NeedsSpells);
    }

    [Fact]
    public void An_employment_trigger_may_come_after_a_prerequisite()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "hired", "kind": "event", "outcome": "job_start" },
                            { "id": "job25", "kind": "employment", "months": 1, "min_rate": 1, "after": "hired" } ],
              "payments": [] }
            """);

        Assert.Equal("hired", contract.Triggers[1].After);
    }

    [Theory]
    [InlineData("0", "triggers[0].months: expected a whole number from 1 to 1200, found 0")]
    [InlineData("1201", "triggers[0].months: expected a whole number from 1 to 1200, found 1201")]
    [InlineData("6.5", "triggers[0].months: expected a whole number from 1 to 1200, found 6.5")]
    [InlineData("\"6\"", "triggers[0].months: expected a whole number from 1 to 1200, found \"6\"")]
    public void Months_are_a_whole_number_from_1_to_1200(string months, string message) =>
        AssertSingleError(WithTrigger($$""", "months": {{months}}, "min_rate": 0.25"""), $"{months}, \"min_rate\"", message);

    [Theory]
    [InlineData("0")]
    [InlineData("-0.25")]
    [InlineData("1.5")]
    [InlineData("1.0000001")]
    public void The_least_rate_is_greater_than_0_and_at_most_1(string minRate) =>
        AssertSingleError(
            WithTrigger($$""", "months": 6, "min_rate": {{minRate}}"""),
            $"{minRate} }}",
            $"triggers[0].min_rate: expected a rate greater than 0 and at most 1 (0.25 for 25 %), found {minRate}");

    [Theory]
    [InlineData("0.0001")]
    [InlineData("1")]
    public void The_least_rate_may_be_1_or_just_above_0(string minRate) =>
        Assert.Equal(decimal.Parse(minRate, System.Globalization.CultureInfo.InvariantCulture), ((EmploymentTrigger)ReadOk(WithTrigger($$""", "months": 6, "min_rate": {{minRate}}""")).Triggers[0]).MinRate);

    [Theory]
    [InlineData(""", "min_rate": 0.25""", "triggers[0].months: required field is missing")]
    [InlineData(""", "months": 6""", "triggers[0].min_rate: required field is missing")]
    public void Months_and_the_least_rate_are_required(string fields, string message) =>
        AssertSingleError(WithTrigger(fields), "{ \"id\": \"job25\"", message);

    [Fact]
    public void A_field_of_another_kind_is_refused()
    {
        AssertSingleError(
            WithTrigger(""", "months": 6, "min_rate": 0.25, "weeks": 26"""),
            "\"weeks\": 26",
            "triggers[0].weeks: unknown field; an employment trigger has only id, kind, months, min_rate, after, baseline_rate");
    }
}
