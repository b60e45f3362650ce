using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// What a design finds (docs/design.md, "The result"): every evaluated candidate in the grid's order, those that meet
/// every condition, the Pareto front among them, the binding condition where none does, and the recommended contract.
/// Built by <see cref="Of"/> from the measures of the candidates, however they were priced (screened or exact).
/// </summary>
public sealed class DesignResult
{
    private DesignResult(DesignSpace space, DesignCandidate[] candidates, IReadOnlyList<ParetoPoint> front, DesignMiss? miss)
    {
        Space = space;
        Candidates = Array.AsReadOnly(candidates);
        Qualifying = Array.AsReadOnly(candidates.Where(c => c.Qualifies).ToArray());
        var byIndex = candidates.ToDictionary(c => c.Index);
        Front = Array.AsReadOnly(front.Select(p => byIndex[p.Candidate]).ToArray());
        foreach (DesignCandidate candidate in Front)
        {
            candidate.OnFront = true;
        }

        Miss = miss;
        Nearest = miss is null ? null : candidates[miss.Candidate];
        Recommended = Front.Count > 0 ? Front[0] : null;
        Recommended?.IsRecommended = true;
    }

    /// <summary>The design: the grid and the conditions.</summary>
    public DesignSpace Space { get; }

    /// <summary>The evaluated candidates, in the grid's order (ascending index); all of the grid, or the part searched.</summary>
    public ReadOnlyCollection<DesignCandidate> Candidates { get; }

    /// <summary>The candidates that meet every condition, in the grid's order.</summary>
    public ReadOnlyCollection<DesignCandidate> Qualifying { get; }

    /// <summary>
    /// The Pareto front of the qualifying candidates between the payer's expected net saving and the investor's median
    /// IRR, in <see cref="ParetoFront.Of"/>'s order: expected net saving highest first, then index. Empty where none qualifies.
    /// </summary>
    public ReadOnlyCollection<DesignCandidate> Front { get; }

    /// <summary>
    /// Where no candidate qualifies, the binding condition (<see cref="DesignMiss.Find"/> over <see cref="Candidates"/>:
    /// its <see cref="DesignMiss.Candidate"/> is a position in <see cref="Candidates"/>, see <see cref="Nearest"/>); null otherwise.
    /// </summary>
    public DesignMiss? Miss { get; }

    /// <summary>Where no candidate qualifies, the candidate that comes nearest to meeting the binding condition; null otherwise.</summary>
    public DesignCandidate? Nearest { get; }

    /// <summary>
    /// The recommended contract: the first point of the front, the qualifying candidate with the highest expected net
    /// saving for the payer, of those the one with the best median IRR, of those the lowest index. The conditions state
    /// what the investor needs; among the contracts that give it, the payer's expected saving decides. Null where none qualifies.
    /// </summary>
    public DesignCandidate? Recommended { get; }


    /// <summary>
    /// Builds the result from each evaluated candidate's measures. The order of <paramref name="measured"/> does not
    /// matter: candidates are taken in the grid's order.
    /// </summary>
    /// <param name="space">The design.</param>
    /// <param name="measured">Each evaluated candidate's grid index and measures; at least one, each index of the grid at most once.</param>
    /// <exception cref="ArgumentException"><paramref name="measured"/> is empty, gives an index twice, or a candidate has no <c>payer_net_saving_mean</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the grid.</exception>
    public static DesignResult Of(DesignSpace space, IEnumerable<(long Candidate, DesignMeasures Measures)> measured)
    {
        Preconditions.CheckNotNull(space, nameof(space));
        Preconditions.CheckNotNull(measured, nameof(measured));
        var sorted = measured.ToArray();
        Preconditions.CheckArgument(sorted.Length > 0, nameof(measured), "A design has at least one evaluated candidate.");
        Preconditions.CheckArgument(sorted.All(m => m.Measures is not null), nameof(measured), "A candidate's measures are null.");
        Preconditions.CheckArgument(
            sorted.All(m => m.Measures[DesignMeasure.PayerNetSavingMean] is not null),
            nameof(measured),
            "Every candidate has an expected net saving (payer_net_saving_mean).");
        Array.Sort(sorted, (a, b) => a.Candidate.CompareTo(b.Candidate));
        for (int i = 1; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(sorted[i].Candidate != sorted[i - 1].Candidate, nameof(measured), $"Candidate {sorted[i].Candidate} is given twice.");
        }

        DesignCandidate[] candidates = sorted
            .Select(m => new DesignCandidate(space.Grid.At(m.Candidate), m.Measures, space.Conditions.Select(c => c.IsMetBy(m.Measures)).ToArray()))
            .ToArray();
        IReadOnlyList<ParetoPoint> front = ParetoFront.Of(candidates
            .Where(c => c.Qualifies)
            .Select(c => new ParetoPoint(c.Index, c.Measures[DesignMeasure.PayerNetSavingMean]!.Value, c.Measures[DesignMeasure.InvestorIrrP50])));
        DesignMiss? miss = DesignMiss.Find(space.Conditions, candidates.Select(c => c.Measures).ToArray());
        return new DesignResult(space, candidates, front, miss);
    }
}
