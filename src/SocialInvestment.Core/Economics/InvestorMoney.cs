namespace SocialInvestment;

/// <summary>
/// The investor's own money of a deal, apart from the outcome payments (investments.csv): its flows as
/// <see cref="Economics.Of"/> makes them, added up by date, and the money multiple that outcome payments of a given
/// total give, as <see cref="InvestorView.MoneyMultiple"/> computes it. For pricing many settlements against the same
/// investments.
/// </summary>
internal sealed class InvestorMoney
{
    private readonly Money _invested;
    private readonly Money _repaid;

    internal InvestorMoney(IEnumerable<Investment> investments)
    {
        CashFlow[] flows = investments.Select(Economics.FlowOf).ToArray();
        foreach (CashFlow flow in flows)
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

        var byDay = new SortedDictionary<int, Money>();
        foreach (CashFlow flow in flows)
        {
            int day = DayNumber.Of(flow.Date);
            byDay[day] = byDay.GetValueOrDefault(day) + flow.Amount;
        }

        Days = byDay.Keys.ToArray();
        Amounts = byDay.Values.Select(m => m.Amount).ToArray();
    }

    /// <summary>The day numbers of the investments' flows, ascending, one per date (also where they cancel: a payment may share the date).</summary>
    internal int[] Days { get; }

    /// <summary>The investor's flow of each of <see cref="Days"/>: the investments of the date added up, with the investor's sign.</summary>
    internal decimal[] Amounts { get; }

    /// <summary>(repaid + <paramref name="outcomePayments"/>) / invested, as <see cref="InvestorView.MoneyMultiple"/>; null where nothing was invested.</summary>
    internal decimal? MoneyMultiple(Money outcomePayments) => Ratio.Of(_repaid + outcomePayments, _invested);
}
