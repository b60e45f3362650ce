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
    private readonly int _count;

    internal LineBuilder(LineKeyTables tables, ParticipantLines[] chunks, bool hasLedger)
    {
        _tables = tables;
        _count = chunks.Sum(c => c.Count);
        _records = new LineRecord[_count];
        _paid = hasLedger ? new long[_count] : null;
        int at = 0;
        foreach (ParticipantLines chunk in chunks)
        {
            chunk.CopyTo(_records, _paid, at);
            at += chunk.Count;
        }
    }

    /// <summary>Orders the lines, applies the caps (SPEC §8) and adds up the totals.</summary>
    internal LineTable Build(Caps caps, out SettlementTotals totals, out SettlementTotals[] byPayment)
    {
        int[] order = OrderByDate();
        long capPerParticipant = caps.PerParticipant?.Cents ?? long.MaxValue;
        long capTotal = caps.Total?.Cents ?? long.MaxValue;
        var paidToParticipant = new long[_tables.Participants.Length];
        long paidInTotal = 0;
        var sums = new PaymentSums[_tables.Payments.Length];
        foreach (int index in order)
        {
            ref LineRecord line = ref _records[index];
            long payable = Math.Min(line.Amount, Math.Min(capPerParticipant - paidToParticipant[line.Participant], capTotal - paidInTotal));
            line.Payable = payable;
            paidToParticipant[line.Participant] += payable;
            paidInTotal += payable;
            sums[line.Payment].Add(line, _paid?[index] ?? 0);
        }

        byPayment = sums.Select(s => s.ToTotals()).ToArray();
        var all = default(PaymentSums);
        foreach (PaymentSums s in sums)
        {
            all.Add(s);
        }

        totals = all.ToTotals();
        return new LineTable(_tables.Participants, _tables.Payments, _tables.Periods, _records, order, _paid);
    }

    /// <summary>
    /// A stable counting sort by date of lines that are already in participant order and, per participant, in (date,
    /// payment, period) order: the result is in (date, participant, payment, period) order.
    /// </summary>
    private int[] OrderByDate()
    {
        var order = new int[_count];
        if (_count == 0)
        {
            return order;
        }

        int min = int.MaxValue;
        int max = int.MinValue;
        for (int i = 0; i < _count; i++)
        {
            min = Math.Min(min, _records[i].Date);
            max = Math.Max(max, _records[i].Date);
        }

        var start = new int[max - min + 2];
        for (int i = 0; i < _count; i++)
        {
            start[_records[i].Date - min + 1]++;
        }

        for (int d = 1; d < start.Length; d++)
        {
            start[d] += start[d - 1];
        }

        for (int i = 0; i < _count; i++)
        {
            order[start[_records[i].Date - min]++] = i;
        }

        return order;
    }

    private struct PaymentSums
    {
        private int _lines;
        private long _amount;
        private long _payable;
        private long _paidBefore;

        internal void Add(in LineRecord line, long paidBefore)
        {
            _lines++;
            _amount += line.Amount;
            _payable += line.Payable;
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
