namespace SocialInvestment;

/// <summary>
/// The downside a design shows both sides (docs/design.md, "Under stress"): the programme's effect weakened (each month's
/// hazard of leaving support times <see cref="LeavingFactor"/>, the hazard of returning unchanged) and the intake
/// smaller (the plan's persons times <see cref="IntakeFactor"/>, parted over the intake months by largest remainders).
/// <see cref="Default"/> is issue 20's: leaving halved, the intake 30 % smaller.
/// </summary>
public sealed class StressScenario
{
    /// <summary>The default factor on each month's hazard of leaving support: halved.</summary>
    public const double DefaultLeavingFactor = 0.5;

    /// <summary>The default factor on the intake: 30 % smaller.</summary>
    public const decimal DefaultIntakeFactor = 0.7m;

    /// <summary>A stress.</summary>
    /// <param name="leavingFactor">The factor on each month's hazard of leaving support: a number from 0 to 1 (1 leaves the hazards as they are).</param>
    /// <param name="intakeFactor">The factor on the intake: more than 0 and at most 1 (1 leaves the plan's persons as they are).</param>
    /// <exception cref="ArgumentOutOfRangeException">A factor is out of its range (a NaN leaving factor too).</exception>
    public StressScenario(double leavingFactor, decimal intakeFactor)
    {
        // Written so that NaN fails too.
        if (!(leavingFactor >= 0 && leavingFactor <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(leavingFactor), leavingFactor, "The factor on the hazard of leaving support is a number from 0 to 1.");
        }

        if (!(intakeFactor > 0m && intakeFactor <= 1m))
        {
            throw new ArgumentOutOfRangeException(nameof(intakeFactor), intakeFactor, "The factor on the intake is more than 0 and at most 1.");
        }

        LeavingFactor = leavingFactor;
        IntakeFactor = intakeFactor;
    }

    /// <summary>Issue 20's stress: <see cref="DefaultLeavingFactor"/> and <see cref="DefaultIntakeFactor"/>.</summary>
    public static StressScenario Default { get; } = new(DefaultLeavingFactor, DefaultIntakeFactor);

    /// <summary>The factor on each month's hazard of leaving support, from 0 to 1.</summary>
    public double LeavingFactor { get; }

    /// <summary>The factor on the intake, more than 0 and at most 1.</summary>
    public decimal IntakeFactor { get; }

    /// <summary>
    /// The stressed hazards: month m's hazard of leaving is <c>LeaveIn(m) × LeavingFactor</c>, one <see cref="double"/>
    /// multiplication (exact for 0.5, which only lowers the exponent; otherwise the nearest double, never above the
    /// hazard); the hazards of returning are the same. As many months as <paramref name="hazards"/>.
    /// </summary>
    /// <param name="hazards">The hazards.</param>
    public Hazards Apply(Hazards hazards)
    {
        Preconditions.CheckNotNull(hazards, nameof(hazards));
        return new Hazards(hazards.Leave.Select(h => h * LeavingFactor), hazards.Return);
    }

    /// <summary>
    /// The stressed plan, with the same horizon. The total kept is <c>IntakeFactor × n</c> of the plan's n persons,
    /// rounded half away from zero, at least 1; it is parted over the intake months by largest remainders
    /// (<see cref="Kept"/>), and a month left with nobody is left out. An intake plan keeps each month's cohort and the
    /// earlier cohort it draws from; its k persons start as an intake of k does. A planned cohort keeps, in each month of
    /// n persons of which k are kept, the persons at positions <c>⌊i × n / k⌋</c> (i = 0 … k − 1) in the order given,
    /// each with their own start day, c₀, monthly cost and municipality.
    /// </summary>
    /// <param name="plan">The plan.</param>
    public CohortPlan Apply(CohortPlan plan)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        int[] kept = Kept(plan.Intakes.Select(i => i.Participants).ToArray(), IntakeFactor);
        if (plan.SupportWeeksBefore is not { } weeksBefore)
        {
            var intakes = plan.Intakes.Select((intake, m) => (intake, m)).Where(x => kept[x.m] > 0).Select(x => new Intake(x.intake.Month, kept[x.m], x.intake.Cohort));
            var stressed = new CohortPlan(intakes, plan.Horizon);
            return plan.DrawnFrom is { } earlier ? stressed.DrawingFrom(earlier) : stressed;
        }

        var persons = new List<PlannedParticipant>(kept.Sum());
        int first = 0;
        for (int m = 0; m < kept.Length; m++)
        {
            int n = plan.Intakes[m].Participants;
            for (int i = 0; i < kept[m]; i++)
            {
                int index = first + (int)((long)i * n / kept[m]);
                Participant person = plan.Participants[index];
                persons.Add(new PlannedParticipant(plan.Intakes[m].Month, weeksBefore[index], person.MonthlyCost, person.Municipality, person.Start));
            }

            first += n;
        }

        return CohortPlan.FromPlanned(persons, plan.Horizon);
    }

    /// <summary>
    /// How many of each month's <paramref name="counts"/> are kept at <paramref name="factor"/> (the largest remainder
    /// method): the total T is <c>factor × Σ counts</c> rounded half away from zero, at least 1; each month first gets
    /// <c>⌊factor × count⌋</c>, and the T − Σ⌊…⌋ persons left over go one each to the months with the largest remainders
    /// <c>factor × count − ⌊factor × count⌋</c>, ties to the earlier month. Exact in decimal; each month keeps from 0 to its
    /// count, less than one person away from <c>factor × count</c>.
    /// </summary>
    internal static int[] Kept(int[] counts, decimal factor)
    {
        decimal[] exact = counts.Select(c => c * factor).ToArray();
        int[] kept = exact.Select(e => (int)decimal.Floor(e)).ToArray();
        long total = Math.Max(1, (long)decimal.Round(counts.Sum(c => (long)c) * factor, MidpointRounding.AwayFromZero));
        long left = total - kept.Sum(k => (long)k);
        foreach (int m in Enumerable.Range(0, counts.Length).OrderByDescending(m => exact[m] - kept[m]).ThenBy(m => m).Take((int)left))
        {
            kept[m]++;
        }

        return kept;
    }
}
