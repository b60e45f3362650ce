using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

using static SocialInvestment.Io.JsonOutput;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>evidence.json</c>: for each trigger the share met with its Wilson interval, the exact binomial test against
/// its baseline rate, the comparison with a comparison group, and the Kaplan–Meier curve of the time to it
/// (docs/evidence.md). Its form is documented in docs/output-formats.md; the same evidence gives the same bytes.
/// </summary>
/// <remarks>
/// Statistics are doubles; they are written rounded half away from zero to 6 decimals (p-values to 6 significant
/// digits), so that the last bits of a floating-point computation do not show.
/// </remarks>
public static class EvidenceJson
{
    /// <summary>The format's name and version, written first.</summary>
    public const string Format = "socialinvestment-evidence/1";

    /// <summary>Writes the evidence for a contract's triggers.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="contract">The contract whose triggers the evidence is for (its name is written).</param>
    /// <param name="asOf">The data extraction date.</param>
    /// <param name="evidence">The evidence per trigger (<see cref="Evidence.ForTriggers"/>), in contract order.</param>
    /// <param name="inputs">The input files and their hashes, in the order to list them.</param>
    public static void Write(Stream stream, Contract contract, LocalDate asOf, IReadOnlyList<TriggerEvidence> evidence, IEnumerable<InputFile> inputs) =>
        Write(stream, contract, asOf, evidence, inputs, []);

    /// <summary>The <c>triggers</c> array: each trigger's proportion, baseline test, comparison and time to outcome.</summary>
    private static void WriteTriggers(Utf8JsonWriter json, Contract contract, IReadOnlyList<TriggerEvidence> evidence)
    {
        json.WriteStartArray("triggers");
        foreach (TriggerEvidence trigger in evidence)
        {
            json.WriteStartObject();
            json.WriteString("id", trigger.TriggerId);
            json.WriteString("kind", trigger.Kind);
            WriteProportion(json, trigger.Proportion);
            json.WritePropertyName("baseline");
            WriteBaseline(json, trigger.AgainstBaseline, contract.TriggersById.TryGetValue(trigger.TriggerId, out Trigger? t) ? t.BaselineRate : null);
            json.WritePropertyName("comparison");
            WriteComparison(json, trigger.AgainstComparison, trigger.ComparisonTimeToOutcome);
            json.WritePropertyName("time_to_outcome");
            WriteCurve(json, trigger.TimeToOutcome);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes evidence.json with the evidence of each municipality beside the whole cohort's (SPEC-DK DK7).</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="contract">The contract.</param>
    /// <param name="asOf">The settlement date.</param>
    /// <param name="evidence">The whole cohort's evidence, in contract order.</param>
    /// <param name="inputs">The input files and their hashes.</param>
    /// <param name="municipalities">Each municipality's evidence, from <see cref="Evidence.ForMunicipalities"/>; written as <c>municipalities</c> only where not empty, so other files stay as they were.</param>
    public static void Write(
        Stream stream, Contract contract, LocalDate asOf, IReadOnlyList<TriggerEvidence> evidence, IEnumerable<InputFile> inputs, IReadOnlyList<KeyValuePair<string, IReadOnlyList<TriggerEvidence>>> municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(inputs);
        using var json = JsonOutput.Open(stream);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteString("contract", contract.Name);
        json.WriteString("as_of", LocalDatePattern.Iso.Format(asOf));
        JsonOutput.WriteInputs(json, inputs);
        WriteTriggers(json, contract, evidence);
        if (municipalities.Count > 0)
        {
            json.WriteStartArray("municipalities");
            foreach (var (municipality, triggers) in municipalities)
            {
                json.WriteStartObject();
                json.WriteString("municipality", Echo.Value(municipality));
                json.WriteNumber("participants", triggers.Count > 0 ? triggers[0].Proportion.Total : 0);
                WriteTriggers(json, contract, triggers);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteProportion(Utf8JsonWriter json, Proportion proportion)
    {
        json.WriteNumber("met", proportion.Met);
        json.WriteNumber("participants", proportion.Total);
        WriteStatistic(json, "share", proportion.Share);
        json.WritePropertyName("interval");
        WriteInterval(json, proportion.Interval, proportion.ConfidenceLevel);
    }

    private static void WriteInterval(Utf8JsonWriter json, ConfidenceInterval? interval, double level)
    {
        if (interval is not { } i)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        WriteStatistic(json, "level", level);
        WriteStatistic(json, "lower", i.Lower);
        WriteStatistic(json, "upper", i.Upper);
        json.WriteEndObject();
    }

    private static void WriteBaseline(Utf8JsonWriter json, BinomialTest? test, Share? rate)
    {
        if (rate is not { } r)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        WriteNumber(json, "rate", r.ToString());
        WriteP(json, "p_two_sided", test?.TwoSidedP);
        WriteP(json, "p_greater", test?.GreaterP);
        json.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter json, ProportionDifference? difference, KaplanMeierCurve? curve)
    {
        if (difference is null || curve is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        WriteProportion(json, difference.Comparison);
        WriteStatistic(json, "difference", difference.Difference);
        json.WritePropertyName("difference_interval");
        WriteInterval(json, difference.Interval, difference.Cohort.ConfidenceLevel);
        WriteStatistic(json, "z", difference.Z);
        WriteStatistic(json, "chi_squared", difference.ChiSquared);
        WriteP(json, "p_two_sided", difference.TwoSidedP);
        json.WritePropertyName("time_to_outcome");
        WriteCurve(json, curve);
        json.WriteEndObject();
    }

    private static void WriteCurve(Utf8JsonWriter json, KaplanMeierCurve curve)
    {
        json.WriteStartObject();
        json.WriteNumber("participants", curve.Count);
        json.WriteNumber("met", curve.Met);
        if (curve.MedianDays is { } median)
        {
            json.WriteNumber("median_days", median);
        }
        else
        {
            json.WriteNull("median_days");
        }

        json.WriteStartArray("steps");
        foreach (KaplanMeierStep step in curve.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("days", step.Days);
            json.WriteNumber("at_risk", step.AtRisk);
            json.WriteNumber("met", step.Met);
            json.WriteNumber("censored", step.Censored);
            WriteStatistic(json, "survival", step.Survival);
            WriteStatistic(json, "share_met", step.ShareMet);
            WriteStatistic(json, "standard_error", step.StandardError);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A statistic rounded half away from zero to 6 decimals, without trailing zeros; null as null.</summary>
    private static void WriteStatistic(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is not { } v)
        {
            json.WriteNullValue();
            return;
        }

        decimal rounded = decimal.Round((decimal)v, 6, MidpointRounding.AwayFromZero);

        // A value that rounds to zero from below is written 0, not -0.
        json.WriteRawValue((rounded == 0 ? 0m : rounded).ToString("0.######", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    /// <summary>A p-value to 6 significant digits (a small one in exponent form, 1.23457E-12), so that it never rounds to 0; null as null.</summary>
    private static void WriteP(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is { } v)
        {
            json.WriteRawValue(v.ToString("G6", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
