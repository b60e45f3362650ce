namespace SocialInvestment;

/// <summary>
/// Which observed weeks qualify for a trigger: for <c>sustained</c> and <c>count</c>, a week at the trigger's level or
/// better, not holding an education day where education is excluded (SPEC §5); for <c>education</c>, a week holding an
/// education day (SPEC §6).
/// </summary>
internal readonly struct WeekQualification
{
    private readonly SelfSupport _least;
    private readonly bool _excludeEducation;
    private readonly bool _byEducation;

    private WeekQualification(SelfSupport least, bool excludeEducation, bool byEducation)
    {
        _least = least;
        _excludeEducation = excludeEducation;
        _byEducation = byEducation;
    }

    /// <summary>A week holding an education day qualifies, whatever its self-support.</summary>
    internal static WeekQualification HoldingEducation => new(SelfSupport.None, excludeEducation: false, byEducation: true);

    /// <summary>A week of <paramref name="least"/> self-support or better qualifies, unless it holds an education day and <paramref name="excludeEducation"/>.</summary>
    internal static WeekQualification AtLeast(SelfSupport least, bool excludeEducation) => new(least, excludeEducation, byEducation: false);

    /// <summary>Whether the weeks of <paramref name="run"/> qualify (they are alike, so one answer holds for all).</summary>
    internal bool Qualifies(WeekRun run) =>
        _byEducation ? run.Education : run.SelfSupport >= _least && !(_excludeEducation && run.Education);
}
