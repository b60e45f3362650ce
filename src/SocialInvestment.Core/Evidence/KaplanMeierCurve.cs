namespace SocialInvestment;

/// <summary>
/// The Kaplan–Meier (product-limit) estimate of the time to a trigger, with censoring (docs/evidence.md, "Time to
/// outcome"): a step for every day on which someone met it or was censored, and the median time to it.
/// </summary>
public sealed class KaplanMeierCurve
{
    /// <summary>How far below or above 0.5 S(t) may be from rounding and still count as having reached 0.5.</summary>
    internal const double MedianTolerance = 1e-9;

    private KaplanMeierCurve(int count, int met, IReadOnlyList<KaplanMeierStep> steps, int? median)
    {
        Count = count;
        Met = met;
        Steps = steps;
        MedianDays = median;
    }

    /// <summary>How many participants the curve is estimated from.</summary>
    public int Count { get; }

    /// <summary>How many of them met the trigger (the rest are censored).</summary>
    public int Met { get; }

    /// <summary>The steps, by day ascending; S(t) = 1 before the first.</summary>
    public IReadOnlyList<KaplanMeierStep> Steps { get; }

    /// <summary>
    /// The median time to the trigger in days: the first day t with S(t) ≤ 0.5 (compared with a tolerance of 10⁻⁹ for
    /// rounding); null where the curve never reaches 0.5.
    /// </summary>
    public int? MedianDays { get; }

    /// <summary>Estimates the curve from each participant's time to the trigger.</summary>
    /// <param name="times">One per participant, in any order.</param>
    /// <exception cref="ArgumentException">A time is negative.</exception>
    public static KaplanMeierCurve Estimate(IEnumerable<TimeToOutcome> times)
    {
        Preconditions.CheckNotNull(times, nameof(times));
        TimeToOutcome[] sorted = times.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(sorted, t => t.Days >= 0), nameof(times), "A time to an outcome is at least 0 days.");
        Array.Sort(sorted, (a, b) => a.Days.CompareTo(b.Days));
        var steps = new List<KaplanMeierStep>();
        int atRisk = sorted.Length;
        int metInAll = 0;
        double survival = 1;
        double greenwood = 0;
        bool greenwoodDefined = true;
        int? median = null;
        for (int i = 0; i < sorted.Length;)
        {
            int day = sorted[i].Days;
            int met = 0;
            int censored = 0;
            for (; i < sorted.Length && sorted[i].Days == day; i++)
            {
                if (sorted[i].Met)
                {
                    met++;
                }
                else
                {
                    censored++;
                }
            }

            // Those censored on day t were still observed that day: they are at risk for the day's events.
            if (met > 0)
            {
                survival *= (double)(atRisk - met) / atRisk;
                if (atRisk > met)
                {
                    greenwood += met / ((double)atRisk * (atRisk - met));
                }
                else
                {
                    greenwoodDefined = false;
                }
            }

            double? standardError = greenwoodDefined ? survival * Math.Sqrt(greenwood) : null;
            steps.Add(new KaplanMeierStep(day, atRisk, met, censored, survival, standardError));
            if (median is null && met > 0 && survival <= 0.5 + MedianTolerance)
            {
                median = day;
            }

            metInAll += met;
            atRisk -= met + censored;
        }

        return new KaplanMeierCurve(sorted.Length, metInAll, steps.AsReadOnly(), median);
    }

    /// <summary>S(t) at <paramref name="days"/>: that of the last step on or before it, 1 before the first step.</summary>
    /// <param name="days">Days from the window start.</param>
    public double SurvivalAt(int days)
    {
        int lo = 0;
        int hi = Steps.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Steps[mid].Days <= days)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? 1 : Steps[lo - 1].Survival;
    }
}
