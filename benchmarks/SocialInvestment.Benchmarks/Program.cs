using System.Globalization;
using BenchmarkDotNet.Running;

namespace SocialInvestment.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["read", string folder, ..])
        {
            return ReadingHarness.Run(
                folder,
                args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4,
                args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : Environment.ProcessorCount);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
