namespace SocialInvestment;

/// <summary>
/// Makes the lines of a run of participants, in participant order, each participant's own lines sorted by (date, payment,
/// period): what the outcomes earn, and a line of amount 0 dated <c>as_of</c> for each ledger key that earns nothing today.
/// One per chunk of participants, so chunks can be made on several cores; once the chunk is done, <see cref="Seal"/> puts
/// its lines in date order, where they stay (<see cref="LineTable"/> reads them there).
/// </summary>
internal sealed class ParticipantLines : IDisposable
{
    /// <summary>Up to this many lines of one participant are searched and sorted by the simple quadratic ways.</summary>
    private const int FewLines = 64;

    private readonly Contract _contract;
    private readonly LineKeyTables _tables;
    private readonly int _asOf;
    private readonly short[] _paymentRanks;
    private readonly long[] _fixedCents;

    /// <summary>For each payment, the fixed payment whose price depends on the date (L2.2, L2.3), or null: SPEC v1's one price.</summary>
    private readonly FixedPayment?[] _priced;
    private readonly int[] _triggers;

    /// <summary>The payments earned per participant, in contract order (all but delivery fees).</summary>
    private readonly int[] _participantPayments;

    private readonly List<LineRecord> _own = new(64);
    private readonly List<long> _ownPaid = new(64);
    private readonly PooledBuffer<LineRecord> _records = new(1 << 14);
    private readonly PooledBuffer<long> _paid = new(16);

    internal ParticipantLines(Contract contract, LineKeyTables tables, int asOf)
    {
        _contract = contract;
        _tables = tables;
        _asOf = asOf;
        _paymentRanks = contract.Payments.Select(p => tables.PaymentRank(p.Id)).ToArray();
        _fixedCents = contract.Payments.Select(p => p is FixedPayment f ? Money.Round(f.Amount).Cents : 0).ToArray();
        _priced = contract.Payments.Select(p => p is FixedPayment { IsPlain: false } f ? f : null).ToArray();
        _triggers = contract.Payments.Select(p => p switch
        {
            FixedPayment f => contract.TriggerOrdinal(f.Trigger)!.Value,
            ShareOfSavingsPayment s => contract.TriggerOrdinal(s.Gate)!.Value,
            DeliveryFeePayment => -1,
            _ => throw new ArgumentException($"Unknown payment kind '{p.Kind}'.", nameof(contract)),
        }).ToArray();
        _participantPayments = Enumerable.Range(0, _triggers.Length).Where(j => _triggers[j] >= 0).ToArray();
    }

    /// <summary>After <see cref="Seal"/>: the lines in (date, participant, payment, period) order.</summary>
    internal LineRecord[] Sealed { get; private set; } = [];

    /// <summary>After <see cref="Seal"/>: what was paid before for each of <see cref="Sealed"/>; null without a ledger.</summary>
    internal long[]? SealedPaid { get; private set; }

    /// <summary>After <see cref="Seal"/>: the distinct dates of the lines, ascending, as day numbers.</summary>
    internal int[] Dates { get; private set; } = [];

    /// <summary>After <see cref="Seal"/>: where the lines of each of <see cref="Dates"/> start in <see cref="Sealed"/>; one more entry holds the end.</summary>
    internal int[] DateStarts { get; private set; } = [0];

    /// <summary>Adds the lines of the participant of rank <paramref name="rank"/>; <paramref name="outcome"/> is null for a person only the ledger knows.</summary>
    internal void Add(int rank, ParticipantOutcome? outcome, MonthlySavings? months, List<PaidKey>? paidKeys)
    {
        _own.Clear();
        _ownPaid.Clear();
        if (outcome is not null && months is not null)
        {
            foreach (int j in _participantPayments)
            {
                if (!outcome.Dates.IsMet(_triggers[j]))
                {
                    continue;
                }

                switch (_contract.Payments[j])
                {
                    case FixedPayment:
                        if (_priced[j] is { } priced)
                        {
                            OwnPriced(priced, j, rank, outcome);
                        }
                        else
                        {
                            Own(new LineRecord(outcome.Dates.DayOf(_triggers[j]), rank, _paymentRanks[j], _tables.NoPeriod, _fixedCents[j]));
                        }

                        break;
                    case ShareOfSavingsPayment s:
                        foreach (MonthlySaving month in months.Months)
                        {
                            long cents = month.ShareCents(s.Share.Value, s.Deadweight);
                            Own(new LineRecord(month.LastDayNumber, rank, _paymentRanks[j], _tables.MonthRank(month.Month), cents));
                        }

                        break;
                    default:
                        break;
                }
            }
        }

        AddLedgerAndKeep(rank, paidKeys);
    }

    /// <summary>
    /// Adds the lines of a delivery fee (L2.6), whose participant id is the payment's: one per month of the fee whose last
    /// day is on or before <c>as_of</c> (in arrears).
    /// </summary>
    internal void AddDeliveryFee(int rank, DeliveryFeePayment fee, List<PaidKey>? paidKeys)
    {
        _own.Clear();
        _ownPaid.Clear();
        short payment = _tables.PaymentRank(fee.Id);
        NodaTime.YearMonth month = fee.From;
        for (int k = 0; k < fee.Months; k++, month = month.PlusMonths(1))
        {
            int lastDay = DayNumber.Of(month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));
            if (lastDay > _asOf)
            {
                break;
            }

            Own(new LineRecord(lastDay, rank, payment, _tables.MonthRank(month), fee.CentsOfMonth(k)));
        }

        AddLedgerAndKeep(rank, paidKeys);
    }

    private void AddLedgerAndKeep(int rank, List<PaidKey>? paidKeys)
    {
        if (paidKeys is not null)
        {
            // A participant has a handful of lines; a ledger with thousands for one person must not cost their square.
            Dictionary<int, int>? byKey = paidKeys.Count > FewLines ? OwnByKey() : null;
            foreach (PaidKey key in paidKeys)
            {
                int found = byKey is null
                    ? _own.FindIndex(r => r.Payment == key.Payment && r.Period == key.Period)
                    : byKey.GetValueOrDefault(KeyOf(key.Payment, key.Period), -1);
                if (found < 0)
                {
                    // Keeps what was paid in view: the key earns nothing today, so all of it is due back.
                    Own(new LineRecord(_asOf, rank, key.Payment, key.Period, 0));
                    found = _own.Count - 1;
                    byKey?.Add(KeyOf(key.Payment, key.Period), found);
                }

                _ownPaid[found] = key.Cents;
            }
        }

        SortOwn();
        _records.AddRange(_own);
        if (_tables.HasLedger)
        {
            _paid.AddRange(_ownPaid);
        }
    }

    /// <summary>The lines made, in participant order.</summary>
    internal ReadOnlySpan<LineRecord> Records => _records.Items;

    /// <summary>What was paid before for each of <see cref="Records"/>, in hundredths.</summary>
    internal ReadOnlySpan<long> Paid => _paid.Items;

    /// <summary>
    /// Puts the chunk's lines in date order with a stable counting sort into arrays of their own length (the chunk is in
    /// participant order, so the lines of a date stay in participant order), and gives the pool's arrays back.
    /// </summary>
    internal void Seal()
    {
        ReadOnlySpan<LineRecord> records = Records;
        ReadOnlySpan<long> paid = Paid;
        bool hasPaid = _tables.HasLedger;
        var sorted = GC.AllocateUninitializedArray<LineRecord>(records.Length);
        long[]? sortedPaid = hasPaid ? GC.AllocateUninitializedArray<long>(records.Length) : null;
        if (records.Length > 0)
        {
            int min = int.MaxValue;
            int max = int.MinValue;
            foreach (ref readonly LineRecord line in records)
            {
                min = Math.Min(min, line.Date);
                max = Math.Max(max, line.Date);
            }

            var next = new int[max - min + 2];
            foreach (ref readonly LineRecord line in records)
            {
                next[line.Date - min + 1]++;
            }

            int distinct = 0;
            for (int d = 1; d < next.Length; d++)
            {
                distinct += next[d] > 0 ? 1 : 0;
                next[d] += next[d - 1];
            }

            var dates = new int[distinct];
            var starts = new int[distinct + 1];
            for (int d = 0, k = 0; d < next.Length - 1; d++)
            {
                if (next[d + 1] > next[d])
                {
                    dates[k] = min + d;
                    starts[k++] = next[d];
                }
            }

            starts[distinct] = records.Length;
            for (int i = 0; i < records.Length; i++)
            {
                int at = next[records[i].Date - min]++;
                sorted[at] = records[i];
                if (sortedPaid is not null)
                {
                    sortedPaid[at] = paid[i];
                }
            }

            Dates = dates;
            DateStarts = starts;
        }

        Sealed = sorted;
        SealedPaid = sortedPaid;
        Dispose();
    }

    /// <summary>Gives the buffers back to the pool, once the lines are copied.</summary>
    public void Dispose()
    {
        _records.Dispose();
        _paid.Dispose();
    }

    /// <summary>The line of a fixed payment whose price depends on when the trigger was met; none after its last price band.</summary>
    private void OwnPriced(FixedPayment payment, int j, int rank, ParticipantOutcome outcome)
    {
        int day = outcome.Dates.DayOf(_triggers[j]);
        if (payment.Tiers is not null)
        {
            // The price depends on the line's place among the cohort's lines, known once all are in order.
            Own(new LineRecord(day, rank, _paymentRanks[j], _tables.NoPeriod, PaymentRules.PricedByVolume));
        }
        else if (payment.PriceOn(DayNumber.ToDate(day), outcome.Window.Start) is { } price)
        {
            Own(new LineRecord(day, rank, _paymentRanks[j], _tables.NoPeriod, price.Cents));
        }
    }

    private void Own(LineRecord record)
    {
        _own.Add(record);
        _ownPaid.Add(0);
    }

    private static int KeyOf(short payment, short period) => (payment << 16) | (ushort)period;

    /// <summary>The index in <see cref="_own"/> of each (payment, period), for a participant with many lines.</summary>
    private Dictionary<int, int> OwnByKey()
    {
        var byKey = new Dictionary<int, int>(_own.Count);
        for (int i = 0; i < _own.Count; i++)
        {
            byKey.Add(KeyOf(_own[i].Payment, _own[i].Period), i);
        }

        return byKey;
    }

    /// <summary>
    /// Sorts one participant's lines by (date, payment, period): insertion sort for the usual handful of lines, a
    /// comparison sort of an index where a ledger gives one person many. A participant's (payment, period) keys are
    /// unique, so the order has no ties and is the same either way.
    /// </summary>
    private void SortOwn()
    {
        if (_own.Count > FewLines)
        {
            int[] order = [.. Enumerable.Range(0, _own.Count)];
            Array.Sort(order, (x, y) => Compare(_own[x], _own[y]));
            LineRecord[] records = [.. order.Select(i => _own[i])];
            long[] paid = [.. order.Select(i => _ownPaid[i])];
            _own.Clear();
            _own.AddRange(records);
            _ownPaid.Clear();
            _ownPaid.AddRange(paid);
            return;
        }

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
}
