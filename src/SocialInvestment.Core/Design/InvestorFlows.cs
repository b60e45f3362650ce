namespace SocialInvestment;

/// <summary>
/// The investor's flows of one priced run, added up by date as <see cref="DiscountedCashFlow.Xirr"/> adds up the flows
/// of <see cref="Economics.Of"/>: the investments, and each line's payable above 0 paid the contract's
/// <see cref="Contract.PaymentDays"/> after its date (<see cref="Economics.PaidOn"/>); a date whose flows cancel is left
/// out. Then the IRR, searched from the last one found (<see cref="XirrSearch"/>: the rate <see cref="DiscountedCashFlow.Xirr"/>
/// gives, bit for bit). One per run, reused for every candidate of the run; not for two threads at once.
/// </summary>
internal sealed class InvestorFlows
{
    private readonly InvestorMoney _investor;
    private readonly XirrSearch _search = new();
    private int[] _days = new int[64];
    private decimal[] _amounts = new decimal[64];
    private int _count;
    private int _hint;
    private PricingBasis? _paidFor;
    private int _paymentDays;
    private int[] _paidDays = [];

    internal InvestorFlows(InvestorMoney investor)
    {
        _investor = investor;
        _hint = XirrSearch.GridIndex(0.1);
    }

    /// <summary>The investor's IRR of the run as <paramref name="basis"/> was last priced, with the contract's payment term.</summary>
    internal double? Irr(PricingBasis basis, Contract contract)
    {
        _count = 0;
        int[] dates = basis.Dates;
        ReadOnlySpan<long> paidByDate = basis.PaidByDate;
        int[] investedDays = _investor.Days;
        decimal[] invested = _investor.Amounts;
        int next = 0;
        for (int d = 0; d < dates.Length; d++)
        {
            if (paidByDate[d] == 0)
            {
                continue;
            }

            int day = PaidDays(basis, contract)[d];
            for (; next < investedDays.Length && investedDays[next] < day; next++)
            {
                Add(investedDays[next], invested[next]);
            }

            decimal amount = Hundredths(paidByDate[d]);
            if (next < investedDays.Length && investedDays[next] == day)
            {
                amount += invested[next++];
            }

            Add(day, amount);
        }

        for (; next < investedDays.Length; next++)
        {
            Add(investedDays[next], invested[next]);
        }

        XirrScreen irr = _search.Find(_days.AsSpan(0, _count), _amounts.AsSpan(0, _count), _hint);
        _hint = irr.GridIndex;
        return irr.Rate;
    }

    /// <summary>The day each of the basis's dates is paid on (<see cref="Economics.PaidOn"/>), kept while the basis and the payment term are the same.</summary>
    private int[] PaidDays(PricingBasis basis, Contract contract)
    {
        if (!ReferenceEquals(basis, _paidFor) || contract.PaymentDays != _paymentDays)
        {
            _paidDays = basis.Dates.Select(date => DayNumber.Of(Economics.PaidOn(DayNumber.ToDate(date), contract))).ToArray();
            _paidFor = basis;
            _paymentDays = contract.PaymentDays;
        }

        return _paidDays;
    }

    /// <summary>A sum of payables, at least 0, in the currency: made with its scale rather than divided by 100, which is slow.</summary>
    private static decimal Hundredths(long cents) => new((int)(cents & 0xFFFF_FFFF), (int)(cents >> 32), 0, false, 2);

    /// <summary>Adds a date's flow, after those of the dates before it; a flow of 0 (flows that cancel) is left out.</summary>
    private void Add(int day, decimal amount)
    {
        if (amount == 0)
        {
            return;
        }

        if (_count == _days.Length)
        {
            Array.Resize(ref _days, _count * 2);
            Array.Resize(ref _amounts, _count * 2);
        }

        _days[_count] = day;
        _amounts[_count++] = amount;
    }
}
