namespace SocialInvestment.Cli;

internal static class Program
{
    private static int Main(string[] args) => Sib.Run(args, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected);
}
