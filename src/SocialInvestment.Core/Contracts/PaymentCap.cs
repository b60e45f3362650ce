namespace SocialInvestment;

/// <summary>
/// Caps on one payment (docs/calculation.md, "Payment caps"): the most participants it pays for, given as a count or a share of the
/// cohort, and the most it pays in all. Each limit is optional; applied in SPEC §8 line order with the contract's caps.
/// </summary>
public sealed class PaymentCap
{
    /// <summary>Creates a payment cap.</summary>
    /// <param name="count">The most participants the payment pays for; ≥ 0, or null.</param>
    /// <param name="amount">The most the payment pays in all; ≥ 0, or null.</param>
    /// <param name="participantShare">The most participants as a share of the cohort (floor of share × participants), or null.</param>
    /// <exception cref="ArgumentException">No limit is given, or one is out of range.</exception>
    public PaymentCap(int? count = null, Money? amount = null, Share? participantShare = null)
    {
        Preconditions.CheckArgument(count is null || count >= 0, nameof(count), "A count cap is at least 0.");
        Preconditions.CheckArgument(amount is null || amount.Value >= Money.Zero, nameof(amount), "A cap is at least 0.");
        Preconditions.CheckArgument(count is not null || amount is not null || participantShare is not null, nameof(count), "A payment cap has at least one limit.");
        Count = count;
        Amount = amount;
        ParticipantShare = participantShare;
    }

    /// <summary>The most participants paid for, or null.</summary>
    public int? Count { get; }

    /// <summary>The most paid in all, or null.</summary>
    public Money? Amount { get; }

    /// <summary>The most participants paid for, as a share of the cohort, or null.</summary>
    public Share? ParticipantShare { get; }

    /// <summary>The most participants paid for in a cohort of <paramref name="participants"/>: the least of the count and ⌊share × participants⌋; null for no limit.</summary>
    internal long? ParticipantLimit(int participants)
    {
        long? limit = Count;
        if (ParticipantShare is { } share)
        {
            long byShare = (long)decimal.Floor(share.Value * participants);
            limit = limit is { } l ? Math.Min(l, byShare) : byShare;
        }

        return limit;
    }
}
