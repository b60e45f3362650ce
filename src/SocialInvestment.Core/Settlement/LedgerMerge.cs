namespace SocialInvestment;

/// <summary>
/// The ledger merge of SPEC §8: the ledger's keys joined to today's lines. A key with a line today gives that line its
/// <c>paid_before</c> (the ledger's sum for the key, <see cref="Ledger.PaidBefore"/>); a key that earns nothing today
/// gets a line of amount 0 dated <c>as_of</c>, ordered with the rest, so that nothing paid is lost from view and all of it
/// is due back. Every key is kept, whether or not its participant is in the cohort. <c>due = payable − paid_before</c>
/// is then read off each line (<see cref="SettlementLine.Due"/>); caps ignore <c>paid_before</c>.
/// </summary>
/// <remarks>
/// Built once per settlement and read from every chunk of participants: <see cref="Join"/> only reads the keys.
/// </remarks>
internal sealed class LedgerMerge
{
    private readonly Dictionary<int, List<PaidKey>> _byParticipant;
    private readonly int _asOf;

    /// <summary>Groups the ledger's sums per key by participant rank.</summary>
    /// <param name="ledger">The ledger; may be empty.</param>
    /// <param name="tables">The line keys, which hold every id of the ledger.</param>
    /// <param name="asOf">The data extraction date as a day number: the date of a key's line that earns nothing today.</param>
    internal LedgerMerge(Ledger ledger, LineKeyTables tables, int asOf)
    {
        _asOf = asOf;
        _byParticipant = [];
        foreach (LineKey key in ledger.Keys)
        {
            int rank = tables.ParticipantRank(key.ParticipantId);
            if (!_byParticipant.TryGetValue(rank, out List<PaidKey>? list))
            {
                list = [];
                _byParticipant.Add(rank, list);
            }

            list.Add(new PaidKey(tables.PaymentRank(key.Payment), tables.PeriodRank(key.Period), ledger.PaidBefore(key).Cents));
        }
    }

    /// <summary>Joins the ledger's keys of the participant of rank <paramref name="rank"/> to <paramref name="own"/>, their lines of today.</summary>
    internal void Join(int rank, OwnLines own)
    {
        if (!_byParticipant.TryGetValue(rank, out List<PaidKey>? keys))
        {
            return;
        }

        // A participant has a handful of lines; a ledger with thousands for one person must not cost their square.
        Dictionary<int, int>? byKey = keys.Count > OwnLines.FewLines ? ByKey(own) : null;
        List<LineRecord> lines = own.Records;
        foreach (PaidKey key in keys)
        {
            int found = byKey is null
                ? lines.FindIndex(r => r.Payment == key.Payment && r.Period == key.Period)
                : byKey.GetValueOrDefault(KeyOf(key.Payment, key.Period), -1);
            if (found < 0)
            {
                // The key earns nothing today: a line of 0 keeps what was paid in view, so all of it is due back.
                own.Add(new LineRecord(_asOf, rank, key.Payment, key.Period, 0));
                found = own.Count - 1;
                byKey?.Add(KeyOf(key.Payment, key.Period), found);
            }

            own.PaidBefore[found] = key.Cents;
        }
    }

    private static int KeyOf(short payment, short period) => (payment << 16) | (ushort)period;

    /// <summary>The index in <paramref name="own"/> of each (payment, period), for a participant with many ledger keys.</summary>
    private static Dictionary<int, int> ByKey(OwnLines own)
    {
        var byKey = new Dictionary<int, int>(own.Count);
        for (int i = 0; i < own.Count; i++)
        {
            byKey.Add(KeyOf(own.Records[i].Payment, own.Records[i].Period), i);
        }

        return byKey;
    }
}
