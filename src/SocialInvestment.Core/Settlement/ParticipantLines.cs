namespace SocialInvestment;

/// <summary>
/// Makes the lines of a run of participants, in participant order, each participant's own lines sorted by (date, payment,
/// period): what the outcomes earn, and a line of amount 0 dated <c>as_of</c> for each ledger key that earns nothing today.
/// One per chunk of participants, so chunks can be made on several cores.
/// </summary>
internal sealed class ParticipantLines : IDisposable
{
    private readonly Contract _contract;
    private readonly LineKeyTables _tables;
    private readonly int _asOf;
    private readonly short[] _paymentRanks;
    private readonly long[] _fixedCents;
    private readonly int[] _triggers;
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
        _triggers = contract.Payments.Select(p => contract.TriggerOrdinal(p switch
        {
            FixedPayment f => f.Trigger,
            ShareOfSavingsPayment s => s.Gate,
            _ => throw new ArgumentException($"Unknown payment kind '{p.Kind}'.", nameof(contract)),
        })!.Value).ToArray();
    }

    internal int Count => _records.Count;

    /// <summary>Adds the lines of the participant of rank <paramref name="rank"/>; <paramref name="outcome"/> is null for a person only the ledger knows.</summary>
    internal void Add(int rank, ParticipantOutcome? outcome, MonthlySavings? months, List<PaidKey>? paidKeys)
    {
        _own.Clear();
        _ownPaid.Clear();
        if (outcome is not null && months is not null)
        {
            for (int j = 0; j < _contract.Payments.Count; j++)
            {
                if (!outcome.Dates.IsMet(_triggers[j]))
                {
                    continue;
                }

                switch (_contract.Payments[j])
                {
                    case FixedPayment:
                        Own(new LineRecord(outcome.Dates.DayOf(_triggers[j]), rank, _paymentRanks[j], _tables.NoPeriod, _fixedCents[j]));
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

    /// <summary>Keeps the lines made in arrays of their own length, once the chunk is done; the pool's arrays go back.</summary>
    internal void Trim()
    {
        _records.Trim();
        _paid.Trim();
    }

    /// <summary>Gives the buffers back to the pool, once the lines are copied.</summary>
    public void Dispose()
    {
        _records.Dispose();
        _paid.Dispose();
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
}
