using NodaTime;

namespace SocialInvestment;

/// <summary>As <see cref="CountTrigger"/>, where a week qualifies when it holds an education day.</summary>
public sealed class EducationTrigger : Trigger
{
    /// <summary>Creates an education trigger.</summary>
    /// <param name="id">The trigger's id.</param>
    /// <param name="weeks">N, the number of weeks with an education day needed; default 1.</param>
    public EducationTrigger(string id, int weeks = 1)
        : base(id)
    {
        Preconditions.CheckArgumentRange(nameof(weeks), weeks, 1, ObservationWindow.MaxWeeks);
        Weeks = weeks;
    }

    /// <summary>N.</summary>
    public int Weeks { get; }

    /// <inheritdoc/>
    public override string Kind => "education";

    /// <inheritdoc/>
    public override bool NeedsSpells => true;

    /// <inheritdoc/>
    internal override int WeeksInWindow => Weeks;

    /// <summary>SPEC §6 <c>education</c>: as <c>count</c>, where a week qualifies when it holds an education day.</summary>
    internal override LocalDate? DateMet(in TriggerContext context, LocalDate? from) =>
        context.LastDayOf(context.Weeks.WeekReachingCount(Weeks, WeekQualification.HoldingEducation, Prerequisites.FirstWeekFrom(in context, from)));
}
