namespace SocialInvestment.Testing;

/// <summary>The checkout the tests were built from: the folder above the test binaries that holds SocialInvestment.slnx.</summary>
internal static class RepositoryFolder
{
    /// <summary>The checkout's root folder.</summary>
    internal static string Root { get; } = Find();

    /// <summary>A path inside the checkout, from parts relative to its root.</summary>
    internal static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialInvestment.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No SocialInvestment.slnx above {AppContext.BaseDirectory}: the tests run from a build inside the checkout.");
    }
}
