using NodaTime;

namespace SocialInvestment;

/// <summary>
/// What a trigger is measured on for one participant (SPEC §6): the participant, the programme end, the window, its
/// classified weeks, the participant's events and monthly employment rates. It lives on the stack for one participant's
/// evaluation, as its week table does.
/// </summary>
internal readonly ref struct TriggerContext
{
    internal TriggerContext(Participant participant, LocalDate programmeEnd, DateInterval window, WeekTable weeks, ReadOnlySpan<OutcomeEvent> events, EmploymentRow employment)
    {
        Employment = employment;
        Participant = participant;
        ProgrammeEnd = programmeEnd;
        Window = window;
        Weeks = weeks;
        Events = events;
    }

    internal Participant Participant { get; }

    /// <summary>The programme end: the participant's <c>end</c>, or the contract's default.</summary>
    internal LocalDate ProgrammeEnd { get; }

    /// <summary>The participant's window, both ends included.</summary>
    internal DateInterval Window { get; }

    /// <summary>The window's observed weeks, classified.</summary>
    internal WeekTable Weeks { get; }

    /// <summary>The participant's rows of events.csv, in any order.</summary>
    internal ReadOnlySpan<OutcomeEvent> Events { get; }

    /// <summary>The participant's monthly employment rates; none (every month unknown) where the contract needs none.</summary>
    internal EmploymentRow Employment { get; }

    /// <summary>The last day of week <paramref name="week"/>; null for −1, the week tables' "no such week".</summary>
    internal LocalDate? LastDayOf(int week) => week < 0 ? null : DayNumber.ToDate(Weeks.LastDayOfWeek(week));
}
