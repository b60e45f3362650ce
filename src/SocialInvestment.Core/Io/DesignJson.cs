using System.Globalization;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// Reads design.json (docs/design.md): the numbers of a contract template to vary, each with a list of values or a range
/// and step, and the conditions a recommended contract meets. Strict as contract.json is (the same JSON rules, the same
/// <c>file:line:column: path: message</c> errors, every error collected), and checked against the template: a parameter
/// must name a number of it (<see cref="DesignTemplate.Parameters"/>), and every value must be one the contract accepts,
/// which is found by reading the varied contract again.
/// </summary>
public static class DesignJson
{
    private static readonly string[] TopFields = ["vary", "conditions"];
    private static readonly string[] ParameterFields = ["parameter", "values", "from", "to", "step"];
    private static readonly string[] RangeFields = ["from", "to", "step"];
    private static readonly string[] ConditionFields = ["measure", "at_least", "at_most"];

    /// <summary>Why a field the template leaves out cannot be varied.</summary>
    private const string OnlyWritten = "a design varies only the numbers the template writes";

    /// <summary>How many of a template's parameters an error lists when it lists them all.</summary>
    private const int MaxListed = 12;

    /// <summary>Reads a design for <paramref name="template"/>, collecting up to <see cref="ReadResult.MaxErrors"/> errors in file order.</summary>
    /// <param name="stream">The file's bytes; read to its end (at most 1 MiB), not closed.</param>
    /// <param name="fileName">The file's name as the user gave it, for messages.</param>
    /// <param name="template">The contract template the design varies.</param>
    /// <returns>The design, or the errors found.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReadResult<DesignSpace> Read(Stream stream, string fileName, DesignTemplate template)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(template);
        using JsonInput? input = JsonInput.Open(stream, fileName, "a design", 4, out InputError? refusal);
        if (input is null)
        {
            return ReadResult.Failure<DesignSpace>([refusal!]);
        }

        JsonErrorSink errors = input.ErrorSink(fileName);
        DesignSpace? design = new Parser(errors, template).Parse(input.Document.RootElement);
        return design is not null && errors.Count == 0
            ? ReadResult.Success(design)
            : ReadResult.Failure<DesignSpace>(errors.ToList());
    }

    private sealed class Parser(JsonErrorSink errors, DesignTemplate template)
    {
        internal DesignSpace? Parse(JsonElement root)
        {
            if (JsonObjectFields.Open(new JsonField(root, JsonPath.Root), errors, "a JSON object at the top level") is not { } top)
            {
                return null;
            }

            top.AllowOnly(TopFields, "design.json");
            List<(string Name, IReadOnlyList<(decimal Value, string Path)> Values)>? vary = Vary(top.Required("vary"));
            List<DesignCondition>? conditions = top.Optional("conditions") is { } c ? Conditions(c) : [];
            if (vary is null || conditions is null || errors.Count > 0)
            {
                return null;
            }

            DesignGrid grid;
            try
            {
                grid = new DesignGrid(vary.Select(p => new DesignParameter(p.Name, p.Values.Select(v => v.Value))));
            }
            catch (OverflowException)
            {
                errors.AtValue("vary", string.Create(CultureInfo.InvariantCulture, $"the grid has more than {long.MaxValue} candidates (the product of the parameters' value counts); vary fewer parameters or fewer values"));
                return null;
            }

            // Each value is tried in the contract only now, once the grid is known to be countable.
            bool accepted = true;
            foreach (var (name, values) in vary)
            {
                accepted &= Accepted(name, values);
            }

            return accepted ? new DesignSpace(grid, conditions) : null;
        }

        private List<(string Name, IReadOnlyList<(decimal Value, string Path)> Values)>? Vary(JsonField? field)
        {
            if (field is not { } f)
            {
                return null;
            }

            if (f.Value.ValueKind != JsonValueKind.Array || f.Value.GetArrayLength() == 0)
            {
                errors.AtValue(f.Path, JsonValues.Expected("an array of the parameters to vary, at least one", f.Value));
                return null;
            }

            var parameters = new List<(string, IReadOnlyList<(decimal, string)>)>();
            var firstByName = new Dictionary<string, string>(StringComparer.Ordinal);
            bool ok = true;
            int index = 0;
            foreach (JsonElement element in f.Value.EnumerateArray())
            {
                var item = new JsonField(element, JsonPath.Index(f.Path, index++));
                var parameter = Parameter(item, firstByName);
                ok &= parameter is not null;
                if (parameter is { } p)
                {
                    parameters.Add(p);
                }
            }

            return ok ? parameters : null;
        }

        /// <summary>A parameter's name and values, each value with the path where a refusal of it is reported; null with errors where it is wrong.</summary>
        private (string Name, IReadOnlyList<(decimal Value, string Path)> Values)? Parameter(JsonField item, Dictionary<string, string> firstByName)
        {
            if (JsonObjectFields.Open(item, errors, "a parameter object") is not { } obj)
            {
                return null;
            }

            obj.AllowOnly(ParameterFields, "a parameter");
            string? name = Name(obj.Required("parameter"));
            if (name is not null && !firstByName.TryAdd(name, item.Path))
            {
                errors.AtValue(JsonPath.Property(item.Path, "parameter"), $"{JsonFoundValue.Text(name)} is varied twice (first at {firstByName[name]}); give each parameter once, with all its values");
                name = null;
            }

            string[] rangeGiven = RangeFields.Where(obj.Has).ToArray();
            IReadOnlyList<(decimal Value, string Path)>? values;
            if (obj.Has("values") && rangeGiven.Length > 0)
            {
                errors.AtName(JsonPath.Property(item.Path, rangeGiven[0]), $"a parameter has values, or from, to and step, not both values and {rangeGiven[0]}");
                return null;
            }
            else if (obj.Has("values"))
            {
                values = Values(obj.Optional("values")!.Value);
            }
            else if (rangeGiven.Length == 0)
            {
                errors.Missing(item.Path, JsonPath.Property(item.Path, "values"), "required field is missing: a parameter has values, or from, to and step");
                return null;
            }
            else
            {
                values = Range(obj);
            }

            if (name is null || values is null)
            {
                return null;
            }

            return (name, values);
        }

        /// <summary>The parameter's name where it names a number of the template; else null with an error that says what it could name.</summary>
        private string? Name(JsonField? field)
        {
            string? name = JsonValues.String(field, errors, "the name of a number of the template, such as \"payments.bonus.amount\"");
            if (name is null)
            {
                return null;
            }

            if (template.Has(name))
            {
                return name;
            }

            string? payment = template.Contract.Payments
                .Select(p => p.Id)
                .Where(id => name.StartsWith("payments." + id + ".", StringComparison.Ordinal) || name == "payments." + id)
                .OrderByDescending(id => id.Length)
                .FirstOrDefault();
            string message;
            if (payment is not null)
            {
                string prefix = "payments." + payment + ".";
                string[] near = template.Parameters.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
                message = near.Length == 0
                    ? $"names payment {JsonFoundValue.Text(payment)}, which writes no number that a design may vary"
                    : $"names no number of payment {JsonFoundValue.Text(payment)}; it has {string.Join(", ", near)} ({OnlyWritten})";
            }
            else if (name.StartsWith("payments.", StringComparison.Ordinal))
            {
                message = $"names no payment of the template; its payments are {string.Join(", ", template.Contract.Payments.Select(p => p.Id))}";
            }
            else if (DesignTemplate.CapLeaves.Any(leaf => name == "caps." + leaf))
            {
                message = $"names a cap the template leaves out; write it in the template to vary it ({OnlyWritten})";
            }
            else
            {
                message = template.Parameters.Count == 0
                    ? $"names no number of the template; the template writes none that a design may vary (docs/design.md, Parameters)"
                    : $"names no number of the template that a design may vary; it has {Listed(template.Parameters)}";
            }

            errors.AtValue(field!.Value.Path, $"{JsonFoundValue.Text(name)} {message}");
            return null;
        }

        private static string Listed(System.Collections.ObjectModel.ReadOnlyCollection<string> names) =>
            names.Count <= MaxListed
                ? string.Join(", ", names)
                : string.Join(", ", names.Take(MaxListed)) + string.Create(CultureInfo.InvariantCulture, $" and {names.Count - MaxListed} more");

        private List<(decimal, string)>? Values(JsonField field)
        {
            if (field.Value.ValueKind != JsonValueKind.Array || field.Value.GetArrayLength() == 0)
            {
                errors.AtValue(field.Path, JsonValues.Expected("an array of values, at least one (an empty list leaves no candidate)", field.Value));
                return null;
            }

            if (field.Value.GetArrayLength() > DesignParameter.MaxValues)
            {
                errors.AtValue(field.Path, string.Create(CultureInfo.InvariantCulture, $"expected at most {DesignParameter.MaxValues} values, found {field.Value.GetArrayLength()}"));
                return null;
            }

            var values = new List<(decimal, string)>();
            var firstByValue = new Dictionary<decimal, string>();
            bool ok = true;
            int index = 0;
            foreach (JsonElement element in field.Value.EnumerateArray())
            {
                string path = JsonPath.Index(field.Path, index++);
                decimal? value = JsonValues.Number(new JsonField(element, path), errors, "a number", _ => true);
                if (value is not { } v)
                {
                    ok = false;
                }
                else if (!firstByValue.TryAdd(v, path))
                {
                    errors.AtValue(path, string.Create(CultureInfo.InvariantCulture, $"the value {Shown(v)} is listed twice (first at {firstByValue[v]}); list each value once"));
                    ok = false;
                }
                else
                {
                    values.Add((v, path));
                }
            }

            return ok ? values : null;
        }

        /// <summary>The values of <c>from</c>, <c>to</c> and <c>step</c>, each placed where a refusal of it is reported: <c>from</c>, <c>to</c>, or <c>step</c> for a value between.</summary>
        private List<(decimal, string)>? Range(JsonObjectFields obj)
        {
            decimal? from = JsonValues.Number(obj.Required("from"), errors, "a number", _ => true);
            decimal? to = JsonValues.Number(obj.Required("to"), errors, "a number", _ => true);
            decimal? step = JsonValues.Number(obj.Required("step"), errors, "a step greater than 0", s => s > 0);
            if (from is not { } f || to is not { } t || step is not { } s)
            {
                return null;
            }

            string fromPath = JsonPath.Property(obj.Path, "from");
            string toPath = JsonPath.Property(obj.Path, "to");
            string stepPath = JsonPath.Property(obj.Path, "step");
            if (t < f)
            {
                errors.AtValue(toPath, string.Create(CultureInfo.InvariantCulture, $"the range ends before it starts: to {Shown(t)} is less than from {Shown(f)}"));
                return null;
            }

            if (DesignParameter.Range(f, t, s) is not { } values)
            {
                decimal? steps = Steps(f, t, s);
                string range = $"the range from {Shown(f)} to {Shown(t)}";
                string why = steps is not { } n
                    ? $"{range} holds far more than the {DesignParameter.MaxValues.ToString(CultureInfo.InvariantCulture)} values a parameter may have in steps of {Shown(s)}"
                    : n == decimal.Truncate(n) && n >= DesignParameter.MaxValues
                    ? $"{range} in steps of {Shown(s)} has {Shown(n == decimal.MaxValue ? n : n + 1)} values, more than the {DesignParameter.MaxValues.ToString(CultureInfo.InvariantCulture)} a parameter may have"
                    : $"the step {Shown(s)} does not divide {range} (its length {Shown(t - f)} is no whole number of steps); choose a step that does, or list the values";
                errors.AtValue(stepPath, why);
                return null;
            }

            return values.Select((v, k) => (v, k == 0 ? fromPath : k == values.Count - 1 ? toPath : stepPath)).ToList();
        }

        /// <summary>A number as a message shows it: as written in the invariant culture, and masked where it looks like a CPR number.</summary>
        private static string Shown(decimal value) => JsonFoundValue.Shown(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>How many steps the range is long; null where that is too large for a decimal.</summary>
        private static decimal? Steps(decimal from, decimal to, decimal step)
        {
            try
            {
                return (to - from) / step;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        /// <summary>Whether the contract accepts every value of the parameter (each with the template's other values); else an error at the first it refuses.</summary>
        private bool Accepted(string name, IReadOnlyList<(decimal Value, string Path)> values)
        {
            foreach (var (value, path) in values)
            {
                ReadResult<Contract> varied = template.Reread([new DesignSetting(name, value)]);
                if (!varied.Succeeded)
                {
                    string reasons = string.Join("; ", varied.Errors);
                    errors.AtValue(path, $"{name} = {Shown(value)}: the contract refuses it: {reasons}");
                    return false;
                }
            }

            return true;
        }

        private List<DesignCondition>? Conditions(JsonField field)
        {
            if (field.Value.ValueKind != JsonValueKind.Array)
            {
                errors.AtValue(field.Path, JsonValues.Expected("an array of conditions", field.Value));
                return null;
            }

            var conditions = new List<DesignCondition>();
            bool ok = true;
            int index = 0;
            foreach (JsonElement element in field.Value.EnumerateArray())
            {
                DesignCondition? condition = Condition(new JsonField(element, JsonPath.Index(field.Path, index++)));
                ok &= condition is not null;
                if (condition is not null)
                {
                    conditions.Add(condition);
                }
            }

            return ok ? conditions : null;
        }

        private DesignCondition? Condition(JsonField item)
        {
            if (JsonObjectFields.Open(item, errors, "a condition object") is not { } obj)
            {
                return null;
            }

            obj.AllowOnly(ConditionFields, "a condition");
            DesignMeasure? measure = Measure(obj.Required("measure"));
            DesignBound bound;
            JsonField? limitField;
            if (obj.Has("at_least") && obj.Has("at_most"))
            {
                errors.AtName(JsonPath.Property(item.Path, "at_most"), "a condition has one of at_least and at_most, not both (write two conditions for a band)");
                return null;
            }
            else if (obj.Has("at_most"))
            {
                bound = DesignBound.AtMost;
                limitField = obj.Optional("at_most");
            }
            else if (obj.Has("at_least"))
            {
                bound = DesignBound.AtLeast;
                limitField = obj.Optional("at_least");
            }
            else
            {
                errors.Missing(item.Path, JsonPath.Property(item.Path, "at_least"), "required field is missing: a condition has at_least or at_most");
                return null;
            }

            bool probability = measure is { } m && DesignMeasures.IsProbability(m);
            decimal? limit = probability
                ? JsonValues.Number(limitField, errors, "a probability from 0 to 1", v => v is >= 0 and <= 1)
                : JsonValues.Number(limitField, errors, "a number", _ => true);
            return measure is { } mm && limit is { } l ? new DesignCondition(mm, bound, l) : null;
        }

        private DesignMeasure? Measure(JsonField? field)
        {
            string? name = JsonValues.String(field, errors, "the name of a measure, such as \"investor_irr_p50\"");
            if (name is null)
            {
                return null;
            }

            if (DesignMeasures.Parse(name) is { } measure)
            {
                return measure;
            }

            errors.AtValue(field!.Value.Path, $"unknown measure {JsonFoundValue.Text(name)}; the measures are {string.Join(", ", DesignMeasures.Names)}");
            return null;
        }
    }
}
