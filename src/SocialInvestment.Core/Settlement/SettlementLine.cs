using NodaTime;

namespace SocialInvestment;

/// <summary>
/// One line of a settlement (SPEC §7–8): what a payment earned for a participant in a period, what of it is payable under
/// the caps, what was paid before and what is due now. Invariants: <c>payable + capped = amount</c>,
/// <c>0 ≤ payable ≤ amount</c>, <c>due = payable − paid_before</c>.
/// </summary>
public sealed class SettlementLine
{
    /// <summary>Creates a line.</summary>
    /// <exception cref="ArgumentException">An invariant above does not hold.</exception>
    public SettlementLine(LineKey key, LocalDate date, Money amount, Money payable, Money paidBefore)
    {
        Preconditions.CheckArgument(amount >= Money.Zero, nameof(amount), "A line's amount is at least 0.");
        Preconditions.CheckArgument(payable >= Money.Zero && payable <= amount, nameof(payable), "Payable is between 0 and the amount.");
        Key = key;
        Date = date;
        Amount = amount;
        Payable = payable;
        PaidBefore = paidBefore;
    }

    /// <summary>The line's key.</summary>
    public LineKey Key { get; }

    /// <summary>The participant.</summary>
    public ParticipantId ParticipantId => Key.ParticipantId;

    /// <summary>The payment id.</summary>
    public string Payment => Key.Payment;

    /// <summary>The period: <c>-</c> for a one-off payment, <c>yyyy-MM</c> for a month.</summary>
    public string Period => Key.Period;

    /// <summary>The trigger's date for a fixed payment; the month's last day for a monthly one (even after <c>as_of</c>); <c>as_of</c> for a ledger key with no line today.</summary>
    public LocalDate Date { get; }

    /// <summary>What the payment earned, rounded once to 0.01.</summary>
    public Money Amount { get; }

    /// <summary>What of <see cref="Amount"/> the caps allow.</summary>
    public Money Payable { get; }

    /// <summary><c>Amount − Payable</c>: what the caps withheld.</summary>
    public Money Capped => Amount - Payable;

    /// <summary>What the ledger says was paid before for this key.</summary>
    public Money PaidBefore { get; }

    /// <summary><c>Payable − PaidBefore</c>; negative where money is to be credited back after a restatement.</summary>
    public Money Due => Payable - PaidBefore;

    /// <inheritdoc/>
    public override string ToString() => $"{Key} {Date:uuuu-MM-dd} {Amount} {Payable} {Capped} {PaidBefore} {Due}";
}
