namespace SocialInvestment;

/// <summary>The running sums of one payment's lines, in hundredths, as the lines are walked; then its totals.</summary>
internal struct PaymentSums
{
    private int _lines;
    private long _amount;
    private long _payable;
    private long _paidBefore;

    /// <summary>Adds a line.</summary>
    internal void Add(long amount, long payable, long paidBefore)
    {
        _lines++;
        _amount += amount;
        _payable += payable;
        _paidBefore += paidBefore;
    }

    /// <summary>Adds another payment's sums.</summary>
    internal void Add(PaymentSums other)
    {
        _lines += other._lines;
        _amount += other._amount;
        _payable += other._payable;
        _paidBefore += other._paidBefore;
    }

    /// <summary>The totals: capped = amount − payable, due = payable − paid before.</summary>
    internal readonly SettlementTotals ToTotals() => new(
        _lines,
        Money.FromCents(_amount),
        Money.FromCents(_payable),
        Money.FromCents(_amount - _payable),
        Money.FromCents(_paidBefore),
        Money.FromCents(_payable - _paidBefore));
}
