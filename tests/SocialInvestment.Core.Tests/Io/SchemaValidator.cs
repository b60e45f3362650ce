using System.Text.Json;
using System.Text.RegularExpressions;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A JSON Schema validator for exactly the keywords that docs/contract.schema.json uses, with their draft-07 meaning
/// (numbers compared exactly as decimals; <c>integer</c> is any number with no fraction). Any other keyword throws, so
/// that a schema that grows a keyword cannot pass by being ignored. No validator package is served here.
/// </summary>
internal static class SchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "title", "description", "default"];

    /// <summary>Where <paramref name="instance"/> breaks <paramref name="schema"/>: one entry per failed keyword, with its path; empty where valid.</summary>
    internal static List<string> Errors(JsonElement schema, JsonElement instance) => Errors(schema, schema, instance);

    /// <summary>As <see cref="Errors(JsonElement, JsonElement)"/>, for a part of <paramref name="root"/>, against which a <c>$ref</c> is resolved.</summary>
    private static List<string> Errors(JsonElement root, JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, schema, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Keyword(root, keyword.Name, keyword.Value, schema, instance, path, errors))
            {
                throw new NotSupportedException($"The schema uses the keyword {keyword.Name}, which this validator does not know.");
            }
        }
    }

    private static bool Keyword(JsonElement root, string name, JsonElement value, JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        switch (name)
        {
            case "$ref":
                // Only the references the exporter writes: a JSON pointer into the same document, "#/properties/...".
                Check(root, Resolve(root, value.GetString()!), instance, path, errors);
                return true;
            case "type":
                string[] types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(t => t.GetString()!).ToArray() : [value.GetString()!];
                Expect(types.Any(t => IsOfType(instance, t)), $"{path}: not of type {string.Join(" or ", types)}", errors);
                return true;
            case "enum":
                Expect(value.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance)), $"{path}: not one of {value.GetRawText()}", errors);
                return true;
            case "const":
                Expect(JsonElement.DeepEquals(value, instance), $"{path}: not {value.GetRawText()}", errors);
                return true;
            case "pattern":
                Expect(instance.ValueKind != JsonValueKind.String || Regex.IsMatch(instance.GetString()!, value.GetString()!), $"{path}: does not match {value.GetString()}", errors);
                return true;
            case "minItems":
                Expect(instance.ValueKind != JsonValueKind.Array || instance.GetArrayLength() >= value.GetInt32(), $"{path}: fewer than {value.GetInt32()} items", errors);
                return true;
            case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "multipleOf":
                if (instance.ValueKind == JsonValueKind.Number)
                {
                    Expect(Holds(name, Number(instance), Number(value)), $"{path}: breaks {name} {value.GetRawText()}", errors);
                }

                return true;
            case "properties":
                if (instance.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty property in instance.EnumerateObject())
                    {
                        if (value.TryGetProperty(property.Name, out JsonElement propertySchema))
                        {
                            Check(root, propertySchema, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }
                }

                return true;
            case "additionalProperties":
                if (instance.ValueKind == JsonValueKind.Object)
                {
                    bool hasProperties = schema.TryGetProperty("properties", out JsonElement declared);
                    foreach (JsonProperty property in instance.EnumerateObject())
                    {
                        if (!hasProperties || !declared.TryGetProperty(property.Name, out _))
                        {
                            Check(root, value, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }
                }

                return true;
            case "propertyNames":
                if (instance.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty property in instance.EnumerateObject())
                    {
                        using JsonDocument key = JsonDocument.Parse(JsonSerializer.Serialize(property.Name));
                        Check(root, value, key.RootElement, $"{path}[name {property.Name}]", errors);
                    }
                }

                return true;
            case "required":
                if (instance.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonElement required in value.EnumerateArray())
                    {
                        Expect(instance.TryGetProperty(required.GetString()!, out _), $"{path}: {required.GetString()} is required", errors);
                    }
                }

                return true;
            case "items":
                if (instance.ValueKind == JsonValueKind.Array)
                {
                    int index = 0;
                    foreach (JsonElement item in instance.EnumerateArray())
                    {
                        Check(root, value, item, $"{path}[{index++}]", errors);
                    }
                }

                return true;
            case "contains":
                Expect(instance.ValueKind != JsonValueKind.Array || instance.EnumerateArray().Any(item => Errors(root, value, item).Count == 0), $"{path}: holds no item as contains asks", errors);
                return true;
            case "anyOf":
                Expect(value.EnumerateArray().Any(branch => Errors(root, branch, instance).Count == 0), $"{path}: matches none of anyOf", errors);
                return true;
            case "allOf":
                foreach (JsonElement part in value.EnumerateArray())
                {
                    Check(root, part, instance, path, errors);
                }

                return true;
            case "if":
                bool holds = Errors(root, value, instance).Count == 0;
                if (schema.TryGetProperty(holds ? "then" : "else", out JsonElement consequence))
                {
                    Check(root, consequence, instance, path, errors);
                }

                return true;
            case "then" or "else":
                return schema.TryGetProperty("if", out _);
            default:
                return false;
        }
    }

    /// <summary>The schema that <paramref name="reference"/>, a JSON pointer of the form <c>#/a/b/0</c>, names in <paramref name="root"/>.</summary>
    private static JsonElement Resolve(JsonElement root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"$ref {reference}: only pointers into the same document are known");
        }

        JsonElement target = root;
        foreach (string token in reference[2..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            target = target.ValueKind == JsonValueKind.Array ? target[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : target.GetProperty(token);
        }

        return target;
    }

    private static void Expect(bool condition, string error, List<string> errors)
    {
        if (!condition)
        {
            errors.Add(error);
        }
    }

    private static bool IsOfType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && Number(instance) is var n && decimal.Truncate(n) == n,
        _ => throw new NotSupportedException($"type {type}"),
    };

    private static bool Holds(string keyword, decimal instance, decimal bound) => keyword switch
    {
        "minimum" => instance >= bound,
        "maximum" => instance <= bound,
        "exclusiveMinimum" => instance > bound,
        "exclusiveMaximum" => instance < bound,
        _ => instance % bound == 0m,
    };

    /// <summary>The exact value of a JSON number (every number in a contract fits a decimal, or the reader refuses it).</summary>
    private static decimal Number(JsonElement number) =>
        number.TryGetDecimal(out decimal value) ? value : throw new NotSupportedException($"{number.GetRawText()} is beyond a decimal");
}
