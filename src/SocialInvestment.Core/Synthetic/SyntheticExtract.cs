using System.Globalization;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A synthetic register extract for tests and benchmarks (SPEC-DK DK1), the same for the same arguments: a cohort and
/// the other people the extract was delivered for, each with a benefit code or none in every ISO week of the extract's
/// period and, for the wide form, an employment rate in every month; and the equivalent spells.
/// </summary>
/// <remarks>
/// <para>The period: <see cref="WeekCount"/> consecutive ISO weeks (Monday to Sunday) ending with the week that holds
/// <see cref="AsOf"/>. The months: every calendar month from the one that holds the first Monday to the last one that
/// has ended by <see cref="AsOf"/> (the rate of a month is known once it has ended); none in the long form.</para>
/// <para>The cohort: <see cref="Count"/> of the <see cref="Population"/> people, spread evenly through the extract as
/// a national extract sorted by person number would hold them. A participant starts the programme on a day in the
/// weeks from 156 weeks (three years of history, which the count of weeks on support needs) after the first Monday to
/// 26 weeks before the last week, the starts spread over at most 156 weeks; with fewer than 183 weeks the starts fall
/// in the second half of the weeks before the last 26, and the history is shorter. Codes are DREAM-like (support 111,
/// 701, 730, 890; education 651; ignored 521), not the official list.</para>
/// <para>The equivalent spells (<see cref="Spells"/>): each person's consecutive weeks with the same code and the same
/// own degree joined into one spell from the first week's Monday to the last week's Sunday, as a reader of the
/// extract would join them; people outside the cohort included.</para>
/// </remarks>
public sealed class SyntheticExtract
{
    /// <summary>The number of week columns where none is asked for: five years.</summary>
    public const int DefaultWeekColumns = 260;

    /// <summary>The contract that goes with the extract: the synthetic cohort's contract with the extract's codes.</summary>
    public const string ContractJson = """
        {
          "name": "Synthetic register extract (sib generate --weeks)",
          "currency": "DKK",
          "programme_weeks": 20,
          "benefits": {
            "111": "support",
            "701": "support",
            "730": "support",
            "890": "support",
            "651": "education",
            "521": "ignore"
          },
          "monthly_cost": { "amount": 15000, "base_year": 2026, "annual_indexation": 0.02 },
          "window": { "from": "start", "weeks": 104 },
          "partial_max_support": 0.5,
          "triggers": [
            { "id": "enrolled", "kind": "enrolment" },
            { "id": "completed", "kind": "completion" },
            { "id": "job13", "kind": "sustained", "weeks": 13, "level": "full" },
            { "id": "self26", "kind": "count", "weeks": 26, "level": "full_or_partial", "exclude_education": true },
            { "id": "edu", "kind": "education", "weeks": 4 }
          ],
          "payments": [
            { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 10000 },
            { "id": "bonus", "kind": "fixed", "trigger": "job13", "amount": 40000 },
            { "id": "shared", "kind": "share_of_savings", "gate": "job13", "share": 0.5, "deadweight": 0.1 }
          ],
          "caps": { "per_participant": 150000 }
        }

        """;

    /// <summary>The most people an extract may have.</summary>
    public const int MaxPopulation = 100_000_000;

    /// <summary>The Monday of ISO week 1990-W01: a <c>y_YYWW</c> column reads <c>YY</c> ≥ 90 as 19YY, so no week before it.</summary>
    private static readonly LocalDate EarliestMonday = new(1990, 1, 1);

    private const int HistoryWeeks = 156;
    private const int ObservedWeeks = 26;

    private readonly int _seed;
    private readonly int _firstStartWeek;
    private readonly int _lastStartWeek;
    private readonly MonthWeeks _monthWeeks;

    /// <summary>Describes an extract made on <see cref="SyntheticCohort.AsOf"/>.</summary>
    /// <param name="participants">The cohort's size, ≥ 0.</param>
    /// <param name="population">The people in the extract, the cohort included: from <paramref name="participants"/> to <see cref="MaxPopulation"/>.</param>
    /// <param name="weekColumns">The weeks of the period, from 1 to <see cref="MaxWeekColumns"/>.</param>
    /// <param name="seed">The seed: the same arguments give the same extract.</param>
    /// <param name="longForm">
    /// Whether the extract is for the long form, where some weeks carry a degree of their own and some a second code;
    /// the wide form can hold neither, and has the monthly rates. The weeks are otherwise those of the wide form.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of its range.</exception>
    public SyntheticExtract(int participants, int population, int weekColumns, int seed, bool longForm)
        : this(participants, population, weekColumns, seed, longForm, SyntheticCohort.AsOf)
    {
    }

    /// <summary>Describes an extract made on another extraction date (for tests of the weeks around a year's end).</summary>
    internal SyntheticExtract(int participants, int population, int weekColumns, int seed, bool longForm, LocalDate asOf)
    {
        Preconditions.CheckArgumentRange(nameof(participants), participants, 0, MaxPopulation);
        Preconditions.CheckArgumentRange(nameof(population), population, participants, MaxPopulation);
        LocalDate lastSunday = asOf.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday));
        Preconditions.CheckArgumentRange(nameof(weekColumns), weekColumns, 1, WeeksUpTo(lastSunday));
        Count = participants;
        Population = population;
        WeekCount = weekColumns;
        IsLongForm = longForm;
        AsOf = asOf;
        _seed = seed;
        LastSunday = lastSunday;
        FirstMonday = lastSunday.PlusDays(1 - (7 * weekColumns));

        var months = new List<YearMonth>();
        if (!longForm)
        {
            for (YearMonth month = FirstMonday.ToYearMonth(); month.ToDateInterval().End <= asOf; month = month.PlusMonths(1))
            {
                months.Add(month);
            }
        }

        Months = months;
        _monthWeeks = new MonthWeeks(months, FirstMonday, LastSunday);

        int last = Math.Max(0, weekColumns - 1 - ObservedWeeks);
        _lastStartWeek = last;
        _firstStartWeek = last >= HistoryWeeks ? Math.Max(HistoryWeeks, last - HistoryWeeks + 1) : last / 2;
    }

    /// <summary>The most week columns an extract made on <see cref="SyntheticCohort.AsOf"/> may have: back to 1990-W01.</summary>
    public static int MaxWeekColumns { get; } = WeeksUpTo(SyntheticCohort.AsOf.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday)));

    /// <summary>The extraction date: the extract's last week holds it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The number of participants.</summary>
    public int Count { get; }

    /// <summary>The number of people in the extract, the participants included.</summary>
    public int Population { get; }

    /// <summary>The number of weeks of the period.</summary>
    public int WeekCount { get; }

    /// <summary>Whether the extract is for the long form (see the constructor).</summary>
    public bool IsLongForm { get; }

    /// <summary>The Monday of the first week.</summary>
    public LocalDate FirstMonday { get; }

    /// <summary>The Sunday of the last week: the first Sunday on or after <see cref="AsOf"/>.</summary>
    public LocalDate LastSunday { get; }

    /// <summary>The months that have an employment rate, in calendar order; none for the long form.</summary>
    public IReadOnlyList<YearMonth> Months { get; }

    /// <summary>The participants, in the order of the extract's rows.</summary>
    public IEnumerable<Participant> Participants()
    {
        for (int j = 0; j < Count; j++)
        {
            int person = PersonOf(j);
            var random = new SyntheticRandom(_seed, person);
            yield return Start(person, ref random, out _);
        }
    }

    /// <summary>One row for each person, in order; the same instance refilled (see <see cref="SyntheticExtractRow"/>).</summary>
    public IEnumerable<SyntheticExtractRow> Rows()
    {
        var row = new SyntheticExtractRow(WeekCount, Months.Count, IsLongForm);
        int next = 0;
        for (int person = 0; person < Population; person++)
        {
            var random = new SyntheticRandom(_seed, person);
            int startWeek = -1;
            bool inCohort = next < Count && PersonOf(next) == person;
            if (inCohort)
            {
                Start(person, ref random, out startWeek);
                next++;
            }

            row.Id = IdOf(person);
            row.InCohort = inCohort;
            SyntheticLife.Fill(row, ref random, startWeek);
            SyntheticLife.Rates(row, _monthWeeks);
            yield return row;
        }
    }

    /// <summary>The equivalent spells, each person's together, in the order of the extract's rows.</summary>
    public IEnumerable<BenefitSpell> Spells()
    {
        var spells = new List<BenefitSpell>(32);
        foreach (SyntheticExtractRow row in Rows())
        {
            spells.Clear();
            Join(row, row.Codes, row.Degrees, spells);
            Join(row, row.Second, null, spells);
            foreach (BenefitSpell spell in spells)
            {
                yield return spell;
            }
        }
    }

    private static int WeeksUpTo(LocalDate lastSunday) => (Period.DaysBetween(EarliestMonday, lastSunday) + 1) / 7;

    private static ParticipantId IdOf(int person) => ParticipantId.From("P" + person.ToString("D7", CultureInfo.InvariantCulture));

    /// <summary>The person of participant <paramref name="participant"/>: the cohort spread evenly through the rows.</summary>
    private int PersonOf(int participant) => (int)((long)participant * Population / Count);

    private Participant Start(int person, ref SyntheticRandom random, out int startWeek)
    {
        startWeek = random.Next(_firstStartWeek, _lastStartWeek + 1);
        LocalDate start = FirstMonday.PlusWeeks(startWeek).PlusDays(random.Next(0, 7));
        start = start > AsOf ? AsOf : start;
        bool droppedOut = random.Chance(0.1);
        int days = random.Next(14, 133);
        LocalDate? end = droppedOut ? start.PlusDays(days) : null;
        string cohort = $"{start.Year}-Q{((start.Month - 1) / 3) + 1}";
        return new Participant(IdOf(person), start, end, completed: !droppedOut, cohort);
    }

    /// <summary>Joins a layer's consecutive weeks of the same code and degree into spells.</summary>
    private void Join(SyntheticExtractRow row, byte[] codes, byte[]? degrees, List<BenefitSpell> spells)
    {
        int week = 0;
        while (week < codes.Length)
        {
            byte code = codes[week];
            byte degree = degrees is null ? (byte)0 : degrees[week];
            int end = week + 1;
            while (end < codes.Length && codes[end] == code && (degrees is null || degrees[end] == degree))
            {
                end++;
            }

            if (code != 0)
            {
                spells.Add(new BenefitSpell(
                    row.Id, SyntheticLife.Codes[code]!, FirstMonday.PlusWeeks(week), FirstMonday.PlusWeeks(end).PlusDays(-1), SyntheticLife.Degrees[degree]));
            }

            week = end;
        }
    }
}
