namespace SocialInvestment;

/// <summary>
/// The rules of a contract's payments that depend on a line's place among all the lines in SPEC §8 order: the caps of one
/// payment (L2.4) and volume tiers (L2.5). Built per settlement; holds the running counts as the lines are walked once.
/// </summary>
internal sealed class PaymentRules
{
    /// <summary>The amount a tiered line carries until its place is known; never a real amount (amounts are ≥ 0).</summary>
    internal const long PricedByVolume = -1;

    private readonly Rule?[] _byRank;

    private PaymentRules(Rule?[] byRank) => _byRank = byRank;

    /// <summary>The rules of the contract, or null where no payment has any (a v1 contract).</summary>
    internal static PaymentRules? Of(Contract contract, LineKeyTables tables, int cohortSize)
    {
        Rule?[] byRank = new Rule?[tables.Payments.Length];
        bool any = false;
        foreach (Payment payment in contract.Payments)
        {
            IReadOnlyList<VolumeTier>? tiers = (payment as FixedPayment)?.Tiers;
            if (payment.Cap is null && tiers is null)
            {
                continue;
            }

            any = true;
            byRank[tables.PaymentRank(payment.Id)] = new Rule(payment.Cap, tiers, (payment as FixedPayment)?.Indexation, cohortSize, tables.Participants.Length);
        }

        return any ? new PaymentRules(byRank) : null;
    }

    internal Rule? For(short paymentRank) => _byRank[paymentRank];

    /// <summary>One payment's rules and running counts.</summary>
    internal sealed class Rule
    {
        private readonly IReadOnlyList<VolumeTier>? _tiers;
        private readonly PriceIndexation? _indexation;
        private readonly Dictionary<(int Tier, int Year), long> _prices = [];
        private readonly long _participantLimit;
        private readonly long _amountLimit;
        private readonly bool[]? _admitted;
        private long _admittedCount;
        private long _paid;
        private int _tierLines;
        private int _tier;

        internal Rule(PaymentCap? cap, IReadOnlyList<VolumeTier>? tiers, PriceIndexation? indexation, int cohortSize, int participants)
        {
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
        /// What the payment's own caps allow of a line of <paramref name="amount"/>: 0 for a participant not admitted
        /// (the first line with an amount above 0 admits, while fewer than the limit are), else at most what remains of
        /// the payment's amount cap.
        /// </summary>
        internal long Allowed(int participant, long amount)
        {
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
