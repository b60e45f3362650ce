namespace SocialInvestment.Cli;

/// <summary>
/// What <c>sib design</c> is asked beside its projection: the design file and the investor's money. The audit builds
/// one from a sample's design-run.json (<see cref="DesignSpec"/>); <see cref="Projection"/>'s contract is the template.
/// </summary>
internal sealed record DesignRequest(SimulationRequest Projection, FileInfo Design, FileInfo Investments);
