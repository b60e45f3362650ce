using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A trigger's <c>after</c> (docs/calculation.md): with its prerequisite met on day P, a trigger is measured from P on —
/// only weeks and calendar months that begin on or after P count, only events on or after P, and an enrolment or completion date before P
/// does not count; where the prerequisite is not met, neither is the trigger. Each kind applies "from P on" in its
/// <see cref="Trigger.DateMet"/> through the helpers here.
/// </summary>
internal static class Prerequisites
{
    /// <summary>
    /// Measures each trigger with a prerequisite again, from the prerequisite's date on, in contract order (a
    /// prerequisite is listed earlier, so its own date is final by then).
    /// </summary>
    /// <param name="contract">The contract whose triggers these are.</param>
    /// <param name="context">The participant's measures.</param>
    /// <param name="asOf">The settlement date: a later date does not count (SPEC §6).</param>
    /// <param name="met">For each trigger in contract order, its date measured without prerequisites; overwritten where it has one.</param>
    internal static void MeasureAfter(Contract contract, in TriggerContext context, LocalDate asOf, Span<LocalDate?> met)
    {
        for (int t = 0; t < met.Length; t++)
        {
            int p = contract.PrerequisiteOrdinals[t];
            if (p < 0)
            {
                continue;
            }

            met[t] = met[p] is { } from ? contract.Triggers[t].DateCounted(in context, asOf, from) : null;
        }
    }

    /// <summary>Whether <paramref name="date"/> counts from <paramref name="from"/> on: always without a prerequisite, else on or after it.</summary>
    internal static bool CountsFrom(LocalDate date, LocalDate? from) => from is not { } f || date >= f;

    /// <summary>The first week that begins on or after <paramref name="from"/>, so may count; 0 without a prerequisite.</summary>
    internal static int FirstWeekFrom(in TriggerContext context, LocalDate? from) =>
        from is { } f ? Math.Max(0, (DayNumber.Of(f) - context.Weeks.WindowStart + 6) / 7) : 0;

    /// <summary>
    /// The first calendar month (<see cref="MonthNumber"/>) that begins on or after the window start and
    /// on or after <paramref name="from"/>, so may count: a month begun before P is measured partly before it.
    /// </summary>
    internal static int FirstMonthFrom(in TriggerContext context, LocalDate? from)
    {
        LocalDate start = from is { } f && f > context.Window.Start ? f : context.Window.Start;
        return MonthNumber.Of(start) + (start.Day == 1 ? 0 : 1);
    }
}
