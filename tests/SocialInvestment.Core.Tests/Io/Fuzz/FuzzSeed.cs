namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>A valid (or nearly valid) input file that mutations start from.</summary>
/// <param name="Name">Where it comes from, relative to the repository: <c>samples/kvinder-i-job/spells.csv</c>.</param>
/// <param name="Bytes">Its bytes.</param>
internal sealed record FuzzSeed(string Name, byte[] Bytes)
{
    public override string ToString() => Name;
}
