namespace SocialInvestment;

/// <summary>
/// What an earlier cohort did in one month since its participants' starts (docs/simulation.md, "Estimating the hazards"):
/// of those observed over the whole month, how many were on support on its first day and how many of them were off support
/// on the next month's first day, and the reverse.
/// </summary>
public sealed class MonthlyTransitions
{
    internal MonthlyTransitions(int month, int onSupport, int left, int offSupport, int returned)
    {
        Month = month;
        OnSupport = onSupport;
        Left = left;
        OffSupport = offSupport;
        Returned = returned;
    }

    /// <summary>The month since the start: 1 for the first.</summary>
    public int Month { get; }

    /// <summary>At risk of leaving: the participants on support on the month's first day.</summary>
    public int OnSupport { get; }

    /// <summary>Of <see cref="OnSupport"/>, those off support on the next month's first day.</summary>
    public int Left { get; }

    /// <summary>At risk of returning: the participants off support on the month's first day.</summary>
    public int OffSupport { get; }

    /// <summary>Of <see cref="OffSupport"/>, those on support on the next month's first day.</summary>
    public int Returned { get; }
}
