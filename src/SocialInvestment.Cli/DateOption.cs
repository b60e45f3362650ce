using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Cli;

/// <summary>Options that take a date, read as an ISO date <c>yyyy-MM-dd</c> whatever the machine's culture.</summary>
internal static class DateOption
{
    /// <summary>An option that takes a date; otherwise the error says <c>NAME: expected an ISO date yyyy-MM-dd, found 'TEXT'.</c></summary>
    /// <param name="name">The option's name, such as <c>--as-of</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="required">Whether the option must be given.</param>
    internal static Option<LocalDate?> Create(string name, string description, bool required) => new(name)
    {
        Description = description,
        Required = required,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                result.AddError($"{name}: expected an ISO date yyyy-MM-dd, found '{text}'.");
                return null;
            }

            return parsed.Value;
        },
    };
}
