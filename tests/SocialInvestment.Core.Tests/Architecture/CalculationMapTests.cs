using System.Text.RegularExpressions;
using SocialInvestment.Testing;

namespace SocialInvestment.Tests.Architecture;

/// <summary>docs/calculation.md's map of rules to files stays true: every source file it names exists.</summary>
public sealed partial class CalculationMapTests
{
    [Fact]
    public void Every_source_file_docs_calculation_names_exists()
    {
        string text = File.ReadAllText(RepositoryFolder.PathOf("docs", "calculation.md"));
        string core = RepositoryFolder.PathOf("src", "SocialInvestment.Core");
        string[] allNames = [.. Directory.GetFiles(RepositoryFolder.PathOf("src"), "*.cs", SearchOption.AllDirectories).Select(Path.GetFileName)!];
        var named = SourceFile().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        string[] missing =
        [
            .. named.Where(name => name.Contains('/', StringComparison.Ordinal)
                ? !File.Exists(Path.Combine(core, name)) && !File.Exists(RepositoryFolder.PathOf(name))
                : !allNames.Contains(name)),
        ];

        Assert.True(named.Count >= 40, $"only {named.Count} files named");
        Assert.True(missing.Length == 0, "docs/calculation.md names files that do not exist: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"`([A-Za-z0-9_./]+\.cs)`")]
    private static partial Regex SourceFile();
}
