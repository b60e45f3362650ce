using System.CommandLine;
using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary><c>sib evidence</c>: whether the outcomes beat the baseline, and how long they took; writes evidence.json.</summary>
internal static class EvidenceCommand
{
    internal static Command Create()
    {
        var inputs = new InputOptions();
        Option<LocalDate?> asOf = InputOptions.AsOf(required: true);
        Option<DirectoryInfo> output = new("--out") { Description = "The folder to write evidence.json to", Required = true };
        var command = new Command(
            "evidence",
            "For each trigger: the share met with a 95% Wilson interval, the exact binomial test against its baseline_rate, and a Kaplan-Meier curve of the time to it: evidence.json");
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(output);
        command.SetAction(parse => WriteEvidence(
            inputs.Read(parse),
            parse.GetValue(asOf)!.Value,
            parse.GetValue(output)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads the inputs, evaluates the triggers, and writes evidence.json into <paramref name="output"/>; returns the exit code.</summary>
    internal static int WriteEvidence(InputPaths paths, LocalDate asOf, DirectoryInfo output, TextWriter stdout, TextWriter error)
    {
        LoadedInputs? loaded = InputLoader.Load(paths, error);
        if (loaded is null)
        {
            return ExitCodes.BadInput;
        }

        IReadOnlyList<ParticipantOutcome> outcomes = Outcomes.Evaluate(
            loaded.Contract, loaded.Participants, loaded.Spells?.Items ?? [], loaded.Events?.Items ?? [], asOf);
        IReadOnlyList<TriggerEvidence> evidence = Evidence.ForTriggers(loaded.Contract, outcomes, asOf);
        OutputFolder.Write(output, [("evidence.json", stream => EvidenceJson.Write(stream, loaded.Contract, asOf, evidence, loaded.Files))]);
        stdout.WriteLine($"Evidence for {evidence.Count} triggers of {outcomes.Count} participants written.");
        return ExitCodes.Success;
    }
}
