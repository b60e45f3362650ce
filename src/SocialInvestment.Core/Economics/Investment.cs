using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A row of investments.csv (docs/input-formats.md): money the investor puts into the programme on a date (an amount
/// above 0), or money returned to the investor outside the outcome payments, such as working capital paid back (an
/// amount below 0). Never 0.
/// </summary>
public sealed class Investment
{
    /// <summary>Creates an investment.</summary>
    /// <param name="date">The day the money moves.</param>
    /// <param name="amount">Above 0: paid in by the investor; below 0: returned to the investor. In the contract's currency.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is 0.</exception>
    public Investment(LocalDate date, Money amount)
    {
        Preconditions.CheckArgument(amount != Money.Zero, nameof(amount), "An investment is money paid in (above 0) or returned (below 0), never 0.");
        Date = date;
        Amount = amount;
    }

    /// <summary>The day the money moves.</summary>
    public LocalDate Date { get; }

    /// <summary>Above 0: paid in by the investor; below 0: returned to the investor outside the outcome payments.</summary>
    public Money Amount { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Amount}";
}
