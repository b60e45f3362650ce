using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Cli;

/// <summary>
/// A sample (or published) case as a folder: the inputs under their conventional names (participants.csv, spells.csv,
/// events.csv, key.bin, ledger.csv, and a comparison group's comparison-participants.csv, comparison-spells.csv and
/// comparison-events.csv), <c>as_of.txt</c>, and the expected outputs in <c>expected/</c>. Which input files exist decides
/// the arguments, exactly as an analyst would pass them.
/// </summary>
internal sealed class SampleCase
{
    private SampleCase(DirectoryInfo folder, string name, InputPaths inputs, LocalDate asOf, FileInfo? investments, double? rate)
    {
        Folder = folder;
        Name = name;
        Inputs = inputs;
        AsOf = asOf;
        Investments = investments;
        Rate = rate;
    }

    internal DirectoryInfo Folder { get; }

    internal InputPaths Inputs { get; }

    internal LocalDate AsOf { get; }

    /// <summary>The case's investments.csv, where it has one: the case is then also run through <c>sib economics</c>.</summary>
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
        if (!File.Exists(asOfPath))
        {
            problem = $"{name}: no as_of.txt";
            return null;
        }

        ParseResult<LocalDate> asOf = LocalDatePattern.Iso.Parse(File.ReadAllText(asOfPath).Trim());
        if (!asOf.Success)
        {
            problem = $"{name}: as_of.txt does not hold an ISO date yyyy-MM-dd";
            return null;
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
            ComparisonSpells = Optional("comparison-spells.csv"),
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
        return new SampleCase(folder, name, inputs, asOf.Value, Optional("investments.csv"), rate);
    }
}
