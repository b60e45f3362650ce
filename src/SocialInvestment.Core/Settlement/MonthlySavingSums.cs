using System.Collections.ObjectModel;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The cohort's gross saving per calendar month (docs/economics.md): each participant's months, parted by running totals
/// (<see cref="MonthlySavings.MonthCents"/>), summed in øre; with a municipal share (SPEC-DK DK5), the municipal saving's
/// months too (<see cref="MonthlySavings.MunicipalMonthCents"/>). One per chunk of participants, merged once, so that the
/// settlement's hot loop only adds a few whole numbers per participant.
/// </summary>
internal sealed class MonthlySavingSums
{
    private readonly int _firstMonth;
    private readonly long[] _cents;
    private readonly long[]? _municipalCents;
    private int _highest = -1;

    /// <summary>
    /// Sums for the months from <paramref name="firstWindowStart"/>'s to <paramref name="asOf"/>'s, where every observed
    /// window day lies; of the municipal saving too where <paramref name="municipal"/>.
    /// </summary>
    internal MonthlySavingSums(LocalDate firstWindowStart, LocalDate asOf, bool municipal = false)
    {
        _firstMonth = MonthNumber.Of(firstWindowStart);
        _cents = new long[Math.Max(0, MonthNumber.Of(asOf) - _firstMonth + 1)];
        _municipalCents = municipal ? new long[_cents.Length] : null;
    }

    /// <summary>Adds one participant's months.</summary>
    internal void Add(MonthlySavings savings)
    {
        ReadOnlySpan<MonthlySaving> months = savings.Months;
        if (months.IsEmpty)
        {
            return;
        }

        ReadOnlySpan<long> cents = savings.MonthCents;
        int first = months[0].MonthNumber - _firstMonth;
        for (int m = 0; m < cents.Length; m++)
        {
            _cents[first + m] = checked(_cents[first + m] + cents[m]);
        }

        if (_municipalCents is not null)
        {
            ReadOnlySpan<long> municipal = savings.MunicipalMonthCents;
            for (int m = 0; m < municipal.Length; m++)
            {
                _municipalCents[first + m] = checked(_municipalCents[first + m] + municipal[m]);
            }
        }

        _highest = Math.Max(_highest, first + months.Length - 1);
    }

    /// <summary>
    /// The chunks' sums as one list: every calendar month from the first to the last that holds an observed window day of
    /// any participant, ascending (a month in between with none has 0). Empty where no participant has an observed day.
    /// </summary>
    /// <remarks>
    /// The list starts at the first window start's month: where any day is observed, the participant whose window starts
    /// first is observed from that day on (as_of is not before it), so no earlier month is empty at the front.
    /// </remarks>
    internal static ReadOnlyCollection<KeyValuePair<YearMonth, Money>> Merge(IReadOnlyList<MonthlySavingSums> chunks) =>
        Merge(chunks, static chunk => chunk._cents);

    /// <summary>The chunks' municipal sums (each made with <c>municipal</c>) as one list, over the same months as <see cref="Merge(IReadOnlyList{MonthlySavingSums})"/>.</summary>
    internal static ReadOnlyCollection<KeyValuePair<YearMonth, Money>> MergeMunicipal(IReadOnlyList<MonthlySavingSums> chunks) =>
        Merge(chunks, static chunk => chunk._municipalCents ?? throw new InvalidOperationException("The municipal saving's months were not kept."));

    private static ReadOnlyCollection<KeyValuePair<YearMonth, Money>> Merge(IReadOnlyList<MonthlySavingSums> chunks, Func<MonthlySavingSums, long[]> centsOf)
    {
        int highest = -1;
        foreach (MonthlySavingSums chunk in chunks)
        {
            highest = Math.Max(highest, chunk._highest);
        }

        if (highest < 0)
        {
            return new ReadOnlyCollection<KeyValuePair<YearMonth, Money>>([]);
        }

        int firstMonth = chunks[0]._firstMonth;
        var months = new KeyValuePair<YearMonth, Money>[highest + 1];
        for (int m = 0; m <= highest; m++)
        {
            long sum = 0;
            foreach (MonthlySavingSums chunk in chunks)
            {
                sum = checked(sum + centsOf(chunk)[m]);
            }

            int number = firstMonth + m;
            months[m] = KeyValuePair.Create(MonthNumber.ToYearMonth(number), Money.FromCents(sum));
        }

        return Array.AsReadOnly(months);
    }
}
