using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;
using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The JSON Schema of contract.json (docs/contract.schema.json) is generated from the contract document model, is
/// current, accepts every contract that the reader accepts, and declares exactly the fields, kinds and choices that the
/// reader knows.
/// </summary>
public sealed partial class ContractJsonSchemaTests
{
    /// <summary>The least a contract must say, as a JSON object to vary.</summary>
    private const string Minimal = """
        { "name": "minimal", "window": { "weeks": 52 },
          "triggers": [ { "id": "enrolled", "kind": "enrolment" } ],
          "payments": [ { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 100 } ] }
        """;

    private static readonly JsonElement Schema = JsonDocument.Parse(ContractJsonSchema.Text).RootElement;

    /// <summary>Each trigger kind with the fields it needs besides id and kind.</summary>
    private static readonly Dictionary<string, string> TriggerExamples = new(StringComparer.Ordinal)
    {
        ["enrolment"] = string.Empty,
        ["completion"] = string.Empty,
        ["sustained"] = """, "weeks": 13, "level": "full" """,
        ["count"] = """, "weeks": 26, "level": "full_or_partial", "exclude_education": true """,
        ["education"] = """, "weeks": 4 """,
        ["event"] = """, "outcome": "enters_employment" """,
        ["employment"] = """, "months": 6, "min_rate": 0.25 """,
    };

    [Fact]
    public void The_schema_in_docs_is_the_one_generated_from_the_contract_model()
    {
        string path = RepositoryFolder.PathOf("docs", "contract.schema.json");
        byte[] expected = Encoding.UTF8.GetBytes(ContractJsonSchema.Text);

        Assert.True(
            File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(expected),
            "docs/contract.schema.json is not the schema that the contract model generates. Regenerate it from the "
            + "checkout's root: dotnet run --project src/SocialInvestment.Cli -- schema > docs/contract.schema.json");
    }

    [Fact]
    public void The_schema_is_draft_07_with_LF_line_ends_and_no_BOM()
    {
        Assert.Equal(ContractJsonSchema.Dialect, Schema.GetProperty("$schema").GetString());
        Assert.DoesNotContain('\r', ContractJsonSchema.Text);
        Assert.EndsWith("}\n", ContractJsonSchema.Text, StringComparison.Ordinal);
        Assert.NotEqual('\uFEFF', ContractJsonSchema.Text[0]);
    }

    [Fact]
    public void Every_contract_in_the_repository_and_the_shared_cases_is_read_and_valid_under_the_schema()
    {
        var contracts = ContractFiles().Select(f => (Name: Path.GetRelativePath(RepositoryFolder.Root, f), Json: File.ReadAllText(f))).ToList();
        contracts.Add(("docs/contract-format.md (the full example)", FullExampleOfTheDocs()));
        contracts.Add(("SyntheticCohort.ContractJson", SyntheticCohort.ContractJson));
        contracts.Add(("SyntheticExtract.ContractJson", SyntheticExtract.ContractJson));
        contracts.AddRange(TriggerExamples.Select(e => ($"a {e.Key} trigger", WithTrigger(e.Key, e.Value, withSpellFields: true))));

        Assert.True(contracts.Count >= 15, $"only {contracts.Count} contracts found");
        Assert.All(contracts, contract =>
        {
            ReadResult<Contract> read = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(contract.Json)), "contract.json");
            Assert.True(read.Succeeded, $"{contract.Name}: {string.Join("; ", read.Errors)}");
            Assert.Equal(new List<string>(), Validate(contract.Json, contract.Name));
        });
    }

    [Theory]
    [InlineData("an unknown field", "\"name\"", "\"colour\": \"red\", \"name\"")]
    [InlineData("the name left out", "\"name\": \"minimal\",", "")]
    [InlineData("null for an optional field", "\"name\"", "\"currency\": null, \"name\"")]
    [InlineData("a lower-case currency", "\"name\"", "\"currency\": \"dkk\", \"name\"")]
    [InlineData("window.weeks 0", "\"weeks\": 52", "\"weeks\": 0")]
    [InlineData("window.weeks 20.5", "\"weeks\": 52", "\"weeks\": 20.5")]
    [InlineData("an unknown window field", "\"weeks\": 52", "\"weeks\": 52, \"form\": \"start\"")]
    [InlineData("window.from not a choice", "\"weeks\": 52", "\"weeks\": 52, \"from\": \"middle\"")]
    [InlineData("an unknown trigger kind", "\"kind\": \"enrolment\"", "\"kind\": \"enrollment\"")]
    [InlineData("a trigger without a kind", ", \"kind\": \"enrolment\"", "")]
    [InlineData("a field of another trigger kind", "\"kind\": \"enrolment\"", "\"kind\": \"enrolment\", \"weeks\": 4")]
    [InlineData("an id with a space", "\"id\": \"fee\"", "\"id\": \"the fee\"")]
    [InlineData("an id that begins with -", "\"id\": \"fee\"", "\"id\": \"-A1\"")]
    [InlineData("an id of 65 characters", "\"id\": \"fee\"", "\"id\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"")]
    [InlineData("a negative amount", "\"amount\": 100", "\"amount\": -0.01")]
    [InlineData("a payment without its trigger", "\"trigger\": \"enrolled\", ", "")]
    [InlineData("partial_max_support above 1", "\"name\"", "\"partial_max_support\": 1.5, \"name\"")]
    [InlineData("a cap with three decimals", "\"name\"", "\"caps\": { \"total\": 100.005 }, \"name\"")]
    [InlineData("an unknown cap", "\"name\"", "\"caps\": { \"each\": 100 }, \"name\"")]
    [InlineData("a benefit code with a space around it", "\"name\"", "\"benefits\": { \" su\": \"education\" }, \"name\"")]
    [InlineData("an empty benefit code", "\"name\"", "\"benefits\": { \"\": \"education\" }, \"name\"")]
    [InlineData("a benefit class not in the list", "\"name\"", "\"benefits\": { \"su\": \"study\" }, \"name\"")]
    [InlineData("a degree on an education code", "\"name\"", "\"benefits\": { \"su\": { \"class\": \"education\", \"degree\": 0.5 } }, \"name\"")]
    [InlineData("a degree on an ignored code", "\"name\"", "\"benefits\": { \"x\": { \"class\": \"ignore\", \"degree\": 1 } }, \"name\"")]
    [InlineData("a degree of 0", "\"name\"", "\"benefits\": { \"774\": { \"class\": \"support\", \"degree\": 0 } }, \"name\"")]
    [InlineData("a degree of 1.5", "\"name\"", "\"benefits\": { \"774\": { \"class\": \"support\", \"degree\": 1.5 } }, \"name\"")]
    [InlineData("a degree that is a string", "\"name\"", "\"benefits\": { \"774\": { \"class\": \"support\", \"degree\": \"0.5\" } }, \"name\"")]
    [InlineData("a benefit object without a class", "\"name\"", "\"benefits\": { \"774\": { \"degree\": 0.5 } }, \"name\"")]
    [InlineData("a benefit object with an unknown field", "\"name\"", "\"benefits\": { \"774\": { \"class\": \"support\", \"grad\": 0.5 } }, \"name\"")]
    [InlineData("a benefit that is a number", "\"name\"", "\"benefits\": { \"774\": 0.5 }, \"name\"")]
    [InlineData("unknown_benefits education", "\"name\"", "\"unknown_benefits\": \"education\", \"name\"")]
    [InlineData("annual_indexation -1", "\"name\"", "\"monthly_cost\": { \"amount\": 1, \"base_year\": 2026, \"annual_indexation\": -1 }, \"name\"")]
    [InlineData("monthly_cost without base_year", "\"name\"", "\"monthly_cost\": { \"amount\": 1 }, \"name\"")]
    [InlineData("programme_weeks 10001", "\"name\"", "\"programme_weeks\": 10001, \"name\"")]
    [InlineData("a share_of_savings payment without benefits or monthly_cost", "{ \"id\": \"fee\", \"kind\": \"fixed\", \"trigger\": \"enrolled\", \"amount\": 100 }", "{ \"id\": \"s\", \"kind\": \"share_of_savings\", \"gate\": \"enrolled\", \"share\": 0.5 }")]
    [InlineData("a deadweight of 1", "{ \"id\": \"fee\", \"kind\": \"fixed\", \"trigger\": \"enrolled\", \"amount\": 100 }", "{ \"id\": \"s\", \"kind\": \"share_of_savings\", \"gate\": \"enrolled\", \"share\": 0.5, \"deadweight\": 1 }")]
    [InlineData("a cohort gate with neither baseline_rate nor baseline", "\"amount\": 100 }", "\"amount\": 100, \"cohort_gate\": { \"trigger\": \"enrolled\", \"direction\": \"lower\", \"evaluation_dates\": { \"c1\": \"2026-12-31\" } } }")]
    [InlineData("a cohort gate with a baseline not in the list", "\"amount\": 100 }", "\"amount\": 100, \"cohort_gate\": { \"trigger\": \"enrolled\", \"direction\": \"lower\", \"baseline\": \"national\", \"evaluation_dates\": { \"c1\": \"2026-12-31\" } } }")]
    [InlineData("an event trigger with an empty outcome", "\"kind\": \"enrolment\"", "\"kind\": \"event\", \"outcome\": \"\"")]
    [InlineData("an employment trigger of 0 months", "\"kind\": \"enrolment\"", "\"kind\": \"employment\", \"months\": 0, \"min_rate\": 0.25")]
    [InlineData("an employment trigger with a least rate of 0", "\"kind\": \"enrolment\"", "\"kind\": \"employment\", \"months\": 6, \"min_rate\": 0")]
    [InlineData("an employment trigger with a least rate above 1", "\"kind\": \"enrolment\"", "\"kind\": \"employment\", \"months\": 6, \"min_rate\": 1.5")]
    [InlineData("an employment trigger without min_rate", "\"kind\": \"enrolment\"", "\"kind\": \"employment\", \"months\": 6")]
    public void What_the_schema_refuses_the_reader_refuses_too(string what, string find, string replace)
    {
        Assert.Contains(find, Minimal, StringComparison.Ordinal);
        string json = Minimal.Replace(find, replace, StringComparison.Ordinal);

        Assert.NotEmpty(Validate(json, what));
        Assert.False(ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "contract.json").Succeeded, what);
    }

    [Theory]
    [InlineData("a support code with a degree", "{ \"774\": { \"class\": \"support\", \"degree\": 0.5 } }")]
    [InlineData("a support code with a degree of 1", "{ \"774\": { \"class\": \"support\", \"degree\": 1 } }")]
    [InlineData("classes as objects without a degree", "{ \"kth\": { \"class\": \"support\" }, \"su\": { \"class\": \"education\" }, \"x\": { \"class\": \"ignore\" } }")]
    [InlineData("both forms side by side", "{ \"774\": { \"class\": \"support\", \"degree\": 0.25 }, \"kth\": \"support\", \"su\": \"education\" }")]
    public void A_benefit_written_as_an_object_is_accepted_by_the_schema_and_the_reader(string what, string benefits)
    {
        string json = Minimal.Replace("\"name\"", "\"benefits\": " + benefits + ", \"name\"", StringComparison.Ordinal);

        Assert.Equal(new List<string>(), Validate(json, what));
        ReadResult<Contract> read = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "contract.json");
        Assert.True(read.Succeeded, $"{what}: {string.Join("; ", read.Errors)}");
    }

    [Fact]
    public void A_contract_needs_benefits_and_monthly_cost_under_the_schema_exactly_where_the_reader_needs_them()
    {
        var cases = TriggerExamples.Select(e => (Kind: e.Key, Json: WithTrigger(e.Key, e.Value, withSpellFields: false)))
            .Append((Kind: "share_of_savings", Json: Minimal.Replace("\"payments\": [", "\"payments\": [ { \"id\": \"s\", \"kind\": \"share_of_savings\", \"gate\": \"enrolled\", \"share\": 0.5 },", StringComparison.Ordinal)));

        Assert.All(cases, c =>
        {
            bool readerRefuses = !ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(c.Json)), "contract.json").Succeeded;
            bool schemaRefuses = Validate(c.Json, c.Kind).Count > 0;
            Assert.True(readerRefuses == schemaRefuses, $"{c.Kind} without benefits and monthly_cost: the reader {(readerRefuses ? "refuses" : "accepts")} it, the schema {(schemaRefuses ? "refuses" : "accepts")} it");
        });
    }

    [Fact]
    public void The_schema_declares_the_fields_that_the_reader_accepts_at_every_level()
    {
        JsonElement properties = Schema.GetProperty("properties");

        Assert.Equal(ContractJsonParser.TopFields, Names(properties));
        Assert.Equal(ContractJsonParser.WindowFields, Names(properties.GetProperty("window").GetProperty("properties")));
        Assert.Equal(ContractJsonParser.MonthlyCostFields, Names(properties.GetProperty("monthly_cost").GetProperty("properties")));
        Assert.Equal(ContractJsonParser.CapsFields, Names(properties.GetProperty("caps").GetProperty("properties")));
        Assert.Equal(Described(ContractJsonParser.TriggerFields), Described(Kinds(properties.GetProperty("triggers"))));
        Assert.Equal(Described(ContractJsonParser.PaymentFields), Described(Kinds(properties.GetProperty("payments"))));
    }

    [Fact]
    public void The_schema_offers_the_choices_that_the_reader_accepts()
    {
        JsonElement properties = Schema.GetProperty("properties");
        JsonElement sustained = Kind(properties.GetProperty("triggers"), "sustained");

        Assert.Equal(ContractJsonParser.Anchors.Select(c => c.Item1), Strings(properties.GetProperty("window").GetProperty("properties").GetProperty("from").GetProperty("enum")));
        Assert.Equal(ContractJsonParser.Levels.Select(c => c.Item1), Strings(sustained.GetProperty("properties").GetProperty("level").GetProperty("enum")));
        JsonElement benefit = properties.GetProperty("benefits").GetProperty("additionalProperties").GetProperty("anyOf");
        Assert.Equal(ContractJsonParser.Classes.Select(c => c.Item1), Strings(benefit[0].GetProperty("enum")));
        Assert.Equal(ContractJsonParser.Classes.Select(c => c.Item1), Strings(benefit[1].GetProperty("properties").GetProperty("class").GetProperty("enum")));
        Assert.Equal(ContractJsonParser.BenefitFields, Names(benefit[1].GetProperty("properties")));
        Assert.Equal(ContractJsonParser.UnknownBenefitClasses.Select(c => c.Item1), Strings(properties.GetProperty("unknown_benefits").GetProperty("enum")));
    }

    [Fact]
    public void The_schema_declares_the_fields_and_baselines_of_a_cohort_gate_that_the_reader_accepts()
    {
        JsonElement payments = Schema.GetProperty("properties").GetProperty("payments");

        Assert.All(new[] { "fixed", "share_of_savings" }, kind =>
        {
            JsonElement gate = Kind(payments, kind).GetProperty("properties").GetProperty("cohort_gate").GetProperty("properties");
            Assert.Equal(ContractJsonParser.CohortGateFields, Names(gate));
            Assert.Equal(ContractJsonParser.Baselines.Select(c => c.Item1), Strings(gate.GetProperty("baseline").GetProperty("enum")));
        });
    }

    [Fact]
    public void The_code_pattern_knows_white_space_exactly_as_trimming_does()
    {
        var notSpace = new Regex("^" + ContractDocumentPatterns.NotSpace + "$");
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(notSpace.IsMatch(((char)c).ToString()) == !char.IsWhiteSpace((char)c), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("kontanthjælp", true)]
    [InlineData("a b", true)]
    [InlineData("", false)]
    [InlineData(" a", false)]
    [InlineData("a\u00A0", false)]
    [InlineData("\ta", false)]
    public void The_code_pattern_accepts_a_code_exactly_where_it_has_no_white_space_around_it(string code, bool valid) =>
        Assert.Equal(valid, Regex.IsMatch(code, ContractDocumentPatterns.Code));

    /// <summary>Over texts that do not end with a line feed, where .NET's <c>$</c> (unlike ECMA-262's) also matches.</summary>
    [Property(MaxTest = 2000)]
    public bool The_id_pattern_accepts_exactly_the_valid_ids(NonNull<string> text)
    {
        string id = text.Get.TrimEnd('\n');
        return Regex.IsMatch(id, ContractDocumentPatterns.Id) == ParticipantId.IsValid(id);
    }

    /// <summary>The contract.json files of the checkout (samples, test data) and of the shared cases beside it, where they are.</summary>
    private static IEnumerable<string> ContractFiles()
    {
        string shared = Path.Combine(RepositoryFolder.Root, "..", "shared");
        string[] roots = [RepositoryFolder.PathOf("samples"), RepositoryFolder.PathOf("tests"), Path.Combine(shared, "conformance"), Path.Combine(shared, "published")];
        return roots.Where(Directory.Exists)
            .SelectMany(root => Directory.GetFiles(root, "contract.json", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static string FullExampleOfTheDocs()
    {
        string docs = File.ReadAllText(RepositoryFolder.PathOf("docs", "contract-format.md"));
        Match example = JsonBlock().Match(docs[docs.IndexOf("### A full example", StringComparison.Ordinal)..]);
        Assert.True(example.Success, "docs/contract-format.md has no json block after '### A full example'");
        return example.Groups[1].Value;
    }

    private static string WithTrigger(string kind, string fields, bool withSpellFields)
    {
        string json = Minimal.Replace("{ \"id\": \"enrolled\", \"kind\": \"enrolment\" }", $"{{ \"id\": \"enrolled\", \"kind\": \"enrolment\" }}, {{ \"id\": \"t\", \"kind\": \"{kind}\"{fields}}}", StringComparison.Ordinal);
        return withSpellFields
            ? json.Replace("\"name\"", "\"benefits\": {}, \"monthly_cost\": { \"amount\": 15000, \"base_year\": 2026 }, \"name\"", StringComparison.Ordinal)
            : json;
    }

    private static List<string> Validate(string json, string what)
    {
        using JsonDocument instance = JsonDocument.Parse(json);
        return SchemaValidator.Errors(Schema, instance.RootElement).Select(e => $"{what}: {e}").ToList();
    }

    private static string[] Names(JsonElement properties) => properties.EnumerateObject().Select(p => p.Name).ToArray();

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static Dictionary<string, string[]> Kinds(JsonElement list) =>
        list.GetProperty("items").GetProperty("anyOf").EnumerateArray().ToDictionary(
            branch => branch.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!,
            branch => Names(branch.GetProperty("properties")),
            StringComparer.Ordinal);

    /// <summary>Each kind and its fields, one line each, in ordinal order: the kinds and fields compared, whatever order they are declared in.</summary>
    private static string Described(Dictionary<string, string[]> kinds) => string.Join(
        "\n",
        kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}: {string.Join(", ", k.Value.Order(StringComparer.Ordinal))}"));

    private static JsonElement Kind(JsonElement list, string kind) =>
        list.GetProperty("items").GetProperty("anyOf").EnumerateArray().Single(b => b.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString() == kind);

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
