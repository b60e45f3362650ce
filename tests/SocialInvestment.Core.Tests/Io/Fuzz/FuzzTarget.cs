namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>The readers the fuzz tests feed, each with the file name its seeds have.</summary>
internal enum FuzzTarget
{
    Participants,
    Spells,
    Events,
    Ledger,
    Contract,
    Investments,
    Weeks,
}
