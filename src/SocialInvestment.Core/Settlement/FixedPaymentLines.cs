namespace SocialInvestment;

/// <summary>
/// The line of a fixed payment (SPEC §7): one, dated the day its trigger is met, of the price
/// <see cref="FixedPaymentPrice"/> decides; none where the trigger is not met, or met after the last time band.
/// </summary>
internal sealed class FixedPaymentLines : PaymentLines
{
    private readonly int _trigger;
    private readonly short _noPeriod;
    private readonly FixedPaymentPrice _price;

    internal FixedPaymentLines(FixedPayment payment, Contract contract, LineKeyTables tables)
        : base(tables.PaymentRank(payment.Id))
    {
        _trigger = contract.TriggerOrdinal(payment.Trigger)!.Value;
        _noPeriod = tables.NoPeriod;
        _price = new FixedPaymentPrice(payment, tables);
    }

    /// <inheritdoc/>
    internal override FixedPaymentPrice? PriceByVolume => _price.ByVolume ? _price : null;

    /// <inheritdoc/>
    internal override void Add(int rank, ParticipantOutcome outcome, MonthlySavings months, OwnLines own)
    {
        if (!outcome.Dates.IsMet(_trigger))
        {
            return;
        }

        int met = outcome.Dates.DayOf(_trigger);
        if (_price.TryPrice(rank, met, outcome.WindowStart, out long cents))
        {
            own.Add(new LineRecord(met, rank, Payment, _noPeriod, cents));
        }
    }
}
