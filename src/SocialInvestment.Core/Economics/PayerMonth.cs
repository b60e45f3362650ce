using NodaTime;

namespace SocialInvestment;

/// <summary>One calendar month of the payer's view: the saving that accrued in it, the payments made in it, and both summed so far.</summary>
public sealed class PayerMonth
{
    internal PayerMonth(YearMonth month, Money saving, Money payments, Money cumulativeSaving, Money cumulativePayments)
    {
        Month = month;
        Saving = saving;
        Payments = payments;
        CumulativeSaving = cumulativeSaving;
        CumulativePayments = cumulativePayments;
    }

    /// <summary>The calendar month.</summary>
    public YearMonth Month { get; }

    /// <summary>The cohort's gross saving of the month (<see cref="SettlementResult.GrossSavingByMonth"/>).</summary>
    public Money Saving { get; }

    /// <summary>The payable of the lines paid in the month (each paid the contract's <c>payment_days</c> after its date).</summary>
    public Money Payments { get; }

    /// <summary>Σ <see cref="Saving"/> up to and including this month.</summary>
    public Money CumulativeSaving { get; }

    /// <summary>Σ <see cref="Payments"/> up to and including this month.</summary>
    public Money CumulativePayments { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Month:uuuu-MM} {Saving} {Payments} {CumulativeSaving} {CumulativePayments}";
}
