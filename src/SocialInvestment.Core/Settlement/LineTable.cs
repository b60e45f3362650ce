using System.Collections;

namespace SocialInvestment;

/// <summary>
/// The lines of a settlement in SPEC §8 order, stored compactly (<see cref="LineRecord"/>) and handed out as
/// <see cref="SettlementLine"/>s on access. Because every id table is sorted by code points, comparing ranks is comparing
/// the ids ordinally.
/// </summary>
internal sealed class LineTable : IReadOnlyList<SettlementLine>
{
    private readonly LineRecord[] _records;
    private readonly long[]? _paidBefore;
    private readonly long[]? _payable;

    /// <param name="participants">Participant ids by rank.</param>
    /// <param name="payments">Payment ids by rank.</param>
    /// <param name="periods">Periods by rank.</param>
    /// <param name="records">The lines, in SPEC §8 order.</param>
    /// <param name="paidBefore">Paid before, in hundredths, for each of <paramref name="records"/>; null where nothing was paid before.</param>
    /// <param name="payable">Payable after the caps, in hundredths, for each of <paramref name="records"/>; null where there are no caps (all is payable).</param>
    internal LineTable(ParticipantId[] participants, string[] payments, string[] periods, LineRecord[] records, long[]? paidBefore, long[]? payable)
    {
        _payable = payable;
        Participants = participants;
        Payments = payments;
        Periods = periods;
        _records = records;
        _paidBefore = paidBefore;
    }

    /// <summary>Participant ids by rank (code point order).</summary>
    internal ParticipantId[] Participants { get; }

    /// <summary>Payment ids by rank.</summary>
    internal string[] Payments { get; }

    /// <summary>Periods by rank: <c>-</c> and <c>yyyy-MM</c> (and whatever else a ledger names).</summary>
    internal string[] Periods { get; }

    public int Count => _records.Length;

    public SettlementLine this[int index]
    {
        get
        {
            ref readonly LineRecord r = ref Record(index);
            return new SettlementLine(
                new LineKey(Participants[r.Participant], Payments[r.Payment], Periods[r.Period]),
                DayNumber.ToDate(r.Date),
                Money.FromCents(r.Amount),
                Money.FromCents(Payable(index)),
                Money.FromCents(PaidBefore(index)));
        }
    }

    /// <summary>The record at <paramref name="index"/>, in SPEC order.</summary>
    internal ref readonly LineRecord Record(int index) => ref _records[index];

    /// <summary>What is payable of the line at <paramref name="index"/> (SPEC order) after the caps, in hundredths.</summary>
    internal long Payable(int index) => _payable is null ? _records[index].Amount : _payable[index];

    /// <summary>What the ledger says was paid before for the line at <paramref name="index"/> (SPEC order), in hundredths.</summary>
    internal long PaidBefore(int index) => _paidBefore is null ? 0 : _paidBefore[index];

    public IEnumerator<SettlementLine> GetEnumerator()
    {
        for (int i = 0; i < _records.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
