using NodaTime;

namespace SocialInvestment;

/// <summary>Met on the last day of the week in which the number of qualifying weeks 0 … k reaches N.</summary>
public sealed class CountTrigger(string id, int weeks, SelfSupport level, bool excludeEducation = false)
    : SelfSupportTrigger(id, weeks, level, excludeEducation)
{
    /// <inheritdoc/>
    public override string Kind => "count";

    /// <summary>SPEC §6 <c>count</c>: the last day of the week in which the qualifying weeks reach N.</summary>
    internal override LocalDate? DateMet(in TriggerContext context, LocalDate? from) =>
        context.LastDayOf(context.Weeks.WeekReachingCount(Weeks, Qualification, Prerequisites.FirstWeekFrom(in context, from)));
}
