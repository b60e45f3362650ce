using System.Globalization;
using System.Runtime.CompilerServices;

namespace SocialInvestment.Testing;

/// <summary>
/// Runs the whole test assembly under the culture that the environment variable <c>SIB_TEST_CULTURE</c> names (for
/// example <c>da-DK</c> or <c>ar-SA</c>), so that CI can show that no result depends on the culture of the machine:
/// Danish writes <c>1.234,50</c> and sorts <c>aa</c> after <c>z</c>; Arabic writes <c>1٬234٫50</c> and puts a letter mark
/// before the minus sign. Unset or empty: the machine's own culture, as always.
/// </summary>
internal static class TestCulture
{
    /// <summary>The environment variable that names the culture.</summary>
    internal const string Variable = "SIB_TEST_CULTURE";

    /// <summary>The culture asked for, or null where none is.</summary>
    internal static CultureInfo? Requested =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } name
            ? CultureInfo.GetCultureInfo(name, predefinedOnly: true)
            : null;

    // A module initializer runs before any code of the test assembly, so before the first test; the default culture of
    // threads covers the thread pool and the threads that the code under test starts. An unknown name throws here, so a
    // misspelt variable fails the run instead of passing it under the wrong culture.
#pragma warning disable CA2255 // A test assembly is no library: setting the culture for all its tests is the point.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        if (Requested is { } culture)
        {
            CultureInfo.DefaultThreadCurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
