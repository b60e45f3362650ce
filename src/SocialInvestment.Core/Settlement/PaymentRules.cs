namespace SocialInvestment;

/// <summary>
/// The rules of a contract's payments that depend on a line's place among all the lines in SPEC §8 order: the caps of one
/// payment (L2.4), volume tiers (L2.5), delivery fees outside the per-participant cap (L2.6) and cohort gates (L2.7).
/// Built per settlement; holds the running counts as the lines are walked once.
/// </summary>
internal sealed class PaymentRules
{
    /// <summary>The amount a tiered line carries until its place is known; never a real amount (amounts are ≥ 0).</summary>
    internal const long PricedByVolume = -1;

    private readonly Rule?[] _byRank;

    private PaymentRules(Rule?[] byRank, IReadOnlyList<GateResult> gates)
    {
        _byRank = byRank;
        Gates = gates;
    }

    /// <summary>What each cohort gate found, in contract order of the gated payments; empty where no payment has one.</summary>
    internal IReadOnlyList<GateResult> Gates { get; }

    /// <summary>The rules of the contract, or null where no payment has any (a v1 contract).</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="tables">The line keys.</param>
    /// <param name="outcomes">The cohort's outcomes.</param>
    /// <param name="comparison">The comparison group's outcomes; empty where no gate compares with one.</param>
    /// <param name="asOf">The data extraction date.</param>
    internal static PaymentRules? Of(Contract contract, LineKeyTables tables, ParticipantOutcome[] outcomes, IReadOnlyList<ParticipantOutcome> comparison, NodaTime.LocalDate asOf)
    {
        int cohortSize = outcomes.Length;
        Rule?[] byRank = new Rule?[tables.Payments.Length];
        var gates = new List<GateResult>();
        bool any = false;
        foreach (Payment payment in contract.Payments)
        {
            IReadOnlyList<VolumeTier>? tiers = (payment as FixedPayment)?.Tiers;
            bool contractLevel = payment is DeliveryFeePayment;
            if (payment.Cap is null && tiers is null && payment.CohortGate is null && !contractLevel)
            {
                continue;
            }

            any = true;
            bool[]? released = null;
            if (payment.CohortGate is { } gate)
            {
                GateResult result = GateEvaluation.Evaluate(payment.Id, gate, contract, outcomes, gate.UsesComparisonGroup ? comparison : [], asOf);
                gates.Add(result);
                released = Released(result, tables, outcomes);
            }

            byRank[tables.PaymentRank(payment.Id)] = new Rule(payment.Cap, tiers, (payment as FixedPayment)?.Indexation, cohortSize, tables.Participants.Length, released)
            {
                ContractLevel = contractLevel,
            };
        }

        return any ? new PaymentRules(byRank, gates.AsReadOnly()) : null;
    }

    internal Rule? For(short paymentRank) => _byRank[paymentRank];

    /// <summary>
    /// For each participant rank, whether the gate releases their lines (L2.7): their cohort passed on its own (evaluated
    /// on or before <c>as_of</c>, its rate beating the baseline by the margin), or the gate's pooled test passed. People
    /// with no cohort, a cohort the gate does not list, and people only the ledger knows are never released.
    /// </summary>
    private static bool[] Released(GateResult gate, LineKeyTables tables, ParticipantOutcome[] outcomes)
    {
        var passes = gate.Cohorts.ToDictionary(c => c.Cohort, c => c.Released, StringComparer.Ordinal);
        var released = new bool[tables.Participants.Length];
        for (int rank = 0; rank < released.Length; rank++)
        {
            int i = tables.CohortIndex[rank];
            released[rank] = i >= 0 && outcomes[i].Participant.Cohort is { } cohort && passes.TryGetValue(cohort, out bool pass) && pass;
        }

        return released;
    }

    /// <summary>One payment's rules and running counts.</summary>
    internal sealed class Rule
    {
        private readonly IReadOnlyList<VolumeTier>? _tiers;
        private readonly PriceIndexation? _indexation;
        private readonly Dictionary<(int Tier, int Year), long> _prices = [];
        private readonly long _participantLimit;
        private readonly long _amountLimit;
        private readonly bool[]? _admitted;
        private readonly bool[]? _released;
        private long _admittedCount;
        private long _paid;
        private int _tierLines;
        private int _tier;

        /// <summary>Whether the payment is the contract's, not a participant's (a delivery fee): the per-participant cap does not apply.</summary>
        internal bool ContractLevel { get; init; }

        internal Rule(PaymentCap? cap, IReadOnlyList<VolumeTier>? tiers, PriceIndexation? indexation, int cohortSize, int participants, bool[]? released)
        {
            _released = released;
            _tiers = tiers;
            _indexation = indexation;
            _participantLimit = cap?.ParticipantLimit(cohortSize) ?? long.MaxValue;
            _amountLimit = cap?.Amount?.Cents ?? long.MaxValue;
            _admitted = _participantLimit == long.MaxValue ? null : new bool[participants];
        }

        /// <summary>The price of the payment's next line in SPEC order (the n-th, counted from 1): its tier's, indexed to the line's year.</summary>
        internal long NextTierCents(int day)
        {
            _tierLines++;
            while (_tiers![_tier].UpTo is { } upTo && _tierLines > upTo)
            {
                _tier++;
            }

            decimal amount = _tiers[_tier].Amount;
            if (_indexation is null)
            {
                return Money.Round(amount).Cents;
            }

            int year = DayNumber.ToDate(day).Year;
            if (!_prices.TryGetValue((_tier, year), out long cents))
            {
                cents = _indexation.PriceIn(amount, year).Cents;
                _prices.Add((_tier, year), cents);
            }

            return cents;
        }

        /// <summary>
        /// What the payment's own rules allow of a line of <paramref name="amount"/>: 0 where a cohort gate withholds it; 0 for a participant not admitted
        /// (the first line with an amount above 0 admits, while fewer than the limit are), else at most what remains of
        /// the payment's amount cap.
        /// </summary>
        internal long Allowed(int participant, long amount)
        {
            if (_released is not null && !_released[participant])
            {
                // Withheld by the cohort gate: accrued, not payable; it takes no place under the payment's caps.
                return 0;
            }

            if (_admitted is not null && !_admitted[participant])
            {
                if (amount == 0 || _admittedCount >= _participantLimit)
                {
                    return 0;
                }

                _admitted[participant] = true;
                _admittedCount++;
            }

            return Math.Min(amount, _amountLimit - _paid);
        }

        /// <summary>Records what was payable of the payment's line.</summary>
        internal void Paid(long payable) => _paid += payable;
    }
}
