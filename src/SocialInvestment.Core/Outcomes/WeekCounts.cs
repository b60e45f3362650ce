namespace SocialInvestment;

/// <summary>How a participant's window weeks were classified (SPEC §5). The four counts add up to <c>window.weeks</c>.</summary>
/// <param name="Full">Observed weeks of full self-support.</param>
/// <param name="Partial">Observed weeks of partial self-support.</param>
/// <param name="None">Observed weeks without self-support.</param>
/// <param name="Unobserved">Weeks whose last day is after <c>as_of</c>.</param>
public readonly record struct WeekCounts(int Full, int Partial, int None, int Unobserved)
{
    /// <summary>All weeks of the window.</summary>
    public int Total => Full + Partial + None + Unobserved;
}
