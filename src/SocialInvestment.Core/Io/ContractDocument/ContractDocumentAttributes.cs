namespace SocialInvestment.Io;

/// <summary>The JSON Schema keyword <c>propertyNames</c> with a <c>pattern</c>: the form of the keys of an object that maps codes.</summary>
/// <param name="pattern">The keys' pattern.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class JsonSchemaKeyPatternAttribute(string pattern) : Attribute
{
    internal string Pattern { get; } = pattern;
}

/// <summary>The JSON Schema keyword <c>multipleOf</c>: for amounts with at most two decimals, 0.01.</summary>
/// <param name="factor">What the value must be a multiple of.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class JsonSchemaMultipleOfAttribute(double factor) : Attribute
{
    internal double Factor { get; } = factor;
}

/// <summary>Marks the trigger and payment kinds that need spells.csv, and so the contract's <c>benefits</c> and <c>monthly_cost</c> (SPEC §2).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class NeedsSpellsAttribute : Attribute;

/// <summary>The JSON Schema keyword <c>anyOf</c> of <c>required</c>: an object must give at least one of these fields (the reader: exactly one).</summary>
/// <param name="fields">The fields.</param>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class JsonSchemaOneOfRequiredAttribute(params string[] fields) : Attribute
{
    internal IReadOnlyList<string> Fields { get; } = fields;
}

/// <summary>
/// An object that may also be written as the value of one of its fields alone: <c>"support"</c> for
/// <c>{ "class": "support" }</c>. The schema offers both forms (<c>anyOf</c>).
/// </summary>
/// <param name="field">The field whose value alone stands for the object.</param>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class JsonSchemaShorthandAttribute(string field) : Attribute
{
    internal string Field { get; } = field;
}

/// <summary>
/// A field allowed only where another field has one value: <c>degree</c> only with <c>class</c> <c>support</c>. The
/// schema says it as <c>if</c> the field is given <c>then</c> the other is that value; the reader refuses it at the field.
/// </summary>
/// <param name="field">The field allowed only so.</param>
/// <param name="other">The field it depends on.</param>
/// <param name="value">The value <paramref name="other"/> must have.</param>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class JsonSchemaOnlyWithAttribute(string field, string other, string value) : Attribute
{
    internal string Field { get; } = field;

    internal string Other { get; } = other;

    internal string Value { get; } = value;
}

/// <summary>
/// Other forms a value may take besides the object, each a JSON Schema written out: <c>municipal_share</c> is also a
/// number in [0, 1] or <c>"dk_2016"</c>. The schema offers them and the object (<c>anyOf</c>).
/// </summary>
/// <param name="schemas">The other forms' schemas, as JSON text.</param>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class JsonSchemaAlternativesAttribute(params string[] schemas) : Attribute
{
    internal IReadOnlyList<string> Schemas { get; } = schemas;
}
