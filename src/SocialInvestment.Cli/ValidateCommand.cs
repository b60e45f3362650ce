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
    /// <summary>The command's name: <c>sib validate</c>.</summary>
    internal const string Name = "validate";

    internal static Command Create()
    {
        var inputs = new InputOptions();
        Option<LocalDate?> asOf = InputOptions.AsOf(required: false);
        Option<Language> language = LanguageOption.Create("the description printed");
        var command = new Command(Name, "Check the inputs and describe what was read, without settling");
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(language);
        command.SetAction(parse =>
        {
            LoadedInputs? loaded = InputLoader.Load(inputs.Read(parse), parse.InvocationConfiguration.Error, asOf: parse.GetValue(asOf));
            if (loaded is null)
            {
                return ExitCodes.BadInput;
            }

            Describe(loaded, parse.GetValue(asOf), parse.InvocationConfiguration.Output, parse.GetValue(language));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Describes what was read, in <paramref name="language"/> (English where null).</summary>
    internal static void Describe(LoadedInputs loaded, LocalDate? asOf, TextWriter output, Language? language = null)
    {
        var say = new Words(language ?? Language.English);
        Contract contract = loaded.Contract;
        string from = contract.Window.From == WindowAnchor.Start ? say.Say("start", "start") : say.Say("end", "afslutning");
        output.WriteLine(say.Say(
            $"contract: {contract.Name} ({contract.Currency}); {contract.Triggers.Count} triggers, {contract.Payments.Count} payments; window {contract.Window.Weeks} weeks from the programme {from}",
            $"kontrakt: {contract.Name} ({contract.Currency}); {contract.Triggers.Count} udløsere, {contract.Payments.Count} betalinger; vindue på {contract.Window.Weeks} uger fra programmets {from}"));
        foreach (string degree in BenefitWords.Degrees(contract, say.Language))
        {
            output.WriteLine(say.Say($"  benefit {degree} (rows without a degree of their own)", $"  ydelse {degree} (rækker uden egen grad)"));
        }

        foreach (EmploymentTrigger employment in contract.Triggers.OfType<EmploymentTrigger>())
        {
            // The one kind measured on the weeks file's grad_ months rather than on spells or events: say what it asks of them.
            string words = ContractInWords.Employment(employment, say.Language);
            output.WriteLine(say.Say(
                $"  trigger {employment.Id} (employment): {words}, measured on the grad_YYYY_MM months of the weeks file",
                $"  udløser {employment.Id} (beskæftigelse): {words}, målt på ugefilens grad_YYYY_MM-måneder"));
        }

        IReadOnlyList<Participant> participants = loaded.Participants;
        string cohort = say.Say("the cohort", "kohorten");
        DescribePeople(say.Say($"participants: {say.N(participants.Count)}", $"deltagere: {say.N(participants.Count)}"), participants, output, say);
        if (loaded.Weeks is { } weeks)
        {
            DescribeWeeks(say.Say("weeks", "uger"), cohort, weeks, contract, output, say);
            DescribeHistory(weeks.Form == WeeksForm.Wide ? weeks.FirstMonday : FirstDay(loaded.Spells), participants, contract, output, say);
        }
        else if (loaded.Spells is { } spells)
        {
            DescribeSpells(say.Say("spells", "forløb"), cohort, spells, contract, output, say);
            DescribeHistory(FirstDay(spells), participants, contract, output, say);
        }

        if (loaded.Events is { } events)
        {
            DescribeEvents(say.Say("events", "hændelser"), cohort, events, contract, output, say);
        }

        if (loaded.Comparison is { } comparison)
        {
            string group = say.Say("the comparison group", "sammenligningsgruppen");
            DescribePeople(
                say.Say($"comparison group: {say.N(comparison.Participants.Count)} people", $"sammenligningsgruppe: {say.N(comparison.Participants.Count)} personer"),
                comparison.Participants,
                output,
                say);
            if (comparison.Weeks is { } comparisonWeeks)
            {
                DescribeWeeks(say.Say("comparison weeks", "sammenligningsgruppens uger"), group, comparisonWeeks, contract, output, say);
                DescribeHistory(comparisonWeeks.Form == WeeksForm.Wide ? comparisonWeeks.FirstMonday : FirstDay(comparison.Spells), comparison.Participants, contract, output, say);
            }
            else if (comparison.Spells is { } comparisonSpells)
            {
                DescribeSpells(say.Say("comparison spells", "sammenligningsgruppens forløb"), group, comparisonSpells, contract, output, say);
                DescribeHistory(FirstDay(comparisonSpells), comparison.Participants, contract, output, say);
            }

            if (comparison.Events is { } comparisonEvents)
            {
                DescribeEvents(say.Say("comparison events", "sammenligningsgruppens hændelser"), group, comparisonEvents, contract, output, say);
            }
        }

        if (loaded.Ledger is { } ledger)
        {
            output.WriteLine(say.Say($"ledger: {ledger.Rows} rows, {ledger.Count} keys", $"betalingsoversigt: {say.N(ledger.Rows)} rækker, {say.N(ledger.Count)} nøgler"));
        }

        if (asOf is { } date)
        {
            int started = participants.Count(p => p.Start <= date);
            output.WriteLine(say.Say(
                $"as of {Iso(date)}: {started} of {participants.Count} participants have started",
                $"pr. {say.Date(date)}: {say.N(started)} af {say.N(participants.Count)} deltagere er begyndt"));
        }

        output.WriteLine(say.Say("OK: the inputs are valid.", "OK: inddata er gyldige."));
    }

    /// <summary>The words and formats of the description: English as <c>sib validate</c> always wrote it (ISO dates, plain counts), or Danish.</summary>
    private sealed class Words(Language language)
    {
        internal Language Language => language;

        internal string Say(string english, string danish) => language.Say(english, danish);

        /// <summary>A count: plain digits in English (<c>12345</c>), with a point between thousands in Danish (<c>12.345</c>).</summary>
        internal string N(long n) => language.IsDanish ? language.Format.Count(n) : n.ToString(CultureInfo.InvariantCulture);

        /// <summary>A date: ISO in English (<c>2025-12-31</c>), in words in Danish (<c>31. december 2025</c>).</summary>
        internal string Date(LocalDate date) => language.IsDanish ? language.Format.Date(date) : Iso(date);
    }

    private static void DescribePeople(string heading, IReadOnlyList<Participant> people, TextWriter output, Words say)
    {
        output.Write(heading);
        if (people.Count > 0)
        {
            output.Write(say.Say(
                $"; starts {Iso(people.Min(p => p.Start))} to {Iso(people.Max(p => p.Start))}",
                $"; start fra {say.Date(people.Min(p => p.Start))} til {say.Date(people.Max(p => p.Start))}"));
            var cohorts = people.GroupBy(p => p.Cohort ?? say.Say("(none)", "(ingen)"), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
            string list = string.Join(", ", cohorts.Select(g => $"{Echo.Value(g.Key)} {say.N(g.Count())}"));
            output.Write(say.Say($"; cohorts: {list}", $"; kohorter: {list}"));
        }

        output.WriteLine();
    }

    private static void DescribeSpells(string name, string group, InputRows<BenefitSpell> spells, Contract contract, TextWriter output, Words say)
    {
        output.WriteLine(say.Say(
            $"{name}: {spells.TotalRows} rows, {spells.Items.Count} of {group}, {spells.SkippedRows} skipped (people outside {group})",
            $"{name}: {say.N(spells.TotalRows)} rækker, {say.N(spells.Items.Count)} for {group}, {say.N(spells.SkippedRows)} sprunget over (personer uden for {group})"));
        if (spells.Items.Count > 0)
        {
            string to = spells.Items.Any(s => s.To is null) ? say.Say("ongoing", "nu (igangværende)") : say.Date(spells.Items.Max(s => s.To!.Value));
            output.WriteLine(say.Say($"  dates: {Iso(spells.Items.Min(s => s.From))} to {to}", $"  datoer: {say.Date(spells.Items.Min(s => s.From))} til {to}"));
        }

        foreach (var code in spells.Items.GroupBy(s => s.BenefitCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string use = BenefitWords.Use(contract, code.Key, say.Language);
            output.WriteLine(say.Say($"  benefit {Echo.Value(code.Key)}: {code.Count()} rows, {use}", $"  ydelse {Echo.Value(code.Key)}: {say.N(code.Count())} rækker, {use}"));
        }
    }

    /// <summary>
    /// Describes a weeks file (SPEC-DK DK8): its form, its period (first and last week with their dates), persons, the
    /// cohort's coded weeks, each code with how the contract maps it, and the <c>grad_</c> months present.
    /// </summary>
    private static void DescribeWeeks(string name, string group, WeeksExtract extract, Contract contract, TextWriter output, Words say)
    {
        if (extract.Form == WeeksForm.Wide)
        {
            output.WriteLine(say.Say(
                $"{name}: wide form (a DREAM extract): week columns {extract.FirstWeekColumn} to {extract.LastWeekColumn}, {Iso(extract.FirstMonday!.Value)} to {Iso(extract.LastSunday!.Value)} ({Weeks(extract)} weeks)",
                $"{name}: bred form (et DREAM-udtræk): ugekolonner {extract.FirstWeekColumn} til {extract.LastWeekColumn}, {say.Date(extract.FirstMonday!.Value)} til {say.Date(extract.LastSunday!.Value)} ({say.N(Weeks(extract))} uger)"));
        }
        else if (extract.FirstMonday is { } first && extract.LastSunday is { } last)
        {
            output.WriteLine(say.Say(
                $"{name}: long form (one row per person and week): weeks {IsoWeek(first)} to {IsoWeek(last)}, {Iso(first)} to {Iso(last)}",
                $"{name}: lang form (én række pr. person og uge): uge {IsoWeek(first)} til {IsoWeek(last)}, {say.Date(first)} til {say.Date(last)}"));
        }
        else
        {
            output.WriteLine(say.Say($"{name}: long form (one row per person and week): no rows", $"{name}: lang form (én række pr. person og uge): ingen rækker"));
        }

        output.WriteLine(say.Say(
            $"  persons: {extract.Persons}, {extract.CohortPersons} of {group}, {extract.Persons - extract.CohortPersons} skipped (people outside {group})",
            $"  personer: {say.N(extract.Persons)}, {say.N(extract.CohortPersons)} i {group}, {say.N(extract.Persons - extract.CohortPersons)} sprunget over (personer uden for {group})"));
        output.WriteLine(say.Say($"  coded weeks of {group}: {extract.CodedWeeks}", $"  uger med ydelseskode for {group}: {say.N(extract.CodedWeeks)}"));
        foreach ((string code, long count) in extract.CodeWeeks)
        {
            string use = BenefitWords.Use(contract, code, say.Language);
            output.WriteLine(say.Say($"  benefit {Echo.Value(code)}: {count} weeks, {use}", $"  ydelse {Echo.Value(code)}: {say.N(count)} uger, {use}"));
        }

        IReadOnlyList<YearMonth> months = extract.EmploymentMonths;
        output.WriteLine(months.Count == 0
            ? say.Say("  employment rates: no grad_ columns", "  beskæftigelsesgrader: ingen grad_-kolonner")
            : say.Say(
                $"  employment rates: {months.Count} months, grad_{Month(months[0])} to grad_{Month(months[^1])}",
                $"  beskæftigelsesgrader: {say.N(months.Count)} måneder, grad_{Month(months[0])} til grad_{Month(months[^1])}"));
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
    /// <param name="say">The words.</param>
    private static void DescribeHistory(LocalDate? first, IReadOnlyList<Participant> people, Contract contract, TextWriter output, Words say)
    {
        if (first is not { } from || people.Count == 0)
        {
            return;
        }

        LocalDate earliest = people.Min(p => contract.Window.StartFor(p.Start, p.ProgrammeEnd(contract.ProgrammeWeeks)));
        int weeks = from < earliest ? Period.DaysBetween(from, earliest) / 7 : 0;
        output.WriteLine(say.Say(
            $"  history: {weeks} whole weeks from {Iso(from)} before the earliest window start, {Iso(earliest)}",
            $"  historik: {say.N(weeks)} hele uger fra {say.Date(from)} før det tidligste vindues start, {say.Date(earliest)}"));
    }

    /// <summary>The earliest first day of the spells; null where there are none.</summary>
    private static LocalDate? FirstDay(InputRows<BenefitSpell>? spells) =>
        spells is { Items.Count: > 0 } ? spells.Items.Min(s => s.From) : null;

    private static int Weeks(WeeksExtract extract) => (int)(Period.Between(extract.FirstMonday!.Value, extract.LastSunday!.Value, PeriodUnits.Days).Days + 1) / 7;

    private static string IsoWeek(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(date)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(date):00}");

    private static string Month(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}_{month.Month:00}");

    private static void DescribeEvents(string name, string group, InputRows<OutcomeEvent> events, Contract contract, TextWriter output, Words say)
    {
        output.WriteLine(say.Say(
            $"{name}: {events.TotalRows} rows, {events.Items.Count} of {group}, {events.SkippedRows} skipped (people outside {group})",
            $"{name}: {say.N(events.TotalRows)} rækker, {say.N(events.Items.Count)} for {group}, {say.N(events.SkippedRows)} sprunget over (personer uden for {group})"));
        if (events.Items.Count > 0)
        {
            output.WriteLine(say.Say(
                $"  dates: {Iso(events.Items.Min(e => e.Date))} to {Iso(events.Items.Max(e => e.Date))}",
                $"  datoer: {say.Date(events.Items.Min(e => e.Date))} til {say.Date(events.Items.Max(e => e.Date))}"));
        }

        foreach (var code in events.Items.GroupBy(e => e.Outcome, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var triggers = contract.Triggers.OfType<EventTrigger>().Where(t => t.Outcome == code.Key).Select(t => t.Id).ToList();
            string use = triggers.Count > 0
                ? say.Say($"trigger {string.Join(", ", triggers)}", $"udløser {string.Join(", ", triggers)}")
                : say.Say("used by no trigger", "bruges ikke af nogen udløser");
            output.WriteLine(say.Say($"  outcome {Echo.Value(code.Key)}: {code.Count()} rows, {use}", $"  resultat {Echo.Value(code.Key)}: {say.N(code.Count())} rækker, {use}"));
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
