using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib generate</c>: a synthetic cohort (contract, participants, spells, as_of), the same for the same seed; with
/// <c>--weeks</c>, a synthetic register extract (weeks.csv, SPEC-DK DK1) beside the equivalent spells.
/// </summary>
internal static class GenerateCommand
{
    private const string Wide = "wide";
    private const string Long = "long";

    /// <summary>The command's name: <c>sib generate</c>.</summary>
    internal const string Name = "generate";

    internal static Command Create()
    {
        Option<int> participants = WholeNumberOption.Create("--participants", "How many participants", "a whole number of at least 0", n => n >= 0);
        Option<int> seed = WholeNumberOption.Create("--seed", "The seed: the same seed gives the same files", "a whole number", _ => true, defaultValue: 1);
        Option<DirectoryInfo> output = InputOptions.Out("contract.json, participants.csv, spells.csv, as_of.txt and, with --weeks, weeks.csv");
        Option<bool> danish = new("--danish") { Description = "Write the CSV files as a Danish municipal export (;, dd-MM-yyyy, decimal commas, Windows-1252, Danish headers)" };
        Option<string?> weeks = new("--weeks")
        {
            HelpName = "wide|long",
            Description = "Also write weeks.csv, a register extract of whole ISO weeks, with spells.csv its equivalent spells: "
                + "wide (a DREAM extract: pnr, y_YYWW columns, grad_YYYY_MM employment rates) or long (a municipal weekly table: participant_id,week,benefit,degree); "
            + "the contract then maps the extract's DREAM-like codes",
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (text is not (Wide or Long))
                {
                    result.AddError($"--weeks: expected {Wide} or {Long}, found '{text}'.");
                    return null;
                }

                return text;
            },
        };
        Option<int?> population = WholeNumberOption.CreateOptional(
            "--population",
            "With --weeks: the people in weeks.csv and spells.csv, the participants included (default: the participants); the others are in no participants.csv",
            $"a whole number from 0 to {SyntheticExtract.MaxPopulation}",
            n => n is >= 0 and <= SyntheticExtract.MaxPopulation);
        population.HelpName = "N";
        Option<int?> weekColumns = WholeNumberOption.CreateOptional(
            "--week-columns",
            $"With --weeks: the ISO weeks of the extract, ending with the week of as_of (default {SyntheticExtract.DefaultWeekColumns})",
            $"a whole number from 1 to {SyntheticExtract.MaxWeekColumns}",
            n => n >= 1 && n <= SyntheticExtract.MaxWeekColumns);
        weekColumns.HelpName = "K";
        var command = new Command(Name, "Write a realistic synthetic cohort for trying contracts and for benchmarks")
        {
            participants, seed, output, danish, weeks, population, weekColumns,
        };
        command.Validators.Add(result => Validate(result, weeks, population, weekColumns));
        command.SetAction(parse =>
        {
            InputDialect dialect = parse.GetValue(danish) ? InputDialect.DanishExport : InputDialect.Standard;
            if (parse.GetValue(weeks) is { } form)
            {
                int size = parse.GetValue(participants);
                if (parse.GetValue(population) is { } people && people < size)
                {
                    parse.InvocationConfiguration.Error.WriteLine(
                        $"error: --population: expected a whole number of at least the participants ({size}), found '{people}': the cohort is part of the extract's population.");
                    return ExitCodes.BadInput;
                }

                var extract = new SyntheticExtract(
                    size,
                    parse.GetValue(population) ?? size,
                    parse.GetValue(weekColumns) ?? SyntheticExtract.DefaultWeekColumns,
                    parse.GetValue(seed),
                    longForm: form == Long);
                WriteExtract(parse.GetValue(output)!, extract, dialect);
                parse.InvocationConfiguration.Output.WriteLine(Written(extract));
                return ExitCodes.Success;
            }

            var cohort = new SyntheticCohort(parse.GetValue(participants), parse.GetValue(seed));
            OutputFolder.Write(parse.GetValue(output)!, [
                ("contract.json", stream => stream.Write(Encoding.UTF8.GetBytes(SyntheticCohort.ContractJson))),
                ("participants.csv", stream => ParticipantsCsv.Write(stream, cohort.Participants(), dialect)),
                ("spells.csv", stream => SpellsCsv.Write(stream, cohort.Spells(), dialect)),
                ("as_of.txt", stream => stream.Write(Encoding.UTF8.GetBytes(LocalDatePattern.Iso.Format(SyntheticCohort.AsOf)))),
            ]);
            parse.InvocationConfiguration.Output.WriteLine($"A cohort of {cohort.Count} participants written; settle it with --as-of {LocalDatePattern.Iso.Format(SyntheticCohort.AsOf)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The extract's options need <c>--weeks</c>.</summary>
    private static void Validate(CommandResult result, Option<string?> weeks, Option<int?> population, Option<int?> weekColumns)
    {
        foreach (Option<int?> option in new[] { population, weekColumns })
        {
            if (result.GetResult(option) is not null && result.GetResult(weeks) is null)
            {
                result.AddError($"{option.Name}: describes the extract of --weeks, which is not given: add --weeks {Wide} or --weeks {Long}.");
            }
        }
    }

    private static void WriteExtract(DirectoryInfo output, SyntheticExtract extract, InputDialect dialect) =>
        OutputFolder.Write(output, [
            ("contract.json", stream => stream.Write(Encoding.UTF8.GetBytes(SyntheticExtract.ContractJson))),
            ("participants.csv", stream => ParticipantsCsv.Write(stream, extract.Participants(), dialect)),
            ("spells.csv", stream => SpellsCsv.Write(stream, extract.Spells(), dialect)),
            ("weeks.csv", stream =>
            {
                if (extract.IsLongForm)
                {
                    WeeksCsvWriter.WriteLong(stream, extract, dialect);
                }
                else
                {
                    WeeksCsvWriter.WriteWide(stream, extract, dialect);
                }
            }),
            ("as_of.txt", stream => stream.Write(Encoding.UTF8.GetBytes(LocalDatePattern.Iso.Format(extract.AsOf)))),
        ]);

    private static string Written(SyntheticExtract extract)
    {
        string period = $"{extract.WeekCount} weeks, {IsoWeek(extract.FirstMonday)} ({LocalDatePattern.Iso.Format(extract.FirstMonday)}) to "
            + $"{IsoWeek(extract.LastSunday)} ({LocalDatePattern.Iso.Format(extract.LastSunday)})";
        string form = extract.IsLongForm
            ? $"long form, {period}"
            : $"wide form, {period}, and {extract.Months.Count} grad_ months";
        return $"A cohort of {extract.Count} participants written, with weeks.csv ({form}) for {extract.Population} people "
            + $"and the equivalent spells.csv; settle it with --as-of {LocalDatePattern.Iso.Format(extract.AsOf)}.";
    }

    private static string IsoWeek(LocalDate day) => string.Create(
        CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(day)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(day):D2}");
}
