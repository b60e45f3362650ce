using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Met on the last day of the first calendar month m such that the months m − N + 1 … m are all eligible and known and
/// their employment rates sum to at least N × the least rate (SPEC-DK DK3): an average employment rate of at least
/// <see cref="MinRate"/> over N consecutive months, measured on the monthly rates of a DREAM extract
/// (<see cref="EmploymentRates"/>). A month is eligible when all its days lie in the window (and its last day is on or
/// before <c>as_of</c>, SPEC §6), known when the extract has its <c>grad_</c> column; an unknown month breaks the run.
/// </summary>
public sealed class EmploymentTrigger : Trigger
{
    /// <summary>The most months a trigger may ask for (a hundred years): a guard against nonsense, not a business rule.</summary>
    public const int MaxMonths = 1200;

    private readonly Int128 _threshold;

    /// <summary>Creates an employment trigger.</summary>
    /// <param name="id">The trigger's id.</param>
    /// <param name="months">N, the number of consecutive months, 1 to <see cref="MaxMonths"/>. A run longer than a participant's window holds is never met.</param>
    /// <param name="minRate">The least average employment rate over the N months, greater than 0 and at most 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> or <paramref name="minRate"/> is out of range.</exception>
    public EmploymentTrigger(string id, int months, decimal minRate)
        : base(id)
    {
        Preconditions.CheckArgumentRange(nameof(months), months, 1, MaxMonths);
        if (minRate <= 0m || minRate > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(minRate), minRate, "The least employment rate is greater than 0 and at most 1.");
        }

        Months = months;
        MinRate = minRate;
        _threshold = months * ExactDecimal.UnitsOf(minRate);
    }

    /// <summary>N: the number of consecutive calendar months.</summary>
    public int Months { get; }

    /// <summary>The least average employment rate over the N months, in (0, 1].</summary>
    public decimal MinRate { get; }

    /// <inheritdoc/>
    public override string Kind => "employment";

    /// <inheritdoc/>
    public override bool NeedsEmploymentRates => true;

    /// <summary>
    /// SPEC-DK DK3: the last day of the first month m, wholly inside the window (and, with a prerequisite, beginning on or
    /// after its date), that ends N consecutive known months whose rates sum to at least N × <see cref="MinRate"/>,
    /// compared exactly. A month that begins before the window, or ends after it, is not eligible: its rate measures
    /// days outside the window.
    /// </summary>
    internal override LocalDate? DateMet(in TriggerContext context, LocalDate? from)
    {
        EmploymentRow rates = context.Employment;
        if (!rates.HasWork)
        {
            // Every known rate of the participant is 0, and the least rate is above 0.
            return null;
        }

        int first = Prerequisites.FirstMonthFrom(in context, from);
        LocalDate end = context.Window.End;
        int last = MonthNumber.Of(end) - (end.PlusDays(1).Day == 1 ? 0 : 1);
        Int128 sum = 0;
        int run = 0;
        for (int month = first; month <= last; month++)
        {
            if (!rates.TryRate(month, out decimal rate))
            {
                sum = 0;
                run = 0;
                continue;
            }

            sum += ExactDecimal.UnitsOf(rate);
            if (++run > Months)
            {
                rates.TryRate(month - Months, out decimal left);
                sum -= ExactDecimal.UnitsOf(left);
                run = Months;
            }

            if (run == Months && sum >= _threshold)
            {
                YearMonth met = EmploymentRates.MonthOf(month);
                return met.OnDayOfMonth(met.Calendar.GetDaysInMonth(met.Year, met.Month));
            }
        }

        return null;
    }
}
