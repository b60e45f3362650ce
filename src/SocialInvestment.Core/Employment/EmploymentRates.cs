using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The monthly employment rates of a DREAM extract (SPEC-DK DK1, DK3): the calendar months the extract holds a
/// <c>grad_YYYY_MM</c> column for (the <em>known</em> months) and each person's rate in them. A known month without a
/// rate for a person is a rate of 0 (an empty cell, or no row). The <c>employment</c> trigger is measured on these.
/// </summary>
public sealed class EmploymentRates
{
    private readonly YearMonth[] _months;
    private readonly Dictionary<YearMonth, int> _monthIndex;
    private readonly Dictionary<ParticipantId, decimal[]> _rates;

    /// <summary>Creates the rates of an extract.</summary>
    /// <param name="months">The known months: those the extract has a <c>grad_</c> column for; repeats are one month.</param>
    /// <param name="rates">Rates of people in those months; a person's month given twice keeps the last.</param>
    /// <exception cref="ArgumentException">A rate is of a month that is not among <paramref name="months"/>.</exception>
    public EmploymentRates(IEnumerable<YearMonth> months, IEnumerable<EmploymentRate> rates)
    {
        Preconditions.CheckNotNull(months, nameof(months));
        Preconditions.CheckNotNull(rates, nameof(rates));
        _months = [.. months.Distinct().Order()];
        _monthIndex = new Dictionary<YearMonth, int>(_months.Length);
        for (int i = 0; i < _months.Length; i++)
        {
            _monthIndex.Add(_months[i], i);
        }

        _rates = [];
        foreach (EmploymentRate rate in rates)
        {
            Preconditions.CheckArgument(_monthIndex.TryGetValue(rate.Month, out int index), nameof(rates), $"A rate of {rate.Month:uuuu-MM}, a month that is not among the known months.");
            if (!_rates.TryGetValue(rate.ParticipantId, out decimal[]? row))
            {
                row = new decimal[_months.Length];
                _rates.Add(rate.ParticipantId, row);
            }

            row[index] = rate.Rate;
        }
    }

    /// <summary>No month is known: what a contract without an <c>employment</c> trigger, or an input without <c>grad_</c> columns, has.</summary>
    public static EmploymentRates None { get; } = new([], []);

    /// <summary>The known months, in calendar order.</summary>
    public IReadOnlyList<YearMonth> Months => _months;

    /// <summary>Whether the extract has a rate column for <paramref name="month"/>.</summary>
    public bool IsKnown(YearMonth month) => _monthIndex.ContainsKey(month);

    /// <summary>The rate of <paramref name="participantId"/> in <paramref name="month"/>: 0 where none is given; null where the month is not known.</summary>
    public decimal? RateOf(ParticipantId participantId, YearMonth month)
    {
        if (!_monthIndex.TryGetValue(month, out int index))
        {
            return null;
        }

        return _rates.TryGetValue(participantId, out decimal[]? row) ? row[index] : 0m;
    }
}
