using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// design.json (docs/design.md) read against a contract template: a good design gives its grid and conditions, and each
/// kind of bad input is one error at the JSON path and line and column of what is wrong, saying what would be right.
/// </summary>
public sealed class DesignJsonTests
{
    private const string FileName = "design.json";

    /// <summary>A template with a fee, a capped bonus, tiers, a share of savings and a per-participant cap.</summary>
    internal const string Template = """
        {
          "name": "design template",
          "benefits": { "kontanthjaelp": "support" },
          "monthly_cost": { "amount": 15000, "base_year": 2026 },
          "window": { "weeks": 104 },
          "triggers": [
            { "id": "enrolled", "kind": "enrolment" },
            { "id": "job13", "kind": "sustained", "weeks": 13, "level": "full" }
          ],
          "payments": [
            { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 10000 },
            { "id": "bonus", "kind": "fixed", "trigger": "job13", "amount": 40000, "cap": { "count": 30, "amount": 1000000 } },
            { "id": "tiered", "kind": "fixed", "trigger": "job13", "tiers": [ { "up_to": 10, "amount": 5000 }, { "amount": 2500 } ] },
            { "id": "shared", "kind": "share_of_savings", "gate": "job13", "share": 0.5, "deadweight": 0.1 }
          ],
          "caps": { "per_participant": 150000 }
        }
        """;

    internal static DesignTemplate ReadTemplate(string json = Template)
    {
        ReadResult<DesignTemplate> result = DesignTemplate.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "contract.json");
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return result.Value!;
    }

    [Fact]
    public void The_example_of_the_issue_reads_as_its_grid_and_conditions()
    {
        const string Json = """
            {
              "vary": [
                { "parameter": "payments.bonus.amount", "from": 30000, "to": 50000, "step": 5000 },
                { "parameter": "payments.shared.share", "values": [0.3, 0.4, 0.5] }
              ],
              "conditions": [
                { "measure": "payer_net_saving_positive_probability", "at_least": 0.95 },
                { "measure": "investor_irr_p50", "at_least": 0.08 },
                { "measure": "total_payments_p95", "at_most": 2000000 }
              ]
            }
            """;

        DesignSpace design = ReadOk(Json);

        Assert.Equal(["payments.bonus.amount", "payments.shared.share"], design.Grid.Parameters.Select(p => p.Name));
        Assert.Equal([30000m, 35000m, 40000m, 45000m, 50000m], design.Grid.Parameters[0].Values);
        Assert.Equal([0.3m, 0.4m, 0.5m], design.Grid.Parameters[1].Values);
        Assert.Equal(15, design.Grid.Count);
        Assert.Equal(
            [
                new DesignCondition(DesignMeasure.PayerNetSavingPositiveProbability, DesignBound.AtLeast, 0.95m),
                new DesignCondition(DesignMeasure.InvestorIrrP50, DesignBound.AtLeast, 0.08m),
                new DesignCondition(DesignMeasure.TotalPaymentsP95, DesignBound.AtMost, 2000000m),
            ],
            design.Conditions);
    }

    [Fact]
    public void Conditions_may_be_left_out_and_a_range_may_hold_one_value()
    {
        DesignSpace design = ReadOk("""{ "vary": [ { "parameter": "caps.per_participant", "from": 100000, "to": 100000, "step": 1 } ] }""");

        Assert.Empty(design.Conditions);
        Assert.Equal([100000m], Assert.Single(design.Grid.Parameters).Values);
    }

    [Fact]
    public void A_parameter_that_names_a_missing_number_of_a_payment_lists_that_payments_numbers()
    {
        const string Json = """
            { "vary": [ { "parameter": "payments.bonus.amout", "values": [1] } ] }
            """;

        AssertSingleError(
            Json,
            "\"payments.bonus.amout\"",
            "vary[0].parameter: \"payments.bonus.amout\" names no number of payment \"bonus\"; it has payments.bonus.amount, payments.bonus.cap.count, payments.bonus.cap.amount (a design varies only the numbers the template writes)");
    }

    [Fact]
    public void A_parameter_that_names_no_payment_lists_the_payments()
    {
        const string Json = """
            { "vary": [ { "parameter": "payments.bonsu.amount", "values": [1] } ] }
            """;

        AssertSingleError(Json, "\"payments.bonsu", "vary[0].parameter: \"payments.bonsu.amount\" names no payment of the template; its payments are fee, bonus, tiered, shared");
    }

    [Fact]
    public void A_cap_the_template_leaves_out_must_be_written_there_first()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "caps.total", "values": [1] } ] }""",
            "\"caps.total\"",
            "vary[0].parameter: \"caps.total\" names a cap the template leaves out; write it in the template to vary it (a design varies only the numbers the template writes)");
    }

    [Fact]
    public void A_parameter_that_names_nothing_lists_every_number_a_design_may_vary()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "window.weeks", "values": [52] } ] }""",
            "\"window.weeks\"",
            "vary[0].parameter: \"window.weeks\" names no number of the template that a design may vary; it has payments.fee.amount, payments.bonus.amount, payments.bonus.cap.count, payments.bonus.cap.amount, payments.tiered.tiers[0].amount, payments.tiered.tiers[1].amount, payments.shared.share, payments.shared.deadweight, caps.per_participant");
    }

    [Fact]
    public void A_step_that_does_not_divide_the_range_is_an_error_at_the_step()
    {
        const string Json = """
            {
              "vary": [
                { "parameter": "payments.shared.share", "from": 0, "to": 1, "step": 0.3 }
              ]
            }
            """;

        AssertSingleError(Json, "0.3", "vary[0].step: the step 0.3 does not divide the range from 0 to 1 (its length 1 is no whole number of steps); choose a step that does, or list the values");
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_an_error_at_to()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.bonus.amount", "from": 50000, "to": 30000, "step": 5000 } ] }""",
            "30000",
            "vary[0].to: the range ends before it starts: to 30000 is less than from 50000");
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-5000", "-5000")]
    public void A_step_of_zero_or_less_is_an_error_at_the_step(string step, string shown)
    {
        string json = "{ \"vary\": [ { \"parameter\": \"payments.bonus.amount\", \"from\": 30000, \"to\": 50000, \"step\": " + step + " } ] }";

        AssertSingleError(json, "\"step\": " + step, $"vary[0].step: expected a step greater than 0, found {shown}", markerOffset: "\"step\": ".Length);
    }

    [Fact]
    public void A_range_of_more_values_than_a_parameter_may_have_is_an_error_at_the_step()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.bonus.amount", "from": 0, "to": 100000, "step": 1 } ] }""",
            "1 }",
            "vary[0].step: the range from 0 to 100000 in steps of 1 has 100001 values, more than the 10000 a parameter may have");
    }

    [Fact]
    public void An_empty_list_of_values_is_an_empty_grid()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.shared.share", "values": [] } ] }""",
            "[] }",
            "vary[0].values: expected an array of values, at least one (an empty list leaves no candidate), found an empty array");
    }

    [Fact]
    public void Varying_nothing_is_an_empty_grid()
    {
        AssertSingleError("""{ "vary": [] }""", "[]", "vary: expected an array of the parameters to vary, at least one, found an empty array");
    }

    [Fact]
    public void A_parameter_varied_twice_is_an_error_at_the_second()
    {
        const string Json = """
            {
              "vary": [
                { "parameter": "payments.shared.share", "values": [0.3] },
                { "parameter": "payments.shared.share", "values": [0.4] }
              ]
            }
            """;

        AssertSingleError(
            Json,
            "\"payments.shared.share\", \"values\": [0.4]",
            "vary[1].parameter: \"payments.shared.share\" is varied twice (first at vary[0]); give each parameter once, with all its values");
    }

    [Fact]
    public void A_value_listed_twice_is_an_error_at_the_repetition_also_when_written_differently()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.shared.share", "values": [0.3, 0.4, 0.30] } ] }""",
            "0.30",
            "vary[0].values[2]: the value 0.30 is listed twice (first at vary[0].values[0]); list each value once");
    }

    [Fact]
    public void A_value_the_contract_refuses_is_reported_with_the_contracts_own_error()
    {
        const string Json = """
            { "vary": [ { "parameter": "payments.shared.share", "values": [0.5, 1.2] } ] }
            """;

        AssertSingleError(
            Json,
            "1.2",
            $"vary[0].values[1]: payments.shared.share = 1.2: the contract refuses it: contract.json:{InTemplate("\"share\": ", "0.5")}: payments[3].share: expected a number from 0 to 1, found 1.2");
    }

    [Fact]
    public void A_value_between_the_ends_of_a_range_that_the_contract_refuses_is_reported_at_the_step()
    {
        // Caps have at most two decimals, so 0.005 is refused; the range's ends are whole.
        AssertSingleError(
            """{ "vary": [ { "parameter": "caps.per_participant", "from": 0, "to": 0.01, "step": 0.005 } ] }""",
            "0.005",
            $"vary[0].step: caps.per_participant = 0.005: the contract refuses it: contract.json:{InTemplate("\"per_participant\": ", "150000")}: caps.per_participant: expected an amount of at least 0 with at most two decimals (leave the field out for no cap), found 0.005");
    }

    [Fact]
    public void A_whole_number_field_refuses_a_fraction()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.bonus.cap.count", "values": [10, 12.5] } ] }""",
            "12.5",
            $"vary[0].values[1]: payments.bonus.cap.count = 12.5: the contract refuses it: contract.json:{InTemplate("\"count\": ", "30")}: payments[1].cap.count: expected a whole number of at least 0, found 12.5");
    }

    [Fact]
    public void A_condition_on_an_unknown_measure_lists_the_known_ones()
    {
        const string Json = """
            {
              "vary": [ { "parameter": "payments.fee.amount", "values": [10000] } ],
              "conditions": [ { "measure": "investor_irr_median", "at_least": 0.08 } ]
            }
            """;

        AssertSingleError(
            Json,
            "\"investor_irr_median\"",
            "conditions[0].measure: unknown measure \"investor_irr_median\"; the measures are payer_net_saving_p5, payer_net_saving_p50, payer_net_saving_p95, payer_net_saving_mean, payer_net_saving_positive_probability, investor_irr_p5, investor_irr_p50, investor_irr_p95, investor_money_multiple_p5, investor_money_multiple_p50, investor_money_multiple_p95, total_payments_p5, total_payments_p50, total_payments_p95");
    }

    [Fact]
    public void A_probability_bound_outside_0_to_1_is_an_error_at_the_bound()
    {
        const string Json = """
            {
              "vary": [ { "parameter": "payments.fee.amount", "values": [10000] } ],
              "conditions": [ { "measure": "payer_net_saving_positive_probability", "at_least": 95 } ]
            }
            """;

        AssertSingleError(Json, "95 }", "conditions[0].at_least: expected a probability from 0 to 1, found 95");
    }

    [Fact]
    public void A_condition_has_one_bound()
    {
        const string Both = """
            {
              "vary": [ { "parameter": "payments.fee.amount", "values": [10000] } ],
              "conditions": [ { "measure": "investor_irr_p50", "at_least": 0.05, "at_most": 0.2 } ]
            }
            """;
        const string Neither = """
            {
              "vary": [ { "parameter": "payments.fee.amount", "values": [10000] } ],
              "conditions": [ { "measure": "investor_irr_p50" } ]
            }
            """;

        AssertSingleError(Both, "\"at_most\"", "conditions[0].at_most: a condition has one of at_least and at_most, not both (write two conditions for a band)");
        AssertSingleError(Neither, "{ \"measure\"", "conditions[0].at_least: required field is missing: a condition has at_least or at_most");
    }

    [Fact]
    public void A_parameter_has_values_or_a_range_not_both_and_not_neither()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.fee.amount", "values": [1], "from": 1, "to": 2, "step": 1 } ] }""",
            "\"from\"",
            "vary[0].from: a parameter has values, or from, to and step, not both values and from");
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.fee.amount" } ] }""",
            "{ \"parameter\"",
            "vary[0].values: required field is missing: a parameter has values, or from, to and step");
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.fee.amount", "from": 1, "to": 2 } ] }""",
            "{ \"parameter\"",
            "vary[0].step: required field is missing");
    }

    [Fact]
    public void Unknown_fields_and_syntax_are_refused_as_in_a_contract()
    {
        AssertSingleError(
            """{ "vary": [ { "parameter": "payments.fee.amount", "values": [1] } ], "seed": 1 }""",
            "\"seed\"",
            "seed: unknown field; design.json has only vary, conditions");
        AssertSingleError(
            "{ \"vary\": [ { \"parameter\": \"payments.fee.amount\", \"values\": [1], } ] }",
            "}",
            "not valid JSON: a trailing comma before the closing bracket is not allowed (strict JSON)",
            occurrence: 0);
    }

    [Fact]
    public void A_grid_of_more_candidates_than_a_long_can_count_is_an_error_at_vary()
    {
        string parameter(string name) => $$"""{ "parameter": "{{name}}", "from": 0, "to": 9999, "step": 1 }""";
        string json = "{ \"vary\": [ "
            + string.Join(", ", new[] { "payments.fee.amount", "payments.bonus.amount", "payments.bonus.cap.amount", "payments.tiered.tiers[0].amount", "payments.tiered.tiers[1].amount" }.Select(parameter))
            + " ] }";

        AssertSingleError(json, "[ {", "vary: the grid has more than 9223372036854775807 candidates (the product of the parameters' value counts); vary fewer parameters or fewer values");
    }

    [Fact]
    public void Every_error_is_collected_in_file_order()
    {
        const string Json = """
            {
              "vary": [
                { "parameter": "payments.nothing.amount", "values": [1] },
                { "parameter": "payments.bonus.amount", "from": 1, "to": 2, "step": 0.3 }
              ],
              "conditions": [ { "measure": "nothing", "at_least": 1 } ]
            }
            """;

        ReadResult<DesignSpace> result = Read(Json);

        Assert.Equal(
            [$"design.json:{At(Json, "\"payments.nothing")}", $"design.json:{At(Json, "0.3")}", $"design.json:{At(Json, "\"nothing\"")}"],
            result.Errors.Select(e => e.ToString()[..e.ToString().IndexOf(": ", StringComparison.Ordinal)]));
    }

    private static ReadResult<DesignSpace> Read(string json) =>
        DesignJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName, ReadTemplate());

    private static DesignSpace ReadOk(string json)
    {
        ReadResult<DesignSpace> result = Read(json);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return result.Value!;
    }

    /// <summary>The <c>line:column</c> of the first <paramref name="marker"/> in <paramref name="text"/>.</summary>
    private static string At(string text, string marker)
    {
        int offset = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"marker {marker} not in the text");
        int lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        int line = text[..offset].Count(c => c == '\n') + 1;
        return FormattableString.Invariant($"{line}:{offset - lineStart + 1}");
    }

    /// <summary>The <c>line:column</c> in <see cref="Template"/> of <paramref name="value"/>, written after <paramref name="field"/>.</summary>
    private static string InTemplate(string field, string value)
    {
        int offset = Template.IndexOf(field + value, StringComparison.Ordinal) + field.Length;
        int lineStart = Template.LastIndexOf('\n', offset - 1) + 1;
        int line = Template[..offset].Count(c => c == '\n') + 1;
        return FormattableString.Invariant($"{line}:{offset - lineStart + 1}");
    }

    /// <summary>Asserts exactly one error, <c>design.json:line:column: message</c>, at an occurrence of <paramref name="marker"/> (the last, unless told) moved on by <paramref name="markerOffset"/> characters.</summary>
    private static void AssertSingleError(string json, string marker, string message, int markerOffset = 0, int occurrence = -1)
    {
        ReadResult<DesignSpace> result = Read(json);
        Assert.False(result.Succeeded);
        InputError error = Assert.Single(result.Errors);
        int offset = occurrence < 0 ? json.LastIndexOf(marker, StringComparison.Ordinal) : json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"marker {marker} not in the JSON");
        offset += markerOffset;
        int lineStart = offset == 0 ? 0 : json.LastIndexOf('\n', offset - 1) + 1;
        int line = json[..offset].Count(c => c == '\n') + 1;
        Assert.Equal($"{FileName}:{line}:{offset - lineStart + 1}: {message}", error.ToString());
    }
}
