using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A planned cohort for a projection (docs/simulation.md, "The plan"): who starts when, and the horizon up to which it is
/// projected. Participant j (0-based) of an intake of n in a month of L days starts on day <c>1 + ⌊j·L/n⌋</c>, so
/// starts spread evenly over the month; ids are <c>yyyy-MM-NNNN</c> (the intake month, then 1, 2, …).
/// </summary>
public sealed class CohortPlan
{
    /// <summary>A plan.</summary>
    /// <param name="intakes">The intakes, at least one, each in its own calendar month.</param>
    /// <param name="horizon">The last day projected, the <c>as_of</c> of every simulated settlement; not before the first intake month.</param>
    /// <exception cref="ArgumentException">No intake, two intakes in one month, an intake month after the horizon's, or a horizon before the first intake month.</exception>
    public CohortPlan(IEnumerable<Intake> intakes, LocalDate horizon)
    {
        Preconditions.CheckNotNull(intakes, nameof(intakes));
        Intake[] sorted = intakes.OrderBy(i => i.Month).ToArray();
        Preconditions.CheckArgument(sorted.Length > 0, nameof(intakes), "A plan needs at least one intake.");
        for (int i = 1; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(sorted[i].Month != sorted[i - 1].Month, nameof(intakes), $"Two intakes in {Format(sorted[i].Month)}: give one intake per month.");
        }

        Preconditions.CheckArgument(
            sorted[^1].Month <= horizon.ToYearMonth(),
            nameof(intakes),
            $"The intake in {Format(sorted[^1].Month)} starts after the horizon {horizon.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.");
        long total = sorted.Sum(i => (long)i.Participants);
        Preconditions.CheckArgument(total <= Intake.MaxParticipants, nameof(intakes), $"A plan holds at most {Intake.MaxParticipants} participants, found {total}.");
        Intakes = Array.AsReadOnly(sorted);
        Horizon = horizon;
        var people = new List<Participant>((int)total);
        foreach (Intake intake in sorted)
        {
            for (int j = 0; j < intake.Participants; j++)
            {
                string id = string.Create(CultureInfo.InvariantCulture, $"{Format(intake.Month)}-{j + 1:D4}");
                people.Add(new Participant(ParticipantId.From(id), intake.StartOf(j), end: null, completed: true, intake.Cohort));
            }
        }

        Participants = people.AsReadOnly();
    }

    /// <summary>The intakes, by month.</summary>
    public ReadOnlyCollection<Intake> Intakes { get; }

    /// <summary>The last day projected: the <c>as_of</c> of every simulated settlement.</summary>
    public LocalDate Horizon { get; }

    /// <summary>The planned participants, intake by intake: each completes the programme (its default end), as nobody can know who will not.</summary>
    public ReadOnlyCollection<Participant> Participants { get; }

    /// <summary>The first intake month.</summary>
    public YearMonth FirstMonth => Intakes[0].Month;

    internal static string Format(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}-{month.Month:D2}");
}
