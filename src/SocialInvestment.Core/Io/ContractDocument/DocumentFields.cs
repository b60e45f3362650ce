using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>
/// The fields of contract.json as the document model declares them (<see cref="ContractDocument"/> and the types under
/// it): the reader allows exactly these at each level, asks for the <c>required</c> ones, and knows the kinds of triggers
/// and payments by their <see cref="JsonDerivedTypeAttribute"/>, so that the reader and <c>sib schema</c> cannot disagree.
/// It reflects, so only <c>sib schema</c> and the test that generates <see cref="ContractFormatTable"/> (the reader's
/// copy, as plain data) call it; the reader does not, to keep start-up free of reflection.
/// </summary>
internal static class DocumentFields
{
    /// <summary>
    /// The JSON names of <paramref name="document"/>'s fields in the order the schema writes them: a base type's fields
    /// before a derived type's, then stably by <see cref="JsonPropertyOrderAttribute"/>, as System.Text.Json orders them.
    /// The reader names the fields in this order in its "has only" messages.
    /// </summary>
    /// <param name="document">A document type.</param>
    /// <returns>The field names.</returns>
    internal static string[] Of(Type document) => Properties(document).Select(Name).ToArray();

    /// <summary>
    /// Each kind of the polymorphic <paramref name="document"/> (a trigger, a payment), in the order of its
    /// <see cref="JsonDerivedTypeAttribute"/>s, with its fields; the discriminator (<c>kind</c>) comes after the fields
    /// ordered before the others (<c>id</c>), where the reader has always named it.
    /// </summary>
    /// <param name="document">The abstract document type that lists its kinds.</param>
    /// <returns>Kind → its fields, in declaration order.</returns>
    internal static Dictionary<string, string[]> OfKinds(Type document)
    {
        string discriminator = document.GetCustomAttribute<JsonPolymorphicAttribute>()!.TypeDiscriminatorPropertyName!;
        var kinds = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (JsonDerivedTypeAttribute kind in document.GetCustomAttributes<JsonDerivedTypeAttribute>())
        {
            PropertyInfo[] properties = Properties(kind.DerivedType);
            kinds.Add(
                (string)kind.TypeDiscriminator!,
                [.. properties.TakeWhile(p => Order(p) < 0).Select(Name), discriminator, .. properties.SkipWhile(p => Order(p) < 0).Select(Name)]);
        }

        return kinds;
    }

    /// <summary>
    /// The kinds of the polymorphic <paramref name="document"/> marked <see cref="NeedsSpellsAttribute"/> (they read
    /// spells.csv), in the order of its <see cref="JsonDerivedTypeAttribute"/>s; the reader and the schema both ask here.
    /// </summary>
    /// <param name="document">The abstract document type that lists its kinds.</param>
    /// <returns>The kinds' discriminators.</returns>
    internal static string[] KindsNeedingSpells(Type document) =>
        document.GetCustomAttributes<JsonDerivedTypeAttribute>()
            .Where(d => d.DerivedType.GetCustomAttribute<NeedsSpellsAttribute>() is not null)
            .Select(d => (string)d.TypeDiscriminator!)
            .ToArray();

    /// <summary>The fields of which an object of <paramref name="document"/> gives one (<see cref="JsonSchemaOneOfRequiredAttribute"/>).</summary>
    /// <param name="document">A document type with that attribute.</param>
    /// <returns>The fields, in the attribute's order.</returns>
    internal static IReadOnlyList<string> OneOf(Type document) => document.GetCustomAttribute<JsonSchemaOneOfRequiredAttribute>()!.Fields;

    /// <summary>The document type's properties that are fields of contract.json, in schema order.</summary>
    /// <param name="document">A document type.</param>
    /// <returns>The properties.</returns>
    internal static PropertyInfo[] Properties(Type document)
    {
        var levels = new List<Type>();
        for (Type? level = document; level is not null && level != typeof(object); level = level.BaseType)
        {
            levels.Insert(0, level);
        }

        // Metadata order is declaration order; OrderBy is stable, so fields of one order keep it.
        return levels
            .SelectMany(level => level.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .OrderBy(Order)
            .ToArray();
    }

    /// <summary>The field's JSON name.</summary>
    /// <param name="property">A property of a document type.</param>
    /// <returns>Its <see cref="JsonPropertyNameAttribute"/> name.</returns>
    internal static string Name(PropertyInfo property) => property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;

    /// <summary>Whether the field is required: a <c>required</c> member of the document type.</summary>
    /// <param name="property">A property of a document type.</param>
    /// <returns>True where the document declares it <c>required</c>.</returns>
    internal static bool IsRequired(PropertyInfo property) => property.GetCustomAttribute<RequiredMemberAttribute>() is not null;

    private static int Order(PropertyInfo property) => property.GetCustomAttribute<JsonPropertyOrderAttribute>()?.Order ?? 0;
}
