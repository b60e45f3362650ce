using System.Globalization;

namespace SocialInvestment.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Every file sib reads or writes has one form whatever the machine's settings, and the code never relies on the
        // culture (the test suite runs under da-DK and ar-SA to show it). Pinning the process to the invariant culture
        // besides keeps the libraries beneath in line too, and every message in one language.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return Sib.Run(args, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected);
    }
}
