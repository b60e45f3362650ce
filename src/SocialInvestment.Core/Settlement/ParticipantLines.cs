using System.Runtime.InteropServices;

namespace SocialInvestment;

/// <summary>
/// Makes the lines of a run of participants, in participant order: per participant, what each payment earns
/// (<see cref="PaymentLines"/>), joined to the ledger (<see cref="LedgerMerge"/>) and put in order
/// (<see cref="OwnLineOrder"/>), then kept in pooled buffers. One per chunk of participants, so chunks can be made on
/// several cores; once the chunk is done, <see cref="Seal"/> puts its lines in date order, where they stay
/// (<see cref="LineTable"/> reads them there).
/// </summary>
internal sealed class ParticipantLines : IDisposable
{
    private readonly LineKeyTables _tables;
    private readonly LedgerMerge _ledger;

    /// <summary>The payments earned per participant, in contract order (all but delivery fees).</summary>
    private readonly PaymentLines[] _participantPayments;
    private readonly DeliveryFeeLines[] _fees;

    private readonly OwnLines _own = new();
    private readonly PooledBuffer<LineRecord> _records;
    private readonly PooledBuffer<long> _paid = new(16);

    /// <param name="payments">How each payment of the contract makes its lines, in contract order.</param>
    /// <param name="tables">The line keys.</param>
    /// <param name="ledger">The ledger's keys, to join to each participant's lines.</param>
    /// <param name="participants">
    /// How many participants the chunk has: room is made for <see cref="LinesPerParticipant"/> lines each at once (for
    /// at most a chunk's), so that a chunk's buffer is not copied as it grows. Left out, room for 16,384 lines.
    /// </param>
    internal ParticipantLines(PaymentLines[] payments, LineKeyTables tables, LedgerMerge ledger, int participants = (1 << 14) / LinesPerParticipant)
    {
        _tables = tables;
        _ledger = ledger;
        _records = new(Math.Clamp(participants, 1, Chunks.Size) * LinesPerParticipant);
        _participantPayments = payments.Where(p => !p.ContractLevel).ToArray();
        _fees = payments.OfType<DeliveryFeeLines>().ToArray();
    }

    /// <summary>
    /// The lines a participant usually has, with room to spare: one a month of a two-year window and a few payments'
    /// (about 19 on average at a million participants).
    /// </summary>
    private const int LinesPerParticipant = 32;

    /// <summary>After <see cref="Seal"/>: the lines in (date, participant, payment, period) order.</summary>
    internal LineRecord[] Sealed { get; private set; } = [];

    /// <summary>After <see cref="Seal"/>: what was paid before for each of <see cref="Sealed"/>; null without a ledger.</summary>
    internal long[]? SealedPaid { get; private set; }

    /// <summary>After <see cref="Seal"/>: the distinct dates of the lines, ascending, as day numbers.</summary>
    internal int[] Dates { get; private set; } = [];

    /// <summary>After <see cref="Seal"/>: where the lines of each of <see cref="Dates"/> start in <see cref="Sealed"/>; one more entry holds the end.</summary>
    internal int[] DateStarts { get; private set; } = [0];

    /// <summary>Adds the lines of the participant of rank <paramref name="rank"/>; <paramref name="outcome"/> is null for a person only the ledger knows.</summary>
    internal void Add(int rank, ParticipantOutcome? outcome, MonthlySavings? months)
    {
        _own.Clear();
        if (outcome is not null && months is not null)
        {
            foreach (PaymentLines payment in _participantPayments)
            {
                payment.Add(rank, outcome, months, _own);
            }
        }

        Keep(rank);
    }

    /// <summary>Adds the lines of a delivery fee (docs/calculation.md, "Delivery fee"), under the rank <paramref name="rank"/> of its id.</summary>
    internal void AddDeliveryFee(int rank, DeliveryFeePayment fee)
    {
        _own.Clear();
        short payment = _tables.PaymentRank(fee.Id);
        Array.Find(_fees, f => f.Payment == payment)!.AddFeeLines(rank, _own);
        Keep(rank);
    }

    /// <summary>Joins the participant's lines to the ledger, orders them and keeps them after the chunk's earlier participants'.</summary>
    private void Keep(int rank)
    {
        _ledger.Join(rank, _own);
        OwnLineOrder.Sort(_own);
        _records.AddRange(CollectionsMarshal.AsSpan(_own.Records));
        if (_tables.HasLedger)
        {
            _paid.AddRange(CollectionsMarshal.AsSpan(_own.PaidBefore));
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
}
