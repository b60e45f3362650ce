namespace SocialInvestment;

/// <summary>
/// One payment's rules that depend on a line's place among all the lines in SPEC §8 order, each in its own home: the
/// price by volume (<see cref="FixedPaymentPrice"/>), the cohort gate (<see cref="CohortGateRule"/>), the payment's caps
/// (<see cref="PaymentCapRule"/>), and whether its lines are outside the per-participant cap (a delivery fee). <see cref="CapsInLineOrder"/> calls them line by line, in that order.
/// </summary>
internal sealed class PaymentRule
{
    private readonly FixedPaymentPrice? _priceByVolume;
    private readonly CohortGateRule? _gate;
    private readonly PaymentCapRule? _cap;

    internal PaymentRule(FixedPaymentPrice? priceByVolume, CohortGateRule? gate, PaymentCapRule? cap, bool outsideParticipantCap)
    {
        _priceByVolume = priceByVolume;
        _gate = gate;
        _cap = cap;
        OutsideParticipantCap = outsideParticipantCap;
    }

    /// <summary>Whether the payment is the contract's, not a participant's (a delivery fee): the per-participant cap does not apply.</summary>
    internal bool OutsideParticipantCap { get; }

    /// <summary>Sets the line's amount where it depends on the line's place (a volume tier).</summary>
    internal void Price(ref LineRecord line) => _priceByVolume?.PriceInLineOrder(ref line);

    /// <summary>
    /// What the payment's own rules allow of a line of <paramref name="amount"/> hundredths: 0 where the cohort gate
    /// withholds it, else what the payment's caps allow.
    /// </summary>
    internal long Allowed(int participant, long amount)
    {
        if (_gate is not null && !_gate.Releases(participant))
        {
            // Withheld by the cohort gate: accrued, not payable; it takes no place under the payment's caps.
            return 0;
        }

        return _cap is null ? amount : _cap.Allowed(participant, amount);
    }

    /// <summary>Records what was payable of the payment's line, in hundredths.</summary>
    internal void Paid(long payable) => _cap?.Paid(payable);
}
