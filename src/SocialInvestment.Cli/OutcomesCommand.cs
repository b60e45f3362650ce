using System.CommandLine;
using NodaTime;
using SocialInvestment.Cli.Exports;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib outcomes</c>: who achieved which outcome, and when; writes outcomes.csv, and comparison-outcomes.csv for a
/// comparison group (docs/calculation.md, "Cohort gate").
/// </summary>
internal static class OutcomesCommand
{
    /// <summary>The command's name: <c>sib outcomes</c>.</summary>
    internal const string Name = "outcomes";

    internal static Command Create()
    {
        var inputs = new InputOptions();
        Option<LocalDate?> asOf = InputOptions.AsOf(required: true);
        Option<DirectoryInfo> output = InputOptions.Out("outcomes.csv (and comparison-outcomes.csv, with a comparison group)");
        Option<bool> xlsx = XlsxOption.Create(OutcomesWorkbook.FileName, "the outcomes");
        Option<Language> language = LanguageOption.Create("the line printed and the workbook's headers");
        Option<bool> parquet = new("--parquet") { Description = "Also write outcomes.parquet (and comparison-outcomes.parquet): the same rows with typed columns, for DuckDB, Power BI or R" };
        var command = new Command(Name, "Evaluate the contract's triggers for each participant: outcomes.csv");
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(output);
        command.Options.Add(xlsx);
        command.Options.Add(language);
        command.Options.Add(parquet);
        command.SetAction(parse => WriteOutcomes(
            inputs.Read(parse),
            parse.GetValue(asOf)!.Value,
            parse.GetValue(output)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(xlsx),
            parse.GetValue(language)!,
            parse.GetValue(parquet)));
        return command;
    }

    /// <summary>
    /// Reads the inputs, evaluates the triggers, and writes outcomes.csv (and outcomes.xlsx where <paramref name="xlsx"/>,
    /// headers in <paramref name="language"/>) into <paramref name="output"/>, and with <paramref name="parquet"/> also
    /// outcomes.parquet (and comparison-outcomes.parquet beside comparison-outcomes.csv); returns the exit code.
    /// </summary>
    internal static int WriteOutcomes(InputPaths paths, LocalDate asOf, DirectoryInfo output, TextWriter stdout, TextWriter error, bool xlsx = false, Language? language = null, bool parquet = false)
    {
        language ??= Language.English;
        LoadedInputs? loaded = InputLoader.Load(paths, error, asOf: asOf);
        if (loaded is null)
        {
            return ExitCodes.BadInput;
        }

        IReadOnlyList<ParticipantOutcome> outcomes = loaded.EvaluateOutcomes(asOf);
        List<(string, Action<Stream>)> outputs = [("outcomes.csv", stream => OutcomesCsv.Write(stream, loaded.Contract, outcomes))];
        if (parquet)
        {
            outputs.Add(("outcomes.parquet", stream => OutcomesParquet.Write(stream, loaded.Contract, outcomes)));
        }

        ReportFormat f = language.Format;
        string written = language.Say($"Outcomes of {outcomes.Count} participants", $"Udfald for {f.Count(outcomes.Count)} deltagere");
        IReadOnlyList<ParticipantOutcome>? controls = null;
        if (loaded.Comparison is { } comparison)
        {
            // The comparison group measured by the same triggers: the m′ of a cohort gate can be checked person by person.
            controls = comparison.EvaluateOutcomes(loaded.Contract, asOf);
            outputs.Add(("comparison-outcomes.csv", stream => OutcomesCsv.Write(stream, loaded.Contract, controls)));
            if (parquet)
            {
                outputs.Add(("comparison-outcomes.parquet", stream => OutcomesParquet.Write(stream, loaded.Contract, controls)));
            }

            written += language.Say($" and {controls.Count} people of the comparison group", $" og {f.Count(controls.Count)} personer i sammenligningsgruppen");
        }

        if (xlsx && !XlsxOption.Add(outputs, OutcomesWorkbook.FileName, OutcomesWorkbook.Sheets(loaded.Contract, outcomes, controls, language), error))
        {
            return ExitCodes.BadInput;
        }

        OutputFolder.Write(output, outputs);
        stdout.WriteLine(written + language.Say(" written.", " skrevet."));
        return ExitCodes.Success;
    }
}
