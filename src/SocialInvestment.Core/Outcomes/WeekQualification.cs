namespace SocialInvestment;

/// <summary>
/// Which observed weeks qualify for a trigger: for <c>sustained</c> and <c>count</c>, a week at the trigger's level or
/// better, not holding an education day where education is excluded (SPEC §5); for <c>education</c>, a week holding an
/// education day (SPEC §6); for a price per week with <c>or_education</c> (SPEC-DK DK6), either.
/// </summary>
internal readonly struct WeekQualification
{
    private readonly SelfSupport _least;
    private readonly bool _excludeEducation;
    private readonly bool _byEducation;
    private readonly bool _orEducation;

    private WeekQualification(SelfSupport least, bool excludeEducation, bool byEducation, bool orEducation = false)
    {
        _least = least;
        _excludeEducation = excludeEducation;
        _byEducation = byEducation;
        _orEducation = orEducation;
    }

    /// <summary>A week holding an education day qualifies, whatever its self-support.</summary>
    internal static WeekQualification HoldingEducation => new(SelfSupport.None, excludeEducation: false, byEducation: true);

    /// <summary>A week of <paramref name="least"/> self-support or better qualifies, unless it holds an education day and <paramref name="excludeEducation"/>.</summary>
    /// <remarks>
    /// With <paramref name="orEducation"/> (a price per week, SPEC-DK DK6), a week holding an education day qualifies too,
    /// whatever its self-support; it cannot go with <paramref name="excludeEducation"/>.
    /// </remarks>
    internal static WeekQualification AtLeast(SelfSupport least, bool excludeEducation, bool orEducation = false)
    {
        Preconditions.CheckArgument(!(excludeEducation && orEducation), nameof(orEducation), "A week cannot both qualify by an education day and be excluded for one.");
        return new(least, excludeEducation, byEducation: false, orEducation);
    }

    /// <summary>Whether the weeks of <paramref name="run"/> qualify (they are alike, so one answer holds for all).</summary>
    internal bool Qualifies(WeekRun run) =>
        _byEducation ? run.Education
        : (_orEducation && run.Education) || (run.SelfSupport >= _least && !(_excludeEducation && run.Education));
}
