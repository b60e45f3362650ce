using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>summary.json</c> (SPEC §10): the inputs' SHA-256 hashes, <c>as_of</c>, participant and row counts, each
/// trigger's count and share, totals per payment and overall (and per payer, where the contract declares payers), and the
/// gross saving. Its form is documented in docs/output-formats.md; the same inputs give the same bytes.
/// </summary>
public static class SummaryJson
{
    /// <summary>The format's name and version, written first.</summary>
    public const string Format = "socialinvestment-summary/1";

    /// <summary>Writes the summary of <paramref name="result"/>.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="result">The settlement.</param>
    /// <param name="inputs">The input files and their hashes, in the order to list them.</param>
    /// <param name="rows">Row counts of the inputs.</param>
    public static void Write(Stream stream, SettlementResult result, IEnumerable<InputFile> inputs, InputCounts rows)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckNotNull(inputs, nameof(inputs));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteString("contract", result.Contract.Name);
        json.WriteString("currency", result.Contract.Currency);
        json.WriteString("as_of", LocalDatePattern.Iso.Format(result.AsOf));
        json.WriteStartArray("inputs");
        foreach (InputFile input in inputs)
        {
            json.WriteStartObject();
            json.WriteString("role", input.Role);
            json.WriteString("sha256", input.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("participants", result.Outcomes.Count);
        json.WriteStartObject("rows");
        json.WriteNumber("spells_read", rows.SpellRows);
        json.WriteNumber("spells_skipped_outside_cohort", rows.SpellRowsSkipped);
        json.WriteNumber("events_read", rows.EventRows);
        json.WriteNumber("events_skipped_outside_cohort", rows.EventRowsSkipped);
        json.WriteNumber("ledger_rows", rows.LedgerRows);
        json.WriteEndObject();
        json.WriteStartArray("triggers");
        foreach (TriggerSummary trigger in result.TriggerSummaries)
        {
            json.WriteStartObject();
            json.WriteString("id", trigger.TriggerId);
            json.WriteString("kind", trigger.Kind);
            json.WriteNumber("met", trigger.Met);
            WriteDecimal(json, "share", decimal.Round(trigger.Share, 6, MidpointRounding.AwayFromZero), "0.######");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("payments");
        foreach (var (id, totals) in result.PaymentTotals)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            WriteTotals(json, totals);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("total");
        WriteTotals(json, result.Totals);
        json.WriteEndObject();
        if (result.Contract.Payers.Count > 0)
        {
            // Only where the contract declares payers (L2.8), so that the summary of every v1 contract stays as it was.
            json.WriteStartArray("payers");
            for (int i = 0; i < result.PayerTotals.Count; i++)
            {
                var (id, totals) = result.PayerTotals[i];
                json.WriteStartObject();
                json.WriteString("id", id);
                WriteDecimal(json, "share", result.Contract.Payers[i].Share.Value, "0.############################");
                WriteTotals(json, totals);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteMoney(json, "gross_saving", result.GrossSaving);
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteTotals(Utf8JsonWriter json, SettlementTotals totals)
    {
        json.WriteNumber("lines", totals.Lines);
        WriteMoney(json, "amount", totals.Amount);
        WriteMoney(json, "payable", totals.Payable);
        WriteMoney(json, "capped", totals.Capped);
        WriteMoney(json, "paid_before", totals.PaidBefore);
        WriteMoney(json, "due", totals.Due);
    }

    private static void WriteMoney(Utf8JsonWriter json, string name, Money value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(value.ToString(), skipInputValidation: true);
    }

    private static void WriteDecimal(Utf8JsonWriter json, string name, decimal value, string format)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(value.ToString(format, CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
