namespace SocialInvestment;

/// <summary>
/// The lines of a share-of-savings payment (SPEC §7): where its gate trigger is met, one per calendar month of the
/// participant's savings, dated the month's last day, of <c>round(share × (1 − deadweight) × rate × D / days_in_month)</c>
/// (<see cref="MonthlySaving.ShareCents(decimal, decimal)"/>); of the municipality's saving, with m(d) inside (<see cref="MonthlySaving.MunicipalShareCents"/>, SPEC-DK DK5).
/// </summary>
internal sealed class ShareOfSavingsLines : PaymentLines
{
    private readonly ShareOfSavingsPayment _payment;
    private readonly int _gate;
    private readonly LineKeyTables _tables;

    // share × (1 − deadweight), multiplied once for all the payment's lines; null where it needs more than 64 bits.
    private readonly ExactDecimal.Product64? _factor;

    internal ShareOfSavingsLines(ShareOfSavingsPayment payment, Contract contract, LineKeyTables tables)
        : base(tables.PaymentRank(payment.Id))
    {
        _payment = payment;
        _gate = contract.TriggerOrdinal(payment.Gate)!.Value;
        _tables = tables;
        _factor = ExactDecimal.Product64.One.TryTimes(payment.Share.Value, out ExactDecimal.Product64 product)
            && product.TryTimes(1m - payment.Deadweight, out product)
            ? product
            : null;
    }

    /// <inheritdoc/>
    internal override void Add(int rank, ParticipantOutcome outcome, MonthlySavings months, OwnLines own)
    {
        if (!outcome.Dates.IsMet(_gate))
        {
            return;
        }

        foreach (ref readonly MonthlySaving month in months.Months)
        {
            long cents = _payment.Of == SavingsBase.Municipality
                ? month.MunicipalShareCents(_payment.Share.Value, _payment.Deadweight)
                : month.ShareCents(_payment.Share.Value, _payment.Deadweight, _factor);
            own.Add(new LineRecord(month.LastDayNumber, rank, Payment, _tables.MonthRank(month.MonthNumber), cents));
        }
    }
}
