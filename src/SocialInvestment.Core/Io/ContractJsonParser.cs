using System.Globalization;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// The schema of contract.json (SPEC §2): reads a parsed document into a <see cref="Contract"/>, collecting every error
/// (unknown and missing fields, wrong types, values out of range, unknown kinds, duplicate ids, undefined triggers)
/// rather than stopping at the first. Returns a contract only where there is no error.
/// </summary>
internal sealed partial class ContractJsonParser(JsonErrorSink errors)
{
    /// <summary>
    /// The top-level fields, as <see cref="ContractDocument"/> declares them (so are the fields of every level below, and
    /// the ranges of <see cref="DocumentRange"/>), taken from <see cref="ContractFormatTable"/>, which a test generates
    /// from the document model, so that start-up reads no attributes; <c>$schema</c> (for editors) is allowed and ignored.
    /// </summary>
    internal static readonly string[] TopFields = ContractFormatTable.ContractFields;

    internal static readonly string[] WindowFields = ContractFormatTable.WindowFields;
    internal static readonly string[] MonthlyCostFields = ContractFormatTable.MonthlyCostFields;
    internal static readonly string[] CapsFields = ContractFormatTable.CapsFields;
    internal static readonly string[] BenefitFields = ContractFormatTable.BenefitFields;

    /// <summary>Each trigger kind and its fields; the kinds in the order the "unknown trigger kind" message lists them.</summary>
    internal static readonly Dictionary<string, string[]> TriggerFields = ContractFormatTable.TriggerKinds;

    /// <summary>Each payment kind and its fields; the kinds in the order the "unknown payment kind" message lists them.</summary>
    internal static readonly Dictionary<string, string[]> PaymentFields = ContractFormatTable.PaymentKinds;

    /// <summary>The kinds that read spells.csv, so that the contract needs <c>benefits</c> and <c>monthly_cost</c> (SPEC §2).</summary>
    private static readonly string[] TriggerKindsNeedingSpells = ContractFormatTable.TriggerKindsNeedingSpells;

    private static readonly string[] PaymentKindsNeedingSpells = ContractFormatTable.PaymentKindsNeedingSpells;

    internal static readonly (string, WindowAnchor)[] Anchors = [("start", WindowAnchor.Start), ("end", WindowAnchor.End)];
    internal static readonly (string, SelfSupport)[] Levels = [("full", SelfSupport.Full), ("full_or_partial", SelfSupport.Partial)];
    internal static readonly (string, BenefitClass)[] Classes =
        [("support", BenefitClass.Support), ("education", BenefitClass.Education), ("ignore", BenefitClass.Ignore)];

    internal static readonly (string, BenefitClass)[] UnknownBenefitClasses = [("support", BenefitClass.Support), ("ignore", BenefitClass.Ignore)];

    private static readonly DocumentRange ProgrammeWeeks = DocumentRange.Of(ContractFormatTable.ContractProgrammeWeeks);
    private static readonly DocumentRange PartialMaxSupport = DocumentRange.Of(ContractFormatTable.ContractPartialMaxSupport, "a number");
    private static readonly DocumentRange PaymentDays = DocumentRange.Of(ContractFormatTable.ContractPaymentDays);
    private static readonly DocumentRange BenefitDegree = DocumentRange.Of(ContractFormatTable.BenefitDegree, "a degree");
    private static readonly DocumentRange WindowWeeks = DocumentRange.Of(ContractFormatTable.WindowWeeks);
    private static readonly DocumentRange CostAmount = DocumentRange.Of(ContractFormatTable.MonthlyCostAmount, "an amount");
    private static readonly DocumentRange CostBaseYear = DocumentRange.Of(ContractFormatTable.MonthlyCostBaseYear);
    private static readonly DocumentRange CostIndexation = DocumentRange.Of(ContractFormatTable.MonthlyCostAnnualIndexation, "a number", "(0.02 for 2 %)");
    private static readonly DocumentRange PerParticipantCap = DocumentRange.Of(ContractFormatTable.CapsPerParticipant, "an amount", "(leave the field out for no cap)");
    private static readonly DocumentRange TotalCap = DocumentRange.Of(ContractFormatTable.CapsTotal, "an amount", "(leave the field out for no cap)");
    private static readonly DocumentRange TriggerBaselineRate = DocumentRange.Of(ContractFormatTable.TriggerBaselineRate, "a rate");
    private static readonly DocumentRange SelfSupportWeeks = DocumentRange.Of(ContractFormatTable.WeeksOfSelfSupportTriggerWeeks);
    private static readonly DocumentRange EducationWeeks = DocumentRange.Of(ContractFormatTable.EducationTriggerWeeks);
    private static readonly DocumentRange EmploymentMonths = DocumentRange.Of(ContractFormatTable.EmploymentTriggerMonths);
    private static readonly DocumentRange EmploymentMinRate = DocumentRange.Of(ContractFormatTable.EmploymentTriggerMinRate, "a rate", "(0.25 for 25 %)");
    private static readonly DocumentRange SavingsShare = DocumentRange.Of(ContractFormatTable.ShareOfSavingsPaymentShare, "a number");
    private static readonly DocumentRange Deadweight = DocumentRange.Of(ContractFormatTable.ShareOfSavingsPaymentDeadweight, "a number");

    /// <summary>The contract, or null where any error was found (the errors are in the sink).</summary>
    internal Contract? Parse(JsonElement root)
    {
        JsonObjectFields? top = JsonObjectFields.Open(new JsonField(root, JsonPath.Root), errors, "a JSON object at the top level");
        if (top is null)
        {
            return null;
        }

        top.AllowOnly(TopFields, "contract.json");
        JsonValues.String(top.Optional("$schema"), errors);
        string? name = JsonValues.String(top.Required("name"), errors);
        string? currency = Currency(top.Optional("currency"));
        int? programmeWeeks = top.Has("programme_weeks")
            ? JsonValues.WholeNumber(top.Optional("programme_weeks"), errors, ProgrammeWeeks)
            : Contract.DefaultProgrammeWeeks;
        ObservationWindow? window = Window(top.Required("window"));
        var (benefits, benefitDegrees) = Benefits(top.Optional("benefits"));
        BenefitClass? unknownBenefits = JsonValues.Choice(top.Optional("unknown_benefits"), errors, UnknownBenefitClasses);
        MonthlyCost? monthlyCost = MonthlyCostOf(top.Optional("monthly_cost"));
        MunicipalShare? municipalShare = MunicipalShareOf(top.Optional("municipal_share"));
        decimal? partialMaxSupport = top.Has("partial_max_support")
            ? JsonValues.Number(top.Optional("partial_max_support"), errors, PartialMaxSupport)
            : 0.5m;
        var triggers = Triggers(top.Required("triggers"), window);
        var payments = Payments(top.Required("payments"), triggers.DefinedIds);
        Caps? caps = CapsOf(top.Optional("caps"));
        int? paymentDays = top.Has("payment_days")
            ? JsonValues.WholeNumber(top.Optional("payment_days"), errors, PaymentDays)
            : 0;

        if (!top.Has("municipal_share") && payments.OfMunicipality is { } municipalPayment)
        {
            errors.AtValue(municipalPayment.Path, $"payment '{municipalPayment.Id}' is a share of the municipality's saving, so the contract needs municipal_share (SPEC-DK DK5)");
        }

        string? needsSpells = triggers.NeedsSpellsBecause ?? payments.NeedsSpellsBecause;
        if (needsSpells is not null)
        {
            foreach (string field in new[] { "benefits", "monthly_cost" })
            {
                if (!top.Has(field))
                {
                    errors.Missing(JsonPath.Root, field, $"required field is missing: the contract needs benefit spells ({needsSpells})");
                }
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        IReadOnlyList<Payer>? payers = top.Optional("payers") is { } payersField ? Payers(payersField) : [];
        if (errors.Count > 0 || payers is null)
        {
            return null;
        }

        return new Contract(
            name!,
            window!,
            triggers.Items,
            payments.Items,
            benefits,
            monthlyCost,
            caps,
            currency!,
            programmeWeeks!.Value,
            Share.FromDecimal(partialMaxSupport!.Value),
            unknownBenefits)
        {
            Payers = payers,
            PaymentDays = paymentDays!.Value,
            BenefitDegrees = benefitDegrees,
            MunicipalShare = municipalShare,
        };
    }

    private static string KindDescription(string kind, string noun) =>
        (kind[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + kind + " " + noun;

    private string? Currency(JsonField? field)
    {
        if (field is null)
        {
            return "DKK";
        }

        const string Expectation = "an ISO 4217 currency code of three capital letters, such as \"DKK\"";
        string? code = JsonValues.String(field, errors, Expectation);
        if (code is not null && !(code.Length == 3 && code.All(char.IsAsciiLetterUpper)))
        {
            errors.AtValue(field.Value.Path, $"expected {Expectation}, found {JsonFoundValue.Text(code)}");
            return null;
        }

        return code;
    }

    private ObservationWindow? Window(JsonField? field)
    {
        if (field is null || JsonObjectFields.Open(field.Value, errors) is not { } window)
        {
            return null;
        }

        window.AllowOnly(WindowFields, "window");
        WindowAnchor? from = window.Has("from") ? JsonValues.Choice(window.Optional("from"), errors, Anchors) : WindowAnchor.Start;
        int? weeks = JsonValues.WholeNumber(window.Required("weeks"), errors, WindowWeeks);
        return from is { } f && weeks is { } w ? new ObservationWindow(f, w) : null;
    }

    /// <summary>
    /// <c>benefits</c>: each code's class, written alone or as an object with the class and, for a support code, the
    /// degree of its rows that give none (SPEC-DK DK2).
    /// </summary>
    private (Dictionary<string, BenefitClass>? Classes, Dictionary<string, Degree> Degrees) Benefits(JsonField? field)
    {
        var degrees = new Dictionary<string, Degree>(StringComparer.Ordinal);
        if (field is null || JsonObjectFields.Open(field.Value, errors, "an object of benefit code to class") is not { } benefits)
        {
            return (null, degrees);
        }

        var map = new Dictionary<string, BenefitClass>(StringComparer.Ordinal);
        foreach (var (code, value) in benefits.All)
        {
            if (code.Length == 0 || code.Trim().Length != code.Length)
            {
                errors.AtName(value.Path, $"expected a benefit code that is not empty and has no spaces around it (CSV fields are trimmed, so it could never match), found {JsonFoundValue.Text(code)}");
            }

            BenefitClass? benefitClass = value.Value.ValueKind switch
            {
                JsonValueKind.String => JsonValues.Choice(value, errors, Classes),
                JsonValueKind.Object => BenefitObject(value, code, degrees),
                _ => NotABenefit(value),
            };
            if (benefitClass is { } c)
            {
                map[code] = c;
            }
        }

        return (map, degrees);
    }

    /// <summary><c>{ "class": "support", "degree": 0.5 }</c>: the class, with the code's degree added to <paramref name="degrees"/>; a degree only with class support.</summary>
    private BenefitClass? BenefitObject(JsonField value, string code, Dictionary<string, Degree> degrees)
    {
        JsonObjectFields benefit = JsonObjectFields.Open(value, errors)!;
        benefit.AllowOnly(BenefitFields, "a benefit");
        BenefitClass? benefitClass = JsonValues.Choice(benefit.Required("class"), errors, Classes);
        JsonField? degreeField = benefit.Optional("degree");
        decimal? degree = JsonValues.Number(degreeField, errors, BenefitDegree);
        if (degreeField is { } d && benefitClass is { } c && c != BenefitClass.Support)
        {
            errors.AtValue(d.Path, $"a degree is allowed only with class \"support\", and this code's class is {JsonPath.Quote(ClassName(c))}: leave the degree out");
            return null;
        }

        if (degree is { } given && benefitClass == BenefitClass.Support)
        {
            degrees[code] = Degree.FromDecimal(given);
        }

        return degree is null && degreeField is not null ? null : benefitClass;
    }

    private BenefitClass? NotABenefit(JsonField value)
    {
        string classes = string.Join(", ", Classes.Select(c => JsonPath.Quote(c.Item1)));
        errors.AtValue(value.Path, JsonValues.Expected($"one of {classes}, or an object with class and degree", value.Value));
        return null;
    }

    private static string ClassName(BenefitClass benefitClass) => Classes.First(c => c.Item2 == benefitClass).Item1;

    private MonthlyCost? MonthlyCostOf(JsonField? field)
    {
        if (field is null || JsonObjectFields.Open(field.Value, errors) is not { } cost)
        {
            return null;
        }

        cost.AllowOnly(MonthlyCostFields, "monthly_cost");
        decimal? amount = JsonValues.Number(cost.Required("amount"), errors, CostAmount);
        int? baseYear = JsonValues.WholeNumber(cost.Required("base_year"), errors, CostBaseYear);
        decimal? indexation = cost.Has("annual_indexation")
            ? JsonValues.Number(cost.Optional("annual_indexation"), errors, CostIndexation)
            : 0m;
        return amount is { } a && baseYear is { } y && indexation is { } i ? new MonthlyCost(a, y, i) : null;
    }

    private Caps? CapsOf(JsonField? field)
    {
        if (field is null || JsonObjectFields.Open(field.Value, errors) is not { } caps)
        {
            return null;
        }

        caps.AllowOnly(CapsFields, "caps");
        Money? perParticipant = Cap(caps.Optional("per_participant"), PerParticipantCap);
        Money? total = Cap(caps.Optional("total"), TotalCap);
        return new Caps(perParticipant, total);
    }

    private Money? Cap(JsonField? field, DocumentRange range)
    {
        decimal? cap = JsonValues.Number(field, errors, range);
        return cap is { } c ? Money.FromAmount(c) : null;
    }

    private ParsedTriggers Triggers(JsonField? field, ObservationWindow? window)
    {
        var result = new ParsedTriggers();
        if (field is not { } f)
        {
            result.DefinedIds = null;
            return result;
        }

        if (f.Value.ValueKind != JsonValueKind.Array)
        {
            errors.AtValue(f.Path, JsonValues.Expected("an array of triggers", f.Value));
            result.DefinedIds = null;
            return result;
        }

        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement element in f.Value.EnumerateArray())
        {
            var item = new JsonField(element, JsonPath.Index(f.Path, index++));
            if (JsonObjectFields.Open(item, errors, "a trigger object") is not { } trigger)
            {
                continue;
            }

            string? id = JsonValues.Id(trigger.Required("id"), errors);
            string? after = Prerequisite(trigger.Optional("after"), firstById, id);
            bool afterIsValid = after is not null || !trigger.Has("after");
            if (id is not null)
            {
                result.DefinedIds!.Add(id);
                if (!firstById.TryAdd(id, item.Path))
                {
                    errors.AtValue(JsonPath.Property(item.Path, "id"), $"duplicate trigger id {JsonFoundValue.Text(id)} (first at {firstById[id]})");
                }
                else if (OutcomesCsv.IsOwnColumn(id))
                {
                    errors.AtValue(JsonPath.Property(item.Path, "id"), $"the trigger id {JsonFoundValue.Text(id)} is a column of outcomes.csv's own, so its column would be ambiguous; name the trigger otherwise");
                }
            }

            string? kind = Kind(trigger.Required("kind"), TriggerFields, "trigger");
            if (kind is null)
            {
                continue;
            }

            trigger.AllowOnly(TriggerFields[kind], KindDescription(kind, "trigger"));
            if (TriggerKindsNeedingSpells.Contains(kind))
            {
                result.NeedsSpellsBecause ??= $"{item.Path} is {KindDescription(kind, "trigger")}";
            }

            decimal? baseline = JsonValues.Number(trigger.Optional("baseline_rate"), errors, TriggerBaselineRate);
            bool baselineIsValid = baseline is not null || !trigger.Has("baseline_rate");
            var options = new TriggerOptions(after, baseline is { } b ? Share.FromDecimal(b) : null);
            Trigger? parsed = TriggerOf(kind, id, trigger, window, options);
            if (parsed is not null && afterIsValid && baselineIsValid)
            {
                result.Items.Add(parsed);
            }
        }

        return result;
    }

    /// <summary>
    /// A trigger's <c>after</c>: the id of a trigger listed before it (so prerequisites form no cycle and are final when
    /// a later trigger is measured); null where absent or wrong (with an error).
    /// </summary>
    private string? Prerequisite(JsonField? field, Dictionary<string, string> earlier, string? own)
    {
        string? after = JsonValues.Id(field, errors);
        if (after is not null && (!earlier.ContainsKey(after) || string.Equals(after, own, StringComparison.Ordinal)))
        {
            errors.AtValue(field!.Value.Path, $"names trigger {JsonFoundValue.Text(after)}, which is not listed before this trigger in triggers (a prerequisite comes first)");
            return null;
        }

        return after;
    }

    /// <summary>The optional fields common to every trigger kind: a prerequisite (docs/calculation.md, Prerequisites) and a baseline rate (evidence only).</summary>
    private readonly record struct TriggerOptions(string? After, Share? BaselineRate);

    private Trigger? TriggerOf(string kind, string? id, JsonObjectFields trigger, ObservationWindow? window, TriggerOptions options)
    {
        string? maxSource = window is null ? null : "window.weeks";
        switch (kind)
        {
            case "enrolment":
                return id is null ? null : new EnrolmentTrigger(id) { After = options.After, BaselineRate = options.BaselineRate };
            case "completion":
                return id is null ? null : new CompletionTrigger(id) { After = options.After, BaselineRate = options.BaselineRate };
            case "sustained":
            case "count":
                {
                    int? weeks = JsonValues.WholeNumber(trigger.Required("weeks"), errors, SelfSupportWeeks.WholeMin, window?.Weeks ?? SelfSupportWeeks.WholeMax, maxSource);
                    SelfSupport? level = JsonValues.Choice(trigger.Required("level"), errors, Levels);
                    bool? excludeEducation = trigger.Has("exclude_education")
                        ? JsonValues.Boolean(trigger.Optional("exclude_education"), errors)
                        : false;
                    if (id is null || weeks is not { } w || level is not { } l || excludeEducation is not { } x)
                    {
                        return null;
                    }

                    return kind == "sustained"
                        ? new SustainedTrigger(id, w, l, x) { After = options.After, BaselineRate = options.BaselineRate }
                        : new CountTrigger(id, w, l, x) { After = options.After, BaselineRate = options.BaselineRate };
                }

            case "education":
                {
                    int? weeks = trigger.Has("weeks")
                        ? JsonValues.WholeNumber(trigger.Optional("weeks"), errors, EducationWeeks.WholeMin, window?.Weeks ?? EducationWeeks.WholeMax, maxSource)
                        : 1;
                    return id is not null && weeks is { } w ? new EducationTrigger(id, w) { After = options.After, BaselineRate = options.BaselineRate } : null;
                }

            case "employment":
                {
                    int? months = JsonValues.WholeNumber(trigger.Required("months"), errors, EmploymentMonths);
                    decimal? minRate = JsonValues.Number(trigger.Required("min_rate"), errors, EmploymentMinRate);
                    return id is not null && months is { } m && minRate is { } r
                        ? new EmploymentTrigger(id, m, r) { After = options.After, BaselineRate = options.BaselineRate }
                        : null;
                }

            default:
                {
                    string? outcome = JsonValues.Code(trigger.Required("outcome"), errors);
                    return id is not null && outcome is not null ? new EventTrigger(id, outcome) { After = options.After, BaselineRate = options.BaselineRate } : null;
                }
        }
    }

    private ParsedPayments Payments(JsonField? field, HashSet<string>? definedTriggers)
    {
        var result = new ParsedPayments();
        if (field is not { } f)
        {
            return result;
        }

        if (f.Value.ValueKind != JsonValueKind.Array)
        {
            errors.AtValue(f.Path, JsonValues.Expected("an array of payments", f.Value));
            return result;
        }

        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement element in f.Value.EnumerateArray())
        {
            var item = new JsonField(element, JsonPath.Index(f.Path, index++));
            if (JsonObjectFields.Open(item, errors, "a payment object") is not { } payment)
            {
                continue;
            }

            string? id = JsonValues.Id(payment.Required("id"), errors);
            if (id is not null && !firstById.TryAdd(id, item.Path))
            {
                errors.AtValue(JsonPath.Property(item.Path, "id"), $"duplicate payment id {JsonFoundValue.Text(id)} (first at {firstById[id]})");
            }

            string? kind = Kind(payment.Required("kind"), PaymentFields, "payment");
            if (kind is null)
            {
                continue;
            }

            payment.AllowOnly(PaymentFields[kind], KindDescription(kind, "payment"));
            if (PaymentKindsNeedingSpells.Contains(kind))
            {
                result.NeedsSpellsBecause ??= $"{item.Path} is {KindDescription(kind, "payment")}";
            }

            PaymentCap? cap = null;
            bool capOk = true;
            if (payment.Optional("cap") is { } capField)
            {
                cap = PaymentCapOf(capField);
                capOk = cap is not null;
            }

            CohortGate? cohortGate = null;
            if (payment.Optional("cohort_gate") is { } gateField)
            {
                cohortGate = CohortGateOf(gateField, definedTriggers);
                capOk &= cohortGate is not null;
            }

            Payment? parsed;
            if (kind == "fixed")
            {
                string? trigger = TriggerReference(payment.Required("trigger"), definedTriggers);
                parsed = FixedOf(id, trigger, payment, cap, cohortGate);
            }
            else if (kind == "delivery_fee")
            {
                parsed = DeliveryFeeOf(id, payment);
            }
            else if (kind == "per_week")
            {
                parsed = PerWeekOf(id, payment, definedTriggers, cap, cohortGate);
            }
            else
            {
                string? gate = TriggerReference(payment.Required("gate"), definedTriggers);
                decimal? share = JsonValues.Number(payment.Required("share"), errors, SavingsShare);
                decimal? deadweight = payment.Has("deadweight")
                    ? JsonValues.Number(payment.Optional("deadweight"), errors, Deadweight)
                    : 0m;
                SavingsBase? of = payment.Has("of") ? JsonValues.Choice(payment.Optional("of"), errors, SavingsBases) : SavingsBase.Gross;
                if (of == SavingsBase.Municipality && id is not null)
                {
                    result.OfMunicipality ??= (JsonPath.Property(item.Path, "of"), id);
                }

                parsed = id is not null && gate is not null && share is { } s && deadweight is { } d && of is { } o
                    ? new ShareOfSavingsPayment(id, gate, Share.FromDecimal(s), d) { Cap = cap, CohortGate = cohortGate, Of = o }
                    : null;
            }

            if (parsed is not null && capOk)
            {
                result.Items.Add(parsed);
            }
        }

        return result;
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

    private string? Kind(JsonField? field, Dictionary<string, string[]> kinds, string noun)
    {
        string expected = "one of " + string.Join(", ", kinds.Keys.Select(JsonPath.Quote));
        string? kind = JsonValues.String(field, errors, expected);
        if (kind is not null && !kinds.ContainsKey(kind))
        {
            errors.AtValue(field!.Value.Path, $"unknown {noun} kind {JsonFoundValue.Text(kind)}; expected {expected}");
            return null;
        }

        return kind;
    }

    private string? TriggerReference(JsonField? field, HashSet<string>? definedTriggers)
    {
        string? id = JsonValues.Id(field, errors);
        if (id is not null && definedTriggers is not null && !definedTriggers.Contains(id))
        {
            errors.AtValue(field!.Value.Path, string.Create(CultureInfo.InvariantCulture, $"names trigger {JsonFoundValue.Text(id)}, which is not defined in triggers"));
            return null;
        }

        return id;
    }

    private sealed class ParsedTriggers
    {
        internal List<Trigger> Items { get; } = [];

        /// <summary>Every trigger id read, also of triggers with other errors (so one error does not cause another); null where triggers is unreadable.</summary>
        internal HashSet<string>? DefinedIds { get; set; } = new(StringComparer.Ordinal);

        internal string? NeedsSpellsBecause { get; set; }

        /// <summary>The first payment that is a share of the municipality's saving: where its <c>"of"</c> is, and its id.</summary>
        internal (string Path, string Id)? OfMunicipality { get; set; }
    }

    private sealed class ParsedPayments
    {
        internal List<Payment> Items { get; } = [];

        internal string? NeedsSpellsBecause { get; set; }

        /// <summary>The first payment that is a share of the municipality's saving: where its <c>"of"</c> is, and its id.</summary>
        internal (string Path, string Id)? OfMunicipality { get; set; }
    }
}
