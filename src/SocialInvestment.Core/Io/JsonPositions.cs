using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// Where each property name and value of a JSON document stands, by JSON path (see <see cref="JsonPath"/>), found by
/// one pass of <see cref="Utf8JsonReader"/> over the bytes; also the property names repeated within one object, which
/// <see cref="JsonDocument"/> does not report. Where a name is repeated, the first occurrence's positions are kept, as
/// the readers use the first occurrence. The scan stops at the first thing that <see cref="JsonDocument"/> would accept
/// but the contract must not hold: nesting deeper than <see cref="ContractJson.MaxDepth"/>, or a string whose <c>\u</c>
/// escapes are not valid UTF-16 (<see cref="Refusal"/>).
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, JsonTextPosition> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonTextPosition> _names = new(StringComparer.Ordinal);
    private readonly List<(string Path, JsonTextPosition Position)> _duplicates = [];
    private readonly Dictionary<string, (int Offset, int Length)> _numbers = new(StringComparer.Ordinal);

    private const string InvalidEscape =
        "not valid JSON text: a \\u escape gives half of a surrogate pair (\\uD800 to \\uDFFF) without the other half; write the character itself";

    private JsonPositions()
    {
    }

    /// <summary>Property names given twice in one object: the path and the position of each repetition, in file order.</summary>
    internal IReadOnlyList<(string Path, JsonTextPosition Position)> Duplicates => _duplicates;

    /// <summary>Where and why the scan stopped before the end of a document that is otherwise valid JSON; null where it did not.</summary>
    internal (JsonTextPosition At, string Message)? Refusal { get; private set; }

    /// <summary>Scans a document (without BOM) that must be strict JSON: no comments, no trailing commas.</summary>
    /// <param name="utf8">The document's bytes.</param>
    /// <param name="lines">Its line map.</param>
    /// <param name="depthNeeded">What the message on nesting too deep says such a file needs: "a contract needs 3".</param>
    /// <exception cref="JsonException">The text is not valid JSON; the exception holds the reader's line and byte position.</exception>
    internal static JsonPositions Scan(byte[] utf8, JsonLineMap lines, string depthNeeded)
    {
        var positions = new JsonPositions();
        // One level more than the limit, so that the scan, not the reader, reports the first level too deep, with its path.
        var reader = new Utf8JsonReader(
            utf8,
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = ContractJson.MaxDepth + 1 });
        var containers = new Stack<Container>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            JsonTextPosition at = lines.At(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    {
                        Container parent = containers.Peek();
                        if (!IsReadable(ref reader))
                        {
                            positions.Refuse(at, parent.Path, InvalidEscape);
                            return positions;
                        }

                        string name = reader.GetString()!;
                        pendingProperty = JsonPath.Property(parent.Path, name);
                        if (!parent.Names!.Add(name))
                        {
                            positions._duplicates.Add((pendingProperty, at));
                        }

                        positions._names.TryAdd(pendingProperty, at);
                        break;
                    }

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    break;

                default:
                    {
                        string path = ValuePath(containers, pendingProperty);
                        pendingProperty = null;
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && containers.Count == ContractJson.MaxDepth)
                        {
                            positions.Refuse(at, path, $"nested deeper than {ContractJson.MaxDepth} levels of objects and arrays; {depthNeeded}");
                            return positions;
                        }

                        if (reader.TokenType == JsonTokenType.String && !IsReadable(ref reader))
                        {
                            positions.Refuse(at, path, InvalidEscape);
                            return positions;
                        }

                        positions._values.TryAdd(path, at);
                        if (reader.TokenType == JsonTokenType.Number)
                        {
                            positions._numbers.TryAdd(path, ((int)reader.TokenStartIndex, reader.ValueSpan.Length));
                        }
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            containers.Push(new Container(path, new HashSet<string>(StringComparer.Ordinal)));
                        }
                        else if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            containers.Push(new Container(path, null));
                        }

                        break;
                    }
            }
        }

        return positions;
    }

    /// <summary>Where the value at <paramref name="path"/> starts; the document's start where the path is unknown.</summary>
    internal JsonTextPosition ValueAt(string path) =>
        _values.TryGetValue(path, out JsonTextPosition at) ? at : new JsonTextPosition(1, 1);

    /// <summary>
    /// Where the number at <paramref name="path"/> stands in the bytes scanned (without BOM): its first byte and its length,
    /// exactly as written; null where the value there is no number. A design (docs/design.md) replaces these bytes.
    /// </summary>
    internal (int Offset, int Length)? NumberAt(string path) =>
        _numbers.TryGetValue(path, out var span) ? span : null;

    /// <summary>Where the property name of <paramref name="path"/> starts (its opening quote), else where its value starts.</summary>
    internal JsonTextPosition NameAt(string path) =>
        _names.TryGetValue(path, out JsonTextPosition at) ? at : ValueAt(path);

    /// <summary>
    /// Whether the current string or property name can be read as a string: <see cref="JsonDocument"/> accepts <c>\u</c>
    /// escapes that give half a surrogate pair, but cannot turn them into a string. Only escaped strings can fail: the
    /// bytes were checked to be UTF-8.
    /// </summary>
    private static bool IsReadable(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return true;
        }

        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private void Refuse(JsonTextPosition at, string path, string message) =>
        Refusal = (at, path.Length == 0 ? message : $"{Cut(path)}: {message}");

    /// <summary>A path as a message shows it: a path 64 levels deep is long, and its start says where it is.</summary>
    private static string Cut(string path) => path.Length <= 100 ? path : string.Concat(path.AsSpan(0, 100), "…");

    private static string ValuePath(Stack<Container> containers, string? pendingProperty)
    {
        if (containers.Count == 0)
        {
            return JsonPath.Root;
        }

        Container parent = containers.Peek();
        if (parent.Names is not null)
        {
            return pendingProperty ?? parent.Path;
        }

        return JsonPath.Index(parent.Path, parent.NextIndex++);
    }

    private sealed class Container(string path, HashSet<string>? names)
    {
        internal string Path { get; } = path;

        /// <summary>The names seen so far in an object; null for an array.</summary>
        internal HashSet<string>? Names { get; } = names;

        internal int NextIndex { get; set; }
    }
}
