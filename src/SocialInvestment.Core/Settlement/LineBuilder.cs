namespace SocialInvestment;

/// <summary>
/// Makes a settlement's lines participant by participant, in participant order, then puts them in SPEC §8 order with a
/// stable counting sort by date (each participant's own lines sorted by payment and period first), applies the caps in
/// that order and adds up the totals. Linear in the number of lines.
/// </summary>
internal sealed class LineBuilder
{
    private readonly Contract _contract;
    private readonly LineKeyTables _tables;
    private readonly int _asOf;
    private readonly short[] _paymentRanks;
    private readonly long[] _fixedCents;
    private readonly List<LineRecord> _own = new(64);
    private readonly List<long> _ownPaid = new(64);
    private LineRecord[] _records;
    private long[]? _paid;
    private int _count;

    internal LineBuilder(Contract contract, LineKeyTables tables, int asOf, bool hasLedger, int capacity)
    {
        _contract = contract;
        _tables = tables;
        _asOf = asOf;
        _paymentRanks = contract.Payments.Select(p => tables.PaymentRank(p.Id)).ToArray();
        _fixedCents = contract.Payments.Select(p => p is FixedPayment f ? Money.Round(f.Amount).Cents : 0).ToArray();
        _records = new LineRecord[capacity];
        _paid = hasLedger ? new long[capacity] : null;
    }

    /// <summary>
    /// Adds the lines of the participant of rank <paramref name="rank"/>: what its outcomes earn (none for a person only the
    /// ledger knows), and a line of amount 0 dated <c>as_of</c> for each ledger key that earns nothing today.
    /// </summary>
    internal void AddParticipant(int rank, ParticipantOutcome? outcome, MonthlySavings? months, List<PaidKey>? paidKeys)
    {
        _own.Clear();
        _ownPaid.Clear();
        if (outcome is not null && months is not null)
        {
            for (int j = 0; j < _contract.Payments.Count; j++)
            {
                switch (_contract.Payments[j])
                {
                    case FixedPayment f when outcome.MetOn.TryGetValue(f.Trigger, out NodaTime.LocalDate date):
                        Own(new LineRecord(DayNumber.Of(date), rank, _paymentRanks[j], _tables.NoPeriod, _fixedCents[j]));
                        break;
                    case ShareOfSavingsPayment s when outcome.MetOn.ContainsKey(s.Gate):
                        foreach (MonthlySaving month in months.Months)
                        {
                            long cents = month.Share(s.Share.Value, s.Deadweight).Cents;
                            Own(new LineRecord(DayNumber.Of(month.LastDay), rank, _paymentRanks[j], _tables.MonthRank(month.Month), cents));
                        }

                        break;
                    default:
                        break;
                }
            }
        }

        if (paidKeys is not null)
        {
            foreach (PaidKey key in paidKeys)
            {
                int found = _own.FindIndex(r => r.Payment == key.Payment && r.Period == key.Period);
                if (found < 0)
                {
                    // Keeps what was paid in view: the key earns nothing today, so all of it is due back.
                    Own(new LineRecord(_asOf, rank, key.Payment, key.Period, 0));
                    found = _own.Count - 1;
                }

                _ownPaid[found] = key.Cents;
            }
        }

        if (_own.Count > 1)
        {
            SortOwn();
        }

        EnsureCapacity(_count + _own.Count);
        for (int i = 0; i < _own.Count; i++)
        {
            _records[_count] = _own[i];
            if (_paid is not null)
            {
                _paid[_count] = _ownPaid[i];
            }

            _count++;
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
        if (_count < _records.Length)
        {
            Array.Resize(ref _records, _count);
            if (_paid is not null)
            {
                Array.Resize(ref _paid, _count);
            }
        }

        return new LineTable(_tables.Participants, _tables.Payments, _tables.Periods, _records, order, _paid);
    }

    private void Own(LineRecord record)
    {
        _own.Add(record);
        _ownPaid.Add(0);
    }

    /// <summary>Sorts one participant's lines by (date, payment, period): a handful of lines, so insertion sort.</summary>
    private void SortOwn()
    {
        for (int i = 1; i < _own.Count; i++)
        {
            LineRecord record = _own[i];
            long paid = _ownPaid[i];
            int j = i - 1;
            while (j >= 0 && Compare(_own[j], record) > 0)
            {
                _own[j + 1] = _own[j];
                _ownPaid[j + 1] = _ownPaid[j];
                j--;
            }

            _own[j + 1] = record;
            _ownPaid[j + 1] = paid;
        }
    }

    private static int Compare(in LineRecord a, in LineRecord b)
    {
        int c = a.Date.CompareTo(b.Date);
        if (c == 0)
        {
            c = a.Payment.CompareTo(b.Payment);
        }

        return c != 0 ? c : a.Period.CompareTo(b.Period);
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

    private void EnsureCapacity(int needed)
    {
        if (needed > _records.Length)
        {
            int size = Math.Max(needed, _records.Length * 2);
            Array.Resize(ref _records, size);
            if (_paid is not null)
            {
                Array.Resize(ref _paid, size);
            }
        }
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
