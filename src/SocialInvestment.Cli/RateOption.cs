using System.CommandLine;
using System.Globalization;

namespace SocialInvestment.Cli;

/// <summary>
/// An annual rate given as a fraction (<c>0.035</c> is 3.5 % a year), read in the invariant culture as <see cref="WholeNumberOption"/>
/// reads whole numbers, so that no machine reads it otherwise.
/// </summary>
internal static class RateOption
{
    /// <summary>What a good rate is, for messages.</summary>
    internal const string Expected = "an annual rate as a fraction above -1 and at most 100, such as 0.035 for 3.5 %";

    /// <summary>Reads a rate: digits with an optional <c>.</c> and a leading <c>-</c>, above −1 and at most 100.</summary>
    internal static bool TryParse(string text, out double rate)
    {
        rate = 0;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
            || value <= -1m || value > 100m)
        {
            return false;
        }

        rate = (double)value;
        return true;
    }

    /// <summary>An optional option <paramref name="name"/> that takes a rate.</summary>
    internal static Option<double?> Create(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (!TryParse(text, out double rate))
            {
                result.AddError($"{name}: expected {Expected}, found '{text}'.");
                return null;
            }

            return rate;
        },
    };
}
