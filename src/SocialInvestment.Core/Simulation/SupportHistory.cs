using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The history a projection gives a simulated participant so that the settlement's own count finds their c₀ (SPEC-DK DK5,
/// docs/simulation.md): one support spell over exactly c₀ whole ISO weeks, ending on the Sunday before the ISO week of
/// their start. With no week without support after its first week, the count never starts over, so the walk counts c₀.
/// It lies before the start, so no window day, trigger or saving sees it.
/// </summary>
internal static class SupportHistory
{
    /// <summary>Appends <paramref name="participant"/>'s history of <paramref name="weeks"/> support weeks (none for 0) to <paramref name="spells"/>.</summary>
    internal static void Add(Participant participant, int weeks, string code, List<BenefitSpell> spells)
    {
        if (weeks == 0)
        {
            return;
        }

        LocalDate monday = participant.Start.PlusDays(1 - (int)participant.Start.DayOfWeek);
        spells.Add(new BenefitSpell(participant.Id, code, monday.PlusDays(-7 * weeks), monday.PlusDays(-1), Degree.Full));
    }
}
