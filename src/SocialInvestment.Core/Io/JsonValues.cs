using System.Globalization;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>
/// Typed reads of JSON values, each either the value or null with one error that names the field, says what was
/// expected and shows what was found. Numbers are read as <see cref="decimal"/>, exactly as written, never through
/// <see cref="double"/>.
/// </summary>
internal static class JsonValues
{
    /// <summary>The message <c>expected X, found Y</c>.</summary>
    internal static string Expected(string expected, JsonElement found) =>
        $"expected {expected}, found {JsonFoundValue.Describe(found)}";

    /// <summary>A string.</summary>
    internal static string? String(JsonField? field, JsonErrorSink errors, string expected = "a string")
    {
        if (field is not { } f)
        {
            return null;
        }

        if (f.Value.ValueKind != JsonValueKind.String)
        {
            errors.AtValue(f.Path, Expected(expected, f.Value));
            return null;
        }

        return f.Value.GetString();
    }

    /// <summary>A code compared exactly with a CSV field (a benefit or outcome code): not empty, no surrounding spaces.</summary>
    internal static string? Code(JsonField? field, JsonErrorSink errors)
    {
        const string Expectation = "a code that is not empty and has no spaces around it (CSV fields are trimmed, so it could never match)";
        string? text = String(field, errors, "a code (a string)");
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0 || text.Trim().Length != text.Length)
        {
            errors.AtValue(field!.Value.Path, $"expected {Expectation}, found {JsonFoundValue.Text(text)}");
            return null;
        }

        return text;
    }

    /// <summary>
    /// An id by the participant_id rule: 1–64 characters of <c>A-Z a-z 0-9 _ - .</c>, not beginning with <c>-</c> and not a
    /// CPR number (<see cref="IdRule"/>).
    /// </summary>
    internal static string? Id(JsonField? field, JsonErrorSink errors)
    {
        const string Expectation = "an id of 1 to 64 characters from A-Z a-z 0-9 _ - .";
        string? text = String(field, errors, Expectation);
        if (text is not null && !ParticipantId.IsValid(text))
        {
            errors.AtValue(field!.Value.Path, $"expected {IdRule.Expected(text, Expectation)}, found {JsonFoundValue.Text(text)}");
            return null;
        }

        if (text is not null && IdRule.IsCpr(text))
        {
            errors.AtValue(field!.Value.Path, IdRule.LooksLikeCpr);
            return null;
        }

        return text;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    internal static bool? Boolean(JsonField? field, JsonErrorSink errors)
    {
        if (field is not { } f)
        {
            return null;
        }

        if (f.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.AtValue(f.Path, Expected("true or false", f.Value));
            return null;
        }

        return f.Value.GetBoolean();
    }

    /// <summary>One of a fixed set of strings, mapped to its value.</summary>
    internal static T? Choice<T>(JsonField? field, JsonErrorSink errors, IReadOnlyList<(string Text, T Value)> choices)
        where T : struct
    {
        string expected = "one of " + string.Join(", ", choices.Select(c => JsonPath.Quote(c.Text)));
        string? text = String(field, errors, expected);
        if (text is null)
        {
            return null;
        }

        foreach (var (choiceText, value) in choices)
        {
            if (string.Equals(choiceText, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        errors.AtValue(field!.Value.Path, $"expected {expected}, found {JsonFoundValue.Text(text)}");
        return null;
    }

    /// <summary>
    /// A whole number in [<paramref name="min"/>, <paramref name="max"/>]. A number written with a zero fraction
    /// (<c>20.0</c>, <c>2e1</c>) is whole and accepted; <c>20.5</c> is not.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="errors">Where errors go.</param>
    /// <param name="min">The least value.</param>
    /// <param name="max">The greatest value.</param>
    /// <param name="maxSource">Where the greatest value comes from, for the message (<c>window.weeks</c>), or null.</param>
    internal static int? WholeNumber(JsonField? field, JsonErrorSink errors, int min, int max, string? maxSource = null)
    {
        if (field is not { } f)
        {
            return null;
        }

        // int.MaxValue is no limit a user set, so it is not shown; the bounds can come from the user's own values (a
        // tier's up_to), so they are masked like any value a message shows.
        string range = max == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"of at least {min}")
            : string.Create(CultureInfo.InvariantCulture, $"from {min} to {max}");
        string expected = JsonFoundValue.Mask("a whole number " + range + (maxSource is null ? string.Empty : $" ({maxSource})"));
        if (f.Value.ValueKind != JsonValueKind.Number || !f.Value.TryGetDecimal(out decimal value)
            || decimal.Truncate(value) != value || value < min || value > max)
        {
            errors.AtValue(f.Path, Expected(expected, f.Value));
            return null;
        }

        return (int)value;
    }

    /// <summary>A whole number in a document field's range (<see cref="DocumentRange"/>).</summary>
    internal static int? WholeNumber(JsonField? field, JsonErrorSink errors, DocumentRange range) =>
        WholeNumber(field, errors, range.WholeMin, range.WholeMax);

    /// <summary>A number in a document field's range (<see cref="DocumentRange"/>), which also says what was expected.</summary>
    internal static decimal? Number(JsonField? field, JsonErrorSink errors, DocumentRange range) =>
        Number(field, errors, range.Expected, range.Contains);

    /// <summary>A number that <paramref name="isInRange"/> accepts, read exactly as a decimal.</summary>
    /// <param name="field">The field.</param>
    /// <param name="errors">Where errors go.</param>
    /// <param name="expected">What a good value is, for the message: "a number from 0 to 1".</param>
    /// <param name="isInRange">The range check.</param>
    internal static decimal? Number(JsonField? field, JsonErrorSink errors, string expected, Func<decimal, bool> isInRange)
    {
        if (field is not { } f)
        {
            return null;
        }

        if (f.Value.ValueKind != JsonValueKind.Number)
        {
            errors.AtValue(f.Path, Expected(expected, f.Value));
            return null;
        }

        if (!f.Value.TryGetDecimal(out decimal value))
        {
            errors.AtValue(f.Path, Expected(expected, f.Value) + ", which is beyond the range of a decimal number");
            return null;
        }

        if (!isInRange(value))
        {
            errors.AtValue(f.Path, Expected(expected, f.Value));
            return null;
        }

        return value;
    }
}
