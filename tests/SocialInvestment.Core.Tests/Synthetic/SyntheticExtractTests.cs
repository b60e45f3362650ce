using System.Text;
using NodaTime;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Synthetic;

/// <summary>
/// <see cref="SyntheticExtract"/>: a register extract of whole ISO weeks ending with the week of as_of, the same for the
/// same arguments; a cohort spread through a larger population, starting with three years of history; monthly rates
/// consistent with the weeks; and spells that are the weeks joined.
/// </summary>
public sealed class SyntheticExtractTests
{
    private static (string Id, bool InCohort, string?[] Codes, Degree?[] Degrees, string?[] Second, decimal[] Rates)[] Snapshot(SyntheticExtract extract) =>
    [
        .. extract.Rows().Select(row => (
            row.Id.Value,
            row.InCohort,
            Enumerable.Range(0, row.WeekCount).Select(row.Benefit).ToArray(),
            Enumerable.Range(0, row.WeekCount).Select(row.OwnDegree).ToArray(),
            Enumerable.Range(0, row.WeekCount).Select(row.SecondBenefit).ToArray(),
            Enumerable.Range(0, extract.Months.Count).Select(row.Rate).ToArray())),
    ];

    [Fact]
    public void The_same_arguments_give_the_same_extract_and_another_seed_another()
    {
        var first = Snapshot(new SyntheticExtract(50, 200, 260, seed: 4, longForm: false));
        var again = Snapshot(new SyntheticExtract(50, 200, 260, seed: 4, longForm: false));
        var other = Snapshot(new SyntheticExtract(50, 200, 260, seed: 5, longForm: false));

        Assert.Equal(first.Length, again.Length);
        for (int i = 0; i < first.Length; i++)
        {
            Assert.Equal(first[i].Id, again[i].Id);
            Assert.Equal(first[i].Codes, again[i].Codes);
            Assert.Equal(first[i].Rates, again[i].Rates);
        }

        Assert.Contains(Enumerable.Range(0, first.Length), i => !first[i].Codes.SequenceEqual(other[i].Codes));
    }

    [Fact]
    public void The_period_is_consecutive_ISO_weeks_ending_with_the_Sunday_on_or_after_as_of_and_the_months_those_ended_by_as_of()
    {
        var extract = new SyntheticExtract(0, 0, 260, seed: 1, longForm: false);

        Assert.Equal(D("2026-06-30"), extract.AsOf);
        Assert.Equal(D("2026-07-05"), extract.LastSunday);
        Assert.Equal(D("2021-07-12"), extract.FirstMonday);
        Assert.Equal(IsoDayOfWeek.Monday, extract.FirstMonday.DayOfWeek);
        Assert.Equal(new YearMonth(2021, 7), extract.Months[0]);
        Assert.Equal(new YearMonth(2026, 6), extract.Months[^1]);
        Assert.Equal(60, extract.Months.Count);
        Assert.Empty(new SyntheticExtract(0, 0, 260, seed: 1, longForm: true).Months);

        var onSunday = new SyntheticExtract(0, 0, 1, seed: 1, longForm: false, asOf: D("2026-07-05"));
        Assert.Equal(D("2026-06-29"), onSunday.FirstMonday);
        Assert.Equal(D("2026-07-05"), onSunday.LastSunday);
    }

    [Fact]
    public void A_cohort_is_spread_through_the_population_and_every_participant_starts_with_three_years_of_history()
    {
        var extract = new SyntheticExtract(40, 400, 260, seed: 2, longForm: false);
        Participant[] participants = [.. extract.Participants()];
        var rows = Snapshot(extract);

        Assert.Equal(400, rows.Length);
        Assert.Equal(rows.Where(r => r.InCohort).Select(r => r.Id), participants.Select(p => p.Id.Value));
        Assert.Equal(400, rows.Select(r => r.Id).Distinct().Count());
        Assert.Contains(rows.Take(200), r => r.InCohort);
        Assert.Contains(rows.Skip(200), r => r.InCohort);
        Assert.All(participants, p =>
        {
            Assert.InRange(p.Start, extract.FirstMonday.PlusWeeks(156), extract.AsOf);
            Assert.InRange(p.Start, extract.FirstMonday, extract.LastSunday.PlusWeeks(-26));
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(100)]
    public void With_few_weeks_the_participants_still_start_within_the_extract(int weeks)
    {
        var extract = new SyntheticExtract(30, 30, weeks, seed: 3, longForm: false);

        Assert.All(extract.Participants(), p => Assert.InRange(p.Start, extract.FirstMonday, extract.AsOf));
        Assert.All(extract.Spells(), s => Assert.InRange(s.To!.Value, s.From, extract.LastSunday));
    }

    [Fact]
    public void A_participant_is_on_support_in_the_week_of_the_programme_start()
    {
        var extract = new SyntheticExtract(200, 200, 260, seed: 6, longForm: false);
        Contract contract = SyntheticContract();
        var starts = extract.Participants().ToDictionary(p => p.Id, p => p.Start);

        Assert.All(extract.Rows(), row =>
        {
            int week = Period.DaysBetween(extract.FirstMonday, starts[row.Id]) / 7;
            Assert.Equal(BenefitClass.Support, contract.ClassOf(row.Benefit(week)!));
        });
    }

    [Fact]
    public void Rates_are_in_0_to_1_with_at_most_four_decimals_and_0_in_a_month_spent_on_support()
    {
        var extract = new SyntheticExtract(100, 1_000, 260, seed: 7, longForm: false);
        Contract contract = SyntheticContract();
        int onSupport = 0;
        int positive = 0;
        foreach (SyntheticExtractRow row in extract.Rows())
        {
            for (int m = 0; m < extract.Months.Count; m++)
            {
                decimal rate = row.Rate(m);
                Assert.InRange(rate, 0m, 1m);
                Assert.Equal(decimal.Round(rate, 4), rate);
                positive += rate > 0 ? 1 : 0;
                DateInterval month = extract.Months[m].ToDateInterval();
                bool allSupport = true;
                for (LocalDate day = month.Start > extract.FirstMonday ? month.Start : extract.FirstMonday; day <= month.End; day = day.PlusDays(1))
                {
                    string? code = row.Benefit(Period.DaysBetween(extract.FirstMonday, day) / 7);
                    allSupport &= code is not null && contract.ClassOf(code) == BenefitClass.Support;
                }

                if (allSupport)
                {
                    onSupport++;
                    Assert.Equal(0m, rate);
                }
            }
        }

        Assert.True(onSupport > 1_000, $"{onSupport} months on support");
        Assert.True(positive > 10_000, $"{positive} months with a rate");
    }

    [Fact]
    public void The_long_form_has_the_weeks_of_the_wide_form_and_adds_own_degrees_and_second_rows_only_it_can_hold()
    {
        var wide = Snapshot(new SyntheticExtract(100, 300, 260, seed: 8, longForm: false));
        var @long = Snapshot(new SyntheticExtract(100, 300, 260, seed: 8, longForm: true));

        Assert.Equal(wide.Select(r => r.Id), @long.Select(r => r.Id));
        for (int i = 0; i < wide.Length; i++)
        {
            Assert.Equal(wide[i].Codes, @long[i].Codes);
        }

        Assert.All(wide, r => Assert.All(r.Degrees, d => Assert.Null(d)));
        Assert.All(wide, r => Assert.All(r.Second, s => Assert.Null(s)));
        Assert.Contains(@long, r => r.Degrees.Contains(Degree.FromDecimal(0.5m)));
        Assert.Contains(@long, r => r.Second.Contains("521"));

        // An own degree and a second row are on support weeks only.
        Contract contract = SyntheticContract();
        Assert.All(@long, r => Assert.All(Enumerable.Range(0, r.Codes.Length).Where(w => r.Degrees[w] is not null || r.Second[w] is not null), w =>
            Assert.Equal(BenefitClass.Support, contract.ClassOf(r.Codes[w]!))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_spells_are_each_persons_weeks_of_one_code_and_degree_joined_Monday_to_Sunday(bool longForm)
    {
        var extract = new SyntheticExtract(60, 150, 200, seed: 9, longForm);
        var weeks = new HashSet<(string, int, string, Degree?)>();
        foreach (SyntheticExtractRow row in extract.Rows())
        {
            for (int w = 0; w < row.WeekCount; w++)
            {
                if (row.Benefit(w) is { } code)
                {
                    weeks.Add((row.Id.Value, w, code, row.OwnDegree(w)));
                }

                if (row.SecondBenefit(w) is { } second)
                {
                    weeks.Add((row.Id.Value, w, second, null));
                }
            }
        }

        var covered = new HashSet<(string, int, string, Degree?)>();
        BenefitSpell[] spells = [.. extract.Spells()];
        foreach (BenefitSpell spell in spells)
        {
            Assert.Equal(IsoDayOfWeek.Monday, spell.From.DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Sunday, spell.To!.Value.DayOfWeek);
            for (LocalDate monday = spell.From; monday < spell.To; monday = monday.PlusWeeks(1))
            {
                var week = (spell.ParticipantId.Value, Period.DaysBetween(extract.FirstMonday, monday) / 7, spell.BenefitCode, spell.Degree);
                Assert.Contains(week, weeks);
                Assert.True(covered.Add(week), $"{week} is in two spells");
            }
        }

        Assert.Equal(weeks.Count, covered.Count);
        var ends = spells.Select(s => (s.ParticipantId, s.BenefitCode, s.Degree, s.To!.Value.PlusDays(1))).ToHashSet();
        Assert.DoesNotContain(spells, s => ends.Contains((s.ParticipantId, s.BenefitCode, s.Degree, s.From)));
    }

    [Fact]
    public void The_contract_reads_and_maps_every_code_of_the_extract()
    {
        Contract contract = SyntheticContract();
        var codes = new SyntheticExtract(50, 500, 260, seed: 10, longForm: true).Spells().Select(s => s.BenefitCode).ToHashSet();

        Assert.Equal(["111", "521", "651", "701", "730", "890"], codes.Order(StringComparer.Ordinal));
        Assert.All(codes, code => Assert.NotNull(contract.ClassOf(code)));
    }

    [Fact]
    public void Numbers_out_of_range_are_refused_naming_the_parameter()
    {
        Assert.Equal("participants", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticExtract(-1, 0, 260, 1, false)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticExtract(10, 9, 260, 1, false)).ParamName);
        Assert.Equal("weekColumns", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticExtract(0, 0, 0, 1, false)).ParamName);
        Assert.Equal("weekColumns", Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticExtract(0, 0, SyntheticExtract.MaxWeekColumns + 1, 1, false)).ParamName);

        // The first week of the longest extract is 1990-W01, the earliest a y_YYWW column can name.
        Assert.Equal(D("1990-01-01"), new SyntheticExtract(0, 0, SyntheticExtract.MaxWeekColumns, 1, false).FirstMonday);
    }

    private static Contract SyntheticContract() =>
        ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(SyntheticExtract.ContractJson)), "contract.json").GetValueOrThrow();
}
