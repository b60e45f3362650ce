namespace SocialInvestment;

/// <summary>Sums over settlement lines; sums of rounded lines, so they reconcile to the øre.</summary>
/// <param name="Lines">The number of lines.</param>
/// <param name="Amount">Σ amount.</param>
/// <param name="Payable">Σ payable.</param>
/// <param name="Capped">Σ capped.</param>
/// <param name="PaidBefore">Σ paid_before.</param>
/// <param name="Due">Σ due.</param>
public readonly record struct SettlementTotals(int Lines, Money Amount, Money Payable, Money Capped, Money PaidBefore, Money Due)
{
    /// <summary>Adds one line.</summary>
    public SettlementTotals Add(SettlementLine line) =>
        new(Lines + 1, Amount + line.Amount, Payable + line.Payable, Capped + line.Capped, PaidBefore + line.PaidBefore, Due + line.Due);

    /// <summary>Adds one payer's part of a line (docs/calculation.md, "Several payers").</summary>
    internal SettlementTotals Add(PayerLine part) =>
        new(Lines + 1, Amount + part.Amount, Payable + part.Payable, Capped + part.Capped, PaidBefore + part.PaidBefore, Due + part.Due);

    /// <summary>The totals of a sequence of lines.</summary>
    public static SettlementTotals Of(IEnumerable<SettlementLine> lines)
    {
        SettlementTotals totals = default;
        foreach (SettlementLine line in lines)
        {
            totals = totals.Add(line);
        }

        return totals;
    }
}
