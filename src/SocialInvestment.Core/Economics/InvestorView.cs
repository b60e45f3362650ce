namespace SocialInvestment;

/// <summary>
/// The investor's side of a deal (docs/economics.md): the cash flows, what was put in and what came back, the money
/// multiple, the net present value at a given rate and the internal rate of return. Money in the contract's currency;
/// rates as annual fractions.
/// </summary>
public sealed class InvestorView
{
    /// <summary>Searched when first asked for: a caller that finds the rate another way (a design's exact evaluation) does not pay for the whole grid.</summary>
    private readonly Lazy<IrrResult> _irr;

    internal InvestorView(IReadOnlyList<CashFlow> flows, double? discountRate, NodaTime.LocalDate asOf)
    {
        Flows = flows;
        foreach (CashFlow flow in flows)
        {
            switch (flow.Kind)
            {
                case CashFlowKind.Investment:
                    Invested -= flow.Amount;
                    break;
                case CashFlowKind.Repayment:
                    Repaid += flow.Amount;
                    break;
                default:
                    OutcomePayments += flow.Amount;
                    if (flow.Date > asOf)
                    {
                        OutcomePaymentsAfterAsOf += flow.Amount;
                    }

                    break;
            }
        }

        MoneyMultiple = Ratio.Of(Returned, Invested);
        DiscountRate = discountRate;
        Npv = discountRate is { } rate ? Money.Round((decimal)DiscountedCashFlow.Xnpv(flows, rate)) : null;
        _irr = new Lazy<IrrResult>(() => DiscountedCashFlow.Xirr(flows));
    }

    /// <summary>The flows, one per date and kind (amounts of a date and kind added), by date, then kind in the order of <see cref="CashFlowKind"/>.</summary>
    public IReadOnlyList<CashFlow> Flows { get; }

    /// <summary>Σ of the investments, as a positive amount.</summary>
    public Money Invested { get; }

    /// <summary>Σ of the money returned outside the outcome payments.</summary>
    public Money Repaid { get; }

    /// <summary>Σ of the outcome payments: the settlement's payable.</summary>
    public Money OutcomePayments { get; }

    /// <summary>
    /// The part of <see cref="OutcomePayments"/> paid after the settlement's <c>as_of</c>: owed for what was known by then,
    /// paid later (a month's line is dated on its last day, and paid <c>payment_days</c> after that).
    /// </summary>
    public Money OutcomePaymentsAfterAsOf { get; }

    /// <summary><see cref="Repaid"/> + <see cref="OutcomePayments"/>: all the money that came back.</summary>
    public Money Returned => Repaid + OutcomePayments;

    /// <summary><see cref="Returned"/> − <see cref="Invested"/>, undiscounted.</summary>
    public Money Net => Returned - Invested;

    /// <summary><see cref="Returned"/> / <see cref="Invested"/>, rounded half away from zero to six decimals; null where nothing was invested.</summary>
    public decimal? MoneyMultiple { get; }

    /// <summary>The annual rate <see cref="Npv"/> discounts at, or null where none was given.</summary>
    public double? DiscountRate { get; }

    /// <summary>XNPV of the flows at <see cref="DiscountRate"/>, on the earliest flow's date, rounded to 0.01; null without a rate.</summary>
    public Money? Npv { get; }

    /// <summary>XIRR of the flows, or why there is none.</summary>
    public IrrResult Irr => _irr.Value;
}
