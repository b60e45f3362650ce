namespace SocialInvestment;

/// <summary>
/// The monthly cost of each year a settlement needs, computed once per settlement instead of once per participant; a
/// participant with an own monthly cost (SPEC-DK DK4) gets a table of their own, indexed as the contract's.
/// </summary>
internal sealed class MonthlyRates
{
    private readonly MonthlyCost? _cost;
    private readonly int _firstYear;
    private readonly Money[] _rates;

    internal MonthlyRates(MonthlyCost? cost, int firstYear, int lastYear)
    {
        _cost = cost;
        _firstYear = firstYear;
        _rates = new Money[Math.Max(0, lastYear - firstYear + 1)];
        for (int i = 0; i < _rates.Length; i++)
        {
            _rates[i] = cost?.RateFor(firstYear + i) ?? Money.Zero;
        }
    }

    /// <summary>
    /// The rates of <paramref name="participant"/>: these, shared, where the person has no own monthly cost; else the own
    /// amount indexed from the contract's base year with its indexation (SPEC-DK DK4).
    /// </summary>
    internal MonthlyRates Of(Participant participant) =>
        participant.MonthlyCost is { } own && _cost is not null && own != _cost.Amount
            ? new MonthlyRates(new MonthlyCost(own, _cost.BaseYear, _cost.AnnualIndexation), _firstYear, _firstYear + _rates.Length - 1)
            : this;

    /// <summary>The rate of <paramref name="year"/>: 0 without a monthly cost (no saving is computed).</summary>
    internal Money For(int year)
    {
        int i = year - _firstYear;
        return i >= 0 && i < _rates.Length ? _rates[i] : _cost?.RateFor(year) ?? Money.Zero;
    }
}
