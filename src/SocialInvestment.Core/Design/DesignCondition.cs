using System.Globalization;

namespace SocialInvestment;

/// <summary>
/// A condition every recommended contract meets, such as "the payer's net saving is positive with probability at least
/// 0.95" (<c>{ "measure": "payer_net_saving_positive_probability", "at_least": 0.95 }</c>). Compared exactly in decimal;
/// a measure that does not exist for a candidate (null) never meets a condition.
/// </summary>
/// <param name="Measure">The measure bounded.</param>
/// <param name="Bound">Which side of <paramref name="Limit"/> it must be on.</param>
/// <param name="Limit">The bound, in the measure's unit; the bound itself meets the condition.</param>
public sealed record DesignCondition(DesignMeasure Measure, DesignBound Bound, decimal Limit)
{
    /// <summary>Whether <paramref name="measures"/> meets the condition.</summary>
    /// <param name="measures">A candidate's measures.</param>
    public bool IsMetBy(DesignMeasures measures) => Shortfall(measures) == 0;

    /// <summary>
    /// How far the candidate misses the condition, in the measure's unit: 0 where it meets it, else how much the measure
    /// would have to rise (<see cref="DesignBound.AtLeast"/>) or fall (<see cref="DesignBound.AtMost"/>) to meet it; null
    /// where the measure does not exist for the candidate (no distance can be told: it misses by more than any number).
    /// </summary>
    /// <param name="measures">A candidate's measures.</param>
    public decimal? Shortfall(DesignMeasures measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (measures[Measure] is not { } value)
        {
            return null;
        }

        decimal miss = Bound == DesignBound.AtLeast ? Limit - value : value - Limit;
        return Math.Max(0m, miss);
    }

    /// <summary>The condition as design.json writes it: <c>investor_irr_p50 at_least 0.08</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DesignMeasures.NameOf(Measure)} {(Bound == DesignBound.AtLeast ? "at_least" : "at_most")} {Limit}");
}
