using System.Numerics;

namespace SocialInvestment;

/// <summary>
/// What a participant on full support costs the payer a month, indexed by year (SPEC §7):
/// <c>rate(y) = round(amount × (1 + annual_indexation)^(y − base_year))</c> to 0.01, computed exactly (no binary
/// floating point), for years before the base year too.
/// </summary>
public sealed class MonthlyCost
{
    /// <summary>The earliest base year (of a monthly cost, and of a <see cref="PriceIndexation"/>).</summary>
    internal const int MinBaseYear = 1;

    /// <summary>The latest base year.</summary>
    internal const int MaxBaseYear = 9999;

    /// <summary>
    /// The bound the annual indexation must be greater than (of a monthly cost, and of a <see cref="PriceIndexation"/>):
    /// −1, at which the rate would vanish after one year.
    /// </summary>
    internal const decimal AnnualIndexationFloor = -1m;

    /// <summary>Creates a monthly cost.</summary>
    /// <param name="amount">The monthly cost in the base year, in the contract's currency; ≥ 0.</param>
    /// <param name="baseYear">The year in which <paramref name="amount"/> applies.</param>
    /// <param name="annualIndexation">The yearly growth, for example 0.02 for 2 %; greater than −1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public MonthlyCost(decimal amount, int baseYear, decimal annualIndexation = 0m)
    {
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The monthly cost is at least 0.");
        }

        if (annualIndexation <= AnnualIndexationFloor)
        {
            throw new ArgumentOutOfRangeException(nameof(annualIndexation), annualIndexation, "The annual indexation is greater than -1.");
        }

        Preconditions.CheckArgumentRange(nameof(baseYear), baseYear, MinBaseYear, MaxBaseYear);
        Amount = amount;
        BaseYear = baseYear;
        AnnualIndexation = annualIndexation;
    }

    /// <summary>The monthly cost in the base year.</summary>
    public decimal Amount { get; }

    /// <summary>The year in which <see cref="Amount"/> applies.</summary>
    public int BaseYear { get; }

    /// <summary>The yearly growth (0.02 = 2 %).</summary>
    public decimal AnnualIndexation { get; }

    /// <summary>The monthly cost in <paramref name="year"/>, rounded to 0.01 half away from zero.</summary>
    public Money RateFor(int year)
    {
        int exponent = year - BaseYear;
        var (amountMantissa, amountScale) = ExactDecimal.Decompose(Amount);
        var (growthMantissa, growthScale) = ExactDecimal.Decompose(1m + AnnualIndexation);
        BigInteger growthPower = BigInteger.Pow(growthMantissa, Math.Abs(exponent));
        BigInteger scalePower = BigInteger.Pow(10, growthScale * Math.Abs(exponent));

        // amount × (g/10^s)^e = amount × g^e / 10^(s·e); for e < 0 it is amount × 10^(s·|e|) / g^|e|.
        BigInteger numerator = amountMantissa * (exponent >= 0 ? growthPower : scalePower);
        BigInteger denominator = BigInteger.Pow(10, amountScale) * (exponent >= 0 ? scalePower : growthPower);
        return Money.FromAmount(ExactDecimal.RoundHalfAwayFromZero(numerator, denominator, 2));
    }
}
