using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// The fields of one JSON object, checked against the names it may have: an unknown field is an error at its name, a
/// missing required field an error at the object. A name given twice is used once, its first time (the repetition is
/// reported by <see cref="JsonPositions"/>).
/// </summary>
internal sealed class JsonObjectFields
{
    private readonly Dictionary<string, JsonField> _fields = new(StringComparer.Ordinal);
    private readonly JsonErrorSink _errors;

    private JsonObjectFields(JsonField obj, JsonErrorSink errors)
    {
        Path = obj.Path;
        _errors = errors;
        foreach (JsonProperty property in obj.Value.EnumerateObject())
        {
            _fields.TryAdd(property.Name, new JsonField(property.Value, JsonPath.Property(obj.Path, property.Name)));
        }
    }

    /// <summary>The object's path.</summary>
    internal string Path { get; }

    /// <summary>The fields, by name, in document order.</summary>
    internal IEnumerable<KeyValuePair<string, JsonField>> All => _fields;

    /// <summary>The object's fields, or null (with an error) where <paramref name="obj"/> is not an object.</summary>
    /// <param name="obj">The value that should be an object.</param>
    /// <param name="errors">Where errors go.</param>
    /// <param name="expected">What the object is, for the message: "an object", "an object of benefit code to class".</param>
    internal static JsonObjectFields? Open(JsonField obj, JsonErrorSink errors, string expected = "an object")
    {
        if (obj.Value.ValueKind != JsonValueKind.Object)
        {
            errors.AtValue(obj.Path, JsonValues.Expected(expected, obj.Value));
            return null;
        }

        return new JsonObjectFields(obj, errors);
    }

    /// <summary>Reports each field whose name is not in <paramref name="allowed"/>.</summary>
    /// <param name="allowed">The names the object may have.</param>
    /// <param name="what">What the object is, for the message: "a sustained trigger".</param>
    internal void AllowOnly(IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var (name, field) in _fields)
        {
            if (!allowed.Contains(name))
            {
                _errors.AtName(field.Path, $"unknown field; {what} has only {string.Join(", ", allowed)}");
            }
        }
    }

    /// <summary>The field, or null with an error where it is missing.</summary>
    internal JsonField? Required(string name)
    {
        if (_fields.TryGetValue(name, out JsonField field))
        {
            return field;
        }

        _errors.Missing(Path, JsonPath.Property(Path, name), "required field is missing");
        return null;
    }

    /// <summary>The field, or null where it is absent (no error).</summary>
    internal JsonField? Optional(string name) => _fields.TryGetValue(name, out JsonField field) ? field : null;

    /// <summary>Whether the field is present.</summary>
    internal bool Has(string name) => _fields.ContainsKey(name);
}
