using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Cli;

/// <summary>
/// A sample (or published) case as a folder: the inputs under their conventional names (participants.csv, spells.csv or
/// weeks.csv, events.csv, key.bin, ledger.csv, and a comparison group's comparison-participants.csv, comparison-spells.csv
/// or comparison-weeks.csv, and comparison-events.csv), <c>as_of.txt</c>, and the expected outputs in <c>expected/</c>. Which input files exist decides
/// the arguments, exactly as an analyst would pass them. A case with a <c>simulate.json</c> is also projected with
/// <c>sib simulate</c> (<see cref="SimulationSpec"/>), and one with a <c>design-run.json</c> is put through
/// <c>sib design</c> with its contract.json as the template (<see cref="DesignSpec"/>); such a case needs no as_of.txt or
/// participants.csv unless it estimates its hazards from them.
/// </summary>
internal sealed class SampleCase
{
    private SampleCase(DirectoryInfo folder, string name, InputPaths inputs, LocalDate? asOf, SimulationRequest? simulation, DesignRequest? design, FileInfo? investments, double? rate)
    {
        Folder = folder;
        Name = name;
        Inputs = inputs;
        AsOf = asOf;
        Simulation = simulation;
        Design = design;
        Investments = investments;
        Rate = rate;
    }

    internal DirectoryInfo Folder { get; }

    internal InputPaths Inputs { get; }

    /// <summary>The settlement's as_of, or null for a case that is only projected (no as_of.txt).</summary>
    internal LocalDate? AsOf { get; }

    /// <summary>The projection of the case's simulate.json, or null where it has none.</summary>
    internal SimulationRequest? Simulation { get; }

    /// <summary>The design of the case's design-run.json, or null where it has none.</summary>
    internal DesignRequest? Design { get; }

    /// <summary>The case's investments.csv, where it has one: the case is then also run through <c>sib economics</c> where expected/ has its economics.json.</summary>
    internal FileInfo? Investments { get; }

    /// <summary>The discount rate in rate.txt, for <c>sib economics --rate</c>; null where there is none.</summary>
    internal double? Rate { get; }

    /// <summary>The case's name as printed, for example <c>restatement/first-quarter</c>.</summary>
    internal string Name { get; }

    internal DirectoryInfo Expected => new(Path.Combine(Folder.FullName, "expected"));

    /// <summary>Whether a folder looks like a case: it has a contract.json.</summary>
    internal static bool IsCase(DirectoryInfo folder) => File.Exists(Path.Combine(folder.FullName, "contract.json"));

    /// <summary>Reads a case folder, or returns null with the problem.</summary>
    internal static SampleCase? Open(DirectoryInfo folder, string name, out string problem)
    {
        string asOfPath = Path.Combine(folder.FullName, "as_of.txt");
        var simulationFile = new FileInfo(Path.Combine(folder.FullName, SimulationSpec.FileName));
        var designFile = new FileInfo(Path.Combine(folder.FullName, DesignSpec.FileName));
        LocalDate? asOf = null;
        if (File.Exists(asOfPath))
        {
            ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(File.ReadAllText(asOfPath).Trim());
            if (!parsed.Success)
            {
                problem = $"{name}: as_of.txt does not hold an ISO date yyyy-MM-dd";
                return null;
            }

            asOf = parsed.Value;
        }
        else if (!simulationFile.Exists && !designFile.Exists)
        {
            problem = $"{name}: no as_of.txt";
            return null;
        }

        SimulationRequest? simulation = null;
        if (simulationFile.Exists)
        {
            simulation = SimulationSpec.Read(simulationFile, folder, asOf, out string specProblem);
            if (simulation is null)
            {
                problem = $"{name}: {specProblem}";
                return null;
            }
        }

        DesignRequest? design = null;
        if (designFile.Exists)
        {
            design = DesignSpec.Read(designFile, folder, asOf, out string specProblem);
            if (design is null)
            {
                problem = $"{name}: {specProblem}";
                return null;
            }
        }

        FileInfo? Optional(string name) => File.Exists(Path.Combine(folder.FullName, name)) ? new FileInfo(Path.Combine(folder.FullName, name)) : null;
        var inputs = new InputPaths(
            new FileInfo(Path.Combine(folder.FullName, "contract.json")),
            new FileInfo(Path.Combine(folder.FullName, "participants.csv")),
            Optional("spells.csv"),
            Optional("events.csv"),
            Optional("key.bin"),
            Optional("ledger.csv"))
        {
            ComparisonParticipants = Optional("comparison-participants.csv"),
            Weeks = Optional("weeks.csv"),
            ComparisonSpells = Optional("comparison-spells.csv"),
            ComparisonWeeks = Optional("comparison-weeks.csv"),
            ComparisonEvents = Optional("comparison-events.csv"),
        };
        double? rate = null;
        string ratePath = Path.Combine(folder.FullName, "rate.txt");
        if (File.Exists(ratePath))
        {
            if (!RateOption.TryParse(File.ReadAllText(ratePath).Trim(), out double value))
            {
                problem = $"{name}: rate.txt does not hold {RateOption.Expected}";
                return null;
            }

            rate = value;
        }

        problem = string.Empty;
        return new SampleCase(folder, name, inputs, asOf, simulation, design, Optional("investments.csv"), rate);
    }
}
