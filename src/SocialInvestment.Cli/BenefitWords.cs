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
    /// <returns>The words.</returns>
    internal static string Use(Contract contract, string code)
    {
        if (!contract.Benefits.TryGetValue(code, out BenefitClass benefitClass))
        {
            return $"not mapped: counts as {Name(contract.UnknownBenefits!.Value)} (unknown_benefits)";
        }

        return contract.BenefitDegrees.TryGetValue(code, out Degree degree)
            ? $"{Name(benefitClass)}, degree {degree} where a row gives none"
            : Name(benefitClass);
    }

    /// <summary>Each code the contract gives a degree, in code-point order: <c>774 → support, degree 0.5</c>.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The codes in words; empty where the contract gives no code a degree.</returns>
    internal static IEnumerable<string> Degrees(Contract contract) =>
        contract.BenefitDegrees
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => $"{Echo.Value(d.Key)} → {Name(contract.Benefits[d.Key])}, degree {d.Value}");

    private static string Name(BenefitClass benefitClass) => benefitClass.ToString().ToLower(CultureInfo.InvariantCulture);
}
