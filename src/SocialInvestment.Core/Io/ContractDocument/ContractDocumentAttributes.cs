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
