using System.Text.RegularExpressions;
using SocialInvestment.Testing;

namespace SocialInvestment.Tests.Architecture;

/// <summary>
/// The domain (namespace <c>SocialInvestment</c>: contracts, spells, outcomes, settlement, economics, evidence, simulation,
/// participants, primitives, events) knows nothing of reading and writing files (<c>SocialInvestment.Io</c>); <c>Io</c> uses
/// the domain's public API, plus <c>BulkAccess</c>, the one internal door it has for speed.
/// </summary>
public partial class LayeringTests
{
    private const string Domain = "SocialInvestment";
    private const string Io = "SocialInvestment.Io";

    /// <summary>What of the domain's internals <c>Io</c> may use: the bulk API, and nothing else.</summary>
    private static readonly string[] DoorsForIo = ["SocialInvestment.BulkAccess"];

    private static readonly IReadOnlyList<AssemblyUses.Use> Uses = AssemblyUses.Of(typeof(Contract).Assembly);

    [Fact]
    public void No_domain_type_uses_a_type_of_Io()
    {
        string[] uses = [.. Uses.Where(u => u.UserNamespace == Domain && IsIo(u.UsedNamespace)).Select(u => u.ToString()).Distinct()];

        Assert.True(uses.Length == 0, string.Join('\n', uses));
    }

    [Fact]
    public void Io_uses_of_the_domain_only_its_public_API_and_the_bulk_API()
    {
        string[] uses =
        [
            .. Uses.Where(u => IsIo(u.UserNamespace) && u.UsedNamespace == Domain && !u.UsedIsVisible)
                .Where(u => !DoorsForIo.Any(door => u.Used == door || u.Used.StartsWith(door + ".", StringComparison.Ordinal) || u.Used.StartsWith(door + "+", StringComparison.Ordinal)))
                .Select(u => u.ToString())
                .Distinct(),
        ];

        Assert.True(uses.Length == 0, string.Join('\n', uses));
    }

    /// <summary>The source too: a constant of <c>Io</c> is copied into the IL, so only the text shows its use.</summary>
    [Fact]
    public void No_domain_source_file_names_Io()
    {
        string core = RepositoryFolder.PathOf("src", "SocialInvestment.Core");
        string[] excluded = ["Io", "bin", "obj"];
        string[] files =
        [
            .. Directory.EnumerateDirectories(core)
                .Where(folder => !excluded.Contains(Path.GetFileName(folder)))
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
                .Concat(Directory.EnumerateFiles(core, "*.cs"))
                .Where(file => NamesIo().IsMatch(File.ReadAllText(file)))
                .Select(file => Path.GetRelativePath(core, file)),
        ];

        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(core, "Settlement"), "*.cs"));
        Assert.True(files.Length == 0, string.Join('\n', files));
    }

    private static bool IsIo(string ns) => ns == Io || ns.StartsWith(Io + ".", StringComparison.Ordinal);

    [GeneratedRegex(@"\bSocialInvestment\.Io\b|(?<![\w.])Io\.[A-Z]")]
    private static partial Regex NamesIo();
}
