namespace SocialInvestment;

/// <summary>The monthly cost of each year a settlement needs, computed once per settlement instead of once per participant.</summary>
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

    /// <summary>The rate of <paramref name="year"/>: 0 without a monthly cost (no saving is computed).</summary>
    internal Money For(int year)
    {
        int i = year - _firstYear;
        return i >= 0 && i < _rates.Length ? _rates[i] : _cost?.RateFor(year) ?? Money.Zero;
    }
}
