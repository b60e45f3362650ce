using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The ids a settlement's lines can carry, each table sorted by code points so that lines are ordered by comparing
/// ranks: participants (the cohort's and the ledger's), payments (the contract's and the ledger's), and periods
/// (<c>-</c>, every month from the earliest window start to <c>as_of</c>, and the ledger's).
/// </summary>
internal sealed class LineKeyTables
{
    private readonly Dictionary<string, short> _paymentRank;
    private readonly Dictionary<string, short> _periodRank;
    private readonly int _firstMonth;
    private readonly short[] _monthRank;
    private readonly DeliveryFeePayment[] _fees;

    internal LineKeyTables(Contract contract, Participant[] cohort, Ledger ledger, LocalDate asOf)
    {
        // Participants: the cohort is already in code point order; the ledger may add people outside it.
        var cohortIds = new ParticipantId[cohort.Length];
        for (int i = 0; i < cohortIds.Length; i++)
        {
            cohortIds[i] = cohort[i].Id;
        }

        // A delivery fee's lines carry its payment id as participant id (docs/calculation.md, "Delivery fee"); it is nobody of the cohort.
        _fees = contract.Payments.OfType<DeliveryFeePayment>().ToArray();
        if (contract.DeliveryFeesWithParticipantIds(id => Array.BinarySearch(cohortIds, id) >= 0).FirstOrDefault() is { } clash)
        {
            throw new ArgumentException($"Participant '{clash.Id}' has the id of the delivery fee payment '{clash.Id}', whose lines carry it; rename one.", nameof(cohort));
        }

        ParticipantId[] outside = ledger.Keys.Select(k => k.ParticipantId)
            .Concat(_fees.Select(f => ParticipantId.From(f.Id)))
            .Where(id => Array.BinarySearch(cohortIds, id) < 0)
            .Distinct()
            .Order()
            .ToArray();
        HasLedger = ledger.Count > 0;
        Participants = new ParticipantId[cohortIds.Length + outside.Length];
        CohortIndex = new int[Participants.Length];
        for (int i = 0, j = 0, r = 0; r < Participants.Length; r++)
        {
            if (j >= outside.Length || (i < cohortIds.Length && cohortIds[i] < outside[j]))
            {
                CohortIndex[r] = i;
                Participants[r] = cohortIds[i++];
            }
            else
            {
                CohortIndex[r] = -1;
                Participants[r] = outside[j++];
            }
        }

        Payments = contract.Payments.Select(p => p.Id).Concat(ledger.Keys.Select(k => k.Payment)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        CheckRankRange(Payments.Length, "payment ids");
        _paymentRank = Rank(Payments);

        FirstWindowStart = cohort.Length == 0 ? asOf : cohort.Min(p => contract.Window.StartFor(p.Start, p.ProgrammeEnd(contract.ProgrammeWeeks)));
        _firstMonth = MonthNumber.Of(FirstWindowStart < asOf ? FirstWindowStart : asOf);
        foreach (DeliveryFeePayment fee in _fees)
        {
            _firstMonth = Math.Min(_firstMonth, MonthNumber.Of(fee.From));
        }

        int lastMonth = Math.Max(_firstMonth, MonthNumber.Of(asOf));
        var months = new string[lastMonth - _firstMonth + 1];
        for (int m = 0; m < months.Length; m++)
        {
            int month = _firstMonth + m;
            months[m] = MonthlySaving.PeriodOf(MonthNumber.ToYearMonth(month));
        }

        Periods = months.Append(LineKey.NoPeriod).Concat(ledger.Keys.Select(k => k.Period)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        CheckRankRange(Periods.Length, "periods");
        _periodRank = Rank(Periods);
        _monthRank = months.Select(m => _periodRank[m]).ToArray();
        NoPeriod = _periodRank[LineKey.NoPeriod];
    }

    internal ParticipantId[] Participants { get; }

    /// <summary>Whether the ledger holds anything, so that lines carry what was paid before.</summary>
    internal bool HasLedger { get; }

    /// <summary>The earliest window start in the cohort (<c>as_of</c> for an empty cohort).</summary>
    internal LocalDate FirstWindowStart { get; }

    /// <summary>For each rank, the participant's index in the cohort, or −1 for a person only the ledger knows.</summary>
    internal int[] CohortIndex { get; }

    internal string[] Payments { get; }

    internal string[] Periods { get; }

    internal short NoPeriod { get; }

    internal short PaymentRank(string payment) => _paymentRank[payment];

    internal short PeriodRank(string period) => _periodRank[period];

    internal short MonthRank(YearMonth month) => MonthRank(MonthNumber.Of(month));

    internal short MonthRank(int monthNumber) => _monthRank[monthNumber - _firstMonth];

    internal int ParticipantRank(ParticipantId id) => Array.BinarySearch(Participants, id);

    /// <summary>The delivery fee whose lines the rank's participant id carries, or null (a person).</summary>
    internal DeliveryFeePayment? DeliveryFeeAt(int rank)
    {
        if (_fees.Length == 0 || CohortIndex[rank] >= 0)
        {
            return null;
        }

        string id = Participants[rank].Value;
        return Array.Find(_fees, f => string.Equals(f.Id, id, StringComparison.Ordinal));
    }


    private static Dictionary<string, short> Rank(string[] sorted)
    {
        var ranks = new Dictionary<string, short>(sorted.Length, StringComparer.Ordinal);
        for (short i = 0; i < sorted.Length; i++)
        {
            ranks.Add(sorted[i], i);
        }

        return ranks;
    }

    private static void CheckRankRange(int count, string what) =>
        Preconditions.CheckArgument(count <= short.MaxValue, nameof(count), $"A settlement has at most {short.MaxValue} {what}.");
}
