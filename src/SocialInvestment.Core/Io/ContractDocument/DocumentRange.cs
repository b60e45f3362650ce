using System.Globalization;

namespace SocialInvestment.Io;

/// <summary>
/// The range of a number field of contract.json as its document property states it, in
/// <see cref="System.ComponentModel.DataAnnotations.RangeAttribute"/> and <see cref="JsonSchemaMultipleOfAttribute"/>:
/// the schema writes these as <c>minimum</c>, <c>exclusiveMaximum</c>, <c>multipleOf</c>…, and the reader checks a value
/// against the same range and says it in words in its error ("expected a number from 0 up to but not including 1"). The
/// reader takes the bounds from <see cref="ContractFormatTable"/>, which a test generates from those attributes, so that
/// start-up reads no attributes; the bounds that are limits of the domain are the domain type's constants
/// (<see cref="ObservationWindow.MaxWeeks"/>) in the attributes, so each range is stated once.
/// </summary>
internal sealed class DocumentRange
{
    private readonly string noun;
    private readonly string? note;
    private string? expected;

    private DocumentRange(DocumentBounds bounds, string noun, string? note)
    {
        Min = bounds.Min;
        Max = bounds.Max;
        MinIsExclusive = bounds.MinIsExclusive;
        MaxIsExclusive = bounds.MaxIsExclusive;
        Decimals = bounds.Decimals;
        this.noun = noun;
        this.note = note;
    }

    /// <summary>The least value (or the bound it must exceed, <see cref="MinIsExclusive"/>); null for none.</summary>
    internal decimal? Min { get; }

    /// <summary>The greatest value (or the bound it must stay below, <see cref="MaxIsExclusive"/>); null for none.</summary>
    internal decimal? Max { get; }

    /// <summary>Whether <see cref="Min"/> itself is out of range.</summary>
    internal bool MinIsExclusive { get; }

    /// <summary>Whether <see cref="Max"/> itself is out of range.</summary>
    internal bool MaxIsExclusive { get; }

    /// <summary>The most decimals a value may have (2 for <c>multipleOf</c> 0.01); null for any.</summary>
    internal int? Decimals { get; }

    /// <summary>
    /// What a good value is, for the reader's message: <c>a number from 0 to 1</c>. Worded on first use, as only an error
    /// needs it, so that start-up formats no numbers.
    /// </summary>
    internal string Expected => expected ??= Describe();

    /// <summary>The least whole number, for a whole-number field.</summary>
    internal int WholeMin => (int)Min!.Value;

    /// <summary>The greatest whole number, for a whole-number field; <see cref="int.MaxValue"/> where there is no limit.</summary>
    internal int WholeMax => Max is { } max ? (int)max : int.MaxValue;

    /// <summary>The range of a field with the <paramref name="bounds"/> of <see cref="ContractFormatTable"/>, with the words of the reader's message.</summary>
    /// <param name="bounds">The field's bounds.</param>
    /// <param name="noun">What the value is, with its article: "a number", "a rate", "an amount".</param>
    /// <param name="note">An example or hint after the range, "(0.1 for 10 %)", or null.</param>
    /// <returns>The range.</returns>
    internal static DocumentRange Of(DocumentBounds bounds, string noun = "a whole number", string? note = null) => new(bounds, noun, note);

    /// <summary>Whether <paramref name="value"/> is in the range, compared exactly.</summary>
    /// <param name="value">The value as written.</param>
    /// <returns>True where it is in range.</returns>
    internal bool Contains(decimal value) =>
        (Min is not { } min || (MinIsExclusive ? value > min : value >= min))
        && (Max is not { } max || (MaxIsExclusive ? value < max : value <= max))
        && (Decimals is not { } decimals || decimal.Round(value, decimals) == value);

    /// <summary>"a number from 0 to 1", "a degree greater than 0 and at most 1", "an amount of at least 0 with at most two decimals", "a number greater than -1 (0.02 for 2 %)".</summary>
    private string Describe()
    {
        string range = (Min, Max) switch
        {
            ({ } min, { } max) when !MinIsExclusive => MaxIsExclusive ? $"from {Text(min)} up to but not including {Text(max)}" : $"from {Text(min)} to {Text(max)}",
            ({ } min, { } max) when !MaxIsExclusive => $"greater than {Text(min)} and at most {Text(max)}",
            ({ } min, null) => MinIsExclusive ? $"greater than {Text(min)}" : $"of at least {Text(min)}",
            _ => throw new InvalidOperationException("A range has a least value, and is closed at one end at least where it has a greatest."),
        };
        string decimals = Decimals switch
        {
            null => string.Empty,
            2 => " with at most two decimals",
            _ => string.Create(CultureInfo.InvariantCulture, $" with at most {Decimals} decimals"),
        };
        return noun + " " + range + decimals + (note is null ? string.Empty : " " + note);
    }

    private static string Text(decimal bound) => bound.ToString(CultureInfo.InvariantCulture);
}
