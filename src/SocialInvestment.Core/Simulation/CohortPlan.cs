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

        CheckHorizon(sorted, horizon, nameof(intakes));
        Intakes = Array.AsReadOnly(sorted);
        Horizon = horizon;
        var people = new List<Participant>(sorted.Sum(i => i.Participants));
        foreach (Intake intake in sorted)
        {
            for (int j = 0; j < intake.Participants; j++)
            {
                people.Add(new Participant(IdOf(intake.Month, j), intake.StartOf(j), end: null, completed: true, intake.Cohort));
            }
        }

        Participants = people.AsReadOnly();
    }

    /// <summary>
    /// A plan of persons each given on their own (docs/simulation.md, "A planned cohort"): their start, weeks on support
    /// before it (c₀) and own monthly cost. The persons of a month are its intake, in the order given: those without a
    /// start day start as an intake's participant j of n does, and ids are <c>yyyy-MM-NNNN</c> as for an intake.
    /// </summary>
    /// <param name="participants">The planned persons, at least one.</param>
    /// <param name="horizon">The last day projected, the <c>as_of</c> of every simulated settlement; not before the first start month.</param>
    /// <exception cref="ArgumentException">No person, more than <see cref="Intake.MaxParticipants"/>, or a start month after the horizon's.</exception>
    public static CohortPlan FromPlanned(IEnumerable<PlannedParticipant> participants, LocalDate horizon) => new(participants, horizon);

    private CohortPlan(IEnumerable<PlannedParticipant> participants, LocalDate horizon)
    {
        Preconditions.CheckNotNull(participants, nameof(participants));
        var months = participants.GroupBy(p => p.Month).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        Preconditions.CheckArgument(months.Length > 0, nameof(participants), "A plan needs at least one participant.");
        long total = months.Sum(m => (long)m.Length);
        Preconditions.CheckArgument(total <= Intake.MaxParticipants, nameof(participants), $"A plan holds at most {Intake.MaxParticipants} participants, found {total}.");
        Intake[] intakes = [.. months.Select(m => new Intake(m[0].Month, m.Length))];
        CheckHorizon(intakes, horizon, nameof(participants));
        Intakes = Array.AsReadOnly(intakes);
        Horizon = horizon;
        var people = new List<Participant>((int)total);
        var weeks = new int[total];
        for (int i = 0; i < months.Length; i++)
        {
            for (int j = 0; j < months[i].Length; j++)
            {
                PlannedParticipant planned = months[i][j];
                weeks[people.Count] = planned.SupportWeeksBefore;
                people.Add(new Participant(IdOf(planned.Month, j), planned.Start ?? intakes[i].StartOf(j), end: null, completed: true)
                {
                    Municipality = planned.Municipality,
                    MonthlyCost = planned.MonthlyCost,
                });
            }
        }

        Participants = people.AsReadOnly();
        SupportWeeksBefore = Array.AsReadOnly(weeks);
    }

    private CohortPlan(CohortPlan plan, EarlierCohort drawnFrom)
    {
        Intakes = plan.Intakes;
        Horizon = plan.Horizon;
        Participants = plan.Participants;
        DrawnFrom = drawnFrom;
    }

    /// <summary>The intakes, by month.</summary>
    public ReadOnlyCollection<Intake> Intakes { get; }

    /// <summary>The last day projected: the <c>as_of</c> of every simulated settlement.</summary>
    public LocalDate Horizon { get; }

    /// <summary>The planned participants, intake by intake: each completes the programme (its default end), as nobody can know who will not.</summary>
    public ReadOnlyCollection<Participant> Participants { get; }

    /// <summary>
    /// Each participant's weeks on support before the ISO week of their start (c₀, SPEC-DK DK5), in the order of
    /// <see cref="Participants"/>, where the plan gives them person by person; otherwise null.
    /// </summary>
    public ReadOnlyCollection<int>? SupportWeeksBefore { get; }

    /// <summary>Where each participant's c₀ and monthly cost are drawn afresh in each run from an earlier cohort, that cohort; otherwise null.</summary>
    public EarlierCohort? DrawnFrom { get; }

    /// <summary>The first intake month.</summary>
    public YearMonth FirstMonth => Intakes[0].Month;

    /// <summary>
    /// This plan with each participant's c₀ and monthly cost drawn, in each run, from <paramref name="earlier"/>
    /// (docs/simulation.md, "Drawn from an earlier cohort"): used where the contract has a <c>municipal_share</c>.
    /// </summary>
    /// <param name="earlier">The earlier cohort.</param>
    /// <exception cref="ArgumentException">The plan gives its persons' c₀ itself.</exception>
    public CohortPlan DrawingFrom(EarlierCohort earlier)
    {
        Preconditions.CheckNotNull(earlier, nameof(earlier));
        Preconditions.CheckArgument(SupportWeeksBefore is null, nameof(earlier), "The plan gives each person's weeks on support itself; it draws nobody's.");
        return new CohortPlan(this, earlier);
    }

    internal static string Format(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}-{month.Month:D2}");

    private static ParticipantId IdOf(YearMonth month, int j) => ParticipantId.From(string.Create(CultureInfo.InvariantCulture, $"{Format(month)}-{j + 1:D4}"));

    /// <summary>The last intake starts no later than the horizon's month, and the plan is not too large.</summary>
    private static void CheckHorizon(Intake[] sorted, LocalDate horizon, string name)
    {
        Preconditions.CheckArgument(
            sorted[^1].Month <= horizon.ToYearMonth(),
            name,
            $"The intake in {Format(sorted[^1].Month)} starts after the horizon {horizon.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.");
        long total = sorted.Sum(i => (long)i.Participants);
        Preconditions.CheckArgument(total <= Intake.MaxParticipants, name, $"A plan holds at most {Intake.MaxParticipants} participants, found {total}.");
    }
}
