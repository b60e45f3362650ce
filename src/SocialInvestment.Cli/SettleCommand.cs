using System.CommandLine;
using NodaTime;
using SocialInvestment.Cli.Exports;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary><c>sib settle</c>: SPEC §10–11. Writes lines.csv and summary.json, or nothing and exit code 2.</summary>
internal static class SettleCommand
{
    /// <summary>The command's name: <c>sib settle</c>.</summary>
    internal const string Name = "settle";

    internal static Command Create(bool showProgress = false)
    {
        var inputs = new InputOptions();
        Option<LocalDate?> asOf = InputOptions.AsOf(required: true);
        Option<FileInfo?> paid = InputOptions.Paid();
        Option<DirectoryInfo> output = InputOptions.Out("lines.csv and summary.json");
        Option<int> threads = WholeNumberOption.Create(
            "--threads",
            "The most cores used to read large inputs and settle participants (default: one per processor); the output is the same for any value",
            "a whole number of at least 1 (or -1 for one per processor)",
            n => n is -1 or >= 1,
            defaultValue: -1);
        Option<bool> xlsx = XlsxOption.Create(SettlementWorkbook.FileName, "lines, totals and participants");
        Option<Language> language = LanguageOption.Create("the line printed and the workbook's headers");
        Option<bool> parquet = new("--parquet") { Description = "Also write lines.parquet and outcomes.parquet: the same rows with typed columns, for DuckDB, Power BI or R" };
        var command = new Command(Name, "Settle a contract as of a date: lines.csv and summary.json");
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(paid);
        command.Options.Add(output);
        command.Options.Add(threads);
        command.Options.Add(xlsx);
        command.Options.Add(language);
        command.Options.Add(parquet);
        command.SetAction(parse => Settle(
            inputs.Read(parse) with { Ledger = parse.GetValue(paid) },
            parse.GetValue(asOf)!.Value,
            parse.GetValue(output)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(threads),
            showProgress ? new ProgressLine(parse.InvocationConfiguration.Error) : ProgressLine.None,
            parse.GetValue(xlsx),
            parse.GetValue(language)!,
            parse.GetValue(parquet)));
        return command;
    }

    /// <summary>
    /// Reads the inputs, settles, and writes lines.csv and summary.json (and settlement.xlsx where <paramref name="xlsx"/>,
    /// headers in <paramref name="language"/>) into <paramref name="output"/>, and with <paramref name="parquet"/> also
    /// lines.parquet and outcomes.parquet; returns the exit code.
    /// </summary>
    internal static int Settle(InputPaths paths, LocalDate asOf, DirectoryInfo output, TextWriter stdout, TextWriter error, int threads = -1, ProgressLine? progress = null, bool xlsx = false, Language? language = null, bool parquet = false)
    {
        language ??= Language.English;
        progress ??= ProgressLine.None;
        progress.Stage("reading the inputs");
        LoadedInputs? loaded = InputLoader.Load(paths, error, new ReadOptions { MaxDegreeOfParallelism = threads }, asOf: asOf);
        if (loaded is null)
        {
            progress.Done();
            return ExitCodes.BadInput;
        }

        IReadOnlyList<InputFile> files = loaded.Files;
        InputCounts counts = loaded.Counts;
        progress.Stage("settling participants", loaded.Participants.Count);
        SettlementResult result = Run(loaded, asOf, new SettlementOptions { MaxDegreeOfParallelism = threads, Progress = progress });
        progress.Stage(parquet || xlsx ? "writing lines.csv, summary.json and the other files asked for" : "writing lines.csv and summary.json");
        List<(string, Action<Stream>)> outputs =
        [
            ("lines.csv", stream => LinesCsv.Write(stream, result.Lines)),
            ("summary.json", stream => SummaryJson.Write(stream, result, files, counts)),
        ];
        if (result.Contract.Payers.Count > 0)
        {
            // Only where the contract declares payers: a one-payer contract's outputs stay SPEC v1's (docs/output-formats.md).
            outputs.Add(("payers.csv", stream => PayersCsv.Write(stream, result)));
        }

        if (xlsx && !XlsxOption.Add(outputs, SettlementWorkbook.FileName, SettlementWorkbook.Sheets(result, language), error))
        {
            progress.Done();
            return ExitCodes.BadInput;
        }

        if (parquet)
        {
            outputs.Add(("lines.parquet", stream => LinesParquet.Write(stream, result.Lines)));
            outputs.Add(("outcomes.parquet", stream => OutcomesParquet.Write(stream, result.Contract, result.Outcomes)));
        }

        OutputFolder.Write(output, outputs);
        progress.Done();
        stdout.WriteLine(Said(result, language));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The line printed: <c>17 lines for 5 participants; payable 96506.45 DKK, due 96506.45 DKK.</c>; in Danish with
    /// Danish numbers (<c>17 linjer for 5 deltagere; til betaling 96.506,45 kr., forfaldent 96.506,45 kr.</c>).
    /// </summary>
    internal static string Said(SettlementResult result, Language language)
    {
        string currency = result.Contract.Currency;
        ReportFormat f = language.Format;
        return language.Say(
            $"{result.Lines.Count} lines for {result.Outcomes.Count} participants; payable {result.Totals.Payable} {currency}, due {result.Totals.Due} {currency}.",
            Sentence.End($"{f.Count(result.Lines.Count)} linjer for {f.Count(result.Outcomes.Count)} deltagere; til betaling {f.MoneyIn(result.Totals.Payable, currency)}, forfaldent {f.MoneyIn(result.Totals.Due, currency)}"));
    }

    /// <summary>
    /// Settles what was read. Kept apart so that nothing captures <paramref name="loaded"/>: once the settlement has
    /// grouped the spells, the ten million rows read can be collected before the lines are put in order.
    /// </summary>
    internal static SettlementResult Run(LoadedInputs loaded, LocalDate asOf, SettlementOptions options) =>
        Settlement.Run(loaded.Contract, loaded.Participants, loaded.Spells?.Items ?? [], loaded.Events?.Items ?? [], asOf, loaded.Ledger, options, loaded.Comparison?.ToGroup(), loaded.EmploymentRates);
}
