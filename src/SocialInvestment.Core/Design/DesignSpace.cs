using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>What a design asks (design.json, docs/design.md): the candidate contracts to try and the conditions a recommended one meets.</summary>
public sealed class DesignSpace
{
    /// <summary>Creates a design.</summary>
    /// <param name="grid">The candidates.</param>
    /// <param name="conditions">The conditions, in the order given (<see cref="DesignMiss"/> applies them in this order); may be empty.</param>
    public DesignSpace(DesignGrid grid, IEnumerable<DesignCondition> conditions)
    {
        Grid = Preconditions.CheckNotNull(grid, nameof(grid));
        Conditions = Array.AsReadOnly(Preconditions.CheckNotNull(conditions, nameof(conditions)).ToArray());
        Preconditions.CheckArgument(Conditions.All(c => c is not null), nameof(conditions), "A condition is null.");
    }

    /// <summary>The candidate contracts.</summary>
    public DesignGrid Grid { get; }

    /// <summary>The conditions a recommended contract meets, in the order given.</summary>
    public ReadOnlyCollection<DesignCondition> Conditions { get; }
}
