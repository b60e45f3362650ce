namespace SocialInvestment;

/// <summary>
/// The lines of a delivery fee (docs/calculation.md, "Delivery fee"), whose participant id is the payment's: one per month of the
/// fee whose last day is on or before <c>as_of</c> (in arrears), dated that day, of
/// <see cref="DeliveryFeePayment.CentsOfMonth"/>. They are the contract's, so outside the per-participant cap.
/// </summary>
internal sealed class DeliveryFeeLines : PaymentLines
{
    private readonly DeliveryFeePayment _fee;
    private readonly LineKeyTables _tables;
    private readonly int _asOf;

    internal DeliveryFeeLines(DeliveryFeePayment fee, LineKeyTables tables, int asOf)
        : base(tables.PaymentRank(fee.Id))
    {
        _fee = fee;
        _tables = tables;
        _asOf = asOf;
    }

    /// <inheritdoc/>
    internal override bool ContractLevel => true;

    /// <summary>Earns nothing for a participant: a delivery fee's lines are made by <see cref="AddFeeLines"/>.</summary>
    internal override void Add(int rank, ParticipantOutcome outcome, MonthlySavings months, OwnLines own)
    {
    }

    /// <summary>Adds the fee's lines to <paramref name="own"/>, under the rank <paramref name="rank"/> of the fee's own id.</summary>
    internal void AddFeeLines(int rank, OwnLines own)
    {
        NodaTime.YearMonth month = _fee.From;
        for (int k = 0; k < _fee.Months; k++, month = month.PlusMonths(1))
        {
            int lastDay = DayNumber.Of(month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));
            if (lastDay > _asOf)
            {
                break;
            }

            own.Add(new LineRecord(lastDay, rank, Payment, _tables.MonthRank(month), _fee.CentsOfMonth(k)));
        }
    }
}
