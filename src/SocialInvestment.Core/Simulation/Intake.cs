using NodaTime;

namespace SocialInvestment;

/// <summary>The participants a plan starts in one calendar month (docs/simulation.md, "The plan").</summary>
public sealed class Intake
{
    /// <summary>The most participants one intake may hold.</summary>
    public const int MaxParticipants = 1_000_000;

    /// <summary>An intake.</summary>
    /// <param name="month">The calendar month they start in.</param>
    /// <param name="participants">How many, 1 to <see cref="MaxParticipants"/>.</param>
    /// <param name="cohort">Their <c>cohort</c> (as participants.csv would give it, for a cohort gate's evaluation dates); null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="participants"/> is out of range, or <paramref name="cohort"/> is empty.</exception>
    public Intake(YearMonth month, int participants, string? cohort = null)
    {
        Preconditions.CheckArgumentRange(nameof(participants), participants, 1, MaxParticipants);
        Preconditions.CheckArgument(cohort is null || cohort.Length > 0, nameof(cohort), "A cohort is null or a non-empty text.");
        Month = month;
        Participants = participants;
        Cohort = cohort;
    }

    /// <summary>The calendar month they start in.</summary>
    public YearMonth Month { get; }

    /// <summary>How many start.</summary>
    public int Participants { get; }

    /// <summary>Their cohort, or null.</summary>
    public string? Cohort { get; }

    /// <summary>The start day of participant <paramref name="j"/> (0-based) of the intake: day <c>1 + ⌊j × days in month / participants⌋</c>, so that starts spread evenly over the month.</summary>
    internal LocalDate StartOf(int j)
    {
        int days = Month.Calendar.GetDaysInMonth(Month.Year, Month.Month);
        return Month.OnDayOfMonth(1 + (int)((long)j * days / Participants));
    }
}
