namespace SocialInvestment.Cli.Tests;

/// <summary>Runs <c>sib</c> in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    internal static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Sib.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    internal static string Case(string name, string file) => Path.Combine(AppContext.BaseDirectory, "Cases", name, file);
}
