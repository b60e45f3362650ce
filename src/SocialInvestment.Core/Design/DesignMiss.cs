namespace SocialInvestment;

/// <summary>
/// Where no candidate meets every condition: the condition that binds, and the candidate that comes nearest to meeting
/// it. The conditions are applied in the order given, each to the candidates that met those before it; the binding
/// condition is the first that none of them meets, and the nearest candidate is the one of them that misses it by the
/// least (<see cref="DesignCondition.Shortfall"/>; a missing measure counts as the farthest miss; ties to the lowest
/// index). So the message can say: "no candidate meets investor_irr_p50 at_least 0.08 among those that meet the
/// conditions before it; the best, candidate 17, misses it by 0.012".
/// </summary>
/// <param name="ConditionIndex">The binding condition's place in the list given, from 0.</param>
/// <param name="Condition">The binding condition.</param>
/// <param name="Candidate">The nearest candidate's index in the list of measures given.</param>
/// <param name="Shortfall">How far it misses the condition; null where its measure does not exist.</param>
public sealed record DesignMiss(int ConditionIndex, DesignCondition Condition, int Candidate, decimal? Shortfall)
{
    /// <summary>
    /// The binding condition where no candidate meets every condition; null where some candidate meets them all (or
    /// there is no condition).
    /// </summary>
    /// <param name="conditions">The conditions, in the order given.</param>
    /// <param name="candidates">Each candidate's measures; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="candidates"/> is empty.</exception>
    public static DesignMiss? Find(IReadOnlyList<DesignCondition> conditions, IReadOnlyList<DesignMeasures> candidates)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(candidates);
        Preconditions.CheckArgument(candidates.Count > 0, nameof(candidates), "There is no candidate.");
        List<int> remaining = Enumerable.Range(0, candidates.Count).ToList();
        for (int c = 0; c < conditions.Count; c++)
        {
            DesignCondition condition = conditions[c];
            List<int> meeting = remaining.Where(i => condition.IsMetBy(candidates[i])).ToList();
            if (meeting.Count == 0)
            {
                int best = remaining[0];
                decimal? bestShortfall = condition.Shortfall(candidates[best]);
                foreach (int i in remaining.Skip(1))
                {
                    decimal? shortfall = condition.Shortfall(candidates[i]);
                    if (shortfall is { } s && (bestShortfall is null || s < bestShortfall))
                    {
                        best = i;
                        bestShortfall = s;
                    }
                }

                return new DesignMiss(c, condition, best, bestShortfall);
            }

            remaining = meeting;
        }

        return null;
    }
}
