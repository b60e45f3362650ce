namespace SocialInvestment;

/// <summary>
/// Puts a settlement's lines, made chunk by chunk in participant order and sealed in date order within each chunk
/// (<see cref="ParticipantLines"/>), in SPEC §8 order as segments, applies the caps in that order and adds up the
/// totals. Linear in the number of lines; no line is copied.
/// </summary>
internal sealed class LineBuilder
{
    private readonly LineKeyTables _tables;
    private readonly LineTable _table;

    /// <summary>
    /// Orders the chunks' segments by (date, chunk): a stable counting sort by date of segments listed in chunk order,
    /// that is in participant order; within a segment the lines are in participant order and, per participant, in
    /// (date, payment, period) order.
    /// </summary>
    internal LineBuilder(LineKeyTables tables, ParticipantLines[] chunks)
    {
        _tables = tables;
        int segmentCount = chunks.Sum(c => c.Dates.Length);
        var segments = new LineTable.Segment[segmentCount];
        if (segmentCount > 0)
        {
            int min = chunks.Where(c => c.Dates.Length > 0).Min(c => c.Dates[0]);
            int max = chunks.Where(c => c.Dates.Length > 0).Max(c => c.Dates[^1]);
            var next = new int[max - min + 2];
            foreach (ParticipantLines chunk in chunks)
            {
                foreach (int date in chunk.Dates)
                {
                    next[date - min + 1]++;
                }
            }

            for (int d = 1; d < next.Length; d++)
            {
                next[d] += next[d - 1];
            }

            for (int c = 0; c < chunks.Length; c++)
            {
                int[] dates = chunks[c].Dates;
                int[] starts = chunks[c].DateStarts;
                for (int k = 0; k < dates.Length; k++)
                {
                    segments[next[dates[k] - min]++] = new LineTable.Segment(c, starts[k], starts[k + 1] - starts[k]);
                }
            }
        }

        _table = new LineTable(
            tables.Participants, tables.Payments, tables.Periods, [.. chunks.Select(c => c.Sealed)], [.. chunks.Select(c => c.SealedPaid)], segments);
    }

    /// <summary>Applies the caps in line order (SPEC §8) and adds up the totals.</summary>
    internal LineTable Build(Caps caps, out SettlementTotals totals, out SettlementTotals[] byPayment)
    {
        long capPerParticipant = caps.PerParticipant?.Cents ?? long.MaxValue;
        long capTotal = caps.Total?.Cents ?? long.MaxValue;
        bool capped = caps.PerParticipant is not null || caps.Total is not null;
        long[]? payables = capped ? new long[_table.Count] : null;
        long[]? paidToParticipant = capped ? new long[_tables.Participants.Length] : null;
        long paidInTotal = 0;
        var sums = new PaymentSums[_tables.Payments.Length];
        LineTable.Cursor cursor = _table.At(0);
        for (int i = 0; i < _table.Count; i++, cursor.Next())
        {
            ref readonly LineRecord line = ref cursor.Record;
            long payable = line.Amount;
            if (payables is not null)
            {
                payable = Math.Min(line.Amount, Math.Min(capPerParticipant - paidToParticipant![line.Participant], capTotal - paidInTotal));
                payables[i] = payable;
                paidToParticipant[line.Participant] += payable;
                paidInTotal += payable;
            }

            sums[line.Payment].Add(line.Amount, payable, cursor.PaidBefore);
        }

        if (payables is not null)
        {
            _table.SetPayable(payables);
        }

        byPayment = sums.Select(s => s.ToTotals()).ToArray();
        var all = default(PaymentSums);
        foreach (PaymentSums s in sums)
        {
            all.Add(s);
        }

        totals = all.ToTotals();
        return _table;
    }

    /// <summary>
    /// As <see cref="Build(Caps, out SettlementTotals, out SettlementTotals[])"/>, for a contract with rules that depend on
    /// a line's place among all lines (L2.4 payment caps, L2.5 volume tiers): a loop of its own, so that the v1 loop
    /// stays as it is.
    /// </summary>
    internal LineTable Build(Caps caps, PaymentRules rules, out SettlementTotals totals, out SettlementTotals[] byPayment)
    {
        long capPerParticipant = caps.PerParticipant?.Cents ?? long.MaxValue;
        long capTotal = caps.Total?.Cents ?? long.MaxValue;
        long[] payables = new long[_table.Count];
        long[] paidToParticipant = new long[_tables.Participants.Length];
        long paidInTotal = 0;
        var sums = new PaymentSums[_tables.Payments.Length];
        LineTable.Cursor cursor = _table.At(0);
        for (int i = 0; i < _table.Count; i++, cursor.Next())
        {
            ref LineRecord line = ref cursor.Writable;
            PaymentRules.Rule? rule = rules.For(line.Payment);
            if (line.Amount == PaymentRules.PricedByVolume)
            {
                line.Amount = rule!.NextTierCents(line.Date);
            }

            long allowed = rule is null ? line.Amount : rule.Allowed(line.Participant, line.Amount);
            long participantRemaining = rule is { ContractLevel: true } ? long.MaxValue : capPerParticipant - paidToParticipant[line.Participant];
            long payable = Math.Min(allowed, Math.Min(participantRemaining, capTotal - paidInTotal));
            rule?.Paid(payable);
            payables[i] = payable;
            paidToParticipant[line.Participant] += payable;
            paidInTotal += payable;
            sums[line.Payment].Add(line.Amount, payable, cursor.PaidBefore);
        }

        _table.SetPayable(payables);
        byPayment = sums.Select(s => s.ToTotals()).ToArray();
        var all = default(PaymentSums);
        foreach (PaymentSums s in sums)
        {
            all.Add(s);
        }

        totals = all.ToTotals();
        return _table;
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
