using System.Globalization;
using System.Text.Json;

using static SocialInvestment.Io.JsonOutput;

namespace SocialInvestment.Io;

/// <summary>
/// Writes the design's <c>design.json</c> (docs/output-formats.md): the parameters and conditions, the counts, the
/// recommended contract's index, the front and, where no candidate qualifies, the binding condition. Every candidate is in
/// design.csv; this file stays small for a grid of any size. The same result gives the same bytes.
/// </summary>
public static class DesignResultJson
{
    /// <summary>The format's name and version, written first.</summary>
    public const string Format = "socialinvestment-design/1";

    /// <summary>Writes <paramref name="result"/> without exact figures of its recommended contract (<c>recommended_contract</c> null).</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="result">The design's result.</param>
    /// <param name="inputs">The input files and their hashes, in the order to list them.</param>
    public static void Write(Stream stream, DesignResult result, IEnumerable<InputFile> inputs)
    {
        ArgumentNullException.ThrowIfNull(result);
        Write(stream, new DesignReport(result), inputs);
    }

    /// <summary>
    /// Writes <paramref name="report"/>: its result, and in <c>recommended_contract</c> the recommended contract's exact
    /// measures and bands and, where it was evaluated under stress, the stress's factors, measures and bands.
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="report">The design's result with the exact evaluations of its recommended contract.</param>
    /// <param name="inputs">The input files and their hashes, in the order to list them.</param>
    public static void Write(Stream stream, DesignReport report, IEnumerable<InputFile> inputs)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(inputs);
        DesignResult result = report.Result;
        using var json = JsonOutput.Open(stream);
        json.WriteStartObject();
        json.WriteString("format", Format);
        WriteInputs(json, inputs);
        json.WriteStartArray("parameters");
        foreach (DesignParameter parameter in result.Space.Grid.Parameters)
        {
            json.WriteStartObject();
            json.WriteString("parameter", parameter.Name);
            json.WriteStartArray("values");
            foreach (decimal value in parameter.Values)
            {
                json.WriteNumberValue(DesignFormat.Normalized(value));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("conditions");
        foreach (DesignCondition condition in result.Space.Conditions)
        {
            json.WriteStartObject();
            json.WriteString("measure", DesignMeasures.NameOf(condition.Measure));
            WriteNumber(json, condition.Bound == DesignBound.AtLeast ? "at_least" : "at_most", DesignFormat.Value(condition.Limit));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("candidates", result.Space.Grid.Count);
        json.WriteNumber("evaluated", result.Candidates.Count);
        json.WriteNumber("qualifying", result.Qualifying.Count);
        if (result.Recommended is { } recommended)
        {
            json.WriteNumber("recommended", recommended.Index);
        }
        else
        {
            json.WriteNull("recommended");
        }

        WriteRecommendedContract(json, report);

        json.WriteStartArray("front");
        foreach (DesignCandidate candidate in result.Front)
        {
            WriteCandidate(json, candidate);
        }

        json.WriteEndArray();
        json.WritePropertyName("miss");
        if (result.Miss is { } miss && result.Nearest is { } nearest)
        {
            json.WriteStartObject();
            json.WriteNumber("condition_index", miss.ConditionIndex);
            json.WriteString("condition", miss.Condition.ToString());
            json.WriteNumber("candidate", nearest.Index);
            json.WritePropertyName("shortfall");
            if (miss.Shortfall is { } shortfall)
            {
                json.WriteRawValue(DesignFormat.Value(shortfall), skipInputValidation: true);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteString("message", MissMessage(result)!);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Where no candidate qualifies, one sentence naming the binding condition, the nearest candidate and by how much it
    /// misses: <c>no candidate meets investor_irr_p50 at_least 0.08 (condition 2 of 2, among the candidates that meet
    /// the conditions before it); the nearest, candidate 4, misses it by 0.0125</c>. Null where some candidate qualifies.
    /// </summary>
    /// <param name="result">The design's result.</param>
    public static string? MissMessage(DesignResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Miss is not { } miss || result.Nearest is not { } nearest)
        {
            return null;
        }

        string among = miss.ConditionIndex == 0 ? string.Empty : ", among the candidates that meet the conditions before it";
        string by = miss.Shortfall is { } shortfall
            ? "misses it by " + DesignFormat.Value(shortfall)
            : "has no " + DesignMeasures.NameOf(miss.Condition.Measure) + " at all";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"no candidate meets {miss.Condition} (condition {miss.ConditionIndex + 1} of {result.Space.Conditions.Count}{among}); the nearest, candidate {nearest.Index}, {by}");
    }

    private static void WriteCandidate(Utf8JsonWriter json, DesignCandidate candidate)
    {
        json.WriteStartObject();
        WriteIndexAndValues(json, candidate);
        WriteMeasures(json, candidate.Measures);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>recommended_contract</c>: the recommended candidate's index and values, its exact measures and bands, and its
    /// stress; null where none is recommended or the report has no exact evaluation of it.
    /// </summary>
    private static void WriteRecommendedContract(Utf8JsonWriter json, DesignReport report)
    {
        json.WritePropertyName("recommended_contract");
        if (report.Result.Recommended is not { } candidate || report.Recommended is not { } exact)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        WriteIndexAndValues(json, candidate);
        WriteEvaluation(json, exact);
        json.WritePropertyName("stress");
        if (report.Stress is { } stress && report.Stressed is { } stressed)
        {
            json.WriteStartObject();
            WriteNumber(json, "leaving_factor", HazardsCsv.Format(stress.LeavingFactor));
            WriteNumber(json, "intake_factor", DesignFormat.Value(stress.IntakeFactor));
            WriteEvaluation(json, stressed);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndObject();
    }

    private static void WriteIndexAndValues(Utf8JsonWriter json, DesignCandidate candidate)
    {
        json.WriteNumber("candidate", candidate.Index);
        json.WriteStartObject("values");
        foreach (DesignSetting setting in candidate.Assignment.Settings)
        {
            WriteNumber(json, setting.Parameter, DesignFormat.Value(setting.Value));
        }

        json.WriteEndObject();
    }

    /// <summary>An exact evaluation's measures and its bands of payments, gross savings and municipal savings (null without a municipal share).</summary>
    private static void WriteEvaluation(Utf8JsonWriter json, ExactEvaluation evaluation)
    {
        WriteMeasures(json, evaluation.Measures);
        WriteBand(json, "payments", evaluation.Payments);
        WriteBand(json, "savings", evaluation.Savings);
        if (evaluation.MunicipalSavings is { } municipal)
        {
            WriteBand(json, "municipal_savings", municipal);
        }
        else
        {
            json.WriteNull("municipal_savings");
        }
    }

    private static void WriteMeasures(Utf8JsonWriter json, DesignMeasures measures)
    {
        json.WriteStartObject("measures");
        foreach (DesignMeasure measure in Enum.GetValues<DesignMeasure>())
        {
            string name = DesignMeasures.NameOf(measure);
            if (measures[measure] is { } value)
            {
                WriteNumber(json, name, DesignFormat.Measure(measure, value));
            }
            else
            {
                json.WriteNull(name);
            }
        }

        json.WriteEndObject();
    }
}
