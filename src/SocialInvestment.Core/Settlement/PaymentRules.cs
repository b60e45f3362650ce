namespace SocialInvestment;

/// <summary>
/// The rules of a contract's payments that depend on a line's place among all the lines in SPEC §8 order
/// (<see cref="PaymentRule"/>), by payment rank: the caps of one payment (docs/calculation.md, "Payment caps"), volume tiers (docs/calculation.md, "Volume tiers"), delivery fees
/// outside the per-participant cap (docs/calculation.md, "Delivery fee") and cohort gates (docs/calculation.md, "Cohort gate"). Built per settlement, after the cohort is evaluated.
/// </summary>
internal sealed class PaymentRules
{
    private readonly PaymentRule?[] _byRank;

    private PaymentRules(PaymentRule?[] byRank, IReadOnlyList<GateResult> gates)
    {
        _byRank = byRank;
        Gates = gates;
    }

    /// <summary>What each cohort gate found, in contract order of the gated payments; empty where no payment has one.</summary>
    internal IReadOnlyList<GateResult> Gates { get; }

    /// <summary>The rules of the contract, or null where no payment has any (a v1 contract).</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="tables">The line keys.</param>
    /// <param name="payments">How each payment makes its lines, in contract order.</param>
    /// <param name="outcomes">The cohort's outcomes.</param>
    /// <param name="comparison">The comparison group's outcomes; empty where no gate compares with one.</param>
    /// <param name="asOf">The data extraction date.</param>
    internal static PaymentRules? Of(Contract contract, LineKeyTables tables, PaymentLines[] payments, ParticipantOutcome[] outcomes, IReadOnlyList<ParticipantOutcome> comparison, NodaTime.LocalDate asOf)
    {
        var byRank = new PaymentRule?[tables.Payments.Length];
        var gates = new List<GateResult>();
        bool any = false;
        for (int j = 0; j < payments.Length; j++)
        {
            Payment payment = contract.Payments[j];
            FixedPaymentPrice? byVolume = payments[j].PriceByVolume;
            bool outsideParticipantCap = payments[j].ContractLevel;
            if (payment.Cap is null && byVolume is null && payment.CohortGate is null && !outsideParticipantCap)
            {
                continue;
            }

            any = true;
            CohortGateRule? released = null;
            if (payment.CohortGate is { } gate)
            {
                GateResult result = GateEvaluation.Evaluate(payment.Id, gate, contract, outcomes, gate.UsesComparisonGroup ? comparison : [], asOf);
                gates.Add(result);
                released = new CohortGateRule(result, tables, outcomes);
            }

            PaymentCapRule? cap = payment.Cap is null ? null : new PaymentCapRule(payment.Cap, outcomes.Length, tables.Participants.Length);
            byRank[payments[j].Payment] = new PaymentRule(byVolume, released, cap, outsideParticipantCap);
        }

        return any ? new PaymentRules(byRank, gates.AsReadOnly()) : null;
    }

    /// <summary>The rules of the payment of rank <paramref name="paymentRank"/>, or null where it has none.</summary>
    internal PaymentRule? For(short paymentRank) => _byRank[paymentRank];
}
