namespace SocialInvestment;

/// <summary>
/// One tier of a fixed payment priced by volume: the price of the cohort's n-th line of the payment, in SPEC §8 order
/// (the order of achievement), for n up to <see cref="UpTo"/> and above the tier before it (docs/calculation.md, "Volume tiers").
/// </summary>
public sealed class VolumeTier
{
    /// <summary>Creates a tier.</summary>
    /// <param name="amount">The price of each line in the tier; ≥ 0; rounded to 0.01 on the line.</param>
    /// <param name="upTo">The last line number (1-based) in the tier; null for the last tier, which holds every line after the one before.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public VolumeTier(decimal amount, int? upTo = null)
    {
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A price is at least 0.");
        }

        if (upTo is { } n)
        {
            Preconditions.CheckArgumentRange(nameof(upTo), n, 1, int.MaxValue);
        }

        Amount = amount;
        UpTo = upTo;
    }

    /// <summary>The price.</summary>
    public decimal Amount { get; }

    /// <summary>The number of the tier's last line, counted over the cohort from 1; null for the last tier.</summary>
    public int? UpTo { get; }
}
