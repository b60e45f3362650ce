using MathNet.Numerics.Random;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Draws a participant's benefit spells from the two-state chain of <see cref="Hazards"/> (docs/simulation.md, "The
/// model"): on support from the start; in each month m since the start, one draw u from [0, 1) decides whether the state
/// changes (u &lt; the month's hazard), and a change takes effect on the month's 16th day (<c>start + (m − 1) months + 15
/// days</c>), the new state lasting at least to the next month's 16th day.
/// </summary>
internal static class SupportChain
{
    /// <summary>The day of a month since the start on which a change takes effect, counted from 0.</summary>
    internal const int ChangeDay = 15;

    /// <summary>
    /// Appends <paramref name="participant"/>'s support spells (code <paramref name="code"/>, degree 1) up to
    /// <paramref name="horizon"/> to <paramref name="spells"/>, drawing one number per month from <paramref name="random"/>.
    /// The degree is the spells' own, so a degree the contract gives the code does not apply: the model's state on
    /// support is full support (docs/simulation.md).
    /// </summary>
    internal static void Draw(Participant participant, Hazards hazards, string code, LocalDate horizon, RandomSource random, List<BenefitSpell> spells)
    {
        LocalDate start = participant.Start;
        bool onSupport = true;
        LocalDate spellStart = start;
        for (int m = 1; ; m++)
        {
            LocalDate monthStart = start.PlusMonths(m - 1);
            if (monthStart > horizon)
            {
                break;
            }

            double hazard = onSupport ? hazards.LeaveIn(m) : hazards.ReturnIn(m);
            if (random.NextDouble() < hazard)
            {
                LocalDate change = monthStart.PlusDays(ChangeDay);
                if (onSupport)
                {
                    spells.Add(new BenefitSpell(participant.Id, code, spellStart, change.PlusDays(-1), Degree.Full));
                }
                else
                {
                    spellStart = change;
                }

                onSupport = !onSupport;
            }
        }

        if (onSupport)
        {
            // Still on support at the horizon: an open spell, which runs to as_of (SPEC §1).
            spells.Add(new BenefitSpell(participant.Id, code, spellStart, degree: Degree.Full));
        }
    }
}
