using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Calendars;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// Issue 18's "Done means": for generated cohorts, <c>sib settle</c> from the wide form (a DREAM extract), from the long
/// form (a weekly table, rows shuffled, weeks written every allowed way) and from the equivalent spells.csv writes
/// byte-identical lines.csv — through the command line, period checks and all, not only the library.
/// </summary>
public sealed class WeeksCommandPropertyTests
{
    // 774 has a degree in the contract (SPEC-DK DK2): its weeks are partial support in all three files alike.
    private static readonly string[] Codes = ["701", "774", "651", "521"];

    private const string Contract = """
        {
          "name": "weeks property",
          "programme_weeks": 2,
          "benefits": { "701": "support", "774": { "class": "support", "degree": 0.5 }, "651": "education", "521": "ignore" },
          "monthly_cost": { "amount": 15000, "base_year": 2025, "annual_indexation": 0.02 },
          "window": { "from": "start", "weeks": 8 },
          "partial_max_support": 0.5,
          "triggers": [
            { "id": "enrolled", "kind": "enrolment" },
            { "id": "job2", "kind": "sustained", "weeks": 2, "level": "full" },
            { "id": "self3", "kind": "count", "weeks": 3, "level": "full_or_partial", "exclude_education": true },
            { "id": "edu", "kind": "education", "weeks": 2 }
          ],
          "payments": [
            { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 1000 },
            { "id": "job", "kind": "fixed", "trigger": "job2", "amount": 5000 },
            { "id": "edu", "kind": "fixed", "trigger": "edu", "amount": 700 },
            { "id": "shared", "kind": "share_of_savings", "gate": "enrolled", "share": 0.5, "deadweight": 0.1 }
          ],
          "caps": { "per_participant": 9000 }
        }
        """;

    [Property(MaxTest = 40)]
    public Property Settling_from_the_wide_form_the_long_form_and_the_equivalent_spells_gives_byte_identical_lines() =>
        Prop.ForAll(Cohorts().ToArbitrary(), cohort =>
        {
            using var folder = new TempFolder();
            Directory.CreateDirectory(folder.Path);
            string Write(string name, string text)
            {
                string path = Path.Combine(folder.Path, name);
                File.WriteAllText(path, text);
                return path;
            }

            string contract = Write("contract.json", Contract);
            string participants = Write("participants.csv", cohort.ParticipantsCsv());
            byte[] Settle(string option, string file)
            {
                string output = Path.Combine(folder.Path, "out-" + Path.GetFileNameWithoutExtension(file));
                CliRun run = CliRun.Of(
                    "settle", "--contract", contract, "--participants", participants, option, file, "--as-of", Iso(cohort.AsOf), "--out", output);
                Assert.True(run.ExitCode == 0, run.Error);
                return File.ReadAllBytes(Path.Combine(output, "lines.csv"));
            }

            byte[] fromSpells = Settle("--spells", Write("spells.csv", cohort.SpellsCsv()));
            Assert.Equal(fromSpells, Settle("--weeks", Write("wide.csv", cohort.Wide())));
            Assert.Equal(fromSpells, Settle("--weeks", Write("long.csv", cohort.Long())));
        });

    private static Gen<WeekCohort> Cohorts() =>
        from weeks in Gen.Choose(2, 24)
        from firstWeek in Gen.Choose(0, 300)
        from members in Gen.Choose(1, 6)
        from others in Gen.Choose(0, 2)
        from codes in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((3, Gen.Constant<string?>(null)), (5, Gen.Elements<string?>(Codes))), weeks), members + others)
        from starts in Gen.ArrayOf(Gen.Choose(0, (7 * weeks) - 1), members)
        from asOf in Gen.Choose(0, (7 * weeks) - 1)
        from order in Gen.Shuffle(Enumerable.Range(0, 200))
        from joined in Gen.Elements(true, false)
        let monday = new LocalDate(2019, 12, 30).PlusWeeks(firstWeek)
        select new WeekCohort(monday, codes, starts, monday.PlusDays(asOf), order, joined);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string IsoWeek(LocalDate date, string separator) =>
        string.Create(CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(date)}{separator}{WeekYearRules.Iso.GetWeekOfWeekYear(date):00}");

    /// <summary>
    /// People's codes by week from <paramref name="Monday"/> (null: none); the first <c>Starts.Length</c> people are the
    /// cohort, the rest only in the register; a shuffle for the long form's rows; whether spells.csv joins a person's
    /// weeks of one code into one spell or writes one spell a week.
    /// </summary>
    public sealed record WeekCohort(LocalDate Monday, string?[][] Codes, int[] Starts, LocalDate AsOf, IReadOnlyList<int> Order, bool Joined)
    {
        private int Weeks => Codes[0].Length;

        private static string Id(int person) => $"P{person}";

        internal string ParticipantsCsv() =>
            "participant_id,start\n" + string.Concat(Starts.Select((start, i) => $"{Id(i)},{Iso(Monday.PlusDays(start))}\n"));

        internal string Wide() =>
            "pnr;koen;" + string.Join(';', Enumerable.Range(0, Weeks).Select(k => "y_" + IsoWeek(Monday.PlusWeeks(k), string.Empty)[2..])) + ";grad_2099_01\n"
            + string.Concat(Codes.Select((person, i) => $"{Id(i)};K;{string.Join(';', person.Select(code => code ?? "."))};.\n"));

        private List<(int Person, int Week, string Code)> Rows() =>
            [.. Codes.SelectMany((person, i) => person.Select((code, k) => (i, k, code)).Where(r => r.code is not null).Select(r => (r.i, r.k, r.code!)))];

        internal string Long()
        {
            List<(int Person, int Week, string Code)> rows = Rows();
            IEnumerable<int> order = Order.Where(i => i < rows.Count).Concat(Enumerable.Range(Order.Count, Math.Max(0, rows.Count - Order.Count)));
            var text = new StringBuilder("deltager_id,uge,ydelse\n");
            foreach (int i in order)
            {
                (int person, int week, string code) = rows[i];
                LocalDate monday = Monday.PlusWeeks(week);
                string written = (i % 5) switch
                {
                    0 => IsoWeek(monday, "-W"),
                    1 => IsoWeek(monday, "W"),
                    2 => IsoWeek(monday, "w"),
                    3 => IsoWeek(monday, string.Empty),
                    _ => monday.PlusDays(i % 7).ToString("dd-MM-uuuu", CultureInfo.InvariantCulture),
                };
                text.Append(CultureInfo.InvariantCulture, $"{Id(person)},{written},{code}\n");
            }

            return text.ToString();
        }

        internal string SpellsCsv()
        {
            var text = new StringBuilder("participant_id,benefit,from,to\n");
            for (int person = 0; person < Codes.Length; person++)
            {
                int week = 0;
                while (week < Weeks)
                {
                    string? code = Codes[person][week];
                    int end = week + 1;
                    while (Joined && end < Weeks && Codes[person][end] == code)
                    {
                        end++;
                    }

                    if (code is not null)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"{Id(person)},{code},{Iso(Monday.PlusWeeks(week))},{Iso(Monday.PlusWeeks(end).PlusDays(-1))}\n");
                    }

                    week = end;
                }
            }

            return text.ToString();
        }

        public override string ToString() => $"as_of {AsOf}, starts {string.Join(' ', Starts.Select(s => Monday.PlusDays(s)))}, joined {Joined}\n{Wide()}";
    }
}
