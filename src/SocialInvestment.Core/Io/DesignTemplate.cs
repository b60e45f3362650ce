using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// A contract.json read as the template of a design (docs/design.md): the contract, the numbers of it that a design may
/// vary (<see cref="Parameters"/>, such as <c>payments.bonus.amount</c>), and each candidate contract, built as exactly
/// the template's bytes with the varied numbers' text replaced, then read again by <see cref="ContractJson"/>, so a
/// recommended contract can be written out and settled as it is.
/// </summary>
public sealed class DesignTemplate
{
    /// <summary>The fields of a payment that a design may vary, relative to the payment, where the template writes a number there.</summary>
    private static readonly string[] PaymentLeaves =
        ["amount", "share", "deadweight", "monthly_amount", "contract_value", "max_weeks", "cap.amount", "cap.count", "cap.participant_share"];

    /// <summary>The arrays of a fixed payment whose items' <c>amount</c> a design may vary.</summary>
    private static readonly string[] PriceArrays = ["prices", "tiers"];

    /// <summary>The contract-wide caps a design may vary.</summary>
    internal static readonly string[] CapLeaves = ["per_participant", "total"];

    private readonly byte[] _bytes;
    private readonly int _bomLength;
    private readonly Dictionary<string, Number> _numbers;

    private DesignTemplate(string fileName, Contract contract, byte[] bytes, int bomLength, Dictionary<string, Number> numbers, List<string> parameters)
    {
        FileName = fileName;
        Contract = contract;
        _bytes = bytes;
        _bomLength = bomLength;
        _numbers = numbers;
        Parameters = parameters.AsReadOnly();
    }

    /// <summary>The template file's name as the user gave it.</summary>
    public string FileName { get; }

    /// <summary>The template's contract.</summary>
    public Contract Contract { get; }

    /// <summary>
    /// The names of the numbers a design may vary, in the order the template writes them: every <c>caps.total</c> and
    /// <c>caps.per_participant</c>, and per payment (by id) <c>amount</c>, <c>share</c>, <c>deadweight</c>,
    /// <c>monthly_amount</c>, <c>contract_value</c>, <c>max_weeks</c>, <c>cap.amount</c>, <c>cap.count</c>,
    /// <c>cap.participant_share</c>, <c>prices[n].amount</c> and <c>tiers[n].amount</c>, each where the template writes
    /// a number there. A name two numbers would share (payment ids with dots can make one) is left out.
    /// </summary>
    public ReadOnlyCollection<string> Parameters { get; }

    /// <summary>Reads a template: a contract.json that <see cref="ContractJson.Read"/> accepts.</summary>
    /// <param name="stream">The file's bytes; read to its end (at most 1 MiB), not closed.</param>
    /// <param name="fileName">The file's name as the user gave it, for messages.</param>
    /// <returns>The template, or the contract's errors.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReadResult<DesignTemplate> Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        using JsonInput? input = JsonInput.Open(stream, fileName, "a contract", 3, out InputError? refusal);
        if (input is null)
        {
            return ReadResult.Failure<DesignTemplate>([refusal!]);
        }

        ReadResult<Contract> contract = ContractJson.ReadParsed(input, fileName);
        if (!contract.Succeeded)
        {
            return ReadResult.Failure<DesignTemplate>(contract.Errors);
        }

        var numbers = new Dictionary<string, Number>(StringComparer.Ordinal);
        var parameters = new List<string>();
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, path) in Candidates(input.Document.RootElement))
        {
            if (input.Positions.NumberAt(path) is not { } span)
            {
                continue;
            }

            if (ambiguous.Contains(name) || !numbers.TryAdd(name, new Number(path, span.Offset, span.Length)))
            {
                ambiguous.Add(name);
                numbers.Remove(name);
                parameters.Remove(name);
                continue;
            }

            parameters.Add(name);
        }

        var order = parameters.OrderBy(p => numbers[p].Offset).ToList();
        return ReadResult.Success(new DesignTemplate(fileName, contract.Value!, input.Bytes, input.BomLength, numbers, order));
    }

    /// <summary>The template's own value of <paramref name="parameter"/>, exactly as written.</summary>
    /// <param name="parameter">One of <see cref="Parameters"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="parameter"/> is not one of <see cref="Parameters"/>.</exception>
    public decimal ValueOf(string parameter)
    {
        Number number = NumberOf(parameter);
        return decimal.Parse(_bytes.AsSpan(_bomLength + number.Offset, number.Length), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The candidate's contract.json: the template's bytes (BOM, spacing, order, every other value) with the text of each
    /// varied number replaced by its value, written as <see cref="decimal.ToString(IFormatProvider)"/> writes it in the
    /// invariant culture (<c>35000</c>, <c>0.4</c>; never an exponent).
    /// </summary>
    /// <param name="assignment">The candidate: values for some of <see cref="Parameters"/>.</param>
    /// <exception cref="ArgumentException">A setting names no parameter of the template.</exception>
    public byte[] JsonFor(DesignAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return JsonFor(assignment.Settings);
    }

    /// <summary>
    /// The candidate's contract, as <see cref="ContractJson.Read"/> reads <see cref="JsonFor(DesignAssignment)"/>: a
    /// <c>Func&lt;DesignAssignment, Contract&gt;</c> for the design's engine. Every value that <see cref="DesignJson"/>
    /// accepted gives a contract (each varied field's rules concern that field alone).
    /// </summary>
    /// <param name="assignment">The candidate.</param>
    /// <exception cref="ArgumentException">A setting names no parameter of the template.</exception>
    /// <exception cref="InputException">The contract refuses a value (a design that <see cref="DesignJson"/> read never gives one).</exception>
    public Contract ContractFor(DesignAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return Reread(assignment.Settings).GetValueOrThrow();
    }

    /// <summary>The contract with <paramref name="settings"/>, or the contract's own errors about them.</summary>
    internal ReadResult<Contract> Reread(IReadOnlyList<DesignSetting> settings) =>
        ContractJson.Read(new MemoryStream(JsonFor(settings), writable: false), FileName);

    /// <summary>Whether <paramref name="parameter"/> names a number of the template.</summary>
    internal bool Has(string parameter) => _numbers.ContainsKey(parameter);

    private byte[] JsonFor(IReadOnlyList<DesignSetting> settings)
    {
        var replacements = settings
            .Select(s => (Number: NumberOf(s.Parameter), Text: System.Text.Encoding.UTF8.GetBytes(s.Value.ToString(CultureInfo.InvariantCulture))))
            .OrderBy(r => r.Number.Offset)
            .ToList();
        using var output = new MemoryStream(_bytes.Length + 64);
        int copied = 0;
        foreach (var (number, text) in replacements)
        {
            int start = _bomLength + number.Offset;
            output.Write(_bytes, copied, start - copied);
            output.Write(text);
            copied = start + number.Length;
        }

        output.Write(_bytes, copied, _bytes.Length - copied);
        return output.ToArray();
    }

    private Number NumberOf(string parameter) =>
        _numbers.TryGetValue(parameter, out Number number)
            ? number
            : throw new ArgumentException($"'{parameter}' names no number of the template that a design may vary.", nameof(parameter));

    /// <summary>Every name a design parameter could have in this document, with the JSON path of the value it names.</summary>
    private static IEnumerable<(string Name, string Path)> Candidates(JsonElement root)
    {
        foreach (string leaf in CapLeaves)
        {
            yield return ("caps." + leaf, JsonPath.Property(JsonPath.Property(JsonPath.Root, "caps"), leaf));
        }

        if (!root.TryGetProperty("payments", out JsonElement payments))
        {
            yield break;
        }

        int index = 0;
        foreach (JsonElement payment in payments.EnumerateArray())
        {
            string path = JsonPath.Index("payments", index++);
            string id = payment.GetProperty("id").GetString()!;
            foreach (string leaf in PaymentLeaves)
            {
                string[] parts = leaf.Split('.');
                string leafPath = parts.Aggregate(path, JsonPath.Property);
                yield return ($"payments.{id}.{leaf}", leafPath);
            }

            foreach (string array in PriceArrays)
            {
                if (payment.TryGetProperty(array, out JsonElement items))
                {
                    for (int n = 0; n < items.GetArrayLength(); n++)
                    {
                        string item = string.Create(CultureInfo.InvariantCulture, $"{array}[{n}]");
                        yield return ($"payments.{id}.{item}.amount", JsonPath.Property(JsonPath.Index(JsonPath.Property(path, array), n), "amount"));
                    }
                }
            }
        }
    }

    /// <summary>Where a number of the template stands: its JSON path, and its text's first byte (after any BOM) and length.</summary>
    private readonly record struct Number(string Path, int Offset, int Length);
}
