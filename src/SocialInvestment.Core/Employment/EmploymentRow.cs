namespace SocialInvestment;

/// <summary>
/// One participant's employment rates, found once per participant (<see cref="CohortInput"/>), so that reading a month
/// is an array access and never a look-up by id. The default has no rates: every month is unknown.
/// </summary>
internal readonly struct EmploymentRow
{
    private readonly EmploymentRates? _rates;
    private readonly int _row;

    /// <param name="rates">The rates of the participant's group.</param>
    /// <param name="row">The participant's row in <paramref name="rates"/>, or −1 where their every rate is 0.</param>
    internal EmploymentRow(EmploymentRates rates, int row)
    {
        _rates = rates;
        _row = row;
    }

    /// <summary>Whether any known month of the participant has a rate above 0.</summary>
    internal bool HasWork => _rates is not null && _row >= 0;

    /// <summary>Whether month number <paramref name="monthNumber"/> is known (<see cref="MonthNumber"/>), and if so the participant's rate in it.</summary>
    internal bool TryRate(int monthNumber, out decimal rate)
    {
        int index = _rates is null ? -1 : _rates.KnownIndex(monthNumber);
        rate = index >= 0 && _row >= 0 ? _rates!.RateAt(_row, index) : 0m;
        return index >= 0;
    }
}
