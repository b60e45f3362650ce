using System.Collections.ObjectModel;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Hazards estimated from an earlier cohort's benefit spells (docs/simulation.md, "Estimating the hazards"), with the
/// counts they were estimated from.
/// </summary>
public sealed class HazardEstimate
{
    /// <summary>The fewest participants at risk that a month's hazard is estimated from on its own, unless told otherwise.</summary>
    public const int DefaultMinimumAtRisk = 10;

    private HazardEstimate(Hazards hazards, ReadOnlyCollection<MonthlyTransitions> months, int participants, int minimumAtRisk, LocalDate asOf)
    {
        Hazards = hazards;
        Months = months;
        Participants = participants;
        MinimumAtRisk = minimumAtRisk;
        AsOf = asOf;
    }

    /// <summary>The hazards: for each month, transitions / at risk of its pooled group, rounded half away from zero to 6 decimals.</summary>
    public Hazards Hazards { get; }

    /// <summary>The counts of each month since the start, from month 1 to the last month anybody was observed over.</summary>
    public ReadOnlyCollection<MonthlyTransitions> Months { get; }

    /// <summary>The participants observed over at least one whole month since their start.</summary>
    public int Participants { get; }

    /// <summary>The fewest at risk that a hazard was estimated from; months with fewer were pooled with the following ones.</summary>
    public int MinimumAtRisk { get; }

    /// <summary>The data extraction date of the earlier cohort's spells: nothing after it was used.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// Estimates the monthly hazards of leaving and returning to support from an earlier cohort. A participant is on
    /// support on a day whose support level <c>s(d)</c> (SPEC §4, under <paramref name="contract"/>'s benefit map) is above
    /// 0; partial support counts as support. Month m of a participant counts where <c>start + m months ≤ asOf</c>.
    /// </summary>
    /// <param name="contract">The contract whose benefit map classifies the spells' codes.</param>
    /// <param name="participants">The earlier cohort; ids unique.</param>
    /// <param name="spells">Its benefit spells; rows of people outside the cohort are ignored.</param>
    /// <param name="asOf">The spells' data extraction date.</param>
    /// <param name="minimumAtRisk">The fewest at risk a hazard is estimated from (at least 1): consecutive months are pooled until they hold this many.</param>
    /// <exception cref="ArgumentException">
    /// A participant id is duplicated, a spell's benefit code is not mapped, <paramref name="minimumAtRisk"/> is below 1,
    /// or nobody was observed over a whole month since their start.
    /// </exception>
    public static HazardEstimate FromCohort(Contract contract, IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, LocalDate asOf, int minimumAtRisk = DefaultMinimumAtRisk)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        Preconditions.CheckArgumentRange(nameof(minimumAtRisk), minimumAtRisk, 1, int.MaxValue);
        CohortInput cohort = CohortInput.Prepare(contract, participants, spells, []);
        var counts = new List<int[]>();
        int observed = 0;
        for (int i = 0; i < cohort.Participants.Length; i++)
        {
            if (Count(cohort, i, asOf, counts))
            {
                observed++;
            }
        }

        Preconditions.CheckArgument(
            counts.Count > 0,
            nameof(participants),
            $"Nobody was observed over a whole month since their start by {NodaTime.Text.LocalDatePattern.Iso.Format(asOf)}: no hazard can be estimated.");
        int[] onSupport = counts.Select(c => c[0]).ToArray();
        int[] left = counts.Select(c => c[1]).ToArray();
        int[] offSupport = counts.Select(c => c[2]).ToArray();
        int[] returned = counts.Select(c => c[3]).ToArray();
        var hazards = new Hazards(Pooled(onSupport, left, minimumAtRisk), Pooled(offSupport, returned, minimumAtRisk));
        var months = counts.Select((c, m) => new MonthlyTransitions(m + 1, c[0], c[1], c[2], c[3])).ToList().AsReadOnly();
        return new HazardEstimate(hazards, months, observed, minimumAtRisk, asOf);
    }

    /// <summary>
    /// Adds participant <paramref name="i"/>'s months to <paramref name="counts"/> (per month: on support, left, off
    /// support, returned); false where not one month since the start was observed.
    /// </summary>
    private static bool Count(CohortInput cohort, int i, LocalDate asOf, List<int[]> counts)
    {
        LocalDate start = cohort.Participants[i].Start;
        if (start.PlusMonths(1) > asOf)
        {
            return false;
        }

        SupportTimeline timeline = SupportTimeline.Build(cohort.Spells.Of(i), cohort.Spells.Classes, start, asOf, asOf);
        int cursor = 0;
        bool onSupport = OnSupport(timeline, DayNumber.Of(start), ref cursor);
        for (int m = 1; start.PlusMonths(m) <= asOf; m++)
        {
            if (counts.Count < m)
            {
                counts.Add(new int[4]);
            }

            bool next = OnSupport(timeline, DayNumber.Of(start.PlusMonths(m)), ref cursor);
            int[] month = counts[m - 1];
            int at = onSupport ? 0 : 2;
            month[at]++;
            if (next != onSupport)
            {
                month[at + 1]++;
            }

            onSupport = next;
        }

        return true;
    }

    /// <summary>Whether <paramref name="day"/> (covered by the timeline, and not before the day of the last call) has support above 0.</summary>
    private static bool OnSupport(SupportTimeline timeline, int day, ref int cursor)
    {
        ReadOnlySpan<SupportSegment> segments = timeline.Segments;
        while (segments[cursor].LastDay < day)
        {
            cursor++;
        }

        return segments[cursor].Level > 0m;
    }

    /// <summary>
    /// The hazard of each month: consecutive months from month 1 are grouped until a group holds at least
    /// <paramref name="minimum"/> at risk, a last group with fewer joins the one before, and every month of a group gets
    /// Σ changed / Σ at risk, rounded half away from zero to 6 decimals (0 where nobody was at risk at all).
    /// </summary>
    internal static double[] Pooled(int[] atRisk, int[] changed, int minimum)
    {
        var groups = new List<(int From, int To)>();
        int from = 0;
        long held = 0;
        for (int m = 0; m < atRisk.Length; m++)
        {
            held += atRisk[m];
            if (held >= minimum)
            {
                groups.Add((from, m));
                from = m + 1;
                held = 0;
            }
        }

        if (from < atRisk.Length)
        {
            if (groups.Count > 0)
            {
                groups[^1] = (groups[^1].From, atRisk.Length - 1);
            }
            else
            {
                groups.Add((from, atRisk.Length - 1));
            }
        }

        var hazards = new double[atRisk.Length];
        foreach ((int first, int last) in groups)
        {
            long n = 0;
            long k = 0;
            for (int m = first; m <= last; m++)
            {
                n += atRisk[m];
                k += changed[m];
            }

            // round(k / n, 6) half away from zero, in whole numbers: ⌊(2·k·10⁶ + n) / 2n⌋.
            long millionths = n == 0 ? 0 : ((2 * k * 1_000_000) + n) / (2 * n);
            for (int m = first; m <= last; m++)
            {
                hazards[m] = (double)(millionths / 1_000_000m);
            }
        }

        return hazards;
    }
}
