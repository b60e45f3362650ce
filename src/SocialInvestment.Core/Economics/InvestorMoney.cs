namespace SocialInvestment;

/// <summary>
/// The investor's own money of a deal, apart from the outcome payments (investments.csv): its flows as
/// <see cref="Economics.Of"/> makes them, and the money multiple that outcome payments of a given total give, as
/// <see cref="InvestorView.MoneyMultiple"/> computes it. For pricing many settlements against the same investments.
/// </summary>
internal sealed class InvestorMoney
{
    private readonly Money _invested;
    private readonly Money _repaid;

    internal InvestorMoney(IEnumerable<Investment> investments)
    {
        Flows = investments.Select(Economics.FlowOf).ToArray();
        foreach (CashFlow flow in Flows)
        {
            if (flow.Kind == CashFlowKind.Investment)
            {
                _invested -= flow.Amount;
            }
            else
            {
                _repaid += flow.Amount;
            }
        }
    }

    /// <summary>The investments' flows, in the order given.</summary>
    internal CashFlow[] Flows { get; }

    /// <summary>(repaid + <paramref name="outcomePayments"/>) / invested, as <see cref="InvestorView.MoneyMultiple"/>; null where nothing was invested.</summary>
    internal decimal? MoneyMultiple(Money outcomePayments) => Ratio.Of(_repaid + outcomePayments, _invested);
}
