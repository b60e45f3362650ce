namespace SocialInvestment;

/// <summary>
/// Yearly indexation of fixed prices, as SPEC §7 indexes the monthly cost: a price p is paid as
/// <c>round(p × (1 + annual_indexation)^(y − base_year))</c>, where y is the year of the line's date (docs/calculation.md, "Price indexation").
/// </summary>
public sealed class PriceIndexation
{
    /// <summary>Creates an indexation.</summary>
    /// <param name="baseYear">The year in which the prices apply as written; 1 … 9999.</param>
    /// <param name="annualIndexation">The yearly growth, for example 0.02 for 2 %; greater than −1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public PriceIndexation(int baseYear, decimal annualIndexation)
    {
        Preconditions.CheckArgumentRange(nameof(baseYear), baseYear, MonthlyCost.MinBaseYear, MonthlyCost.MaxBaseYear);
        if (annualIndexation <= MonthlyCost.AnnualIndexationFloor)
        {
            throw new ArgumentOutOfRangeException(nameof(annualIndexation), annualIndexation, "The annual indexation is greater than -1.");
        }

        BaseYear = baseYear;
        AnnualIndexation = annualIndexation;
    }

    /// <summary>The year in which the prices apply as written.</summary>
    public int BaseYear { get; }

    /// <summary>The yearly growth (0.02 = 2 %).</summary>
    public decimal AnnualIndexation { get; }

    /// <summary>A price in <paramref name="year"/>, rounded once to 0.01 half away from zero, computed exactly.</summary>
    public Money PriceIn(decimal price, int year) => new MonthlyCost(price, BaseYear, AnnualIndexation).RateFor(year);
}
