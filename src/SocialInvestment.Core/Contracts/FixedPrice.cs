namespace SocialInvestment;

/// <summary>
/// One price of a <see cref="FixedPayment"/>: its amount, and where prices depend on when the outcome is reached, the
/// end of the time it applies to, in whole months from the participant's window start (docs/calculation.md, "Timed prices").
/// </summary>
public sealed class FixedPrice
{
    /// <summary>The most months a band may reach: a guard against nonsense, not a business rule.</summary>
    public const int MaxMonths = 120_000;

    /// <summary>Creates a price.</summary>
    /// <param name="amount">The price in the contract's currency; ≥ 0; rounded to 0.01 on the line.</param>
    /// <param name="untilMonths">The price applies to outcomes reached before <c>W0</c> plus this many months; null for no end.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public FixedPrice(decimal amount, int? untilMonths = null)
    {
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A price is at least 0.");
        }

        if (untilMonths is { } m)
        {
            Preconditions.CheckArgumentRange(nameof(untilMonths), m, 1, MaxMonths);
        }

        Amount = amount;
        UntilMonths = untilMonths;
    }

    /// <summary>The price.</summary>
    public decimal Amount { get; }

    /// <summary>The months from the window start before which an outcome earns this price; null for no end.</summary>
    public int? UntilMonths { get; }
}
