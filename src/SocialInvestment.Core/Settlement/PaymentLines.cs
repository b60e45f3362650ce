namespace SocialInvestment;

/// <summary>
/// How one payment of a contract makes its lines (SPEC §7, and docs/calculation.md, "Rules beyond SPEC v1"): one subclass
/// per payment kind, named after it, which the payment's type makes (<see cref="Payment.LinesIn"/>), so a new kind adds
/// no case anywhere else. Built once per settlement and used from every chunk of participants, so a subclass holds no
/// state that changes per participant.
/// </summary>
internal abstract class PaymentLines
{
    private protected PaymentLines(short payment)
    {
        Payment = payment;
    }

    /// <summary>The payment's rank among the line keys' payments.</summary>
    internal short Payment { get; }

    /// <summary>
    /// Whether the payment's lines are the contract's, not earned by the cohort's participants (a delivery fee,
    /// docs/calculation.md, "Delivery fee"): they are made under the payment's own id, and the per-participant cap of
    /// SPEC §8 does not apply to them.
    /// </summary>
    internal virtual bool ContractLevel => false;

    /// <summary>The price of the payment's lines where it depends on a line's place among all lines (volume tiers); else null.</summary>
    internal virtual FixedPaymentPrice? PriceByVolume => null;

    /// <summary>How each payment of the contract makes its lines, in contract order.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="tables">The line keys.</param>
    /// <param name="asOf">The data extraction date.</param>
    internal static PaymentLines[] Of(Contract contract, LineKeyTables tables, NodaTime.LocalDate asOf) =>
        contract.Payments.Select(p => p.LinesIn(contract, tables, asOf)).ToArray();

    /// <summary>Adds to <paramref name="own"/> the lines the payment earns for the cohort's participant of rank <paramref name="rank"/>.</summary>
    /// <param name="rank">The participant's rank.</param>
    /// <param name="outcome">What the participant's triggers found.</param>
    /// <param name="months">The participant's monthly savings.</param>
    /// <param name="own">The participant's lines.</param>
    internal abstract void Add(int rank, ParticipantOutcome outcome, MonthlySavings months, OwnLines own);
}
