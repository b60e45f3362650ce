using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The monthly employment rates of a DREAM extract (SPEC-DK DK1, DK3): the calendar months the extract holds a
/// <c>grad_YYYY_MM</c> column for (the <em>known</em> months) and each person's rate in them. A known month without a
/// rate for a person is a rate of 0 (an empty cell, or no row). The <c>employment</c> trigger is measured on these.
/// </summary>
/// <remarks>
/// Kept compact for a national cohort: a person keeps only the months from their first to their last rate above 0, two
/// bytes a month where the rate has at most four decimals (DREAM gives two): a million people × 120 months, every rate
/// above 0, were measured at 295 MB with the index by id (a decimal a month would be 1.9 GB), built in about a second
/// beyond reading them. Give the rates one person after another (as a reader of one row a person does), and leave out
/// rates of 0 and people outside the cohort: the rates are read once and never held as <see cref="EmploymentRate"/>s.
/// </remarks>
public sealed class EmploymentRates
{
    private readonly YearMonth[] _months;
    private readonly int _firstMonthNumber;

    /// <summary>For each month number from the first known month to the last, its index among the known months, or −1.</summary>
    private readonly int[] _knownIndex;

    private readonly EmploymentRateStore _store;

    /// <summary>Creates the rates of an extract.</summary>
    /// <param name="months">The known months: those the extract has a <c>grad_</c> column for; repeats are one month.</param>
    /// <param name="rates">Rates of people in those months; a person's month given twice keeps the last.</param>
    /// <exception cref="ArgumentException">A rate is of a month that is not among <paramref name="months"/>.</exception>
    public EmploymentRates(IEnumerable<YearMonth> months, IEnumerable<EmploymentRate> rates)
        : this(KnownMonths(months), rates)
    {
    }

    /// <summary>Rates already stored, of the known months <paramref name="months"/> (<see cref="KnownMonths"/>).</summary>
    internal EmploymentRates(YearMonth[] months, EmploymentRateStore store)
    {
        _months = months;
        _firstMonthNumber = FirstMonthNumber(months);
        _knownIndex = KnownIndexes(months);
        _store = store;
    }

    private EmploymentRates(YearMonth[] months, IEnumerable<EmploymentRate> rates)
        : this(months, Store(months, rates))
    {
    }

    /// <summary>No month is known: what a contract without an <c>employment</c> trigger, or an input without <c>grad_</c> columns, has.</summary>
    public static EmploymentRates None { get; } = new([], []);

    /// <summary>The known months, in calendar order.</summary>
    public IReadOnlyList<YearMonth> Months => _months;

    /// <summary>Whether the extract has a rate column for <paramref name="month"/>.</summary>
    public bool IsKnown(YearMonth month) => KnownIndex(MonthNumber.Of(month)) >= 0;

    /// <summary>
    /// The rate of <paramref name="participantId"/> in <paramref name="month"/>: 0 where none is given; null where the
    /// month is not known. Equal in value to the rate given; where it had at most four decimals, without trailing zeros.
    /// </summary>
    public decimal? RateOf(ParticipantId participantId, YearMonth month)
    {
        int index = KnownIndex(MonthNumber.Of(month));
        if (index < 0)
        {
            return null;
        }

        int row = _store.RowOf(participantId);
        return row < 0 ? 0m : _store.RateAt(row, index);
    }

    private static EmploymentRateStore Store(YearMonth[] months, IEnumerable<EmploymentRate> rates)
    {
        Preconditions.CheckNotNull(rates, nameof(rates));
        int first = FirstMonthNumber(months);
        int[] known = KnownIndexes(months);
        var builder = new EmploymentRateStore.Builder(months.Length);
        foreach (EmploymentRate rate in rates)
        {
            int at = MonthNumber.Of(rate.Month) - first;
            int index = at >= 0 && at < known.Length ? known[at] : -1;
            if (index < 0)
            {
                // Worded only when thrown: a national extract gives a hundred million rates.
                throw new ArgumentException($"A rate of {rate.Month:uuuu-MM}, a month that is not among the known months.", nameof(rates));
            }

            builder.Add(rate.ParticipantId, index, rate.Rate);
        }

        return builder.Build();
    }

    private static int FirstMonthNumber(YearMonth[] months) => months.Length == 0 ? 0 : MonthNumber.Of(months[0]);

    /// <summary>For each month number from the first known month to the last, its index among the known months, or −1.</summary>
    private static int[] KnownIndexes(YearMonth[] months)
    {
        int first = FirstMonthNumber(months);
        int[] known = new int[months.Length == 0 ? 0 : MonthNumber.Of(months[^1]) - first + 1];
        Array.Fill(known, -1);
        for (int i = 0; i < months.Length; i++)
        {
            known[MonthNumber.Of(months[i]) - first] = i;
        }

        return known;
    }

    /// <summary>The known months of a list of months: each once, in calendar order; a rate's month is given by its index among them.</summary>
    internal static YearMonth[] KnownMonths(IEnumerable<YearMonth> months)
    {
        Preconditions.CheckNotNull(months, nameof(months));
        return [.. months.Distinct().Order()];
    }


    /// <summary>The month of a month number.</summary>
    internal static YearMonth MonthOf(int monthNumber)
    {
        int year = monthNumber >= 0 ? monthNumber / 12 : ((monthNumber + 1) / 12) - 1;
        return new YearMonth(year, monthNumber - (year * 12) + 1);
    }

    /// <summary>The index among the known months of month number <paramref name="monthNumber"/>, or −1 where it is not known.</summary>
    internal int KnownIndex(int monthNumber)
    {
        int at = monthNumber - _firstMonthNumber;
        return at >= 0 && at < _knownIndex.Length ? _knownIndex[at] : -1;
    }

    /// <summary>The row of <paramref name="participantId"/>'s rates, found once per participant; −1 where every rate of theirs is 0.</summary>
    internal int RowOf(ParticipantId participantId) => _store.RowOf(participantId);

    /// <summary>The rate of row <paramref name="row"/> (≥ 0) in the known month of index <paramref name="index"/>.</summary>
    internal decimal RateAt(int row, int index) => _store.RateAt(row, index);
}
