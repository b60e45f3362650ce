using NodaTime;

namespace SocialInvestment;

/// <summary>Met on the programme start.</summary>
public sealed class EnrolmentTrigger(string id) : Trigger(id)
{
    /// <inheritdoc/>
    public override string Kind => "enrolment";

    /// <summary>SPEC §6 <c>enrolment</c>: the programme start.</summary>
    internal override LocalDate? DateMet(in TriggerContext context, LocalDate? from) =>
        Prerequisites.CountsFrom(context.Participant.Start, from) ? context.Participant.Start : null;
}
