using NodaTime;

namespace SocialInvestment;

/// <summary>Met on the last day of the first week k whose weeks k−N+1 … k all qualify.</summary>
public sealed class SustainedTrigger(string id, int weeks, SelfSupport level, bool excludeEducation = false)
    : SelfSupportTrigger(id, weeks, level, excludeEducation)
{
    /// <inheritdoc/>
    public override string Kind => "sustained";

    /// <summary>SPEC §6 <c>sustained</c>: the last day of the first week ending N qualifying weeks in a row.</summary>
    internal override LocalDate? DateMet(in TriggerContext context, LocalDate? from) =>
        context.LastDayOf(context.Weeks.FirstWeekEndingRun(Weeks, Qualification, Prerequisites.FirstWeekFrom(in context, from)));
}
