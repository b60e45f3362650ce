using System.Globalization;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>The fields of the contract language beyond SPEC v1 (docs/calculation.md, "Contract language 2").</summary>
internal sealed partial class ContractJsonParser
{
    internal static readonly string[] PriceFields = ["until_months", "amount"];
    internal static readonly string[] IndexationFields = ["base_year", "annual_indexation"];

    internal static readonly string[] TierFields = ["up_to", "amount"];
    internal static readonly string[] PaymentCapFields = ["count", "amount", "participant_share"];

    internal static readonly string[] PayerFields = ["id", "share"];

    internal static readonly string[] CohortGateFields = ["trigger", "direction", "baseline_rate", "baseline", "margin", "evaluation_dates", "pooled"];

    /// <summary>The values of a cohort gate's <c>baseline</c>: the one baseline given as data rather than a rate.</summary>
    internal static readonly (string, bool)[] Baselines = [("comparison_group", true)];

    internal static readonly string[] PooledGateFields = ["margin", "evaluation_date"];

    internal static readonly (string, GateDirection)[] Directions = [("lower", GateDirection.Lower), ("higher", GateDirection.Higher)];

    private static readonly string[] PriceChoices = ["amount", "prices", "tiers"];

    /// <summary>A fixed payment: exactly one of <c>amount</c> and <c>prices</c>, and an optional <c>indexation</c>.</summary>
    private FixedPayment? FixedOf(string? id, string? trigger, JsonObjectFields payment, PaymentCap? cap)
    {
        List<FixedPrice>? prices = null;
        List<VolumeTier>? tiers = null;
        string[] given = PriceChoices.Where(payment.Has).ToArray();
        if (given.Length == 0)
        {
            errors.Missing(payment.Path, JsonPath.Property(payment.Path, "amount"), "required field is missing: a fixed payment has amount, prices or tiers");
        }
        else if (given.Length > 1)
        {
            errors.AtName(JsonPath.Property(payment.Path, given[1]), $"a fixed payment has one of amount, prices and tiers, not both {given[0]} and {given[1]}");
        }
        else if (given[0] == "amount")
        {
            decimal? amount = JsonValues.Number(payment.Optional("amount"), errors, "an amount of at least 0", v => v >= 0m);
            prices = amount is { } a ? [new FixedPrice(a)] : null;
        }
        else if (given[0] == "prices")
        {
            prices = Prices(payment.Optional("prices")!.Value);
        }
        else
        {
            tiers = Tiers(payment.Optional("tiers")!.Value);
        }

        bool indexationOk = true;
        PriceIndexation? indexation = null;
        if (payment.Optional("indexation") is { } indexField)
        {
            indexation = IndexationOf(indexField);
            indexationOk = indexation is not null;
        }

        if (id is null || trigger is null || !indexationOk)
        {
            return null;
        }

        return (prices, tiers) switch
        {
            ({ } p, _) => new FixedPayment(id, trigger, p) { Indexation = indexation, Cap = cap },
            (_, { } t) => new FixedPayment(id, trigger, t) { Indexation = indexation, Cap = cap },
            _ => null,
        };
    }

    /// <summary>The volume tiers of a fixed payment (L2.5): each but the last with <c>up_to</c>, increasing; the last without.</summary>
    private List<VolumeTier>? Tiers(JsonField field)
    {
        List<JsonObjectFields>? items = Objects(field, "an array of tiers, at least one", "a tier object");
        if (items is null)
        {
            return null;
        }

        var tiers = new List<VolumeTier>();
        bool ok = true;
        int? previous = null;
        for (int i = 0; i < items.Count; i++)
        {
            JsonObjectFields tier = items[i];
            tier.AllowOnly(TierFields, "a tier");
            int? upTo = null;
            if (i < items.Count - 1)
            {
                int least = previous is { } p ? p + 1 : 1;
                string? source = previous is null ? null : string.Create(CultureInfo.InvariantCulture, $"more than the up_to before it, {previous}");
                upTo = JsonValues.WholeNumber(tier.Required("up_to"), errors, least, int.MaxValue, source);
                ok &= upTo is not null;
                previous = upTo ?? previous;
            }
            else if (tier.Optional("up_to") is { } extra)
            {
                errors.AtName(extra.Path, "the last tier has no up_to: it holds every line after the tier before it (a cap's count limits the lines paid)");
                ok = false;
            }

            decimal? amount = JsonValues.Number(tier.Required("amount"), errors, "an amount of at least 0", v => v >= 0m);
            ok &= amount is not null;
            if (ok)
            {
                tiers.Add(new VolumeTier(amount!.Value, upTo));
            }
        }

        return ok ? tiers : null;
    }

    /// <summary>A payment's own cap (L2.4): at least one of count, amount and participant_share.</summary>
    private PaymentCap? PaymentCapOf(JsonField field)
    {
        if (JsonObjectFields.Open(field, errors) is not { } cap)
        {
            return null;
        }

        cap.AllowOnly(PaymentCapFields, "cap");
        if (!PaymentCapFields.Any(cap.Has))
        {
            errors.Missing(cap.Path, JsonPath.Property(cap.Path, "count"), "required field is missing: a cap has count, amount or participant_share");
            return null;
        }

        int errorsBefore = errors.Count;
        int? count = cap.Has("count") ? JsonValues.WholeNumber(cap.Optional("count"), errors, 0, int.MaxValue) : null;
        decimal? amount = JsonValues.Number(cap.Optional("amount"), errors, "an amount of at least 0 with at most two decimals", v => v >= 0m && decimal.Round(v, 2) == v);
        decimal? share = JsonValues.Number(cap.Optional("participant_share"), errors, "a number from 0 to 1", v => v is >= 0m and <= 1m);
        return errors.Count == errorsBefore
            ? new PaymentCap(count, amount is { } a ? Money.FromAmount(a) : null, share is { } s ? Share.FromDecimal(s) : null)
            : null;
    }

    /// <summary>The time bands of a fixed payment (L2.2): each but the last with <c>until_months</c>, increasing.</summary>
    private List<FixedPrice>? Prices(JsonField field)
    {
        List<JsonObjectFields>? items = Objects(field, "an array of prices, at least one", "a price object");
        if (items is null)
        {
            return null;
        }

        var prices = new List<FixedPrice>();
        bool ok = true;
        int? previous = null;
        for (int i = 0; i < items.Count; i++)
        {
            JsonObjectFields price = items[i];
            price.AllowOnly(PriceFields, "a price");
            bool last = i == items.Count - 1;
            int? until = null;
            if (!last || price.Has("until_months"))
            {
                JsonField? untilField = last ? price.Optional("until_months") : price.Required("until_months");
                int least = previous is { } p ? p + 1 : 1;
                string? source = previous is null ? null : string.Create(CultureInfo.InvariantCulture, $"more than the until_months before it, {previous}");
                until = JsonValues.WholeNumber(untilField, errors, least, FixedPrice.MaxMonths, source);
                ok &= until is not null;
                previous = until ?? previous;
            }

            decimal? amount = JsonValues.Number(price.Required("amount"), errors, "an amount of at least 0", v => v >= 0m);
            ok &= amount is not null;
            if (ok)
            {
                prices.Add(new FixedPrice(amount!.Value, until));
            }
        }

        return ok ? prices : null;
    }

    private PriceIndexation? IndexationOf(JsonField field)
    {
        if (JsonObjectFields.Open(field, errors) is not { } index)
        {
            return null;
        }

        index.AllowOnly(IndexationFields, "indexation");
        int? baseYear = JsonValues.WholeNumber(index.Required("base_year"), errors, 1, 9999);
        decimal? growth = JsonValues.Number(index.Required("annual_indexation"), errors, "a number greater than -1 (0.02 for 2 %)", v => v > -1m);
        return baseYear is { } y && growth is { } g ? new PriceIndexation(y, g) : null;
    }

    /// <summary>A non-empty array of objects; null (with errors) where it is not one, or an item is not an object.</summary>
    private List<JsonObjectFields>? Objects(JsonField field, string expected, string itemExpected)
    {
        if (field.Value.ValueKind != JsonValueKind.Array || field.Value.GetArrayLength() == 0)
        {
            errors.AtValue(field.Path, JsonValues.Expected(expected, field.Value));
            return null;
        }

        var items = new List<JsonObjectFields>();
        bool ok = true;
        int index = 0;
        foreach (JsonElement element in field.Value.EnumerateArray())
        {
            if (JsonObjectFields.Open(new JsonField(element, JsonPath.Index(field.Path, index++)), errors, itemExpected) is { } item)
            {
                items.Add(item);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? items : null;
    }

    /// <summary>A payment's cohort gate (L2.7).</summary>
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
            baselineRate = JsonValues.Number(gate.Optional("baseline_rate"), errors, "a rate from 0 to 1", v => v is >= 0m and <= 1m);
            baselineOk = baselineRate is not null;
        }
        else
        {
            errors.Missing(gate.Path, JsonPath.Property(gate.Path, "baseline_rate"), "required field is missing: a cohort gate has baseline_rate, or \"baseline\": \"comparison_group\"");
        }

        decimal? margin = gate.Has("margin")
            ? JsonValues.Number(gate.Optional("margin"), errors, "a number from 0 up to but not including 1 (0.1 for 10 %)", v => v is >= 0m and < 1m)
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

    /// <summary>A cohort gate's pooled test (L2.7): a margin and a final evaluation date on or after every cohort's.</summary>
    private PooledGate? PooledGateOf(JsonField field, Dictionary<string, NodaTime.LocalDate>? cohortDates)
    {
        if (JsonObjectFields.Open(field, errors) is not { } pooled)
        {
            return null;
        }

        pooled.AllowOnly(PooledGateFields, "pooled");
        decimal? margin = JsonValues.Number(pooled.Required("margin"), errors, "a number from 0 up to but not including 1 (0.075 for 7.5 %)", v => v is >= 0m and < 1m);
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

    private static Payment WithCohortGate(Payment payment, CohortGate gate) => payment switch
    {
        FixedPayment f when f.Tiers is { } tiers => new FixedPayment(f.Id, f.Trigger, tiers) { Indexation = f.Indexation, Cap = f.Cap, CohortGate = gate },
        FixedPayment f => new FixedPayment(f.Id, f.Trigger, f.Prices) { Indexation = f.Indexation, Cap = f.Cap, CohortGate = gate },
        ShareOfSavingsPayment s => new ShareOfSavingsPayment(s.Id, s.Gate, s.Share, s.Deadweight) { Cap = s.Cap, CohortGate = gate },
        _ => throw new ArgumentException($"Unknown payment kind '{payment.Kind}'.", nameof(payment)),
    };

    /// <summary>A delivery fee (L2.6): <c>from</c>, <c>months</c>, and <c>monthly_amount</c> or both <c>contract_value</c> and <c>share</c>.</summary>
    private DeliveryFeePayment? DeliveryFeeOf(string? id, JsonObjectFields payment)
    {
        NodaTime.YearMonth? from = null;
        if (payment.Required("from") is { } fromField)
        {
            const string Expectation = "a month yyyy-MM";
            string? text = JsonValues.String(fromField, errors, Expectation);
            var parsed = text is null ? null : NodaTime.Text.YearMonthPattern.Iso.Parse(text);
            if (parsed is { Success: true })
            {
                from = parsed.Value;
            }
            else if (text is not null)
            {
                errors.AtValue(fromField.Path, $"expected {Expectation}, found {JsonFoundValue.Text(text)}");
            }
        }

        int? months = JsonValues.WholeNumber(payment.Required("months"), errors, 1, DeliveryFeePayment.MaxMonths);
        bool monthly = payment.Has("monthly_amount");
        bool ofValue = payment.Has("contract_value") || payment.Has("share");
        if (monthly == ofValue)
        {
            if (monthly)
            {
                errors.AtName(JsonPath.Property(payment.Path, "monthly_amount"), "a delivery fee has monthly_amount, or contract_value and share, not both");
            }
            else
            {
                errors.Missing(payment.Path, JsonPath.Property(payment.Path, "monthly_amount"), "required field is missing: a delivery fee has monthly_amount, or contract_value and share");
            }

            return null;
        }

        if (monthly)
        {
            decimal? amount = JsonValues.Number(payment.Optional("monthly_amount"), errors, "an amount of at least 0", v => v >= 0m);
            return id is not null && from is { } f && months is { } m && amount is { } a ? DeliveryFeePayment.Monthly(id, f, m, a) : null;
        }

        decimal? value = JsonValues.Number(payment.Required("contract_value"), errors, "an amount of at least 0", v => v >= 0m);
        decimal? share = JsonValues.Number(payment.Required("share"), errors, "a number from 0 to 1", v => v is >= 0m and <= 1m);
        return id is not null && from is { } f2 && months is { } m2 && value is { } v2 && share is { } s2
            ? DeliveryFeePayment.ShareOfValue(id, f2, m2, v2, Share.FromDecimal(s2))
            : null;
    }

    /// <summary>The payers (L2.8): ids unique, shares summing to exactly 1.</summary>
    private List<Payer>? Payers(JsonField field)
    {
        List<JsonObjectFields>? items = Objects(field, "an array of payers, at least one", "a payer object");
        if (items is null)
        {
            return null;
        }

        var payers = new List<Payer>();
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        bool ok = true;
        foreach (JsonObjectFields payer in items)
        {
            payer.AllowOnly(PayerFields, "a payer");
            string? id = JsonValues.Id(payer.Required("id"), errors);
            if (id is not null && !firstById.TryAdd(id, payer.Path))
            {
                errors.AtValue(JsonPath.Property(payer.Path, "id"), $"duplicate payer id {JsonFoundValue.Text(id)} (first at {firstById[id]})");
                ok = false;
            }

            decimal? share = JsonValues.Number(payer.Required("share"), errors, "a number from 0 to 1", v => v is >= 0m and <= 1m);
            if (id is not null && share is { } s)
            {
                payers.Add(new Payer(id, Share.FromDecimal(s)));
            }
            else
            {
                ok = false;
            }
        }

        decimal sum = payers.Sum(p => p.Share.Value);
        if (ok && sum != 1m)
        {
            errors.AtValue(field.Path, string.Create(CultureInfo.InvariantCulture, $"expected payers whose shares sum to exactly 1, found a sum of {sum}"));
            ok = false;
        }

        return ok ? payers : null;
    }
}
