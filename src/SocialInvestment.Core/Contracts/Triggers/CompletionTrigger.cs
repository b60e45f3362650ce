using NodaTime;

namespace SocialInvestment;

/// <summary>Met on the programme end (given, or the contract's default) when the participant completed.</summary>
public sealed class CompletionTrigger(string id) : Trigger(id)
{
    /// <inheritdoc/>
    public override string Kind => "completion";

    /// <summary>SPEC §6 <c>completion</c>: the programme end, where the participant completed.</summary>
    internal override LocalDate? DateMet(in TriggerContext context, LocalDate? from) =>
        context.Participant.Completed && Prerequisites.CountsFrom(context.ProgrammeEnd, from) ? context.ProgrammeEnd : null;
}
