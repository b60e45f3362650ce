namespace SocialInvestment;

/// <summary>A trigger measured on weeks of self-support in the window.</summary>
public abstract class SelfSupportTrigger : Trigger
{
    private protected SelfSupportTrigger(string id, int weeks, SelfSupport level, bool excludeEducation)
        : base(id)
    {
        Preconditions.CheckArgumentRange(nameof(weeks), weeks, 1, ObservationWindow.MaxWeeks);
        Preconditions.CheckArgument(level is SelfSupport.Full or SelfSupport.Partial, nameof(level), "The level is Full, or Partial for full_or_partial.");
        Weeks = weeks;
        Level = level;
        ExcludeEducation = excludeEducation;
        Qualification = WeekQualification.AtLeast(level, excludeEducation);
    }

    /// <summary>N: the number of qualifying weeks needed.</summary>
    public int Weeks { get; }

    /// <summary>
    /// The least self-support a week needs to qualify: <see cref="SelfSupport.Full"/> for <c>full</c>,
    /// <see cref="SelfSupport.Partial"/> for <c>full_or_partial</c>.
    /// </summary>
    public SelfSupport Level { get; }

    /// <summary>Whether a week holding any education day does not qualify.</summary>
    public bool ExcludeEducation { get; }

    /// <inheritdoc/>
    public override bool NeedsSpells => true;

    /// <inheritdoc/>
    internal override int WeeksInWindow => Weeks;

    /// <summary>Which weeks qualify: <see cref="Level"/> or better, without education where <see cref="ExcludeEducation"/>.</summary>
    private protected WeekQualification Qualification { get; }
}
