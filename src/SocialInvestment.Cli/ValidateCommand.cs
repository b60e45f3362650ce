using System.CommandLine;
using NodaTime;
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
            LoadedInputs? loaded = InputLoader.Load(inputs.Read(parse), parse.InvocationConfiguration.Error);
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

        IReadOnlyList<Participant> participants = loaded.Participants;
        DescribePeople($"participants: {participants.Count}", participants, output);
        if (loaded.Spells is { } spells)
        {
            DescribeSpells("spells", "the cohort", spells, contract, output);
        }

        if (loaded.Events is { } events)
        {
            DescribeEvents("events", "the cohort", events, contract, output);
        }

        if (loaded.Comparison is { } comparison)
        {
            DescribePeople($"comparison group: {comparison.Participants.Count} people", comparison.Participants, output);
            if (comparison.Spells is { } comparisonSpells)
            {
                DescribeSpells("comparison spells", "the comparison group", comparisonSpells, contract, output);
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
