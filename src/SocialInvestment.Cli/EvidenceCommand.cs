using System.CommandLine;
using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary><c>sib evidence</c>: whether the outcomes beat the baseline, and how long they took; writes evidence.json.</summary>
internal static class EvidenceCommand
{
    /// <summary>The command's name: <c>sib evidence</c>.</summary>
    internal const string Name = "evidence";

    internal static Command Create()
    {
        var inputs = new InputOptions();
        Option<LocalDate?> asOf = InputOptions.AsOf(required: true);
        Option<DirectoryInfo> output = InputOptions.Out("evidence.json");
        var command = new Command(
            Name,
            "For each trigger: the share met with a 95% Wilson interval, the exact binomial test against its baseline_rate, the difference from a comparison group (--comparison-participants) with a Newcombe interval and a two-proportion test, and a Kaplan-Meier curve of the time to it: evidence.json");
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
        LoadedInputs? loaded = InputLoader.Load(paths, error, comparisonAlwaysUsed: true, asOf: asOf);
        if (loaded is null)
        {
            return ExitCodes.BadInput;
        }

        IReadOnlyList<ParticipantOutcome> outcomes = loaded.EvaluateOutcomes(asOf);
        // The comparison group measured by the same triggers, each person from their own window (docs/evidence.md).
        IReadOnlyList<ParticipantOutcome>? controls = loaded.Comparison is { } comparison
            ? comparison.EvaluateOutcomes(loaded.Contract, asOf)
            : null;
        IReadOnlyList<TriggerEvidence> evidence = Evidence.ForTriggers(loaded.Contract, outcomes, asOf, controls);
        // Each municipality's rates beside the whole cohort's, where participants.csv names municipalities (SPEC-DK DK7).
        var municipalities = Evidence.ForMunicipalities(loaded.Contract, outcomes, asOf);
        OutputFolder.Write(output, [("evidence.json", stream => EvidenceJson.Write(stream, loaded.Contract, asOf, evidence, loaded.Files, municipalities))]);
        stdout.WriteLine(controls is null
            ? $"Evidence for {evidence.Count} triggers of {outcomes.Count} participants written."
            : $"Evidence for {evidence.Count} triggers of {outcomes.Count} participants against {controls.Count} people of the comparison group written.");
        return ExitCodes.Success;
    }
}
