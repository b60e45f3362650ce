using System.Text;

namespace SocialInvestment;

/// <summary>
/// How Danish exports spell one benefit code in more than one way (<c>kontanthjælp</c> and <c>kontanthjaelp</c>, <c>SU</c>
/// and <c>su</c>): two codes are spelled alike where they are the same after folding letter case, æ to ae, ø to oe and
/// å to aa (in Unicode's composed form). Only messages use it, to ask "did you mean …?": a benefit code is still mapped
/// exactly as the contract spells it, never by this folding (docs/calculation.md, "Benefit codes spelled alike").
/// </summary>
internal static class BenefitCodeSpelling
{
    /// <summary>The code folded: composed, lower case (invariant), æ, ø and å written ae, oe and aa.</summary>
    internal static string Fold(string code) =>
        code.Normalize(NormalizationForm.FormC)
            .ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "oe", StringComparison.Ordinal)
            .Replace("å", "aa", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are spelled alike (equal after <see cref="Fold"/>).</summary>
    internal static bool Alike(string a, string b) => string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);

    /// <summary>The codes of <paramref name="known"/> other than <paramref name="code"/> that are spelled like it, in ordinal order.</summary>
    internal static IReadOnlyList<string> Like(string code, IEnumerable<string> known)
    {
        string folded = Fold(code);
        return [.. known.Where(k => !string.Equals(k, code, StringComparison.Ordinal) && string.Equals(Fold(k), folded, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

}
