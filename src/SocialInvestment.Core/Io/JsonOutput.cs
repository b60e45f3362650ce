using System.Text.Encodings.Web;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// What every JSON output of <c>sib</c> shares (docs/output-formats.md): the writer's settings, the list of input hashes,
/// and numbers written exactly as formatted, so that the same inputs give the same bytes in any culture.
/// </summary>
internal static class JsonOutput
{
    /// <summary>
    /// A writer that indents by two spaces, ends lines with <c>\n</c> on every platform and leaves non-ASCII letters as
    /// they are (a Danish contract name stays readable).
    /// </summary>
    internal static Utf8JsonWriter Open(Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The <c>inputs</c> array: each file's role and SHA-256, in the order given.</summary>
    internal static void WriteInputs(Utf8JsonWriter json, IEnumerable<InputFile> inputs)
    {
        json.WriteStartArray("inputs");
        foreach (InputFile input in inputs)
        {
            json.WriteStartObject();
            json.WriteString("role", input.Role);
            json.WriteString("sha256", input.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An amount as a JSON number with two decimals (<see cref="Money.ToString()"/>), never in exponent form.</summary>
    internal static void WriteMoney(Utf8JsonWriter json, string name, Money value) => WriteNumber(json, name, value.ToString());

    /// <summary>A percentile band as an object <c>{ "p5", "p50", "p95" }</c> of amounts (simulation.json, the design's design.json).</summary>
    internal static void WriteBand(Utf8JsonWriter json, string name, PercentileBand band)
    {
        json.WriteStartObject(name);
        WriteMoney(json, "p5", band.P5);
        WriteMoney(json, "p50", band.P50);
        WriteMoney(json, "p95", band.P95);
        json.WriteEndObject();
    }

    /// <summary>
    /// A number already formatted in the invariant culture, written as it is: <see cref="Utf8JsonWriter"/>'s own number
    /// formatting would drop the trailing zeros that the formats keep, or choose an exponent.
    /// </summary>
    internal static void WriteNumber(Utf8JsonWriter json, string name, string formatted)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(formatted, skipInputValidation: true);
    }
}
