using System.CommandLine;

namespace SocialInvestment.Cli;

/// <summary><c>--language da|en</c>: the language of what people read (<see cref="Language"/>); English when left out.</summary>
internal static class LanguageOption
{
    /// <summary>The option, for a command whose printed text or report is in <paramref name="what"/>.</summary>
    internal static Option<Language> Create(string what) => new("--language")
    {
        Description = $"The language of {what}: en (English, the default) or da (Danish words, and Danish number and date formats); machine outputs do not change",
        DefaultValueFactory = _ => Language.English,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (Language.FromCode(text) is not { } language)
            {
                result.AddError($"--language: expected {string.Join(" or ", Language.All.Select(l => l.Code))}, found '{text}'.");
                return Language.English;
            }

            return language;
        },
    };
}
