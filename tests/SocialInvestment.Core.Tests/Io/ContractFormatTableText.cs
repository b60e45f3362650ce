using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The text of src/SocialInvestment.Core/Io/ContractDocument/ContractFormatTable.cs, generated from the document model
/// (<see cref="ContractDocument"/> and the types under it) by reflection: each object's fields, each polymorphic
/// document's kinds with their fields, the kinds needing spells, the one-of choices and the bounds of every ranged field.
/// The reader uses the checked-in table so that start-up reads no attributes; <see cref="ContractFormatTableTests"/>
/// keeps it equal to this text.
/// </summary>
internal static class ContractFormatTableText
{
    /// <summary>The table's path from the checkout's root.</summary>
    internal static readonly string[] Path = ["src", "SocialInvestment.Core", "Io", "ContractDocument", "ContractFormatTable.cs"];

    /// <summary>The environment variable that, set to 1, makes the test write the table.</summary>
    internal const string WriteVariable = "SIB_WRITE_CONTRACT_FORMAT_TABLE";

    /// <summary>How to regenerate the table, for the test's message and the file's header.</summary>
    internal const string Regenerate =
        WriteVariable + "=1 dotnet test tests/SocialInvestment.Core.Tests --filter FullyQualifiedName~ContractFormatTableTests";

    /// <summary>The table as C#, with LF line ends.</summary>
    /// <returns>The text.</returns>
    internal static string Generate()
    {
        var text = new StringBuilder();
        Line(text, "// Generated from the document model by ContractFormatTableTests; do not edit: run");
        Line(text, "// " + Regenerate);
        Line(text, "// from the checkout's root to regenerate.");
        Line(text, "namespace SocialInvestment.Io;");
        Line(text, string.Empty);
        Line(text, "/// <summary>");
        Line(text, "/// What the reader of contract.json takes from the document model (<see cref=\"ContractDocument\"/>), as plain data so");
        Line(text, "/// that start-up reads no attributes: the fields of each object in schema order, the kinds of triggers and payments");
        Line(text, "/// with their fields, the kinds needing spells.csv, the fields of which an object gives one, and the bounds of every");
        Line(text, "/// ranged field. A test generates it from the model and fails where it is not current.");
        Line(text, "/// </summary>");
        Line(text, "internal static class ContractFormatTable");
        Line(text, "{");
        var members = new List<string>();
        foreach (Type document in Documents())
        {
            string name = Short(document);
            if (document.GetCustomAttribute<JsonPolymorphicAttribute>() is not null)
            {
                Dictionary<string, string[]> kinds = DocumentFields.OfKinds(document);
                var member = new StringBuilder();
                Line(member, $"    /// <summary>Each kind of <see cref=\"{document.Name}\"/> with its fields, in the order of its kinds.</summary>");
                Line(member, $"    internal static readonly Dictionary<string, string[]> {name}Kinds = new(StringComparer.Ordinal)");
                Line(member, "    {");
                foreach (var (kind, fields) in kinds)
                {
                    Line(member, $"        [{Quote(kind)}] = {Strings(fields)},");
                }

                Line(member, "    };");
                members.Add(member.ToString());
                members.Add(
                    $"    /// <summary>The kinds of <see cref=\"{document.Name}\"/> marked <see cref=\"NeedsSpellsAttribute\"/>, in the order of its kinds.</summary>\n"
                    + $"    internal static readonly string[] {name}KindsNeedingSpells = {Strings(DocumentFields.KindsNeedingSpells(document))};\n");
            }
            else if (!document.IsAbstract && !IsKind(document))
            {
                members.Add(
                    $"    /// <summary>The fields of <see cref=\"{document.Name}\"/>, in schema order.</summary>\n"
                    + $"    internal static readonly string[] {name}Fields = {Strings(DocumentFields.Of(document))};\n");
            }

            if (document.GetCustomAttribute<JsonSchemaOneOfRequiredAttribute>() is not null)
            {
                members.Add(
                    $"    /// <summary>The fields of which a <see cref=\"{document.Name}\"/> gives one.</summary>\n"
                    + $"    internal static readonly string[] {name}OneOf = {Strings(DocumentFields.OneOf(document))};\n");
            }

            foreach (PropertyInfo property in document.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
            {
                if (Bounds(property) is { } bounds)
                {
                    members.Add(
                        $"    /// <summary>The bounds of <see cref=\"{document.Name}.{property.Name}\"/>.</summary>\n"
                        + $"    internal static readonly DocumentBounds {name}{property.Name} = {BoundsText(bounds)};\n");
                }
            }
        }

        text.Append(string.Join("\n", members));
        Line(text, "}");
        return text.ToString();
    }

    /// <summary>The bounds that <paramref name="property"/>'s attributes state; null where it has no range.</summary>
    /// <param name="property">A property of a document type.</param>
    /// <returns>The bounds.</returns>
    internal static DocumentBounds? Bounds(PropertyInfo property)
    {
        if (property.GetCustomAttribute<RangeAttribute>() is not { } range)
        {
            return null;
        }

        int? decimals = property.GetCustomAttribute<JsonSchemaMultipleOfAttribute>() is { } multipleOf ? DecimalsOf((decimal)multipleOf.Factor) : null;
        return new DocumentBounds(Bound(range.Minimum), Bound(range.Maximum), range.MinimumIsExclusive, range.MaximumIsExclusive, decimals);
    }

    /// <summary>Every document type reached from <see cref="ContractDocument"/>, each once, breadth first in schema order.</summary>
    /// <returns>The types, base types before the kinds derived from them.</returns>
    internal static List<Type> Documents()
    {
        var seen = new List<Type>();
        var pending = new Queue<Type>([typeof(ContractDocument)]);
        while (pending.TryDequeue(out Type? type))
        {
            if (seen.Contains(type))
            {
                continue;
            }

            seen.Add(type);
            foreach (JsonDerivedTypeAttribute kind in type.GetCustomAttributes<JsonDerivedTypeAttribute>())
            {
                // The kind's own bases between it and the polymorphic type (WeeksOfSelfSupportTriggerDocument) come first.
                var bases = new Stack<Type>();
                for (Type? level = kind.DerivedType; level is not null && level != type; level = level.BaseType)
                {
                    bases.Push(level);
                }

                foreach (Type level in bases)
                {
                    pending.Enqueue(level);
                }
            }

            foreach (PropertyInfo property in DocumentFields.Properties(type))
            {
                Type inner = Inner(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
                if (inner.IsClass && inner != typeof(string) && !inner.IsGenericType && inner.Namespace == typeof(ContractDocument).Namespace)
                {
                    pending.Enqueue(inner);
                }
            }
        }

        return seen;
    }

    /// <summary>The document type a property holds: itself, the item of a list, or the value of a map (<c>benefits</c>).</summary>
    /// <param name="propertyType">The property's type, not nullable.</param>
    /// <returns>The type of the objects it holds.</returns>
    internal static Type Inner(Type propertyType) =>
        !propertyType.IsGenericType ? propertyType
        : propertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? propertyType.GetGenericArguments()[0]
        : propertyType.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? propertyType.GetGenericArguments()[1]
        : propertyType;

    /// <summary>The type's name without "Document": <c>Window</c>, <c>Contract</c>, <c>WeeksOfSelfSupportTrigger</c>.</summary>
    internal static string Short(Type document) =>
        document.Name.EndsWith("Document", StringComparison.Ordinal) ? document.Name[..^"Document".Length] : document.Name;

    /// <summary>Whether the type is below a polymorphic document (a kind, or a base of kinds), whose fields are in the kinds.</summary>
    private static bool IsKind(Type document)
    {
        for (Type? level = document.BaseType; level is not null; level = level.BaseType)
        {
            if (level.GetCustomAttribute<JsonPolymorphicAttribute>() is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static decimal? Bound(object bound) => bound switch
    {
        int whole => whole,
        double number when double.IsFinite(number) => (decimal)number,
        _ => null,
    };

    private static int DecimalsOf(decimal factor)
    {
        int decimals = factor.Scale;
        return factor == 1m / (decimal)Math.Pow(10, decimals) ? decimals : throw new InvalidOperationException($"multipleOf {factor} is not a power of 0.1.");
    }

    private static string BoundsText(DocumentBounds bounds)
    {
        var arguments = new List<string> { Decimal(bounds.Min), Decimal(bounds.Max) };
        if (bounds.MinIsExclusive)
        {
            arguments.Add("MinIsExclusive: true");
        }

        if (bounds.MaxIsExclusive)
        {
            arguments.Add("MaxIsExclusive: true");
        }

        if (bounds.Decimals is { } decimals)
        {
            arguments.Add(string.Create(CultureInfo.InvariantCulture, $"Decimals: {decimals}"));
        }

        return "new(" + string.Join(", ", arguments) + ")";
    }

    // The literal keeps the value's scale, which the reader's message writes ("from 0 to 1").
    private static string Decimal(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "m" : "null";

    private static string Strings(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    private static string Quote(string value) =>
        value.All(c => c is >= ' ' and <= '~' && c is not '"' and not '\\') ? "\"" + value + "\"" : throw new InvalidOperationException($"{value} needs escaping.");

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
