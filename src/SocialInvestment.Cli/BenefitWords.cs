using System.Globalization;

namespace SocialInvestment.Cli;

/// <summary>
/// How a contract maps a benefit code, in the words of <c>sib validate</c> and the report: its class, and the degree the
/// contract gives the code's rows that have none of their own (SPEC-DK DK2) where it gives one. A code is shown as every
/// description shows input values (<see cref="Echo.Value"/>).
/// </summary>
internal static class BenefitWords
{
    /// <summary><c>support</c>, <c>support, degree 0.5 where a row gives none</c>, <c>not mapped: counts as ignore (unknown_benefits)</c>.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="code">A benefit code the contract maps, or one it counts by <see cref="Contract.UnknownBenefits"/>.</param>
    /// <param name="language">The language of the words.</param>
    /// <returns>The words.</returns>
    internal static string Use(Contract contract, string code, Language language)
    {
        if (!contract.Benefits.TryGetValue(code, out BenefitClass benefitClass))
        {
            string counted = Name(contract.UnknownBenefits!.Value, language);
            return language.Say($"not mapped: counts as {counted} (unknown_benefits)", $"ikke angivet i kontrakten: tælles som {counted} (unknown_benefits)");
        }

        return contract.BenefitDegrees.TryGetValue(code, out Degree degree)
            ? language.Say($"{Name(benefitClass, language)}, degree {degree} where a row gives none", $"{Name(benefitClass, language)}, grad {Number(degree, language)} hvor en række ikke angiver nogen")
            : Name(benefitClass, language);
    }

    /// <summary>Each code the contract gives a degree, in code-point order: <c>774 → support, degree 0.5</c> (Danish <c>774 → forsørgelse, grad 0,5</c>).</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="language">The language of the words.</param>
    /// <returns>The codes in words; empty where the contract gives no code a degree.</returns>
    internal static IEnumerable<string> Degrees(Contract contract, Language language) =>
        contract.BenefitDegrees
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => $"{Echo.Value(d.Key)} → {Name(contract.Benefits[d.Key], language)}, {language.Say("degree", "grad")} {Number(d.Value, language)}");

    /// <summary>A class's name: the contract's own word in English (<c>support</c>), Danish words in Danish.</summary>
    private static string Name(BenefitClass benefitClass, Language language) =>
        language.IsDanish
            ? benefitClass switch
            {
                BenefitClass.Support => "forsørgelse",
                BenefitClass.Education => "uddannelse",
                _ => "ignoreret",
            }
            : benefitClass.ToString().ToLower(CultureInfo.InvariantCulture);

    /// <summary>A degree as the contract gives it (<c>0.5</c>), with a decimal comma in Danish (<c>0,5</c>).</summary>
    private static string Number(Degree degree, Language language) =>
        language.IsDanish ? degree.ToString().Replace('.', ',') : degree.ToString();
}
