namespace SocialInvestment;

/// <summary>
/// The municipal and state parts of one period's saving over a projection's runs (docs/simulation.md, "The municipal
/// saving"): each run's municipal saving, and its state saving (the run's gross saving less it), whose percentiles are
/// taken apart (a percentile of the state's parts is not the gross percentile less the municipal one). Empty (no runs)
/// where the contract has no municipal share, and then every band is null.
/// </summary>
internal sealed class MunicipalBands(int runs)
{
    private readonly long[] _municipal = new long[runs];
    private readonly long[] _state = new long[runs];

    /// <summary>Run <paramref name="r"/>'s parts of the period: <paramref name="municipal"/> of its <paramref name="gross"/> saving (in øre); null, nothing to set.</summary>
    internal void Set(int r, long gross, long? municipal)
    {
        if (municipal is { } cents)
        {
            _municipal[r] = cents;
            _state[r] = checked(gross - cents);
        }
    }

    /// <summary>The band of the municipal parts set, or null without a municipal share. Set every run again before the next period.</summary>
    internal PercentileBand? Municipal() => _municipal.Length == 0 ? null : PercentileBand.Of(_municipal);

    /// <summary>The band of the state parts set, or null without a municipal share.</summary>
    internal PercentileBand? State() => _state.Length == 0 ? null : PercentileBand.Of(_state);
}
