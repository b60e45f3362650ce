using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

public partial class ContractJsonTests
{
    private const string FileName = "contract.json";

    /// <summary>The example of SPEC §2, as it stands there.</summary>
    private const string SpecExample = """
        {
          "name": "Kvinder i Job — example municipality",
          "currency": "DKK",
          "programme_weeks": 20,
          "benefits": { "kontanthjaelp": "support", "integrationsydelse": "support",
                        "sygedagpenge": "support", "su": "education", "boligstoette": "ignore" },
          "monthly_cost": { "amount": 15000, "base_year": 2026, "annual_indexation": 0.02 },
          "window": { "from": "start", "weeks": 104 },
          "partial_max_support": 0.5,
          "triggers": [
            { "id": "enrolled",  "kind": "enrolment" },
            { "id": "completed", "kind": "completion" },
            { "id": "job13",     "kind": "sustained", "weeks": 13, "level": "full" },
            { "id": "self26",    "kind": "count", "weeks": 26, "level": "full_or_partial",
              "exclude_education": true },
            { "id": "edu",       "kind": "education", "weeks": 4 }
          ],
          "payments": [
            { "id": "fee",    "kind": "fixed", "trigger": "enrolled", "amount": 10000 },
            { "id": "bonus",  "kind": "fixed", "trigger": "job13", "amount": 40000 },
            { "id": "shared", "kind": "share_of_savings", "gate": "job13",
              "share": 0.5, "deadweight": 0.1 }
          ],
          "caps": { "per_participant": 150000, "total": 5000000 }
        }
        """;

    /// <summary>The least a contract must say: a name, a window's weeks, triggers and payments.</summary>
    private const string Minimal = """
        {
          "name": "minimal",
          "window": { "weeks": 52 },
          "triggers": [ { "id": "enrolled", "kind": "enrolment" } ],
          "payments": [ { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 100 } ]
        }
        """;

    [Fact]
    public void Spec_example_contract_reads_with_its_values()
    {
        Contract contract = ReadOk(SpecExample);

        Assert.Equal("Kvinder i Job — example municipality", contract.Name);
        Assert.Equal("DKK", contract.Currency);
        Assert.Equal(20, contract.ProgrammeWeeks);
        Assert.Equal(5, contract.Benefits.Count);
        Assert.Equal(BenefitClass.Support, contract.Benefits["kontanthjaelp"]);
        Assert.Equal(BenefitClass.Education, contract.Benefits["su"]);
        Assert.Equal(BenefitClass.Ignore, contract.Benefits["boligstoette"]);
        Assert.Null(contract.UnknownBenefits);
        Assert.NotNull(contract.MonthlyCost);
        Assert.Equal(15000m, contract.MonthlyCost.Amount);
        Assert.Equal(2026, contract.MonthlyCost.BaseYear);
        Assert.Equal(0.02m, contract.MonthlyCost.AnnualIndexation);
        Assert.Equal(WindowAnchor.Start, contract.Window.From);
        Assert.Equal(104, contract.Window.Weeks);
        Assert.Equal(0.5m, contract.PartialMaxSupport.Value);

        Assert.Equal(["enrolled", "completed", "job13", "self26", "edu"], contract.Triggers.Select(t => t.Id));
        Assert.IsType<EnrolmentTrigger>(contract.Triggers[0]);
        Assert.IsType<CompletionTrigger>(contract.Triggers[1]);
        var job13 = Assert.IsType<SustainedTrigger>(contract.Triggers[2]);
        Assert.Equal((13, SelfSupport.Full, false), (job13.Weeks, job13.Level, job13.ExcludeEducation));
        var self26 = Assert.IsType<CountTrigger>(contract.Triggers[3]);
        Assert.Equal((26, SelfSupport.Partial, true), (self26.Weeks, self26.Level, self26.ExcludeEducation));
        Assert.Equal(4, Assert.IsType<EducationTrigger>(contract.Triggers[4]).Weeks);

        Assert.Equal(["fee", "bonus", "shared"], contract.Payments.Select(p => p.Id));
        var fee = Assert.IsType<FixedPayment>(contract.Payments[0]);
        Assert.Equal(("enrolled", 10000m), (fee.Trigger, fee.Amount));
        var bonus = Assert.IsType<FixedPayment>(contract.Payments[1]);
        Assert.Equal(("job13", 40000m), (bonus.Trigger, bonus.Amount));
        var shared = Assert.IsType<ShareOfSavingsPayment>(contract.Payments[2]);
        Assert.Equal(("job13", 0.5m, 0.1m), (shared.Gate, shared.Share.Value, shared.Deadweight));

        Assert.Equal(Money.FromAmount(150000m), contract.Caps.PerParticipant);
        Assert.Equal(Money.FromAmount(5000000m), contract.Caps.Total);
        Assert.True(contract.NeedsSpells);
    }

    [Fact]
    public void Optional_fields_take_the_spec_defaults_where_absent()
    {
        Contract contract = ReadOk("""
            {
              "name": "defaults",
              "benefits": {},
              "monthly_cost": { "amount": 20000, "base_year": 2025 },
              "window": { "weeks": 52 },
              "triggers": [
                { "id": "self", "kind": "count", "weeks": 4, "level": "full" },
                { "id": "edu", "kind": "education" }
              ],
              "payments": [ { "id": "shared", "kind": "share_of_savings", "gate": "self", "share": 1 } ]
            }
            """);

        Assert.Equal("DKK", contract.Currency);
        Assert.Equal(20, contract.ProgrammeWeeks);
        Assert.Equal(0m, contract.MonthlyCost!.AnnualIndexation);
        Assert.Equal(WindowAnchor.Start, contract.Window.From);
        Assert.Equal(0.5m, contract.PartialMaxSupport.Value);
        Assert.Null(contract.UnknownBenefits);
        Assert.False(Assert.IsType<CountTrigger>(contract.Triggers[0]).ExcludeEducation);
        Assert.Equal(1, Assert.IsType<EducationTrigger>(contract.Triggers[1]).Weeks);
        Assert.Equal(0m, Assert.IsType<ShareOfSavingsPayment>(contract.Payments[0]).Deadweight);
        Assert.Null(contract.Caps.PerParticipant);
        Assert.Null(contract.Caps.Total);
    }

    [Fact]
    public void Benefits_monthly_cost_and_caps_may_be_left_out_where_no_spells_are_needed()
    {
        Contract contract = ReadOk(Minimal);

        Assert.Empty(contract.Benefits);
        Assert.Null(contract.MonthlyCost);
        Assert.Same(Caps.None, contract.Caps);
        Assert.False(contract.NeedsSpells);
    }

    [Fact]
    public void Each_cap_may_be_given_alone()
    {
        Contract contract = ReadOk(Minimal.Replace("\"payments\"", "\"caps\": { \"total\": 1000.5 },\n  \"payments\""));

        Assert.Null(contract.Caps.PerParticipant);
        Assert.Equal(Money.FromAmount(1000.50m), contract.Caps.Total);
    }

    [Theory]
    [InlineData("public-1")]
    [InlineData("care-leavers-reboot-west")]
    public void Shared_contracts_read(string folder)
    {
        using FileStream stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "contracts", folder, "contract.json"));

        ReadResult<Contract> result = ContractJson.Read(stream, "contract.json");

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Value);
    }

    [Fact]
    public void Conformance_contract_public_1_reads_with_its_values()
    {
        using FileStream stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "contracts", "public-1", "contract.json"));

        Contract contract = ContractJson.Read(stream, "contract.json").GetValueOrThrow();

        Assert.Equal(24, contract.ProgrammeWeeks);
        Assert.Equal((WindowAnchor.End, 78), (contract.Window.From, contract.Window.Weeks));
        Assert.Equal(0.031m, contract.MonthlyCost!.AnnualIndexation);
        Assert.Equal(8, Assert.IsType<SustainedTrigger>(contract.TriggersById["job13"]).Weeks);
        Assert.Equal(0.4m, Assert.IsType<ShareOfSavingsPayment>(contract.Payments[3]).Share.Value);
        Assert.Equal(Money.FromAmount(200000m), contract.Caps.PerParticipant);
    }

    [Fact]
    public void Published_rate_card_reads_in_its_own_currency_without_benefits()
    {
        using FileStream stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "contracts", "care-leavers-reboot-west", "contract.json"));

        Contract contract = ContractJson.Read(stream, "contract.json").GetValueOrThrow();

        Assert.Equal("GBP", contract.Currency);
        Assert.Equal(23, contract.Triggers.Count);
        Assert.All(contract.Triggers, t => Assert.IsType<EventTrigger>(t));
        Assert.Equal("earns_8155", ((EventTrigger)contract.TriggersById["m23"]).Outcome);
        Assert.Equal(4730m, ((FixedPayment)contract.Payments[9]).Amount);
        Assert.False(contract.NeedsSpells);
    }

    [Fact]
    public void Full_example_in_the_format_docs_reads()
    {
        string docs = File.ReadAllText(FindUp(Path.Combine("docs", "contract-format.md")));
        int start = docs.IndexOf("```json", docs.IndexOf("### A full example", StringComparison.Ordinal), StringComparison.Ordinal) + "```json".Length;
        string json = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];

        Contract contract = ReadOk(json);

        Assert.Equal(BenefitClass.Support, contract.UnknownBenefits);
        Assert.Equal("enters_employment", Assert.IsType<EventTrigger>(contract.TriggersById["job_start"]).Outcome);
        Assert.Equal(2500.50m, Assert.IsType<FixedPayment>(contract.Payments[2]).Amount);
    }

    [Fact]
    public void Weeks_beyond_the_window_is_an_error_that_names_the_field_line_and_column()
    {
        const string json = """
            {
              "name": "x",
              "window": { "weeks": 104 },
              "benefits": {},
              "monthly_cost": { "amount": 15000, "base_year": 2026 },
              "triggers": [
                { "id": "a", "kind": "enrolment" },
                { "id": "b", "kind": "enrolment" },
                { "id": "job", "kind": "sustained",
                  "weeks": 0, "level": "full" }
              ],
              "payments": []
            }
            """;

        InputError error = Assert.Single(ReadErrors(json));

        Assert.Equal("contract.json:10:16: triggers[2].weeks: expected a whole number from 1 to 104 (window.weeks), found 0", error.ToString());
        Assert.Equal((10, 16), (error.Line, error.Column));
    }

    [Fact]
    public void Weeks_more_than_window_weeks_is_out_of_range()
    {
        string json = Minimal.Replace("{ \"id\": \"enrolled\", \"kind\": \"enrolment\" }", "{ \"id\": \"enrolled\", \"kind\": \"education\", \"weeks\": 53 }")
            .Replace("\"payments\"", "\"benefits\": {}, \"monthly_cost\": { \"amount\": 1, \"base_year\": 2026 },\n  \"payments\"");

        AssertSingleError(json, "53", "triggers[0].weeks: expected a whole number from 1 to 52 (window.weeks), found 53");
    }

    [Fact]
    public void Unknown_field_is_an_error_that_names_the_field_line_and_column()
    {
        string json = Minimal.Replace("\"name\": \"minimal\",", "\"name\": \"minimal\", \"colour\": \"blue\",");

        AssertSingleError(json, "\"colour\"", "colour: unknown field; contract.json has only $schema, name, currency, programme_weeks, benefits, unknown_benefits, monthly_cost, municipal_share, window, partial_max_support, triggers, payments, caps, payers, payment_days");
    }

    [Fact]
    public void Unknown_field_in_a_nested_object_is_an_error_that_names_its_path()
    {
        string json = Minimal.Replace("{ \"weeks\": 52 }", "{ \"weeks\": 52, \"form\": \"end\" }");

        AssertSingleError(json, "\"form\"", "window.form: unknown field; window has only from, weeks");
    }

    [Fact]
    public void Field_of_another_trigger_kind_is_an_unknown_field()
    {
        string json = Minimal.Replace("\"kind\": \"enrolment\"", "\"kind\": \"enrolment\", \"weeks\": 4");

        AssertSingleError(json, "\"weeks\": 4", "triggers[0].weeks: unknown field; an enrolment trigger has only id, kind, after, baseline_rate");
    }

    [Fact]
    public void Missing_required_field_is_an_error_at_the_object_that_lacks_it()
    {
        string json = Minimal.Replace("\"amount\": 100", "\"amuont\": 100");

        IReadOnlyList<InputError> errors = ReadErrors(json);

        Assert.Equal(
            [
                Message(json, "{ \"id\": \"fee\"", "payments[0].amount: required field is missing: a fixed payment has amount, prices or tiers"),
                Message(json, "\"amuont\"", "payments[0].amuont: unknown field; a fixed payment has only id, kind, trigger, amount, prices, tiers, indexation, cap, cohort_gate"),
            ],
            errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("window")]
    [InlineData("triggers")]
    [InlineData("payments")]
    public void Each_top_level_field_not_marked_optional_is_required(string field)
    {
        string[] fields =
        [
            "\"name\": \"minimal\"",
            "\"window\": { \"weeks\": 52 }",
            "\"triggers\": [ { \"id\": \"enrolled\", \"kind\": \"enrolment\" } ]",
            "\"payments\": [ { \"id\": \"fee\", \"kind\": \"fixed\", \"trigger\": \"enrolled\", \"amount\": 100 } ]",
        ];
        string json = "{\n  " + string.Join(",\n  ", fields.Where(f => !f.StartsWith($"\"{field}\"", StringComparison.Ordinal))) + "\n}";

        InputError error = Assert.Single(ReadErrors(json));

        Assert.Equal($"contract.json:1:1: {field}: required field is missing", error.ToString());
    }

    [Fact]
    public void Window_weeks_and_monthly_cost_amount_and_base_year_are_required()
    {
        string json = Minimal.Replace("{ \"weeks\": 52 }", "{ \"from\": \"end\" }")
            .Replace("\"payments\"", "\"monthly_cost\": { \"annual_indexation\": 0 },\n  \"payments\"");

        Assert.Equal(
            [
                Message(json, "{ \"from\"", "window.weeks: required field is missing"),
                Message(json, "{ \"annual_indexation\"", "monthly_cost.amount: required field is missing"),
                Message(json, "{ \"annual_indexation\"", "monthly_cost.base_year: required field is missing"),
            ],
            ReadErrors(json).Select(e => e.ToString()));
    }

    [Fact]
    public void Wrong_json_type_is_an_error_that_shows_what_was_found()
    {
        string json = Minimal.Replace("\"name\": \"minimal\"", "\"name\": 7").Replace("\"amount\": 100", "\"amount\": \"100\"");

        Assert.Equal(
            [
                Message(json, "7", "name: expected a string, found 7"),
                Message(json, "\"100\"", "payments[0].amount: expected an amount of at least 0, found \"100\""),
            ],
            ReadErrors(json).Select(e => e.ToString()));
    }

    [Fact]
    public void Null_is_not_a_value_a_field_is_left_out_instead()
    {
        string json = Minimal.Replace("\"payments\"", "\"caps\": { \"total\": null },\n  \"payments\"");

        AssertSingleError(json, "null", "caps.total: expected an amount of at least 0 with at most two decimals (leave the field out for no cap), found null");
    }

    [Fact]
    public void Triggers_and_payments_must_be_arrays_of_objects()
    {
        string json = Minimal.Replace("[ { \"id\": \"enrolled\", \"kind\": \"enrolment\" } ]", "[ \"enrolled\" ]");

        Assert.Equal(
            [
                Message(json, "\"enrolled\" ]", "triggers[0]: expected a trigger object, found \"enrolled\""),
                Message(json, "\"enrolled\", \"amount\"", "payments[0].trigger: names trigger \"enrolled\", which is not defined in triggers"),
            ],
            ReadErrors(json).Select(e => e.ToString()));
    }

    [Fact]
    public void Top_level_must_be_an_object()
    {
        InputError error = Assert.Single(ReadErrors("[1, 2]"));

        Assert.Equal("contract.json:1:1: expected a JSON object at the top level, found an array", error.ToString());
    }

    [Fact]
    public void Whole_number_may_be_written_with_a_zero_fraction()
    {
        Contract contract = ReadOk(Minimal.Replace("\"weeks\": 52", "\"weeks\": 52.0"));

        Assert.Equal(52, contract.Window.Weeks);
    }

    [Theory]
    [InlineData("52.5")]
    [InlineData("\"52\"")]
    [InlineData("true")]
    public void Weeks_that_are_not_a_whole_number_are_an_error(string weeks)
    {
        string json = Minimal.Replace("\"weeks\": 52", "\"weeks\": " + weeks);

        AssertSingleError(json, weeks + " }", $"window.weeks: expected a whole number from 1 to 10000, found {weeks}");
    }

    [Theory]
    [InlineData("\"programme_weeks\": 0", "0", "programme_weeks: expected a whole number from 1 to 10000, found 0")]
    [InlineData("\"partial_max_support\": 1.5", "1.5", "partial_max_support: expected a number from 0 to 1, found 1.5")]
    [InlineData("\"partial_max_support\": -0.1", "-0.1", "partial_max_support: expected a number from 0 to 1, found -0.1")]
    [InlineData("\"caps\": { \"per_participant\": -1 }", "-1", "caps.per_participant: expected an amount of at least 0 with at most two decimals (leave the field out for no cap), found -1")]
    [InlineData("\"caps\": { \"total\": 100.005 }", "100.005", "caps.total: expected an amount of at least 0 with at most two decimals (leave the field out for no cap), found 100.005")]
    [InlineData("\"monthly_cost\": { \"amount\": -5, \"base_year\": 2026 }", "-5", "monthly_cost.amount: expected an amount of at least 0, found -5")]
    [InlineData("\"monthly_cost\": { \"amount\": 5, \"base_year\": 2026.5 }", "2026.5", "monthly_cost.base_year: expected a whole number from 1 to 9999, found 2026.5")]
    [InlineData("\"monthly_cost\": { \"amount\": 5, \"base_year\": 2026, \"annual_indexation\": -1 }", "-1", "monthly_cost.annual_indexation: expected a number greater than -1 (0.02 for 2 %), found -1")]
    [InlineData("\"unknown_benefits\": \"education\"", "\"education\"", "unknown_benefits: expected one of \"support\", \"ignore\", found \"education\"")]
    [InlineData("\"benefits\": { \"su\": \"studie\" }", "\"studie\"", "benefits.su: expected one of \"support\", \"education\", \"ignore\", found \"studie\"")]
    [InlineData("\"currency\": \"dkk\"", "\"dkk\"", "currency: expected an ISO 4217 currency code of three capital letters, such as \"DKK\", found \"dkk\"")]
    [InlineData("\"currency\": \"EURO\"", "\"EURO\"", "currency: expected an ISO 4217 currency code of three capital letters, such as \"DKK\", found \"EURO\"")]
    public void Top_level_value_out_of_range_is_an_error_that_names_the_field(string field, string value, string message)
    {
        string json = Minimal.Replace("\"payments\"", field + ",\n  \"payments\"");

        AssertSingleError(json, value, message);
    }

    [Fact]
    public void Window_from_is_start_or_end()
    {
        AssertSingleError(
            Minimal.Replace("{ \"weeks\": 52 }", "{ \"from\": \"middle\", \"weeks\": 52 }"),
            "\"middle\"",
            "window.from: expected one of \"start\", \"end\", found \"middle\"");
    }

    [Fact]
    public void Window_weeks_is_at_least_one()
    {
        AssertSingleError(Minimal.Replace("\"weeks\": 52", "\"weeks\": 0"), "0 }", "window.weeks: expected a whole number from 1 to 10000, found 0");
    }

    [Theory]
    [InlineData("\"share\": 1.01, \"deadweight\": 0", "1.01", "payments[1].share: expected a number from 0 to 1, found 1.01")]
    [InlineData("\"share\": 0.5, \"deadweight\": 1", "1 }", "payments[1].deadweight: expected a number from 0 up to but not including 1, found 1")]
    [InlineData("\"share\": 0.5, \"deadweight\": -0.01", "-0.01", "payments[1].deadweight: expected a number from 0 up to but not including 1, found -0.01")]
    public void Share_of_savings_value_out_of_range_is_an_error_that_names_the_field(string fields, string value, string message)
    {
        string json = Minimal
            .Replace("\"amount\": 100 }", "\"amount\": 100 },\n    { \"id\": \"shared\", \"kind\": \"share_of_savings\", \"gate\": \"enrolled\", " + fields + " }")
            .Replace("\"payments\": [", "\"benefits\": {}, \"monthly_cost\": { \"amount\": 1, \"base_year\": 2026 },\n  \"payments\": [");

        AssertSingleError(json, value, message);
    }

    [Fact]
    public void Fixed_amount_is_at_least_zero_and_may_have_more_than_two_decimals()
    {
        Assert.Equal(100.125m, ((FixedPayment)ReadOk(Minimal.Replace("\"amount\": 100", "\"amount\": 100.125")).Payments[0]).Amount);
        AssertSingleError(Minimal.Replace("\"amount\": 100", "\"amount\": -0.01"), "-0.01", "payments[0].amount: expected an amount of at least 0, found -0.01");
    }

    [Fact]
    public void Number_beyond_a_decimal_is_an_error()
    {
        AssertSingleError(
            Minimal.Replace("\"amount\": 100", "\"amount\": 1e40"),
            "1e40",
            "payments[0].amount: expected an amount of at least 0, found 1e40, which is beyond the range of a decimal number");
    }

    [Fact]
    public void Level_is_full_or_full_or_partial()
    {
        string json = Minimal
            .Replace("{ \"id\": \"enrolled\", \"kind\": \"enrolment\" }", "{ \"id\": \"enrolled\", \"kind\": \"sustained\", \"weeks\": 4, \"level\": \"partial\" }")
            .Replace("\"payments\"", "\"benefits\": {}, \"monthly_cost\": { \"amount\": 1, \"base_year\": 2026 },\n  \"payments\"");

        AssertSingleError(json, "\"partial\"", "triggers[0].level: expected one of \"full\", \"full_or_partial\", found \"partial\"");
    }

    [Fact]
    public void Exclude_education_is_true_or_false()
    {
        string json = Minimal
            .Replace("{ \"id\": \"enrolled\", \"kind\": \"enrolment\" }", "{ \"id\": \"enrolled\", \"kind\": \"count\", \"weeks\": 4, \"level\": \"full\", \"exclude_education\": \"yes\" }")
            .Replace("\"payments\"", "\"benefits\": {}, \"monthly_cost\": { \"amount\": 1, \"base_year\": 2026 },\n  \"payments\"");

        AssertSingleError(json, "\"yes\"", "triggers[0].exclude_education: expected true or false, found \"yes\"");
    }

    [Fact]
    public void Unknown_trigger_kind_is_an_error_that_names_the_field()
    {
        string json = Minimal.Replace("\"kind\": \"enrolment\"", "\"kind\": \"enrollment\"");

        AssertSingleError(json, "\"enrollment\"", "triggers[0].kind: unknown trigger kind \"enrollment\"; expected one of \"enrolment\", \"completion\", \"sustained\", \"count\", \"education\", \"event\", \"employment\"");
    }

    [Fact]
    public void Unknown_payment_kind_is_an_error_that_names_the_field()
    {
        string json = Minimal.Replace("\"kind\": \"fixed\"", "\"kind\": \"bonus\"");

        AssertSingleError(json, "\"bonus\"", "payments[0].kind: unknown payment kind \"bonus\"; expected one of \"fixed\", \"share_of_savings\", \"delivery_fee\", \"per_week\"");
    }

    [Fact]
    public void Reference_to_an_undefined_trigger_is_an_error_that_names_the_field()
    {
        string json = Minimal.Replace("\"trigger\": \"enrolled\"", "\"trigger\": \"enroled\"");

        AssertSingleError(json, "\"enroled\"", "payments[0].trigger: names trigger \"enroled\", which is not defined in triggers");
    }

    [Fact]
    public void Gate_naming_an_undefined_trigger_is_an_error()
    {
        string json = Minimal
            .Replace("\"amount\": 100 }", "\"amount\": 100 },\n    { \"id\": \"shared\", \"kind\": \"share_of_savings\", \"gate\": \"job13\", \"share\": 0.5 }")
            .Replace("\"payments\": [", "\"benefits\": {}, \"monthly_cost\": { \"amount\": 1, \"base_year\": 2026 },\n  \"payments\": [");

        AssertSingleError(json, "\"job13\"", "payments[1].gate: names trigger \"job13\", which is not defined in triggers");
    }

    [Fact]
    public void Duplicate_trigger_id_is_an_error_at_the_second()
    {
        string json = Minimal.Replace(
            "[ { \"id\": \"enrolled\", \"kind\": \"enrolment\" } ]",
            "[ { \"id\": \"enrolled\", \"kind\": \"enrolment\" },\n    { \"id\": \"enrolled\", \"kind\": \"completion\" } ]");

        AssertSingleError(json, "\"enrolled\", \"kind\": \"completion\"", "triggers[1].id: duplicate trigger id \"enrolled\" (first at triggers[0])");
    }

    [Theory]
    [InlineData("weeks_full")]
    [InlineData("participant_id")]
    [InlineData("municipal_share_first_week")]
    public void A_trigger_id_that_is_a_column_of_outcomes_csv_is_an_error(string id)
    {
        string json = Minimal.Replace("{ \"id\": \"enrolled\", \"kind\": \"enrolment\" }", $"{{ \"id\": \"{id}\", \"kind\": \"enrolment\" }}")
            .Replace("\"trigger\": \"enrolled\"", $"\"trigger\": \"{id}\"");

        AssertSingleError(json, $"\"{id}\", \"kind\"", $"triggers[0].id: the trigger id \"{id}\" is a column of outcomes.csv's own, so its column would be ambiguous; name the trigger otherwise");
    }

    [Fact]
    public void Duplicate_payment_id_is_an_error_at_the_second()
    {
        string json = Minimal.Replace("\"amount\": 100 }", "\"amount\": 100 },\n    { \"id\": \"fee\", \"kind\": \"fixed\", \"trigger\": \"enrolled\", \"amount\": 5 }");

        AssertSingleError(json, "\"fee\", \"kind\": \"fixed\", \"trigger\": \"enrolled\", \"amount\": 5", "payments[1].id: duplicate payment id \"fee\" (first at payments[0])");
    }

    [Theory]
    [InlineData("job 13")]
    [InlineData("")]
    [InlineData("jøb")]
    public void Id_follows_the_participant_id_rule(string id)
    {
        string json = Minimal.Replace("\"id\": \"fee\"", $"\"id\": \"{id}\"");

        AssertSingleError(json, $"\"{id}\", \"kind\"", $"payments[0].id: expected an id of 1 to 64 characters from A-Z a-z 0-9 _ - ., found \"{id}\"");
    }

    [Theory]
    [InlineData("-A1")]
    [InlineData("-1-1")]
    public void Id_that_begins_with_a_hyphen_is_an_error_that_says_why(string id)
    {
        string json = Minimal.Replace("\"id\": \"fee\"", $"\"id\": \"{id}\"");

        AssertSingleError(json, $"\"{id}\", \"kind\"", $"payments[0].id: expected an id that does not begin with '-' (a spreadsheet would read it as a formula), found \"{id}\"");
    }

    [Fact]
    public void Trigger_id_that_is_a_CPR_number_is_an_error_that_does_not_show_it()
    {
        string json = Minimal.Replace("\"id\": \"enrolled\"", "\"id\": \"150384-1002\"").Replace("\"trigger\": \"enrolled\"", "\"trigger\": \"1503841002\"");

        Assert.Equal(
            [
                Message(json, "\"150384-1002\"", "triggers[0].id: this looks like a CPR number, and an id is written to the outputs as it is; use another id"),
                Message(json, "\"1503841002\"", "payments[0].trigger: this looks like a CPR number, and an id is written to the outputs as it is; use another id"),
            ],
            ReadErrors(json).Select(e => e.ToString()));
    }

    [Fact]
    public void Id_of_65_characters_is_too_long()
    {
        string id = new('a', 65);
        string json = Minimal.Replace("\"id\": \"enrolled\"", $"\"id\": \"{id}\"").Replace("\"trigger\": \"enrolled\"", $"\"trigger\": \"{id}\"");

        Assert.All(ReadErrors(json), e => Assert.Contains("expected an id of 1 to 64 characters", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Event_trigger_needs_an_outcome_code()
    {
        string json = Minimal.Replace("\"kind\": \"enrolment\"", "\"kind\": \"event\", \"outcome\": \" job \"");

        AssertSingleError(json, "\" job \"", "triggers[0].outcome: expected a code that is not empty and has no spaces around it (CSV fields are trimmed, so it could never match), found \" job \"");
    }

    [Fact]
    public void Duplicate_property_name_is_an_error_at_the_repetition()
    {
        string json = Minimal.Replace("{ \"weeks\": 52 }", "{ \"weeks\": 52, \"weeks\": 26 }");

        InputError error = Assert.Single(ReadErrors(json));

        Assert.Equal(Message(json, "\"weeks\": 26", "window.weeks: this field is given twice in one object; give it once"), error.ToString());
    }

    [Fact]
    public void Duplicate_benefit_code_is_an_error()
    {
        string json = Minimal.Replace("\"payments\"", "\"benefits\": { \"su\": \"education\", \"su\": \"support\" },\n  \"payments\"");

        AssertSingleError(json, "\"su\": \"support\"", "benefits.su: this field is given twice in one object; give it once");
    }

    [Theory]
    [InlineData("sustained\", \"weeks\": 4, \"level\": \"full", "triggers[0] is a sustained trigger")]
    [InlineData("count\", \"weeks\": 4, \"level\": \"full", "triggers[0] is a count trigger")]
    [InlineData("education", "triggers[0] is an education trigger")]
    public void Benefits_and_monthly_cost_are_required_where_a_trigger_needs_spells(string kind, string reason)
    {
        string json = Minimal.Replace("\"kind\": \"enrolment\"", $"\"kind\": \"{kind}\"");

        Assert.Equal(
            [
                $"contract.json:1:1: benefits: required field is missing: the contract needs benefit spells ({reason})",
                $"contract.json:1:1: monthly_cost: required field is missing: the contract needs benefit spells ({reason})",
            ],
            ReadErrors(json).Select(e => e.ToString()));
    }

    [Fact]
    public void Benefits_and_monthly_cost_are_required_where_a_share_of_savings_is_paid()
    {
        string json = Minimal.Replace("\"amount\": 100 }", "\"amount\": 100 },\n    { \"id\": \"shared\", \"kind\": \"share_of_savings\", \"gate\": \"enrolled\", \"share\": 0.5 }")
            .Replace("\"payments\"", "\"benefits\": { \"kontanthjaelp\": \"support\" },\n  \"payments\"");

        InputError error = Assert.Single(ReadErrors(json));

        Assert.Equal("contract.json:1:1: monthly_cost: required field is missing: the contract needs benefit spells (payments[1] is a share_of_savings payment)", error.ToString());
    }

    [Fact]
    public void Schema_property_is_allowed_and_ignored()
    {
        Contract contract = ReadOk(Minimal.Replace("\"name\"", "\"$schema\": \"https://example.org/contract.schema.json\",\n  \"name\""));

        Assert.Equal("minimal", contract.Name);
    }

    [Fact]
    public void Schema_property_must_be_a_string()
    {
        AssertSingleError(Minimal.Replace("\"name\"", "\"$schema\": 1,\n  \"name\""), "1,", "$schema: expected a string, found 1");
    }

    [Fact]
    public void Every_error_is_reported_in_file_order()
    {
        string json = """
            {
              "name": "many",
              "window": { "weeks": 0 },
              "triggers": [
                { "id": "a", "kind": "nope" },
                { "id": "a b", "kind": "enrolment" }
              ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "z", "amount": -1 } ],
              "caps": { "total": 0.001 }
            }
            """;

        Assert.Equal(
            [
                Message(json, "0 }", "window.weeks: expected a whole number from 1 to 10000, found 0"),
                Message(json, "\"nope\"", "triggers[0].kind: unknown trigger kind \"nope\"; expected one of \"enrolment\", \"completion\", \"sustained\", \"count\", \"education\", \"event\", \"employment\""),
                Message(json, "\"a b\"", "triggers[1].id: expected an id of 1 to 64 characters from A-Z a-z 0-9 _ - ., found \"a b\""),
                Message(json, "\"z\"", "payments[0].trigger: names trigger \"z\", which is not defined in triggers"),
                Message(json, "-1", "payments[0].amount: expected an amount of at least 0, found -1"),
                Message(json, "0.001", "caps.total: expected an amount of at least 0 with at most two decimals (leave the field out for no cap), found 0.001"),
            ],
            ReadErrors(json).Select(e => e.ToString()));
    }

    [Fact]
    public void At_most_MaxErrors_errors_are_reported()
    {
        string triggers = string.Join(",\n", Enumerable.Range(0, 150).Select(i => $"    {{ \"id\": \"t{i}\", \"kind\": \"x\" }}"));
        string json = $"{{\n  \"name\": \"n\",\n  \"window\": {{ \"weeks\": 1 }},\n  \"triggers\": [\n{triggers}\n  ],\n  \"payments\": []\n}}";

        IReadOnlyList<InputError> errors = ReadErrors(json);

        Assert.Equal(ReadResult.MaxErrors, errors.Count);
        Assert.StartsWith("triggers[0].kind:", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("triggers[99].kind:", errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_counts_characters_not_bytes()
    {
        string json = Minimal.Replace("\"name\": \"minimal\",", "\"name\": \"Kvinder i Job — æøå\", \"x\": 1,");

        InputError error = Assert.Single(ReadErrors(json));

        Assert.Equal((2, 34), (error.Line, error.Column));
        Assert.Equal(Message(json, "\"x\"", "x: unknown field; contract.json has only $schema, name, currency, programme_weeks, benefits, unknown_benefits, monthly_cost, municipal_share, window, partial_max_support, triggers, payments, caps, payers, payment_days"), error.ToString());
    }

    [Fact]
    public void Benefit_code_with_a_space_is_an_error_at_its_name()
    {
        string json = Minimal.Replace("\"payments\"", "\"benefits\": { \"su \": \"education\" },\n  \"payments\"");

        AssertSingleError(json, "\"su \"", "benefits[\"su \"]: expected a benefit code that is not empty and has no spaces around it (CSV fields are trimmed, so it could never match), found \"su \"");
    }

    [Fact]
    public void Value_that_looks_like_a_CPR_number_is_masked_in_messages()
    {
        string json = Minimal.Replace("\"id\": \"fee\"", "\"id\": \"010190-1234 x\"");

        InputError error = Assert.Single(ReadErrors(json));

        Assert.DoesNotContain("010190", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"**********", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_allowed()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Minimal)];

        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(bytes), FileName);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Positions_after_a_byte_order_mark_count_from_the_first_character()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("{ \"x\": 1 }")];

        InputError error = ContractJson.Read(new MemoryStream(bytes), FileName).Errors.First(e => e.Message.StartsWith("x:", StringComparison.Ordinal));

        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Trailing_comma_is_a_syntax_error_that_says_so()
    {
        string json = Minimal.Replace("\"amount\": 100 } ]", "\"amount\": 100 }, ]");

        AssertSingleError(json, "]\n}", "not valid JSON: a trailing comma before the closing bracket is not allowed (strict JSON)");
    }

    [Fact]
    public void Comment_is_a_syntax_error_that_says_so()
    {
        string json = Minimal.Replace("\"name\": \"minimal\",", "\"name\": \"minimal\", // the name");

        AssertSingleError(json, "// the", "not valid JSON: comments are not allowed in contract.json (strict JSON)");
    }

    [Fact]
    public void Malformed_json_is_one_error_at_the_readers_position()
    {
        const string json = "{\n  \"name\": \"x\"\n  \"window\": {}\n}";

        InputError error = Assert.Single(ReadErrors(json));

        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.StartsWith("not valid JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_a_syntax_error()
    {
        InputError error = Assert.Single(ReadErrors(string.Empty));

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("not valid JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_an_error_at_their_position()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"name\": \"K"), 0xF8, .. Encoding.UTF8.GetBytes("ge\" }")];

        InputError error = Assert.Single(ContractJson.Read(new MemoryStream(bytes), FileName).Errors);

        Assert.Equal("contract.json:2:13: not valid UTF-8 (byte 0xF8); save the file as UTF-8", error.ToString());
    }

    [Fact]
    public void Failed_read_throws_an_InputException_holding_every_error()
    {
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes("{}")), FileName);

        InputException exception = Assert.Throws<InputException>(result.GetValueOrThrow);

        Assert.Equal(4, exception.Errors.Count);
    }

    private static string FindUp(string relativePath)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relativePath);
    }

    private const string PerWeekFields = "\"kind\": \"per_week\", \"amount\": 1500, \"level\": \"full_or_partial\"";

    private static string PerWeek(string more = "") =>
        Minimal
            .Replace("\"kind\": \"fixed\", \"trigger\": \"enrolled\", \"amount\": 100", PerWeekFields + more, StringComparison.Ordinal)
            .Replace("\"name\": \"minimal\",", "\"name\": \"minimal\", \"benefits\": { \"701\": \"support\" }, \"monthly_cost\": { \"amount\": 15000, \"base_year\": 2026 },", StringComparison.Ordinal);

    [Fact]
    public void A_price_per_week_is_read_with_every_field()
    {
        PerWeekPayment weekly = Assert.IsType<PerWeekPayment>(ReadOk(PerWeek(", \"or_education\": true, \"exclude_education\": false, \"gate\": \"enrolled\", \"max_weeks\": 104")).Payments.Single());

        Assert.Equal((1500m, SelfSupport.Partial, true, false, "enrolled", (int?)104), (weekly.Amount, weekly.Level, weekly.OrEducation, weekly.ExcludeEducation, weekly.Gate, weekly.MaxWeeks));
    }

    [Fact]
    public void A_price_per_week_has_no_gate_no_limit_and_no_education_rule_by_default()
    {
        PerWeekPayment weekly = Assert.IsType<PerWeekPayment>(ReadOk(PerWeek()).Payments.Single());

        Assert.Equal((false, false, (string?)null, (int?)null), (weekly.OrEducation, weekly.ExcludeEducation, weekly.Gate, weekly.MaxWeeks));
    }

    [Fact]
    public void A_price_per_week_with_both_education_rules_is_an_error_that_names_the_payment()
    {
        string json = PerWeek(", \"or_education\": true, \"exclude_education\": true");

        AssertSingleError(json, "\"exclude_education\"", "payments[0].exclude_education: payment \"fee\" has both or_education and exclude_education true; a week holding an education day cannot both qualify by it and be excluded for it: set one of them false");
    }

    [Fact]
    public void A_price_per_week_whose_gate_is_not_a_trigger_is_an_error_at_the_gate()
    {
        string json = PerWeek(", \"gate\": \"job\"");

        AssertSingleError(json, "\"job\"", "payments[0].gate: names trigger \"job\", which is not defined in triggers");
    }

    [Fact]
    public void A_price_per_week_with_max_weeks_below_1_is_an_error_at_the_field()
    {
        string json = PerWeek(", \"max_weeks\": 0");

        AssertSingleError(json, "0 }", "payments[0].max_weeks: expected a whole number from 1 to 10000, found 0");
    }

    [Fact]
    public void A_price_per_week_with_a_negative_amount_is_an_error_at_the_field()
    {
        string json = PerWeek().Replace("\"amount\": 1500, \"level\"", "\"amount\": -1, \"level\"", StringComparison.Ordinal);

        AssertSingleError(json, "-1", "payments[0].amount: expected an amount of at least 0, found -1");
    }

    [Fact]
    public void A_price_per_week_without_a_level_is_an_error_at_the_payment()
    {
        string json = PerWeek().Replace(", \"level\": \"full_or_partial\"", string.Empty, StringComparison.Ordinal);

        Assert.Contains(ReadErrors(json), e => e.ToString().Contains("payments[0].level: required field is missing", StringComparison.Ordinal));
    }

    private static Contract ReadOk(string json)
    {
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return result.Value!;
    }

    private static IReadOnlyList<InputError> ReadErrors(string json)
    {
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName);
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        return result.Errors;
    }

    private static void AssertSingleError(string json, string marker, string message)
    {
        InputError error = Assert.Single(ReadErrors(json));
        Assert.Equal(Message(json, marker, message), error.ToString());
    }

    /// <summary>The expected <c>file:line:column: message</c>, where line and column are those of the first occurrence of <paramref name="marker"/>.</summary>
    private static string Message(string json, string marker, string message)
    {
        int offset = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"marker {marker} not in the JSON");
        int lineStart = json.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        int line = json[..offset].Count(c => c == '\n') + 1;
        int column = offset - lineStart + 1;
        return $"{FileName}:{line}:{column}: {message}";
    }
}
