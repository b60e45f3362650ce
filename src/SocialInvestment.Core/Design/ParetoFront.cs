namespace SocialInvestment;

/// <summary>
/// The Pareto front between the payer's expected net saving and the investor's median IRR (docs/design.md, "The
/// front"): the candidates that no other candidate beats on one side without losing on the other.
/// </summary>
/// <remarks>
/// Point q dominates point p where q's saving and IRR are each at least p's, and one is more. A missing IRR (null) is
/// worse than every rate and equal to another missing IRR. Points equal on both figures do not dominate each other, so
/// all of them are on the front or none is (the tie rule: equally good contracts are all shown). The front is ordered by
/// saving, highest first, then by candidate index, so the IRR rises along it; the result does not depend on the order
/// of the points given. It takes time O(n log n).
/// </remarks>
public static class ParetoFront
{
    /// <summary>The points of <paramref name="points"/> that no point dominates, ordered by saving descending, then candidate ascending.</summary>
    /// <param name="points">The candidates; each candidate index at most once.</param>
    /// <exception cref="ArgumentException">Two points have the same candidate index.</exception>
    public static IReadOnlyList<ParetoPoint> Of(IEnumerable<ParetoPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        ParetoPoint[] sorted = points.ToArray();
        Preconditions.CheckArgument(
            sorted.Select(p => p.Candidate).Distinct().Count() == sorted.Length,
            nameof(points),
            "A candidate is given twice.");
        Array.Sort(sorted, (a, b) =>
        {
            int bySaving = b.ExpectedNetSaving.CompareTo(a.ExpectedNetSaving);
            return bySaving != 0 ? bySaving : a.Candidate.CompareTo(b.Candidate);
        });

        var front = new List<ParetoPoint>();
        bool higherSeen = false;
        decimal? bestHigher = null;
        int start = 0;
        while (start < sorted.Length)
        {
            int end = start;
            decimal? groupBest = sorted[start].MedianIrr;
            while (end < sorted.Length && sorted[end].ExpectedNetSaving == sorted[start].ExpectedNetSaving)
            {
                if (CompareIrr(sorted[end].MedianIrr, groupBest) > 0)
                {
                    groupBest = sorted[end].MedianIrr;
                }

                end++;
            }

            // A point of this saving is on the front where its IRR is the best of its saving and better than every IRR of a higher saving.
            bool groupOnFront = !higherSeen || CompareIrr(groupBest, bestHigher) > 0;
            if (groupOnFront)
            {
                for (int i = start; i < end; i++)
                {
                    if (CompareIrr(sorted[i].MedianIrr, groupBest) == 0)
                    {
                        front.Add(sorted[i]);
                    }
                }
            }

            if (groupOnFront)
            {
                bestHigher = groupBest;
            }

            higherSeen = true;
            start = end;
        }

        return front.AsReadOnly();
    }

    /// <summary>Whether <paramref name="q"/> dominates <paramref name="p"/>: at least as good on both figures and better on one.</summary>
    /// <param name="q">The point that may dominate.</param>
    /// <param name="p">The point that may be dominated.</param>
    public static bool Dominates(ParetoPoint q, ParetoPoint p)
    {
        int saving = q.ExpectedNetSaving.CompareTo(p.ExpectedNetSaving);
        int irr = CompareIrr(q.MedianIrr, p.MedianIrr);
        return saving >= 0 && irr >= 0 && (saving > 0 || irr > 0);
    }

    /// <summary>Orders IRRs with a missing one (null) below every rate and equal to another missing one.</summary>
    private static int CompareIrr(decimal? a, decimal? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => a.Value.CompareTo(b!.Value),
    };
}
