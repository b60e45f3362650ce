using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The weeks in which a participant's outcomes are measured: <c>[W0, W0 + 7×weeks − 1]</c>, both ends included, where
/// <c>W0</c> is the programme start or the day after the programme end (SPEC §5).
/// </summary>
public sealed class ObservationWindow
{
    /// <summary>Creates a window.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is less than 1.</exception>
    public ObservationWindow(WindowAnchor from, int weeks)
    {
        Preconditions.CheckArgumentRange(nameof(weeks), weeks, 1, MaxWeeks);
        Preconditions.CheckArgument(Enum.IsDefined(from), nameof(from), "Unknown window anchor.");
        From = from;
        Weeks = weeks;
    }

    /// <summary>The longest window, in weeks (about 190 years): a guard against nonsense, not a business rule.</summary>
    public const int MaxWeeks = 10_000;

    /// <summary>Where the window starts.</summary>
    public WindowAnchor From { get; }

    /// <summary>The window's length in weeks (of 7 days, counted from the participant's own start, not ISO weeks).</summary>
    public int Weeks { get; }

    /// <summary>The window's first day, <c>W0</c>, for a participant whose programme ends on <paramref name="programmeEnd"/>.</summary>
    public LocalDate StartFor(LocalDate programmeStart, LocalDate programmeEnd) =>
        From == WindowAnchor.Start ? programmeStart : programmeEnd.PlusDays(1);

    /// <summary>The window's days for a given first day <c>W0</c>, both ends included.</summary>
    public DateInterval DaysFrom(LocalDate windowStart) => new(windowStart, windowStart.PlusDays((7 * Weeks) - 1));
}
