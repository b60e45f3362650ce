namespace SocialInvestment.Io;

/// <summary>A payment's cohort gate and its pooled test (docs/calculation.md, A cohort gate).</summary>
internal sealed partial class ContractJsonParser
{
    internal static readonly string[] CohortGateFields = ContractFormatTable.CohortGateFields;

    /// <summary>The values of a cohort gate's <c>baseline</c>: the one baseline given as data rather than a rate.</summary>
    internal static readonly (string, bool)[] Baselines = [("comparison_group", true)];

    internal static readonly string[] PooledGateFields = ContractFormatTable.PooledGateFields;

    internal static readonly (string, GateDirection)[] Directions = [("lower", GateDirection.Lower), ("higher", GateDirection.Higher)];

    private static readonly DocumentRange GateBaselineRate = DocumentRange.Of(ContractFormatTable.CohortGateBaselineRate, "a rate");
    private static readonly DocumentRange GateMargin = DocumentRange.Of(ContractFormatTable.CohortGateMargin, "a number", "(0.1 for 10 %)");
    private static readonly DocumentRange PooledMargin = DocumentRange.Of(ContractFormatTable.PooledGateMargin, "a number", "(0.075 for 7.5 %)");

    /// <summary>A payment's cohort gate (docs/calculation.md, A cohort gate).</summary>
    private CohortGate? CohortGateOf(JsonField field, HashSet<string>? definedTriggers)
    {
        if (JsonObjectFields.Open(field, errors) is not { } gate)
        {
            return null;
        }

        gate.AllowOnly(CohortGateFields, "cohort_gate");
        string? trigger = TriggerReference(gate.Required("trigger"), definedTriggers);
        GateDirection? direction = JsonValues.Choice(gate.Required("direction"), errors, Directions);
        bool baselineOk = false;
        decimal? baselineRate = null;
        if (gate.Has("baseline_rate") && gate.Has("baseline"))
        {
            errors.AtName(JsonPath.Property(gate.Path, "baseline"), "a cohort gate has one of baseline_rate and baseline, not both");
        }
        else if (gate.Has("baseline"))
        {
            baselineOk = JsonValues.Choice(gate.Optional("baseline"), errors, Baselines) is not null;
        }
        else if (gate.Has("baseline_rate"))
        {
            baselineRate = JsonValues.Number(gate.Optional("baseline_rate"), errors, GateBaselineRate);
            baselineOk = baselineRate is not null;
        }
        else
        {
            errors.Missing(gate.Path, JsonPath.Property(gate.Path, "baseline_rate"), "required field is missing: a cohort gate has baseline_rate, or \"baseline\": \"comparison_group\"");
        }

        decimal? margin = gate.Has("margin")
            ? JsonValues.Number(gate.Optional("margin"), errors, GateMargin)
            : 0m;
        Dictionary<string, NodaTime.LocalDate>? dates = EvaluationDates(gate.Required("evaluation_dates"));
        bool pooledOk = true;
        PooledGate? pooled = null;
        if (gate.Optional("pooled") is { } pooledField)
        {
            pooled = PooledGateOf(pooledField, dates);
            pooledOk = pooled is not null;
        }

        if (trigger is null || direction is not { } d || !baselineOk || margin is not { } m || dates is null || !pooledOk)
        {
            return null;
        }

        return baselineRate is { } rate
            ? new CohortGate(trigger, d, Share.FromDecimal(rate), m, dates, pooled)
            : CohortGate.AgainstComparisonGroup(trigger, d, m, dates, pooled);
    }

    /// <summary>A cohort gate's pooled test (docs/calculation.md, A cohort gate): a margin and a final evaluation date on or after every cohort's.</summary>
    private PooledGate? PooledGateOf(JsonField field, Dictionary<string, NodaTime.LocalDate>? cohortDates)
    {
        if (JsonObjectFields.Open(field, errors) is not { } pooled)
        {
            return null;
        }

        pooled.AllowOnly(PooledGateFields, "pooled");
        decimal? margin = JsonValues.Number(pooled.Required("margin"), errors, PooledMargin);
        NodaTime.LocalDate? date = null;
        if (pooled.Required("evaluation_date") is { } dateField)
        {
            const string Expectation = "an ISO date yyyy-MM-dd";
            string? text = JsonValues.String(dateField, errors, Expectation);
            NodaTime.Text.ParseResult<NodaTime.LocalDate>? parsed = text is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(text);
            if (parsed is not { Success: true })
            {
                if (text is not null)
                {
                    errors.AtValue(dateField.Path, $"expected {Expectation}, found {JsonFoundValue.Text(text)}");
                }
            }
            else if (cohortDates?.MaxBy(c => c.Value) is { Key: { } latestCohort } latest && parsed.Value < latest.Value)
            {
                errors.AtValue(
                    dateField.Path,
                    $"expected a date on or after every cohort's evaluation date (the latest, {JsonFoundValue.Text(latestCohort)}'s, is {NodaTime.Text.LocalDatePattern.Iso.Format(latest.Value)}), found {JsonFoundValue.Text(text!)}");
            }
            else
            {
                date = parsed.Value;
            }
        }

        return margin is { } m && date is { } e ? new PooledGate(m, e) : null;
    }

    private Dictionary<string, NodaTime.LocalDate>? EvaluationDates(JsonField? field)
    {
        if (field is not { } f || JsonObjectFields.Open(f, errors, "an object of cohort to evaluation date") is not { } map)
        {
            return null;
        }

        var dates = new Dictionary<string, NodaTime.LocalDate>(StringComparer.Ordinal);
        bool ok = true;
        foreach (var (cohort, value) in map.All)
        {
            const string Expectation = "an ISO date yyyy-MM-dd";
            string? text = JsonValues.String(value, errors, Expectation);
            NodaTime.Text.ParseResult<NodaTime.LocalDate>? parsed = text is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(text);
            if (parsed is { Success: true })
            {
                dates[cohort] = parsed.Value;
            }
            else
            {
                if (text is not null)
                {
                    errors.AtValue(value.Path, $"expected {Expectation}, found {JsonFoundValue.Text(text)}");
                }

                ok = false;
            }
        }

        if (dates.Count == 0 && ok)
        {
            errors.AtValue(f.Path, "expected at least one cohort with its evaluation date, found an empty object");
            ok = false;
        }

        return ok ? dates : null;
    }
}
