using System.Text.Json;
using System.Text.RegularExpressions;

namespace SocialInvestment.Io;

/// <summary>
/// How an error message shows the value it found: <c>"text"</c>, <c>12.5</c>, <c>true</c>, <c>null</c>, <c>an object</c>,
/// <c>an array</c>, <c>an empty object</c>, <c>an empty array</c> (so that "expected an array of prices, at least one"
/// never meets a bare "found an array"). Long strings are cut; anything that looks like a CPR number (<c>DDMMYY-SSSS</c> or ten digits) is
/// masked, as no CPR may reach a message.
/// </summary>
internal static partial class JsonFoundValue
{
    private const int MaxShown = 60;

    /// <summary>The value as a message shows it.</summary>
    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value.GetString()!),
        JsonValueKind.Number => Shown(value.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => value.EnumerateObject().Any() ? "an object" : "an empty object",
        JsonValueKind.Array => value.GetArrayLength() > 0 ? "an array" : "an empty array",
        _ => "nothing",
    };

    /// <summary>A string as a message shows it: quoted, cut and masked.</summary>
    internal static string Text(string text) => JsonPath.Quote(Shown(text));

    /// <summary>
    /// Text as a message may show it, without quotes: masked, then cut (masking first, so that a cut never leaves the
    /// first digits of a CPR number).
    /// </summary>
    internal static string Shown(string text) => Cut(Mask(text));

    private static string Cut(string text) => text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "…");

    /// <summary>Text with every run of digits that may be a CPR number masked, not cut.</summary>
    internal static string Mask(string text) => MayHoldCpr(text) ? CprLike().Replace(text, "**********") : text;

    // What CprLike needs at least: ten characters and a digit. Most names and values have neither, and then the regex,
    // whose first use costs a small command milliseconds of start-up, is not run (its answer would be the text itself).
    private static bool MayHoldCpr(string text)
    {
        if (text.Length < 10)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CprLike();
}
