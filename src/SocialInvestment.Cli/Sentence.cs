namespace SocialInvestment.Cli;

/// <summary>Sentences printed for people.</summary>
internal static class Sentence
{
    /// <summary>
    /// The text ended with a full stop, unless it ends with one already: a Danish amount in DKK ends with <c>kr.</c>, and a
    /// sentence ending in one gets no second point.
    /// </summary>
    internal static string End(string text) => text.EndsWith('.') ? text : text + ".";
}
