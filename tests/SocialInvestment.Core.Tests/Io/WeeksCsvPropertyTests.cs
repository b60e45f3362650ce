using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A cohort's benefit weeks written as a DREAM extract (wide), as a weekly table (long, its rows shuffled) and as a
/// spells.csv of one spell a week settle to the same lines through the library's readers: a week is its seven days, and
/// joining a person's weeks into longer spells changes no day.
/// </summary>
public sealed class WeeksCsvPropertyTests
{
    private static readonly string[] Codes = ["kontanthjaelp", "integrationsydelse", "su", "boligstoette"];

    private static readonly Contract Contract = Fixtures.Contract(
        triggers:
        [
            new EnrolmentTrigger("enrolled"),
            new SustainedTrigger("job2", 2, SelfSupport.Full),
            new CountTrigger("self3", 3, SelfSupport.Partial, excludeEducation: true),
            new EducationTrigger("edu", 2),
        ],
        payments:
        [
            new FixedPayment("fee", "enrolled", 1000m),
            new FixedPayment("job", "job2", 5000m),
            new FixedPayment("edu", "edu", 700m),
            new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m), deadweight: 0.1m),
        ],
        windowWeeks: 8,
        monthlyCost: new MonthlyCost(15_000m, 2025, 0.02m),
        partialMaxSupport: 0.5m);

    [Property(MaxTest = 150)]
    public Property Weeks_written_wide_long_and_as_spells_settle_to_the_same_lines() =>
        Prop.ForAll(Cohorts().ToArbitrary(), cohort =>
        {
            string fromSpells = Settle(cohort, SpellsCsv.Read(Csv.Utf8(cohort.SpellsCsv()), "spells.csv", Contract, cohort.Ids).GetValueOrThrow().Items);
            WeeksInput wide = WeeksCsv.Read(Csv.Utf8(cohort.Wide()), "weeks.csv", Contract, cohort.Ids).GetValueOrThrow();
            WeeksInput shuffled = WeeksCsv.Read(Csv.Utf8(cohort.Long()), "weeks.csv", Contract, cohort.Ids).GetValueOrThrow();

            Assert.Equal(fromSpells, Settle(cohort, wide.Spells.Items));
            Assert.Equal(fromSpells, Settle(cohort, shuffled.Spells.Items));
            Assert.Equal(cohort.CodedWeeks, wide.Extract.CodedWeeks);
            Assert.Equal(cohort.CodedWeeks, shuffled.Extract.CodedWeeks);
        });

    [Property(MaxTest = 150)]
    public Property A_weekly_table_with_degrees_repeated_rows_and_several_codes_a_week_settles_as_its_spells() =>
        Prop.ForAll(Tables().ToArbitrary(), table =>
        {
            string fromSpells = Settle(table.Cohort, SpellsCsv.Read(Csv.Utf8(table.SpellsCsv()), "spells.csv", Contract, table.Cohort.Ids).GetValueOrThrow().Items);
            WeeksInput weeks = WeeksCsv.Read(Csv.Utf8(table.Long()), "weeks.csv", Contract, table.Cohort.Ids).GetValueOrThrow();

            Assert.Equal(fromSpells, Settle(table.Cohort, weeks.Spells.Items));
            Assert.Equal(table.CodedWeeks, weeks.Extract.CodedWeeks);
        });

    private static string Settle(WeekCohort cohort, IEnumerable<BenefitSpell> spells)
    {
        SettlementResult result = SocialInvestment.Settlement.Run(Contract, cohort.Participants, spells, [], cohort.AsOf);
        using var stream = new MemoryStream();
        LinesCsv.Write(stream, result.Lines);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Gen<WeekCohort> Cohorts() =>
        from weeks in Gen.Choose(1, 20)
        from firstWeek in Gen.Choose(0, 200)
        from members in Gen.Choose(1, 5)
        from others in Gen.Choose(0, 2)
        from codes in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((3, Gen.Constant<string?>(null)), (4, Gen.Elements<string?>(Codes))), weeks), members + others)
        from starts in Gen.ArrayOf(Gen.Choose(-14, 7 * weeks), members)
        from asOf in Gen.Choose(-10, 20)
        from order in Gen.Shuffle(Enumerable.Range(0, 1000))
        let monday = new LocalDate(2023, 1, 2).PlusWeeks(firstWeek)
        select new WeekCohort(monday, codes, starts, monday.PlusDays((7 * weeks) - 1 + asOf), order);

    private static Gen<WeekTable> Tables() =>
        from cohort in Cohorts()
        from extras in Gen.ListOf(Gen.Zip(Gen.Choose(0, 9), Gen.Zip(Gen.Choose(0, cohort.Weeks - 1), Gen.Elements(Codes))))
        from degrees in Gen.ArrayOf(Gen.Elements(string.Empty, "1", "0,5", "0.25"), 1000)
        select new WeekTable(cohort, [.. extras.Select(e => (e.Item1 % cohort.Codes.Length, e.Item2.Item1, e.Item2.Item2))], degrees);

    /// <summary>People's codes by week (null: none), the cohort's starts, and a shuffle for the long form's rows.</summary>
    public sealed record WeekCohort(LocalDate Monday, string?[][] Codes, int[] Starts, LocalDate AsOf, IReadOnlyList<int> Order)
    {
        internal int Weeks => Codes[0].Length;

        internal IReadOnlySet<ParticipantId> Ids => Participants.Select(p => p.Id).ToHashSet();

        internal Participant[] Participants => [.. Starts.Select((start, i) => new Participant(Id(i), Monday.PlusDays(start)))];

        internal long CodedWeeks => Codes.Take(Starts.Length).Sum(person => person.Count(code => code is not null));

        internal static ParticipantId Id(int person) => ParticipantId.From($"P{person}");

        internal string Wide() =>
            string.Concat(
                "participant_id;koen;" + string.Join(';', Enumerable.Range(0, Weeks).Select(k => IsoWeekText.ColumnName(Monday.PlusWeeks(k)))) + "\n",
                string.Concat(Codes.Select((person, i) => $"{Id(i)};K;{string.Join(';', person.Select(code => code ?? "."))}\n")));

        internal IEnumerable<(int Person, int Week, string Code)> Rows() =>
            Codes.SelectMany((person, i) => person.Select((code, k) => (i, k, code)).Where(r => r.code is not null).Select(r => (r.i, r.k, r.code!)));

        internal string Long() => Long(Rows(), _ => string.Empty);

        internal string Long(IEnumerable<(int Person, int Week, string Code)> rows, Func<int, string> degree)
        {
            var list = rows.ToList();
            IEnumerable<int> order = Order.Where(i => i < list.Count).Concat(Enumerable.Range(Order.Count, Math.Max(0, list.Count - Order.Count)));
            var text = new StringBuilder("participant_id;uge;ydelse;grad\n");
            foreach (int i in order)
            {
                var (person, week, code) = list[i];
                LocalDate monday = Monday.PlusWeeks(week);
                string iso = IsoWeekText.Format(monday);
                string written = (i % 4) switch
                {
                    0 => iso,
                    1 => TextValues.Format(monday.PlusDays(i % 7)),
                    2 => iso.Replace("-W", "w", StringComparison.Ordinal),
                    _ => iso.Replace("-W", string.Empty, StringComparison.Ordinal),
                };
                text.Append(FormattableString.Invariant($"{Id(person)};{written};{code};{degree(i)}\n"));
            }

            return text.ToString();
        }

        internal string SpellsCsv() => SpellsCsv(Rows(), _ => string.Empty);

        internal string SpellsCsv(IEnumerable<(int Person, int Week, string Code)> rows, Func<int, string> degree)
        {
            var text = new StringBuilder("participant_id;benefit;from;to;degree\n");
            int i = 0;
            foreach (var (person, week, code) in rows)
            {
                LocalDate monday = Monday.PlusWeeks(week);
                text.Append(FormattableString.Invariant($"{Id(person)};{code};{TextValues.Format(monday)};{TextValues.Format(monday.PlusDays(6))};{degree(i++)}\n"));
            }

            return text.ToString();
        }

        public override string ToString() => $"as_of {AsOf}, starts {string.Join(' ', Starts.Select(s => Monday.PlusDays(s)))}\n{Wide()}";
    }

    /// <summary>A cohort's weeks with extra rows (a second code in a week, a repeated row) and a degree for each row.</summary>
    public sealed record WeekTable(WeekCohort Cohort, (int Person, int Week, string Code)[] Extras, string[] Degrees)
    {
        internal IEnumerable<(int Person, int Week, string Code)> Rows() => Cohort.Rows().Concat(Extras);

        internal long CodedWeeks => Rows().Where(r => r.Person < Cohort.Starts.Length).Select(r => (r.Person, r.Week)).Distinct().LongCount();

        internal string Long() => Cohort.Long(Rows(), i => Degrees[i % Degrees.Length]);

        internal string SpellsCsv() => Cohort.SpellsCsv(Rows(), i => Degrees[i % Degrees.Length]);

        public override string ToString() => $"{Cohort}\nextras {string.Join(' ', Extras)}\n{Long()}";
    }
}
