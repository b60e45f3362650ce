using System.CommandLine;
using System.Globalization;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib design</c> (docs/design.md): reads a contract template, a design (design.json), the plan and hazards as
/// <c>sib simulate</c> reads them and the investor's money, settles every candidate contract exactly on the same runs
/// (<see cref="ExactEvaluation.Of"/>), and writes design.csv, design.json and the recommended contract; or nothing and
/// exit code 2. This version refuses a grid of more than <see cref="MaxSettlements"/> candidates × runs: the screening
/// engine for larger grids is the next step of issue 20.
/// </summary>
internal static class DesignCommand
{
    /// <summary>The most candidates × runs this version settles: every candidate is settled exactly on every run.</summary>
    internal const int MaxSettlements = 20_000;

    /// <summary>The file name of the recommended contract.</summary>
    internal const string RecommendedFile = "recommended-contract.json";

    internal static Command Create()
    {
        var projection = new ProjectionOptions("The contract template (JSON, SPEC §2) whose numbers the design varies");
        Option<FileInfo> design = new("--design") { Description = "design.json: the numbers of the template to vary and the conditions (docs/design.md)", Required = true };
        Option<FileInfo> investments = new("--investments")
        {
            Description = "investments.csv (date,amount): the investor's money, the same on every run, as sib economics takes it",
            Required = true,
        };
        Option<DirectoryInfo> output = InputOptions.Out("design.csv, design.json and recommended-contract.json");
        var command = new Command("design", "Try every contract of a design over the same simulated runs: the payer's net saving, the investor's return, the ones that meet the conditions and the recommended contract");
        projection.AddTo(command);
        Option[] own = [design, investments, output];
        foreach (Option option in own)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            projection.Read(parse),
            parse.GetValue(design)!,
            parse.GetValue(investments)!,
            parse.GetValue(output)!,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads the inputs, settles every candidate and writes the outputs into <paramref name="output"/>; returns the exit code.</summary>
    internal static int Run(SimulationRequest request, FileInfo designFile, FileInfo investmentsFile, DirectoryInfo output, TextWriter stdout, TextWriter error)
    {
        var errors = new List<InputError>();
        var files = new List<InputFile>();
        DesignTemplate? template = null;
        var projection = SimulateCommand.ReadProjection(request, error, files, errors, ProgressLine.None, (f, e) =>
        {
            template = InputLoader.Read(request.Contract, "contract", f, e, DesignTemplate.Read);
            return template?.Contract;
        });
        DesignSpace? space = template is null ? null : InputLoader.Read(designFile, "design", files, errors, (s, name) => DesignJson.Read(s, name, template));
        IReadOnlyList<Investment>? investments = InputLoader.Read(investmentsFile, "investments", files, errors, InvestmentsCsv.Read);
        if (space is not null && space.Grid.Count > MaxSettlements / request.Runs)
        {
            string work = string.Create(
                CultureInfo.InvariantCulture,
                $"the design has {space.Grid.Count} candidates × {request.Runs} runs = {(decimal)space.Grid.Count * request.Runs} settlements, more than the {MaxSettlements} this version makes");
            errors.Add(new InputError(
                designFile.Name,
                0,
                0,
                work + ": it settles every candidate exactly on every run. Vary fewer values or give fewer --runs; the screening engine for larger grids is the next step of issue 20 (docs/design.md)."));
        }

        if (errors.Count > 0 || projection is not { } inputs || template is null || space is null || investments is null)
        {
            return SimulateCommand.Report(errors, error, ProgressLine.None);
        }

        var measured = new List<(long Candidate, DesignMeasures Measures)>();
        try
        {
            for (long index = 0; index < space.Grid.Count; index++)
            {
                Contract contract = template.ContractFor(space.Grid.At(index));
                ExactEvaluation evaluation = ExactEvaluation.Of(contract, inputs.Plan, inputs.Hazards, request.Runs, request.Seed, investments);
                measured.Add((index, evaluation.Measures));
            }
        }
        catch (ArgumentException e)
        {
            errors.Add(new InputError(request.Contract.Name, 0, 0, ArgumentErrors.Reason(e)));
            return SimulateCommand.Report(errors, error, ProgressLine.None);
        }

        DesignResult result = DesignResult.Of(space, measured);
        List<(string FileName, Action<Stream> Write)> writers =
        [
            ("design.csv", stream => DesignCsv.Write(stream, result)),
            ("design.json", stream => DesignResultJson.Write(stream, result, files)),
        ];
        if (result.Recommended is { } recommended)
        {
            byte[] json = template.JsonFor(recommended.Assignment);
            writers.Add((RecommendedFile, stream => stream.Write(json)));
        }

        OutputFolder.Write(output, writers);
        PrintSummary(result, request, stdout);
        return ExitCodes.Success;
    }

    private static void PrintSummary(DesignResult result, SimulationRequest request, TextWriter stdout)
    {
        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Candidates.Count} candidates, each settled exactly on the same {request.Runs} runs (seed {request.Seed}); {result.Qualifying.Count} meet the conditions, {result.Front.Count} on the front."));
        stdout.WriteLine(result.Recommended is { } recommended
            ? string.Create(CultureInfo.InvariantCulture, $"Recommended: candidate {recommended.Index}, {recommended.Assignment} ({RecommendedFile}).")
            : $"None recommended: {DesignResultJson.MissMessage(result)}.");
    }
}
