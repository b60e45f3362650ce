using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// <c>sib generate --weeks wide|long</c>: weeks.csv beside the equivalent spells.csv, the same bytes for the same
/// arguments; every coded week in exactly one spell of its code and degree and every spell made of coded weeks; people
/// outside the cohort in the extract and the spells only; the Danish dialect holding what the standard one holds. The
/// files are read here with simple code of the tests' own, not with the library's weeks reader.
/// </summary>
public sealed partial class GenerateCommandTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly string[] ExtractFiles = ["contract.json", "participants.csv", "spells.csv", "weeks.csv", "as_of.txt"];

    [Theory]
    [InlineData("wide", false)]
    [InlineData("wide", true)]
    [InlineData("long", false)]
    [InlineData("long", true)]
    public void An_extract_is_the_same_bytes_for_the_same_arguments_and_another_seed_gives_another(string form, bool danish)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var other = new TempFolder();
        Assert.Equal(0, Generate(first.Path, form, danish, "--participants", "60", "--population", "150", "--seed", "5").ExitCode);
        Assert.Equal(0, Generate(second.Path, form, danish, "--participants", "60", "--population", "150", "--seed", "5").ExitCode);
        Assert.Equal(0, Generate(other.Path, form, danish, "--participants", "60", "--population", "150", "--seed", "6").ExitCode);

        foreach (string file in ExtractFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first.Path, "weeks.csv")), File.ReadAllBytes(Path.Combine(other.Path, "weeks.csv")));
        Assert.Equal("2026-06-30", File.ReadAllText(Path.Combine(first.Path, "as_of.txt")));
    }

    [Fact]
    public void The_wide_header_is_pnr_then_consecutive_ISO_weeks_through_2020_W53_to_the_week_of_as_of_then_the_months()
    {
        using var folder = new TempFolder();
        CliRun run = Generate(folder.Path, "wide", false, "--participants", "5", "--week-columns", "300");
        string[] header = Lines(folder.Path, "weeks.csv", danish: false)[0].Split(',');

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("300 weeks, 2020-W41 (2020-10-05) to 2026-W27 (2026-07-05), and 69 grad_ months", run.Output, StringComparison.Ordinal);
        Assert.Equal("pnr", header[0]);
        string[] weeks = header[1..301];
        Assert.All(weeks, week => Assert.Matches("^y_[0-9]{4}$", week));
        LocalDate[] mondays = [.. weeks.Select(MondayOfColumn)];
        Assert.All(Enumerable.Range(1, 299), i => Assert.Equal(mondays[i - 1].PlusWeeks(1), mondays[i]));
        Assert.Equal(["y_2052", "y_2053", "y_2101"], weeks.SkipWhile(w => w != "y_2052").Take(3));
        Assert.Equal("y_2627", weeks[^1]);
        Assert.Equal(["grad_2020_10", "grad_2020_11", "grad_2020_12"], header[301..304]);
        Assert.Equal("grad_2026_06", header[^1]);
        Assert.Equal(1 + 300 + 69, header.Length);
    }

    [Theory]
    [InlineData("wide", false)]
    [InlineData("wide", true)]
    [InlineData("long", false)]
    [InlineData("long", true)]
    public void Each_coded_week_is_in_exactly_one_spell_of_its_code_and_degree_and_each_spell_is_of_coded_weeks_joined(string form, bool danish)
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Generate(folder.Path, form, danish, "--participants", "80", "--population", "200", "--seed", "3", "--week-columns", "180").ExitCode);
        List<CodedWeek> weeks = CodedWeeks(folder.Path, danish);
        List<Spell> spells = Spells(folder.Path, danish);

        var coded = weeks.ToHashSet();
        Assert.Equal(weeks.Count, coded.Count);
        var covered = new HashSet<CodedWeek>();
        foreach (Spell spell in spells)
        {
            Assert.Equal(IsoDayOfWeek.Monday, spell.From.DayOfWeek);
            Assert.Equal(IsoDayOfWeek.Sunday, spell.To.DayOfWeek);
            for (LocalDate monday = spell.From; monday < spell.To; monday = monday.PlusWeeks(1))
            {
                var week = new CodedWeek(spell.Id, monday, spell.Code, spell.Degree);
                Assert.True(coded.Contains(week), $"{week} is in a spell but not coded");
                Assert.True(covered.Add(week), $"{week} is in two spells");
            }
        }

        Assert.Equal(coded.Count, covered.Count);
        var ends = spells.Select(s => (s.Id, s.Code, s.Degree, s.To.PlusDays(1))).ToHashSet();
        Assert.DoesNotContain(spells, s => ends.Contains((s.Id, s.Code, s.Degree, s.From)));
        Assert.Equal(form == "long", weeks.Any(w => w.Degree.Length > 0));
    }

    [Fact]
    public void People_outside_the_cohort_are_in_the_extract_and_the_spells_and_not_in_participants_csv()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Generate(folder.Path, "wide", false, "--participants", "30", "--population", "300", "--seed", "2").ExitCode);
        string[] participants = [.. Lines(folder.Path, "participants.csv", danish: false)[1..].Select(line => line.Split(',')[0])];
        string[] rows = [.. Lines(folder.Path, "weeks.csv", danish: false)[1..].Select(line => line.Split(',')[0])];
        var inSpells = Spells(folder.Path, danish: false).Select(s => s.Id).ToHashSet();

        Assert.Equal(30, participants.Length);
        Assert.Equal(300, rows.Length);
        Assert.Equal(300, rows.Distinct().Count());
        Assert.Subset(rows.ToHashSet(), participants.ToHashSet());
        Assert.Subset(rows.ToHashSet(), inSpells);
        Assert.Contains(inSpells, id => !participants.Contains(id));
        Assert.Contains(rows.Skip(150), participants.Contains);
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("long")]
    public void A_Danish_extract_holds_what_the_standard_one_holds(string form)
    {
        using var standard = new TempFolder();
        using var danish = new TempFolder();
        Assert.Equal(0, Generate(standard.Path, form, false, "--participants", "40", "--population", "90", "--seed", "8").ExitCode);
        Assert.Equal(0, Generate(danish.Path, form, true, "--participants", "40", "--population", "90", "--seed", "8").ExitCode);

        Assert.Equal(CodedWeeks(standard.Path, false), CodedWeeks(danish.Path, true));
        Assert.Equal(Spells(standard.Path, false), Spells(danish.Path, true));
        Assert.Equal(
            File.ReadAllText(Path.Combine(standard.Path, "contract.json")), File.ReadAllText(Path.Combine(danish.Path, "contract.json")));
        if (form == "wide")
        {
            Assert.Equal(
                Lines(standard.Path, "weeks.csv", false).Select(line => line.Split(',')[^60..]),
                Lines(danish.Path, "weeks.csv", true).Select(line => line.Split(';')[^60..].Select(cell => cell.Replace(',', '.'))));
        }

        // The library's readers read the Danish participants and spells back as the standard ones.
        Contract contract = ContractJson.Read(File.OpenRead(Path.Combine(standard.Path, "contract.json")), "contract.json").GetValueOrThrow();
        var read = new Func<string, (string, string, LocalDate, LocalDate?, Degree?)[]>(folder =>
        {
            Participant[] people = [.. ParticipantsCsv.Read(File.OpenRead(Path.Combine(folder, "participants.csv")), "participants.csv").GetValueOrThrow()];
            var ids = people.Select(p => p.Id).ToHashSet();
            return [.. SpellsCsv.Read(File.OpenRead(Path.Combine(folder, "spells.csv")), "spells.csv", contract, ids).GetValueOrThrow().Items
                .Select(s => (s.ParticipantId.Value, s.BenefitCode, s.From, s.To, s.Degree))];
        });
        Assert.Equal(read(standard.Path), read(danish.Path));
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("long")]
    public void No_participants_give_an_extract_of_nobody_or_of_the_others_only(string form)
    {
        using var nobody = new TempFolder();
        using var others = new TempFolder();
        Assert.Equal(0, Generate(nobody.Path, form, false, "--participants", "0").ExitCode);
        Assert.Equal(0, Generate(others.Path, form, false, "--participants", "0", "--population", "5").ExitCode);

        Assert.Single(Lines(nobody.Path, "weeks.csv", false));
        Assert.Single(Lines(nobody.Path, "spells.csv", false));
        Assert.Single(Lines(nobody.Path, "participants.csv", false));
        Assert.Single(Lines(others.Path, "participants.csv", false));
        string[] five = ["P0000000", "P0000001", "P0000002", "P0000003", "P0000004"];
        Assert.Subset(five.ToHashSet(), CodedWeeks(others.Path, false).Select(w => w.Id).ToHashSet());
        Assert.NotEmpty(Spells(others.Path, false));
        if (form == "wide")
        {
            Assert.Equal(five, Lines(others.Path, "weeks.csv", false)[1..].Select(line => line.Split(',')[0]));
        }
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("long")]
    public void A_generated_extract_settles_from_its_spells_with_its_contract(string form)
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        Assert.Equal(0, Generate(input.Path, form, false, "--participants", "300", "--population", "600", "--seed", "4").ExitCode);

        CliRun run = Settle(input.Path, output.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.ReadAllLines(Path.Combine(output.Path, "lines.csv")).Length > 300);
    }

    [Fact]
    public void The_output_without_weeks_is_what_it_was()
    {
        using var standard = new TempFolder();
        using var danish = new TempFolder();
        Assert.Equal(0, CliRun.Of("generate", "--participants", "500", "--seed", "3", "--out", standard.Path).ExitCode);
        Assert.Equal(0, CliRun.Of("generate", "--participants", "500", "--seed", "3", "--danish", "--out", danish.Path).ExitCode);

        Assert.Equal(["as_of.txt", "contract.json", "participants.csv", "spells.csv"], Directory.GetFiles(standard.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("b9959946ab13b145edf1313279c92852c03bc711845183da95b893d38865dda7", Sha256(standard.Path, "participants.csv"));
        Assert.Equal("b78217244e0dba3083916d9eeb5eb0a48b556ccb95f375e633a4ec7d20dd9e7b", Sha256(standard.Path, "spells.csv"));
        Assert.Equal("4975c4e98125caf3b39ead329d9dfa2baaa9faa0e34c3c72c19e6b6258a6e491", Sha256(danish.Path, "spells.csv"));
    }

    [Theory]
    [InlineData("--weeks: expected wide or long, found 'tall'.", "--participants", "5", "--weeks", "tall")]
    [InlineData("--population: describes the extract of --weeks, which is not given", "--participants", "5", "--population", "10")]
    [InlineData("--week-columns: describes the extract of --weeks, which is not given", "--participants", "5", "--week-columns", "10")]
    [InlineData("--population: expected a whole number of at least the participants (5), found '4'", "--participants", "5", "--weeks", "wide", "--population", "4")]
    [InlineData("--population: expected a whole number from 0 to 100000000, found '-1'.", "--participants", "5", "--weeks", "wide", "--population", "-1")]
    [InlineData("--week-columns: expected a whole number from 1 to 1905, found '0'.", "--participants", "5", "--weeks", "long", "--week-columns", "0")]
    [InlineData("--week-columns: expected a whole number from 1 to 1905, found '1906'.", "--participants", "5", "--weeks", "long", "--week-columns", "1906")]
    public void Options_of_an_extract_out_of_range_or_without_weeks_are_bad_arguments_with_a_message(string message, params string[] args)
    {
        using var folder = new TempFolder();
        CliRun run = CliRun.Of(["generate", .. args, "--out", folder.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Path));
    }

    private static CliRun Generate(string folder, string form, bool danish, params string[] args) =>
        CliRun.Of(["generate", "--weeks", form, .. args, .. danish ? new[] { "--danish" } : [], "--out", folder]);

    private static string Sha256(string folder, string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));

    private static string[] Lines(string folder, string file, bool danish)
    {
        string text = (danish ? Windows1252 : Encoding.UTF8).GetString(File.ReadAllBytes(Path.Combine(folder, file)));
        string end = danish ? "\r\n" : "\n";
        Assert.EndsWith(end, text, StringComparison.Ordinal);
        return text[..^end.Length].Split(end);
    }

    /// <summary>The coded weeks of weeks.csv, either form; the degree as written with a <c>.</c>, empty for none.</summary>
    private static List<CodedWeek> CodedWeeks(string folder, bool danish)
    {
        char separator = danish ? ';' : ',';
        string[] lines = Lines(folder, "weeks.csv", danish);
        string[] header = lines[0].Split(separator);
        var weeks = new List<CodedWeek>();
        if (header[0] == "pnr")
        {
            LocalDate?[] mondays = [.. header.Select(column => column.StartsWith("y_", StringComparison.Ordinal) ? MondayOfColumn(column) : (LocalDate?)null)];
            foreach (string line in lines[1..])
            {
                string[] cells = line.Split(separator);
                Assert.Equal(header.Length, cells.Length);
                for (int i = 1; i < cells.Length; i++)
                {
                    if (mondays[i] is { } monday && cells[i] != ".")
                    {
                        weeks.Add(new CodedWeek(cells[0], monday, cells[i], string.Empty));
                    }
                }
            }

            return weeks;
        }

        Assert.Equal(danish ? ["deltager_id", "uge", "ydelse", "grad"] : ["participant_id", "week", "benefit", "degree"], header);
        foreach (string line in lines[1..])
        {
            string[] cells = line.Split(separator);
            weeks.Add(new CodedWeek(cells[0], MondayOfWeek(cells[1]), cells[2], cells[3].Replace(',', '.')));
        }

        return weeks;
    }

    /// <summary>The spells of spells.csv; a degree of 1 is no degree of its own, as a week without one means.</summary>
    private static List<Spell> Spells(string folder, bool danish)
    {
        char separator = danish ? ';' : ',';
        LocalDatePattern dates = LocalDatePattern.CreateWithInvariantCulture(danish ? "dd-MM-uuuu" : "uuuu-MM-dd");
        return
        [
            .. Lines(folder, "spells.csv", danish)[1..].Select(line =>
            {
                string[] cells = line.Split(separator);
                string degree = cells[4].Replace(',', '.');
                return new Spell(cells[0], cells[1], dates.Parse(cells[2]).Value, dates.Parse(cells[3]).Value, degree == "1" ? string.Empty : degree);
            }),
        ];
    }

    private static LocalDate MondayOfColumn(string column)
    {
        int yy = int.Parse(column.AsSpan(2, 2), CultureInfo.InvariantCulture);
        int week = int.Parse(column.AsSpan(4, 2), CultureInfo.InvariantCulture);
        return WeekYearRules.Iso.GetLocalDate(yy < 90 ? 2000 + yy : 1900 + yy, week, IsoDayOfWeek.Monday);
    }

    private static LocalDate MondayOfWeek(string week)
    {
        Match iso = Regex.Match(week, "^([0-9]{4})-?[Ww]?([0-9]{2})$");
        if (iso.Success)
        {
            return WeekYearRules.Iso.GetLocalDate(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture), IsoDayOfWeek.Monday);
        }

        LocalDate date = new[] { "uuuu-MM-dd", "dd-MM-uuuu", "dd.MM.uuuu" }
            .Select(pattern => LocalDatePattern.CreateWithInvariantCulture(pattern).Parse(week))
            .First(result => result.Success).Value;
        return date.PlusDays(1 - (int)date.DayOfWeek);
    }

    private sealed record CodedWeek(string Id, LocalDate Monday, string Code, string Degree);

    private sealed record Spell(string Id, string Code, LocalDate From, LocalDate To, string Degree);
}
