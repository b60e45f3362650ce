using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A movement of the investor's money on a date, seen from the investor: money out is negative, money in positive. An
/// investment is below 0; a repayment and an outcome payment are above 0.
/// </summary>
public sealed class CashFlow
{
    /// <summary>Creates a cash flow.</summary>
    /// <param name="date">The day the money moves.</param>
    /// <param name="kind">What moves it.</param>
    /// <param name="amount">In the contract's currency, from the investor's side: below 0 for an investment, above 0 otherwise.</param>
    /// <exception cref="ArgumentException">The sign of <paramref name="amount"/> does not fit <paramref name="kind"/>.</exception>
    public CashFlow(LocalDate date, CashFlowKind kind, Money amount)
    {
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), "Unknown kind of cash flow.");
        Preconditions.CheckArgument(
            kind == CashFlowKind.Investment ? amount < Money.Zero : amount > Money.Zero,
            nameof(amount),
            "An investment is money out (below 0); a repayment or an outcome payment is money in (above 0).");
        Date = date;
        Kind = kind;
        Amount = amount;
    }

    /// <summary>The day the money moves.</summary>
    public LocalDate Date { get; }

    /// <summary>What moves it.</summary>
    public CashFlowKind Kind { get; }

    /// <summary>The amount from the investor's side: below 0 out, above 0 in.</summary>
    public Money Amount { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Kind} {Amount}";
}
