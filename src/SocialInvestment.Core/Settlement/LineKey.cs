namespace SocialInvestment;

/// <summary>
/// What identifies a settlement line across settlements: participant, payment id and period (<c>-</c> for a one-off
/// payment, <c>yyyy-MM</c> for a month). Compared ordinally.
/// </summary>
/// <param name="ParticipantId">The participant (a pseudonym where the inputs held CPR numbers).</param>
/// <param name="Payment">The payment id.</param>
/// <param name="Period">The period.</param>
public readonly record struct LineKey(ParticipantId ParticipantId, string Payment, string Period) : IComparable<LineKey>
{
    /// <summary>The period of a one-off payment.</summary>
    public const string NoPeriod = "-";

    /// <summary>Orders by participant, payment, then period, each by code points.</summary>
    public int CompareTo(LineKey other)
    {
        int c = ParticipantId.CompareTo(other.ParticipantId);
        if (c == 0)
        {
            c = string.CompareOrdinal(Payment, other.Payment);
        }

        return c != 0 ? c : string.CompareOrdinal(Period, other.Period);
    }

    /// <inheritdoc/>
    public bool Equals(LineKey other) =>
        ParticipantId == other.ParticipantId
        && string.Equals(Payment, other.Payment, StringComparison.Ordinal)
        && string.Equals(Period, other.Period, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(ParticipantId, StringComparer.Ordinal.GetHashCode(Payment), StringComparer.Ordinal.GetHashCode(Period));

    /// <inheritdoc/>
    public static bool operator <(LineKey left, LineKey right) => left.CompareTo(right) < 0;

    /// <inheritdoc/>
    public static bool operator >(LineKey left, LineKey right) => left.CompareTo(right) > 0;

    /// <inheritdoc/>
    public static bool operator <=(LineKey left, LineKey right) => left.CompareTo(right) <= 0;

    /// <inheritdoc/>
    public static bool operator >=(LineKey left, LineKey right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => $"{ParticipantId},{Payment},{Period}";
}
