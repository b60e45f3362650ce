namespace SocialInvestment;

/// <summary>
/// Puts a settlement's lines, made chunk by chunk in participant order (<see cref="ParticipantLines"/>), in SPEC §8 order
/// with a stable counting sort by date, applies the caps in that order and adds up the totals. Linear in the number of
/// lines.
/// </summary>
internal sealed class LineBuilder
{
    private readonly LineKeyTables _tables;
    private readonly LineRecord[] _records;
    private readonly long[]? _paid;

    /// <summary>
    /// Scatters the chunks' lines into one array in (date, participant, payment, period) order: a stable counting sort
    /// by date of lines that are already in participant order and, per participant, in (date, payment, period) order.
    /// </summary>
    internal LineBuilder(LineKeyTables tables, ParticipantLines[] chunks, bool hasLedger)
    {
        _tables = tables;
        int count = chunks.Sum(c => c.Count);
        _records = new LineRecord[count];
        _paid = hasLedger ? new long[count] : null;
        if (count == 0)
        {
            return;
        }

        int min = int.MaxValue;
        int max = int.MinValue;
        foreach (ParticipantLines chunk in chunks)
        {
            foreach (ref readonly LineRecord line in chunk.Records)
            {
                min = Math.Min(min, line.Date);
                max = Math.Max(max, line.Date);
            }
        }

        var next = new int[max - min + 2];
        foreach (ParticipantLines chunk in chunks)
        {
            foreach (ref readonly LineRecord line in chunk.Records)
            {
                next[line.Date - min + 1]++;
            }
        }

        for (int d = 1; d < next.Length; d++)
        {
            next[d] += next[d - 1];
        }

        foreach (ParticipantLines chunk in chunks)
        {
            ReadOnlySpan<LineRecord> records = chunk.Records;
            ReadOnlySpan<long> paid = chunk.Paid;
            for (int i = 0; i < records.Length; i++)
            {
                int at = next[records[i].Date - min]++;
                _records[at] = records[i];
                if (_paid is not null)
                {
                    _paid[at] = paid[i];
                }
            }

            chunk.Dispose();
        }
    }

    /// <summary>Applies the caps in line order (SPEC §8) and adds up the totals.</summary>
    internal LineTable Build(Caps caps, out SettlementTotals totals, out SettlementTotals[] byPayment)
    {
        long capPerParticipant = caps.PerParticipant?.Cents ?? long.MaxValue;
        long capTotal = caps.Total?.Cents ?? long.MaxValue;
        bool capped = caps.PerParticipant is not null || caps.Total is not null;
        long[]? payables = capped ? new long[_records.Length] : null;
        long[]? paidToParticipant = capped ? new long[_tables.Participants.Length] : null;
        long paidInTotal = 0;
        var sums = new PaymentSums[_tables.Payments.Length];
        for (int i = 0; i < _records.Length; i++)
        {
            ref readonly LineRecord line = ref _records[i];
            long payable = line.Amount;
            if (payables is not null)
            {
                payable = Math.Min(line.Amount, Math.Min(capPerParticipant - paidToParticipant![line.Participant], capTotal - paidInTotal));
                payables[i] = payable;
                paidToParticipant[line.Participant] += payable;
                paidInTotal += payable;
            }

            sums[line.Payment].Add(line.Amount, payable, _paid?[i] ?? 0);
        }

        byPayment = sums.Select(s => s.ToTotals()).ToArray();
        var all = default(PaymentSums);
        foreach (PaymentSums s in sums)
        {
            all.Add(s);
        }

        totals = all.ToTotals();
        return new LineTable(_tables.Participants, _tables.Payments, _tables.Periods, _records, _paid, payables);
    }

    private struct PaymentSums
    {
        private int _lines;
        private long _amount;
        private long _payable;
        private long _paidBefore;

        internal void Add(long amount, long payable, long paidBefore)
        {
            _lines++;
            _amount += amount;
            _payable += payable;
            _paidBefore += paidBefore;
        }

        internal void Add(PaymentSums other)
        {
            _lines += other._lines;
            _amount += other._amount;
            _payable += other._payable;
            _paidBefore += other._paidBefore;
        }

        internal readonly SettlementTotals ToTotals() => new(
            _lines,
            Money.FromCents(_amount),
            Money.FromCents(_payable),
            Money.FromCents(_amount - _payable),
            Money.FromCents(_paidBefore),
            Money.FromCents(_payable - _paidBefore));
    }
}
