using System.Text;
using System.Text.RegularExpressions;

namespace SocialInvestment;

/// <summary>
/// The one way a value from an input reaches an error message or a description of what was read (SPEC §9): runs of six
/// or more digits (a hyphen may follow the sixth, as in <c>DDMMYY-SSSS</c>) become <c>&lt;digits hidden&gt;</c>, control
/// characters become spaces, and the result is cut to about 40 characters. Masking comes first, so that cutting never
/// leaves part of a CPR number.
/// </summary>
/// <remarks>
/// Public so that an application that shows free text read from inputs (a cohort, a benefit or outcome code, where an
/// export may hold a CPR number in the wrong column) shows it as the library's own messages do.
/// </remarks>
public static partial class Echo
{
    /// <summary>The most characters of a value that a message shows.</summary>
    public const int MaxLength = 40;

    /// <summary>What replaces a run of digits that may be a CPR number.</summary>
    public const string Hidden = "<digits hidden>";

    /// <summary>The value as a message may show it, quoted: <c>'value'</c>, or <c>nothing</c> for an empty value.</summary>
    /// <param name="value">A value read from an input.</param>
    /// <returns>The masked and cut value in single quotes, or <c>nothing</c>.</returns>
    public static string Quoted(string? value) => string.IsNullOrEmpty(value) ? "nothing" : $"'{Value(value)}'";

    /// <summary>The value masked and cut, without quotes; empty for null or empty.</summary>
    /// <param name="value">A value read from an input.</param>
    /// <returns>The value with every run of six or more digits hidden, control characters as spaces, cut after <see cref="MaxLength"/> characters with <c>...</c>.</returns>
    public static string Value(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        string masked = DigitRun().Replace(value, Hidden);
        var builder = new StringBuilder(Math.Min(masked.Length, MaxLength + 3));
        foreach (char c in masked)
        {
            if (builder.Length == MaxLength)
            {
                builder.Append("...");
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    [GeneratedRegex("[0-9]{6}(?:[0-9]|-[0-9])*", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
