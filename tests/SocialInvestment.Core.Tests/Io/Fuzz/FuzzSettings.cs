using System.Globalization;

namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>
/// How long the fuzz tests run. By default a short run for every <c>dotnet test</c>; the long run sets
/// <c>SIB_FUZZ_CASES</c> (cases over all the readers, for example 100000) and may set <c>SIB_FUZZ_TIMEOUT_SECONDS</c>.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>The cases of the short run, over all the readers.</summary>
    private const int ShortRunCases = 500;

    /// <summary>The cases over all the readers.</summary>
    internal static int Cases { get; } = Read("SIB_FUZZ_CASES", ShortRunCases);

    /// <summary>The cases for one reader's test.</summary>
    internal static int CasesPerReader => Math.Max(1, Cases / Enum.GetValues<FuzzTarget>().Length);

    /// <summary>The longest one case may take, reading included: "never more than a few seconds".</summary>
    internal static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(Read("SIB_FUZZ_TIMEOUT_SECONDS", 5));

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : fallback;
}
