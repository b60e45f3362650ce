using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib validate</c>: reads the inputs and prints what was read, or every error found; writes nothing. Free text from
/// the inputs (cohorts, benefit and outcome codes) is shown as error messages show values, digits that may be a CPR
/// number hidden: an export may hold a CPR number in the wrong column.
/// </summary>
internal static class ValidateCommand
{
    internal static Command Create()
    {
        var inputs = new InputOptions();
        Option<LocalDate?> asOf = InputOptions.AsOf(required: false);
        var command = new Command("validate", "Check the inputs and describe what was read, without settling");
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.SetAction(parse =>
        {
            LoadedInputs? loaded = InputLoader.Load(inputs.Read(parse), parse.InvocationConfiguration.Error, asOf: parse.GetValue(asOf));
            if (loaded is null)
            {
                return ExitCodes.BadInput;
            }

            Describe(loaded, parse.GetValue(asOf), parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static void Describe(LoadedInputs loaded, LocalDate? asOf, TextWriter output)
    {
        Contract contract = loaded.Contract;
        output.WriteLine($"contract: {contract.Name} ({contract.Currency}); {contract.Triggers.Count} triggers, {contract.Payments.Count} payments; window {contract.Window.Weeks} weeks from the programme {(contract.Window.From == WindowAnchor.Start ? "start" : "end")}");
        foreach (string degree in BenefitWords.Degrees(contract))
        {
            output.WriteLine($"  benefit {degree} (rows without a degree of their own)");
        }

        foreach (EmploymentTrigger employment in contract.Triggers.OfType<EmploymentTrigger>())
        {
            // The one kind measured on the weeks file's grad_ months rather than on spells or events: say what it asks of them.
            output.WriteLine($"  trigger {employment.Id} (employment): {ContractInWords.Employment(employment)}, measured on the grad_YYYY_MM months of the weeks file");
        }

        IReadOnlyList<Participant> participants = loaded.Participants;
        DescribePeople($"participants: {participants.Count}", participants, output);
        if (loaded.Weeks is { } weeks)
        {
            DescribeWeeks("weeks", "the cohort", weeks, contract, output);
            DescribeHistory(weeks.Form == WeeksForm.Wide ? weeks.FirstMonday : FirstDay(loaded.Spells), participants, contract, output);
        }
        else if (loaded.Spells is { } spells)
        {
            DescribeSpells("spells", "the cohort", spells, contract, output);
            DescribeHistory(FirstDay(spells), participants, contract, output);
        }

        if (loaded.Events is { } events)
        {
            DescribeEvents("events", "the cohort", events, contract, output);
        }

        if (loaded.Comparison is { } comparison)
        {
            DescribePeople($"comparison group: {comparison.Participants.Count} people", comparison.Participants, output);
            if (comparison.Weeks is { } comparisonWeeks)
            {
                DescribeWeeks("comparison weeks", "the comparison group", comparisonWeeks, contract, output);
                DescribeHistory(comparisonWeeks.Form == WeeksForm.Wide ? comparisonWeeks.FirstMonday : FirstDay(comparison.Spells), comparison.Participants, contract, output);
            }
            else if (comparison.Spells is { } comparisonSpells)
            {
                DescribeSpells("comparison spells", "the comparison group", comparisonSpells, contract, output);
                DescribeHistory(FirstDay(comparisonSpells), comparison.Participants, contract, output);
            }

            if (comparison.Events is { } comparisonEvents)
            {
                DescribeEvents("comparison events", "the comparison group", comparisonEvents, contract, output);
            }
        }

        if (loaded.Ledger is { } ledger)
        {
            output.WriteLine($"ledger: {ledger.Rows} rows, {ledger.Count} keys");
        }

        if (asOf is { } date)
        {
            int started = participants.Count(p => p.Start <= date);
            output.WriteLine($"as of {Iso(date)}: {started} of {participants.Count} participants have started");
        }

        output.WriteLine("OK: the inputs are valid.");
    }

    private static void DescribePeople(string heading, IReadOnlyList<Participant> people, TextWriter output)
    {
        output.Write(heading);
        if (people.Count > 0)
        {
            output.Write($"; starts {Iso(people.Min(p => p.Start))} to {Iso(people.Max(p => p.Start))}");
            var cohorts = people.GroupBy(p => p.Cohort ?? "(none)", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
            output.Write($"; cohorts: {string.Join(", ", cohorts.Select(g => $"{Echo.Value(g.Key)} {g.Count()}"))}");
        }

        output.WriteLine();
    }

    private static void DescribeSpells(string name, string group, InputRows<BenefitSpell> spells, Contract contract, TextWriter output)
    {
        output.WriteLine($"{name}: {spells.TotalRows} rows, {spells.Items.Count} of {group}, {spells.SkippedRows} skipped (people outside {group})");
        if (spells.Items.Count > 0)
        {
            output.WriteLine($"  dates: {Iso(spells.Items.Min(s => s.From))} to {(spells.Items.Any(s => s.To is null) ? "ongoing" : Iso(spells.Items.Max(s => s.To!.Value)))}");
        }

        foreach (var code in spells.Items.GroupBy(s => s.BenefitCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  benefit {Echo.Value(code.Key)}: {code.Count()} rows, {BenefitWords.Use(contract, code.Key)}");
        }
    }

    /// <summary>
    /// Describes a weeks file (SPEC-DK DK8): its form, its period (first and last week with their dates), persons, the
    /// cohort's coded weeks, each code with how the contract maps it, and the <c>grad_</c> months present.
    /// </summary>
    private static void DescribeWeeks(string name, string group, WeeksExtract extract, Contract contract, TextWriter output)
    {
        if (extract.Form == WeeksForm.Wide)
        {
            output.WriteLine($"{name}: wide form (a DREAM extract): week columns {extract.FirstWeekColumn} to {extract.LastWeekColumn}, {Iso(extract.FirstMonday!.Value)} to {Iso(extract.LastSunday!.Value)} ({Weeks(extract)} weeks)");
        }
        else if (extract.FirstMonday is { } first && extract.LastSunday is { } last)
        {
            output.WriteLine($"{name}: long form (one row per person and week): weeks {IsoWeek(first)} to {IsoWeek(last)}, {Iso(first)} to {Iso(last)}");
        }
        else
        {
            output.WriteLine($"{name}: long form (one row per person and week): no rows");
        }

        output.WriteLine($"  persons: {extract.Persons}, {extract.CohortPersons} of {group}, {extract.Persons - extract.CohortPersons} skipped (people outside {group})");
        output.WriteLine($"  coded weeks of {group}: {extract.CodedWeeks}");
        foreach ((string code, long count) in extract.CodeWeeks)
        {
            output.WriteLine($"  benefit {Echo.Value(code)}: {count} weeks, {BenefitWords.Use(contract, code)}");
        }

        IReadOnlyList<YearMonth> months = extract.EmploymentMonths;
        output.WriteLine(months.Count == 0
            ? "  employment rates: no grad_ columns"
            : $"  employment rates: {months.Count} months, grad_{Month(months[0])} to grad_{Month(months[^1])}");
    }

    /// <summary>
    /// How far the file reaches back before the earliest window start, in whole weeks: a municipality's share of a saving
    /// (SPEC-DK DK5) counts each person's weeks on support over up to three years before the window from this history
    /// alone, so a file that begins at the window reads everyone as new to support (docs/input-formats.md).
    /// </summary>
    /// <param name="first">The first day the file holds: a wide extract's first Monday, else the earliest spell's first day; null for none.</param>
    /// <param name="people">The group whose windows the history comes before.</param>
    /// <param name="contract">The contract, whose window each person's start gives.</param>
    /// <param name="output">Where to write.</param>
    private static void DescribeHistory(LocalDate? first, IReadOnlyList<Participant> people, Contract contract, TextWriter output)
    {
        if (first is not { } from || people.Count == 0)
        {
            return;
        }

        LocalDate earliest = people.Min(p => contract.Window.StartFor(p.Start, p.ProgrammeEnd(contract.ProgrammeWeeks)));
        int weeks = from < earliest ? Period.DaysBetween(from, earliest) / 7 : 0;
        output.WriteLine($"  history: {weeks} whole weeks from {Iso(from)} before the earliest window start, {Iso(earliest)}");
    }

    /// <summary>The earliest first day of the spells; null where there are none.</summary>
    private static LocalDate? FirstDay(InputRows<BenefitSpell>? spells) =>
        spells is { Items.Count: > 0 } ? spells.Items.Min(s => s.From) : null;

    private static int Weeks(WeeksExtract extract) => (int)(Period.Between(extract.FirstMonday!.Value, extract.LastSunday!.Value, PeriodUnits.Days).Days + 1) / 7;

    private static string IsoWeek(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(date)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(date):00}");

    private static string Month(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}_{month.Month:00}");

    private static void DescribeEvents(string name, string group, InputRows<OutcomeEvent> events, Contract contract, TextWriter output)
    {
        output.WriteLine($"{name}: {events.TotalRows} rows, {events.Items.Count} of {group}, {events.SkippedRows} skipped (people outside {group})");
        if (events.Items.Count > 0)
        {
            output.WriteLine($"  dates: {Iso(events.Items.Min(e => e.Date))} to {Iso(events.Items.Max(e => e.Date))}");
        }

        foreach (var code in events.Items.GroupBy(e => e.Outcome, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var triggers = contract.Triggers.OfType<EventTrigger>().Where(t => t.Outcome == code.Key).Select(t => t.Id).ToList();
            string use = triggers.Count > 0 ? $"trigger {string.Join(", ", triggers)}" : "used by no trigger";
            output.WriteLine($"  outcome {Echo.Value(code.Key)}: {code.Count()} rows, {use}");
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
