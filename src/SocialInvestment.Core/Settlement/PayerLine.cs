namespace SocialInvestment;

/// <summary>
/// One payer's part of a settlement line (docs/calculation.md, "Several payers"): payable, capped and paid before are each split by the payers' shares so
/// that the parts sum to the line's; amount = payable + capped and due = payable − paid before, per payer, so they sum too.
/// </summary>
public sealed class PayerLine
{
    internal PayerLine(SettlementLine line, string payer, Money payable, Money capped, Money paidBefore)
    {
        Line = line;
        Payer = payer;
        Payable = payable;
        Capped = capped;
        PaidBefore = paidBefore;
    }

    /// <summary>The line split.</summary>
    public SettlementLine Line { get; }

    /// <summary>The payer's id.</summary>
    public string Payer { get; }

    /// <summary>The payer's part of the amount: <c>Payable + Capped</c>.</summary>
    public Money Amount => Payable + Capped;

    /// <summary>The payer's part of what is payable.</summary>
    public Money Payable { get; }

    /// <summary>The payer's part of what the caps withheld.</summary>
    public Money Capped { get; }

    /// <summary>The payer's part of what was paid before.</summary>
    public Money PaidBefore { get; }

    /// <summary><c>Payable − PaidBefore</c>.</summary>
    public Money Due => Payable - PaidBefore;

    /// <summary>Splits each line by the contract's payers, in line order, payers in contract order; empty where the contract has none.</summary>
    public static IEnumerable<PayerLine> Of(SettlementResult result)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        IReadOnlyList<Payer> payers = result.Contract.Payers;
        if (payers.Count == 0)
        {
            yield break;
        }

        foreach (SettlementLine line in result.Lines)
        {
            long[] payable = PayerSplit.Split(line.Payable.Cents, payers);
            long[] capped = PayerSplit.Split(line.Capped.Cents, payers);
            long[] paidBefore = PayerSplit.Split(line.PaidBefore.Cents, payers);
            for (int i = 0; i < payers.Count; i++)
            {
                yield return new PayerLine(line, payers[i].Id, Money.FromCents(payable[i]), Money.FromCents(capped[i]), Money.FromCents(paidBefore[i]));
            }
        }
    }
}
