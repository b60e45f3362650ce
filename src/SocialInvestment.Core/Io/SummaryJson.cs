using System.Globalization;
using System.Text.Json;
using NodaTime.Text;

using static SocialInvestment.Io.JsonOutput;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>summary.json</c> (SPEC §10): the inputs' SHA-256 hashes, <c>as_of</c>, participant and row counts, each
/// trigger's count and share, totals per payment and overall (per payer, where the contract declares payers), what each
/// cohort gate found (where a payment has one), and the gross saving (with its municipal and state parts, in total and per
/// share-of-savings payment, where the contract has a municipal share). Its form is documented in docs/output-formats.md;
/// the same inputs give the same bytes.
/// </summary>
public static class SummaryJson
{
    /// <summary>The format's name and version, written first.</summary>
    public const string Format = "socialinvestment-summary/1";

    /// <summary>A decimal as the contract gives it, without trailing zeros.</summary>
    private const string ExactFormat = "0.############################";

    /// <summary>Writes the summary of <paramref name="result"/>.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="result">The settlement.</param>
    /// <param name="inputs">The input files and their hashes, in the order to list them.</param>
    /// <param name="rows">Row counts of the inputs.</param>
    public static void Write(Stream stream, SettlementResult result, IEnumerable<InputFile> inputs, InputCounts rows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(inputs);
        using var json = JsonOutput.Open(stream);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteString("contract", result.Contract.Name);
        json.WriteString("currency", result.Contract.Currency);
        json.WriteString("as_of", LocalDatePattern.Iso.Format(result.AsOf));
        JsonOutput.WriteInputs(json, inputs);
        json.WriteNumber("participants", result.Outcomes.Count);
        json.WriteStartObject("rows");
        if (rows.Weeks is { } weeks)
        {
            json.WriteString("weeks_form", weeks.Form == WeeksForm.Wide ? "wide" : "long");
            json.WriteNumber("weeks_persons", weeks.Persons);
            json.WriteNumber("weeks_persons_skipped_outside_cohort", weeks.Persons - weeks.CohortPersons);
            json.WriteNumber("weeks_coded_of_cohort", weeks.CodedWeeks);
        }
        else
        {
            json.WriteNumber("spells_read", rows.SpellRows);
            json.WriteNumber("spells_skipped_outside_cohort", rows.SpellRowsSkipped);
        }

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
        var savings = result.PaymentSavings.ToDictionary(p => p.PaymentId, StringComparer.Ordinal);
        foreach (var (id, totals) in result.PaymentTotals)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            WriteTotals(json, totals);
            if (savings.TryGetValue(id, out PaymentSavings? saving))
            {
                // Only for a share of savings under a municipal_share (SPEC-DK DK5), so that every other summary stays as it was.
                WriteSavings(json, saving);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("total");
        WriteTotals(json, result.Totals);
        json.WriteEndObject();
        if (result.Contract.Payers.Count > 0)
        {
            // Only where the contract declares payers (docs/calculation.md, "Several payers"), so that the summary of every v1 contract stays as it was.
            json.WriteStartArray("payers");
            for (int i = 0; i < result.PayerTotals.Count; i++)
            {
                var (id, totals) = result.PayerTotals[i];
                json.WriteStartObject();
                json.WriteString("id", id);
                WriteDecimal(json, "share", result.Contract.Payers[i].Share.Value, ExactFormat);
                WriteTotals(json, totals);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (result.Gates.Count > 0)
        {
            // Only where a payment has a cohort gate (docs/calculation.md, "Cohort gate"), so that every other summary stays as it was.
            WriteGates(json, result.Gates);
        }

        if (result.Outcomes.Any(o => o.Participant.Municipality is not null))
        {
            // Only where participants.csv names municipalities (SPEC-DK DK7), so that every other summary stays as it was.
            WriteMunicipalities(json, result.Municipalities);
        }

        WriteMoney(json, "gross_saving", result.GrossSaving);
        if (result.MunicipalSaving is { } municipal)
        {
            // Only with a municipal_share (SPEC-DK DK5), so that every other summary stays as it was.
            WriteMoney(json, "municipal_saving", municipal);
            WriteMoney(json, "state_saving", result.StateSaving!.Value);
        }

        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// The settlement by municipality (SPEC-DK DK7): per municipality, in code-point order of its name, its participants,
    /// the sums over their lines and their gross saving; the parts sum to the totals. A name is free text from the
    /// inputs, shown as messages show input values (CPR-like digits hidden).
    /// </summary>
    private static void WriteMunicipalities(Utf8JsonWriter json, IReadOnlyList<MunicipalityTotals> municipalities)
    {
        json.WriteStartArray("municipalities");
        foreach (MunicipalityTotals municipality in municipalities)
        {
            json.WriteStartObject();
            json.WriteString("municipality", Echo.Value(municipality.Municipality));
            json.WriteNumber("participants", municipality.Participants);
            WriteTotals(json, municipality.Totals);
            WriteMoney(json, "gross_saving", municipality.GrossSaving);
            if (municipality.MunicipalSaving is { } municipal && municipality.StateSaving is { } state)
            {
                WriteMoney(json, "municipal_saving", municipal);
                WriteMoney(json, "state_saving", state);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// What each cohort gate found: the counts it compared and its verdicts, per cohort and pooled, so that an auditor sees
    /// why lines are withheld. Cohorts are free text from the contract, shown as messages show input values (CPR-like
    /// digits hidden).
    /// </summary>
    private static void WriteGates(Utf8JsonWriter json, IReadOnlyList<GateResult> gates)
    {
        json.WriteStartArray("gates");
        foreach (GateResult gate in gates)
        {
            bool comparison = gate.Gate.UsesComparisonGroup;
            json.WriteStartObject();
            json.WriteString("payment", gate.PaymentId);
            json.WriteString("trigger", gate.Gate.Trigger);
            json.WriteString("direction", gate.Gate.Direction == GateDirection.Lower ? "lower" : "higher");
            if (gate.Gate.BaselineRate is { } rate)
            {
                WriteDecimal(json, "baseline_rate", rate.Value, ExactFormat);
            }
            else
            {
                json.WriteString("baseline", "comparison_group");
            }

            WriteDecimal(json, "margin", gate.Gate.Margin, ExactFormat);
            json.WriteStartArray("cohorts");
            foreach (GateCohortResult cohort in gate.Cohorts)
            {
                json.WriteStartObject();
                json.WriteString("cohort", Echo.Value(cohort.Cohort));
                json.WriteString("evaluation_date", LocalDatePattern.Iso.Format(cohort.EvaluationDate));
                json.WriteBoolean("evaluated", cohort.Evaluated);
                WriteCounts(json, cohort.Counts, comparison);
                json.WriteBoolean("passed", cohort.Passed);
                json.WriteBoolean("released", cohort.Released);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (gate.Pooled is { } pooled)
            {
                json.WriteStartObject("pooled");
                WriteDecimal(json, "margin", gate.Gate.Pooled!.Margin, ExactFormat);
                json.WriteString("evaluation_date", LocalDatePattern.Iso.Format(pooled.EvaluationDate));
                json.WriteBoolean("evaluated", pooled.Evaluated);
                WriteCounts(json, pooled.Counts, comparison);
                json.WriteBoolean("passed", pooled.Passed);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, GateCounts counts, bool comparison)
    {
        json.WriteNumber("participants", counts.Participants);
        json.WriteNumber("met", counts.Met);
        WriteRate(json, "rate", counts.Met, counts.Participants);
        if (comparison)
        {
            json.WriteNumber("comparison_participants", counts.ComparisonParticipants);
            json.WriteNumber("comparison_met", counts.ComparisonMet);
            WriteRate(json, "comparison_rate", counts.ComparisonMet, counts.ComparisonParticipants);
        }
    }

    /// <summary><c>met / participants</c> as trigger shares are written: rounded half away from zero to 6 decimals, 0 where there is no one. A display value; the gate compares the counts exactly.</summary>
    private static void WriteRate(Utf8JsonWriter json, string name, int met, int participants) =>
        WriteDecimal(json, name, participants == 0 ? 0m : decimal.Round((decimal)met / participants, 6, MidpointRounding.AwayFromZero), "0.######");

    /// <summary>The saving a share-of-savings payment is a share of: of which, and its gated participants' gross, municipal and state savings.</summary>
    private static void WriteSavings(Utf8JsonWriter json, PaymentSavings saving)
    {
        json.WriteString("of", saving.Of == SavingsBase.Municipality ? "municipality" : "gross");
        WriteMoney(json, "gross_saving", saving.GrossSaving);
        WriteMoney(json, "municipal_saving", saving.MunicipalSaving);
        WriteMoney(json, "state_saving", saving.StateSaving);
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

    private static void WriteDecimal(Utf8JsonWriter json, string name, decimal value, string format) =>
        WriteNumber(json, name, value.ToString(format, CultureInfo.InvariantCulture));
}
