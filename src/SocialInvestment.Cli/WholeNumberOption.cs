using System.CommandLine;
using System.Globalization;

namespace SocialInvestment.Cli;

/// <summary>
/// Options that take a whole number, read in the invariant culture and checked as they are parsed. System.CommandLine
/// reads numbers in the current culture, where <c>-5</c> is no number under ar-SA (whose minus sign is a letter mark and
/// a hyphen), and a validator that asks for a value that could not be read throws instead of reporting it.
/// </summary>
internal static class WholeNumberOption
{
    /// <summary>An option whose value must satisfy <paramref name="isValid"/>; otherwise the error says <c>NAME: expected EXPECTED, found 'TEXT'.</c></summary>
    /// <param name="name">The option's name, such as <c>--threads</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="expected">What a good value is, for the message: "a whole number of at least 0".</param>
    /// <param name="isValid">The range check.</param>
    /// <param name="defaultValue">The value where the option is not given; null for a required option.</param>
    internal static Option<int> Create(string name, string description, string expected, Func<int, bool> isValid, int? defaultValue = null)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            Required = defaultValue is null,
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || !isValid(value))
                {
                    result.AddError($"{name}: expected {expected}, found '{text}'.");
                    return 0;
                }

                return value;
            },
        };
        if (defaultValue is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        return option;
    }

    /// <summary>An optional option without a default: null where it is not given; otherwise as <see cref="Create"/>.</summary>
    /// <param name="name">The option's name, such as <c>--population</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="expected">What a good value is, for the message.</param>
    /// <param name="isValid">The range check.</param>
    internal static Option<int?> CreateOptional(string name, string description, string expected, Func<int, bool> isValid) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || !isValid(value))
            {
                result.AddError($"{name}: expected {expected}, found '{text}'.");
                return null;
            }

            return value;
        },
    };
}
