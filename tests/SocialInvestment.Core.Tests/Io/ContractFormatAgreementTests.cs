using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The reader of contract.json and its document model (from which <c>sib schema</c> is made) agree on every field: walking
/// a contract that has every field of the model, each field the model declares <c>required</c> is refused where it is
/// left out, and each field with a <see cref="RangeAttribute"/> is refused just outside its range, at that field, and
/// accepted at each bound that the range includes. A new field of the model that no example has fails the test.
/// </summary>
public sealed class ContractFormatAgreementTests
{
    /// <summary>Contracts that, together, give every field of the document model; each is valid as it is.</summary>
    private static readonly string[] Examples =
    [
        """
        { "$schema": "contract.schema.json", "name": "every field", "currency": "DKK", "programme_weeks": 20,
          "benefits": { "kth": "support", "su": "education", "x": "ignore", "half": { "class": "support", "degree": 0.5 },
                        "sfu": { "class": "education" } }, "unknown_benefits": "ignore",
          "monthly_cost": { "amount": 15000, "base_year": 2026, "annual_indexation": 0.02 },
          "window": { "from": "start", "weeks": 10000 }, "partial_max_support": 0.5,
          "triggers": [
            { "id": "enrolled", "kind": "enrolment", "baseline_rate": 0.5 },
            { "id": "completed", "kind": "completion", "after": "enrolled" },
            { "id": "sustained", "kind": "sustained", "weeks": 13, "level": "full", "exclude_education": true },
            { "id": "counted", "kind": "count", "weeks": 26, "level": "full_or_partial" },
            { "id": "educated", "kind": "education", "weeks": 4 },
            { "id": "job", "kind": "event", "outcome": "job" },
            { "id": "job25", "kind": "employment", "months": 6, "min_rate": 0.25, "after": "job" } ],
          "payments": [
            { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 100,
              "indexation": { "base_year": 2026, "annual_indexation": 0.02 },
              "cap": { "count": 10, "amount": 1000, "participant_share": 0.5 },
              "cohort_gate": { "trigger": "job", "direction": "lower", "baseline_rate": 0.5, "margin": 0.1,
                               "evaluation_dates": { "c1": "2026-12-31" },
                               "pooled": { "margin": 0.075, "evaluation_date": "2027-12-31" } } },
            { "id": "banded", "kind": "fixed", "trigger": "job", "prices": [ { "until_months": 12, "amount": 200 }, { "amount": 100 } ] },
            { "id": "tiered", "kind": "fixed", "trigger": "job", "tiers": [ { "up_to": 5, "amount": 200 }, { "amount": 100 } ] },
            { "id": "saving", "kind": "share_of_savings", "gate": "sustained", "share": 0.5, "deadweight": 0.2 },
            { "id": "monthly", "kind": "delivery_fee", "from": "2026-01", "months": 12, "monthly_amount": 1000 },
            { "id": "of_value", "kind": "delivery_fee", "from": "2026-01", "months": 12, "contract_value": 100000, "share": 0.3 },
            { "id": "weekly", "kind": "per_week", "amount": 1500, "level": "full_or_partial", "or_education": true,
              "exclude_education": false, "gate": "enrolled", "max_weeks": 104 } ],
          "caps": { "per_participant": 5000, "total": 100000 },
          "payers": [ { "id": "state", "share": 0.75 }, { "id": "fund", "share": 0.25 } ],
          "payment_days": 30 }
        """,
        """
        { "name": "a gate against a comparison group", "window": { "weeks": 52 },
          "triggers": [ { "id": "job", "kind": "event", "outcome": "job" } ],
          "payments": [ { "id": "fee", "kind": "fixed", "trigger": "job", "amount": 100,
                          "cohort_gate": { "trigger": "job", "direction": "higher", "baseline": "comparison_group",
                                           "evaluation_dates": { "c1": "2026-12-31" } } } ] }
        """,
        """
        { "name": "the municipality's share", "window": { "weeks": 52 }, "benefits": { "kth": "support" },
          "monthly_cost": { "amount": 15000, "base_year": 2026 },
          "municipal_share": { "steps": [ { "from_week": 1, "share": 0.2 }, { "from_week": 5218, "share": 0.6 } ],
                               "reset_after_weeks": 1, "reset_within_weeks": 5218 },
          "triggers": [ { "id": "enrolled", "kind": "enrolment" } ],
          "payments": [ { "id": "muni", "kind": "share_of_savings", "gate": "enrolled", "share": 1, "of": "municipality" } ] }
        """,
    ];

    [Fact]
    public void The_examples_are_valid_and_give_every_required_and_every_ranged_field_of_the_model()
    {
        var given = Fields().Select(f => Key(f.Property)).ToHashSet(StringComparer.Ordinal);
        var checkable = ModelProperties()
            .Where(p => DocumentFields.IsRequired(p) || p.GetCustomAttribute<RangeAttribute>() is not null)
            .Select(Key);

        Assert.All(Examples, example => Assert.Equal(new List<string>(), Errors(example)));
        Assert.Equal(new List<string>(), checkable.Where(k => !given.Contains(k)).ToList());
    }

    [Fact]
    public void A_required_field_of_the_model_left_out_is_refused_as_missing()
    {
        Assert.All(Fields().Where(f => DocumentFields.IsRequired(f.Property)), field =>
        {
            JsonNode contract = JsonNode.Parse(Examples[field.Example])!;
            Parent(contract, field.Path).AsObject().Remove((string)field.Path[^1]);

            Assert.Contains($"{PathText(field.Path)}: required field is missing", Errors(contract.ToJsonString()));
        });
    }

    [Fact]
    public void A_ranged_field_of_the_model_is_refused_just_outside_its_range_and_accepted_at_its_bounds()
    {
        Assert.All(Fields().Where(f => f.Property.GetCustomAttribute<RangeAttribute>() is not null), field =>
        {
            var (outside, inside) = Values(field.Property);
            string at = PathText(field.Path) + ": ";
            foreach (decimal value in outside)
            {
                Assert.True(
                    Errors(With(field, value)).Any(e => e.StartsWith(at + "expected ", StringComparison.Ordinal)),
                    $"{PathText(field.Path)} = {value} is accepted, but is outside the range of {Key(field.Property)}");
            }

            foreach (decimal value in inside)
            {
                Assert.Equal(new List<string>(), Errors(With(field, value)).Where(e => e.StartsWith(at, StringComparison.Ordinal)).ToList());
            }
        });
    }

    /// <summary>
    /// The values just outside the property's range (one step past each bound, or the bound itself where the range
    /// leaves it out; a fraction where it holds whole numbers, or one decimal too many) and at the bounds it includes.
    /// </summary>
    private static (List<decimal> Outside, List<decimal> Inside) Values(PropertyInfo property)
    {
        RangeAttribute range = property.GetCustomAttribute<RangeAttribute>()!;
        bool whole = (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(int);
        decimal step = whole ? 1m : 0.0001m;
        var outside = new List<decimal>();
        var inside = new List<decimal>();
        if (Bound(range.Minimum) is { } min)
        {
            outside.Add(range.MinimumIsExclusive ? min : min - step);
            if (!range.MinimumIsExclusive)
            {
                inside.Add(min);
            }

            if (whole)
            {
                outside.Add(min + 0.5m);
            }
            else if (property.GetCustomAttribute<JsonSchemaMultipleOfAttribute>() is not null)
            {
                outside.Add(min + 0.001m);
            }
        }

        if (Bound(range.Maximum) is { } max)
        {
            outside.Add(range.MaximumIsExclusive ? max : max + step);
            if (!range.MaximumIsExclusive)
            {
                inside.Add(max);
            }
        }

        return (outside, inside);
    }

    private static decimal? Bound(object bound) => bound switch
    {
        int whole => whole,
        double number when double.IsFinite(number) => (decimal)number,
        _ => null,
    };

    private static string With((int Example, object[] Path, PropertyInfo Property) field, decimal value)
    {
        JsonNode contract = JsonNode.Parse(Examples[field.Example])!;
        Parent(contract, field.Path)[(string)field.Path[^1]] = JsonValue.Create(value);
        return contract.ToJsonString();
    }

    private static JsonNode Parent(JsonNode root, object[] path)
    {
        JsonNode node = root;
        foreach (object segment in path[..^1])
        {
            node = segment is int index ? node[index]! : node[(string)segment]!;
        }

        return node;
    }

    private static string PathText(object[] path)
    {
        var text = new StringBuilder();
        foreach (object segment in path)
        {
            text.Append(segment is int index ? string.Create(CultureInfo.InvariantCulture, $"[{index}]") : (text.Length == 0 ? string.Empty : ".") + (string)segment);
        }

        return text.ToString();
    }

    private static List<string> Errors(string json) =>
        ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "contract.json").Errors.Select(e => e.Message).ToList();

    private static string Key(PropertyInfo property) => property.DeclaringType!.Name + "." + property.Name;

    /// <summary>Every field that the examples give, with the document property that declares it.</summary>
    private static List<(int Example, object[] Path, PropertyInfo Property)> Fields()
    {
        var fields = new List<(int, object[], PropertyInfo)>();
        for (int i = 0; i < Examples.Length; i++)
        {
            Walk(JsonNode.Parse(Examples[i])!, typeof(ContractDocument), [], i, fields);
        }

        return fields;
    }

    private static void Walk(JsonNode node, Type document, object[] path, int example, List<(int, object[], PropertyInfo)> fields)
    {
        document = KindOf(document, node);
        foreach (PropertyInfo property in DocumentFields.Properties(document))
        {
            string name = DocumentFields.Name(property);
            if (node[name] is not { } value)
            {
                continue;
            }

            object[] at = [.. path, name];
            fields.Add((example, at, property));
            Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (ItemType(type) is { } item && value is JsonArray items)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    Walk(items[i]!, item, [.. at, i], example, fields);
                }
            }
            else if (IsDocument(type) && value is JsonObject)
            {
                Walk(value, type, at, example, fields);
            }
            else if (ValueType(type) is { } mapped && value is JsonObject map)
            {
                // A map such as benefits: its values written as objects are documents; those written alone are not.
                foreach (var (key, entry) in map)
                {
                    if (entry is JsonObject)
                    {
                        Walk(entry, mapped, [.. at, key], example, fields);
                    }
                }
            }
        }
    }

    /// <summary>The properties of every document type reached from <see cref="ContractDocument"/>, each once.</summary>
    private static List<PropertyInfo> ModelProperties()
    {
        var seen = new HashSet<Type>();
        var properties = new List<PropertyInfo>();
        var pending = new Queue<Type>([typeof(ContractDocument)]);
        while (pending.TryDequeue(out Type? type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (JsonDerivedTypeAttribute kind in type.GetCustomAttributes<JsonDerivedTypeAttribute>())
            {
                pending.Enqueue(kind.DerivedType);
            }

            foreach (PropertyInfo property in type.IsAbstract ? [] : DocumentFields.Properties(type))
            {
                properties.Add(property);
                Type propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                Type inner = ItemType(propertyType) ?? ValueType(propertyType) ?? propertyType;
                if (IsDocument(inner))
                {
                    pending.Enqueue(inner);
                }
            }
        }

        return properties.DistinctBy(Key).ToList();
    }

    private static Type KindOf(Type document, JsonNode node) =>
        document.GetCustomAttributes<JsonDerivedTypeAttribute>()
            .FirstOrDefault(d => (string)d.TypeDiscriminator! == node["kind"]?.GetValue<string>())?.DerivedType ?? document;

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>The document type of a map's values (<c>benefits</c>), or null where <paramref name="type"/> is no map of documents.</summary>
    private static Type? ValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) && IsDocument(type.GetGenericArguments()[1]) ? type.GetGenericArguments()[1] : null;

    private static bool IsDocument(Type type) => type.IsClass && type != typeof(string) && type.Namespace == typeof(ContractDocument).Namespace && !type.IsGenericType;
}
