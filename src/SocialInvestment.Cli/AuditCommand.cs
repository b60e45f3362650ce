using System.CommandLine;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib audit samples/&lt;case&gt;</c> or <c>sib audit samples</c>: re-runs each case (settle, and outcomes, evidence,
/// economics and report where the case has their outputs, simulate where it has a simulate.json, design where it has a
/// design-run.json) and compares every output in expected/ byte for byte, printing a match or the first differing line:
/// whatever a command writes is compared as soon as expected/ holds it. Exit 1 on any mismatch, 2 on unreadable cases.
/// </summary>
internal static class AuditCommand
{
    /// <summary>The command's name: <c>sib audit</c>.</summary>
    internal const string Name = "audit";

    internal static Command Create()
    {
        Argument<DirectoryInfo> folder = new("folder") { Description = "A case folder (contract.json, inputs, as_of.txt, expected/), or a folder of such folders" };
        var command = new Command(Name, "Re-run sample cases and compare their outputs byte for byte with the expected ones") { folder };
        command.SetAction(parse => Audit(parse.GetValue(folder)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Audit(DirectoryInfo folder, TextWriter output, TextWriter error)
    {
        if (!folder.Exists)
        {
            error.WriteLine($"error: {folder}: no such folder.");
            return ExitCodes.BadInput;
        }

        List<DirectoryInfo> cases = FindCases(folder);
        if (cases.Count == 0)
        {
            error.WriteLine($"error: {folder}: no case folders (a case has a contract.json).");
            return ExitCodes.BadInput;
        }

        int mismatches = 0;
        int broken = 0;
        foreach (DirectoryInfo caseFolder in cases)
        {
            string name = Path.GetRelativePath(folder.Parent?.FullName ?? folder.FullName, caseFolder.FullName).Replace(Path.DirectorySeparatorChar, '/');
            SampleCase? sample = SampleCase.Open(caseFolder, name, out string problem);

            if (sample is null)
            {
                error.WriteLine($"error: {problem}");
                broken++;
                continue;
            }

            switch (AuditCase(sample, output, error))
            {
                case ExitCodes.Mismatch:
                    mismatches++;
                    break;
                case ExitCodes.BadInput:
                    broken++;
                    break;
                default:
                    break;
            }
        }

        output.WriteLine($"audit: {cases.Count - mismatches - broken} of {cases.Count} cases match.");
        return broken > 0 ? ExitCodes.BadInput : mismatches > 0 ? ExitCodes.Mismatch : ExitCodes.Success;
    }

    /// <summary>The case folders at or below <paramref name="folder"/>, at any depth (a case may hold earlier cases, such as a first quarter), in ordinal path order.</summary>
    private static List<DirectoryInfo> FindCases(DirectoryInfo folder) =>
        new[] { folder }
            .Concat(folder.EnumerateDirectories("*", SearchOption.AllDirectories))
            .Where(d => SampleCase.IsCase(d) && !string.Equals(d.Name, "expected", StringComparison.Ordinal))
            .OrderBy(d => d.FullName, StringComparer.Ordinal)
            .ToList();

    private static int AuditCase(SampleCase sample, TextWriter output, TextWriter error)
    {
        if (!sample.Expected.Exists || sample.Expected.GetFiles().Length == 0)
        {
            error.WriteLine($"error: {sample.Name}: no expected/ outputs to compare with.");
            return ExitCodes.BadInput;
        }

        string actualPath = Path.Combine(Path.GetTempPath(), $"sib-audit-{Guid.NewGuid():N}");
        try
        {
            var actual = new DirectoryInfo(actualPath);
            int exit = ExitCodes.Success;
            if (sample.AsOf is { } asOf)
            {
                exit = SettleCommand.Settle(sample.Inputs, asOf, actual, TextWriter.Null, error);
                if (exit == ExitCodes.Success && File.Exists(Path.Combine(sample.Expected.FullName, "outcomes.csv")))
                {
                    exit = OutcomesCommand.WriteOutcomes(sample.Inputs, asOf, actual, TextWriter.Null, error);
                }

                if (exit == ExitCodes.Success && File.Exists(Path.Combine(sample.Expected.FullName, "evidence.json")))
                {
                    exit = EvidenceCommand.WriteEvidence(sample.Inputs, asOf, actual, TextWriter.Null, error);
                }

                if (exit == ExitCodes.Success && sample.Investments is { } investments && File.Exists(Path.Combine(sample.Expected.FullName, "economics.json")))
                {
                    exit = EconomicsCommand.Run(sample.Inputs with { Investments = investments }, asOf, sample.Rate, actual, TextWriter.Null, error);
                }
            }

            if (exit == ExitCodes.Success && sample.Simulation is { } simulation)
            {
                exit = SimulateCommand.Simulate(simulation, actual, TextWriter.Null, error);
            }

            if (exit == ExitCodes.Success && sample.Design is { } design)
            {
                exit = DesignCommand.Run(design.Projection, design.Design, design.Investments, actual, TextWriter.Null, error, StressScenario.Default);
            }

            if (exit == ExitCodes.Success && sample.AsOf is { } reportAsOf && File.Exists(Path.Combine(sample.Expected.FullName, "report.md")))
            {
                // report.md holds every number and links its charts; report.html inlines the SVG, whose glyph positions
                // depend on the fonts of the machine, so only report.md is compared (docs/report.md).
                exit = ReportCommand.Run(sample.Inputs with { Investments = sample.Investments }, reportAsOf, sample.Rate, actual, TextWriter.Null, error);
            }

            if (exit != ExitCodes.Success)
            {
                error.WriteLine($"error: {sample.Name}: the case could not be settled, projected or designed.");
                return ExitCodes.BadInput;
            }

            bool allMatch = true;
            foreach (FileInfo expected in sample.Expected.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                string difference = OutputComparison.FirstDifference(expected, new FileInfo(Path.Combine(actualPath, expected.Name)));
                if (difference.Length == 0)
                {
                    output.WriteLine($"{sample.Name}/{expected.Name}: match");
                }
                else
                {
                    output.WriteLine($"{sample.Name}/{expected.Name}: MISMATCH {difference}");
                    allMatch = false;
                }
            }

            return allMatch ? ExitCodes.Success : ExitCodes.Mismatch;
        }
        finally
        {
            if (Directory.Exists(actualPath))
            {
                Directory.Delete(actualPath, recursive: true);
            }
        }
    }
}
