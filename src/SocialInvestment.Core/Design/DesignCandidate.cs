using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// One evaluated candidate contract of a <see cref="DesignResult"/>: where it stands in the grid, its values, its
/// measures, the conditions it meets, and whether it qualifies, is on the Pareto front and is the recommended contract
/// (docs/design.md, "The result").
/// </summary>
public sealed class DesignCandidate
{
    internal DesignCandidate(DesignAssignment assignment, DesignMeasures measures, bool[] conditionsMet)
    {
        Assignment = assignment;
        Measures = measures;
        ConditionsMet = Array.AsReadOnly(conditionsMet);
        Qualifies = conditionsMet.All(met => met);
    }

    /// <summary>The candidate's index in the grid's order, from 0.</summary>
    public long Index => Assignment.Index;

    /// <summary>The candidate's value of each parameter, in the grid's parameter order.</summary>
    public DesignAssignment Assignment { get; }

    /// <summary>The candidate's measures, as given to <see cref="DesignResult.Of"/>.</summary>
    public DesignMeasures Measures { get; }

    /// <summary>For each condition of the design, in its order, whether the candidate meets it.</summary>
    public ReadOnlyCollection<bool> ConditionsMet { get; }

    /// <summary>Whether the candidate meets every condition (true where there is none).</summary>
    public bool Qualifies { get; }

    /// <summary>Whether the candidate is on the Pareto front of the qualifying candidates.</summary>
    public bool OnFront { get; internal set; }

    /// <summary>Whether the candidate is the recommended contract (<see cref="DesignResult.Recommended"/>).</summary>
    public bool IsRecommended { get; internal set; }
}
