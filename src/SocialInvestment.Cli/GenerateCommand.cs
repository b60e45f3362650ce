using System.CommandLine;
using System.Text;
using NodaTime.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary><c>sib generate</c>: a synthetic cohort (contract, participants, spells, as_of), the same for the same seed.</summary>
internal static class GenerateCommand
{
    internal static Command Create()
    {
        Option<int> participants = WholeNumberOption.Create("--participants", "How many participants", "a whole number of at least 0", n => n >= 0);
        Option<int> seed = WholeNumberOption.Create("--seed", "The seed: the same seed gives the same files", "a whole number", _ => true, defaultValue: 1);
        Option<DirectoryInfo> output = InputOptions.Out("contract.json, participants.csv, spells.csv and as_of.txt");
        Option<bool> danish = new("--danish") { Description = "Write the CSV files as a Danish municipal export (;, dd-MM-yyyy, decimal commas, Windows-1252, Danish headers)" };
        var command = new Command("generate", "Write a realistic synthetic cohort for trying contracts and for benchmarks")
        {
            participants, seed, output, danish,
        };
        command.SetAction(parse =>
        {
            var cohort = new SyntheticCohort(parse.GetValue(participants), parse.GetValue(seed));
            InputDialect dialect = parse.GetValue(danish) ? InputDialect.DanishExport : InputDialect.Standard;
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
}
