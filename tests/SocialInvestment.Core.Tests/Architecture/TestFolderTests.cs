using SocialInvestment.Testing;

namespace SocialInvestment.Tests.Architecture;

/// <summary>
/// A rule's tests are found where the rule is: each folder of tests mirrors a folder of the source it tests (tests of
/// <c>Settlement/CapsInLineOrder.cs</c> are in <c>Settlement/</c>), and no folder names a feature by a version.
/// </summary>
public sealed class TestFolderTests
{
    /// <summary>Folders of tests with no source folder of their own, and why.</summary>
    private static readonly Dictionary<string, string> OwnFolders = new(StringComparer.Ordinal)
    {
        ["Architecture"] = "tests of how the source is laid out, not of one folder",
        ["Reference"] = "the day-by-day reference settlement the property tests compare with",
        ["Io/Fuzz"] = "the fuzz tests of Io's readers: their seeds, mutations and oracle",
    };

    [Fact]
    public void Every_folder_of_Core_tests_mirrors_a_folder_of_Core()
    {
        string tests = RepositoryFolder.PathOf("tests", "SocialInvestment.Core.Tests");
        string source = RepositoryFolder.PathOf("src", "SocialInvestment.Core");
        string[] unmatched =
        [
            .. Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(tests, Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(folder => folder != "." && !IsBuildOutput(folder))
                .Distinct()
                .Where(folder => !OwnFolders.ContainsKey(folder) && !Directory.Exists(Path.Combine(source, folder)))
                .Order(StringComparer.Ordinal),
        ];

        Assert.True(unmatched.Length == 0, "test folders with no source folder: " + string.Join(", ", unmatched));
    }

    private static bool IsBuildOutput(string folder)
    {
        string first = folder.Split('/')[0];
        return first is "bin" or "obj";
    }
}
