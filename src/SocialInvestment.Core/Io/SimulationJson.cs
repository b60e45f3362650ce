using System.Text.Json;
using NodaTime.Text;

using static SocialInvestment.Io.JsonOutput;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>simulation.json</c> (docs/output-formats.md): the plan, the hazards used (with the counts they were
/// estimated from, where they were), the runs and seed, the quantile rule, and the bands per month, per year and in
/// total, so that
/// a projection can be repeated and checked. The same projection gives the same bytes.
/// </summary>
public static class SimulationJson
{
    /// <summary>The format's name and version, written first.</summary>
    public const string Format = "socialinvestment-simulation/1";

    /// <summary>How the percentiles are taken, as written in the file.</summary>
    public const string QuantileRule = "R-1 (Hyndman-Fan type 1, inverse of the empirical distribution): the ceil(n*p)-th smallest of the n runs";

    /// <summary>Writes a projection.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="result">The projection.</param>
    /// <param name="inputs">The input files and their hashes, in the order to list them.</param>
    /// <param name="estimate">Where the hazards were estimated from an earlier cohort, the estimate; null where they were given.</param>
    public static void Write(Stream stream, SimulationResult result, IEnumerable<InputFile> inputs, HazardEstimate? estimate = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(inputs);
        using var json = JsonOutput.Open(stream);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteString("contract", result.Contract.Name);
        json.WriteString("currency", result.Contract.Currency);
        JsonOutput.WriteInputs(json, inputs);
        WritePlan(json, result);
        WriteHazards(json, result, estimate);
        json.WriteNumber("runs", result.Runs);
        json.WriteNumber("seed", result.Seed);
        json.WriteString("quantile", QuantileRule);
        json.WriteStartArray("months");
        foreach (SimulationMonth month in result.Months)
        {
            json.WriteStartObject();
            json.WriteString("month", YearMonthPattern.Iso.Format(month.Month));
            WriteBand(json, "payments", month.Payments);
            WriteBand(json, "savings", month.Savings);
            WriteParts(json, month.MunicipalSavings, month.StateSavings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("years");
        foreach (SimulationYear year in result.Years)
        {
            json.WriteStartObject();
            json.WriteNumber("year", year.Year);
            WriteBand(json, "payments", year.Payments);
            WriteBand(json, "savings", year.Savings);
            WriteParts(json, year.MunicipalSavings, year.StateSavings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("total");
        WriteBand(json, "payments", result.TotalPayments);
        WriteBand(json, "savings", result.TotalSavings);
        WriteParts(json, result.TotalMunicipalSavings, result.TotalStateSavings);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WritePlan(Utf8JsonWriter json, SimulationResult result)
    {
        CohortPlan plan = result.Plan;
        json.WriteStartObject("plan");
        json.WriteStartArray("intake");
        foreach (Intake intake in plan.Intakes)
        {
            json.WriteStartObject();
            json.WriteString("month", YearMonthPattern.Iso.Format(intake.Month));
            json.WriteNumber("participants", intake.Participants);
            json.WriteString("cohort", intake.Cohort);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("participants", plan.Participants.Count);
        json.WriteString("horizon", LocalDatePattern.Iso.Format(plan.Horizon));
        if (result.TotalMunicipalSavings is not null)
        {
            WriteWeeksBefore(json, result);
        }

        json.WriteEndObject();
    }

    private static void WriteHazards(Utf8JsonWriter json, SimulationResult result, HazardEstimate? estimate)
    {
        json.WriteStartObject("hazards");
        json.WriteString("source", estimate is null ? "given" : "estimated");
        json.WriteString("support_code", result.SupportCode);
        json.WriteStartArray("months");
        for (int m = 0; m < result.Hazards.Months; m++)
        {
            json.WriteStartObject();
            json.WriteNumber("month", m + 1);
            WriteProbability(json, "leave", result.Hazards.Leave[m]);
            WriteProbability(json, "return", result.Hazards.Return[m]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("estimation");
        if (estimate is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("as_of", LocalDatePattern.Iso.Format(estimate.AsOf));
            json.WriteNumber("participants", estimate.Participants);
            json.WriteNumber("minimum_at_risk", estimate.MinimumAtRisk);
            json.WriteStartArray("months");
            foreach (MonthlyTransitions month in estimate.Months)
            {
                json.WriteStartObject();
                json.WriteNumber("month", month.Month);
                json.WriteNumber("on_support", month.OnSupport);
                json.WriteNumber("left", month.Left);
                json.WriteNumber("off_support", month.OffSupport);
                json.WriteNumber("returned", month.Returned);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Where each participant's c₀ and monthly cost came from (docs/output-formats.md): <c>"planned"</c> (the planned
    /// file, with the smallest, median and largest c₀), <c>"earlier_cohort"</c> (drawn in each run, with how many to draw
    /// from), or <c>"none"</c> (a constant share needs no c₀; every monthly cost the contract's).
    /// </summary>
    private static void WriteWeeksBefore(Utf8JsonWriter json, SimulationResult result)
    {
        json.WriteStartObject("support_weeks_before");
        if (result.Plan.SupportWeeksBefore is { } weeks)
        {
            int[] sorted = [.. weeks.Order()];
            json.WriteString("source", "planned");
            json.WriteNumber("min", sorted[0]);
            json.WriteNumber("median", sorted[(sorted.Length - 1) / 2]);
            json.WriteNumber("max", sorted[^1]);
        }
        else if (result.Plan.DrawnFrom is { } earlier)
        {
            json.WriteString("source", "earlier_cohort");
            json.WriteNumber("drawn_from", earlier.Participants);
        }
        else
        {
            json.WriteString("source", "none");
        }

        json.WriteEndObject();
    }

    /// <summary>The municipal and state bands, where the contract has a municipal share; nothing otherwise.</summary>
    private static void WriteParts(Utf8JsonWriter json, PercentileBand? municipal, PercentileBand? state)
    {
        if (municipal is not null && state is not null)
        {
            WriteBand(json, "municipal_savings", municipal);
            WriteBand(json, "state_savings", state);
        }
    }

    private static void WriteProbability(Utf8JsonWriter json, string name, double value) => WriteNumber(json, name, HazardsCsv.Format(value));
}
