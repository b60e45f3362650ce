namespace SocialInvestment.Cli;

/// <summary>The exit codes of <c>sib</c>.</summary>
internal static class ExitCodes
{
    internal const int Success = 0;

    /// <summary>An audit found a difference.</summary>
    internal const int Mismatch = 1;

    /// <summary>Bad input or bad arguments: nothing was written.</summary>
    internal const int BadInput = 2;
}
