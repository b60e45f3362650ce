namespace SocialInvestment.Io;

/// <summary>What a weeks file gave (SPEC-DK DK1): the cohort's benefit spells and employment rates, and a description.</summary>
public sealed class WeeksInput
{
    internal WeeksInput(InputRows<BenefitSpell> spells, EmploymentRates employmentRates, WeeksExtract extract)
    {
        Spells = spells;
        EmploymentRates = employmentRates;
        Extract = extract;
    }

    /// <summary>
    /// The cohort's benefit spells, as a spells.csv would give them: each coded week of a person is a spell of that code
    /// from the week's Monday to its Sunday, and a person's consecutive weeks of one code and degree are joined into one
    /// spell. <see cref="InputRows{T}.SkippedRows"/> counts the rows of people outside the cohort.
    /// </summary>
    public InputRows<BenefitSpell> Spells { get; }

    /// <summary>
    /// The cohort's monthly employment rates from a wide file's <c>grad_YYYY_MM</c> columns; no month is known where the
    /// file has none (and for the long form).
    /// </summary>
    public EmploymentRates EmploymentRates { get; }

    /// <summary>What the file holds, as <c>sib validate</c> describes it.</summary>
    public WeeksExtract Extract { get; }
}
