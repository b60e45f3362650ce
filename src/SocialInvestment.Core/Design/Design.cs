namespace SocialInvestment;

/// <summary>
/// Contract design before signing (docs/design.md): the candidates of a design projected over the same simulated runs,
/// the ones that meet the conditions, the Pareto front between the payer's expected net saving and the investor's
/// median IRR, the recommended contract settled exactly on every run, and the same under stress. A pure function: the
/// same arguments give the same result on any number of cores.
/// </summary>
public static class Design
{
    /// <summary>
    /// The most candidates × runs one round of screening prices: a grid within it is evaluated whole; a larger one is
    /// searched, a coarse grid first and then rounds around the front, each within it.
    /// </summary>
    public const long MaxPricedPerRound = 1_000_000;

    /// <summary>The most rounds of a search, the coarse grid included.</summary>
    public const int MaxRounds = 12;

    /// <summary>
    /// Evaluates <paramref name="space"/>: every candidate of a grid of at most <see cref="MaxPricedPerRound"/> candidates
    /// × runs, else a search of it (docs/design.md, "A grid larger than the budget"), each priced on the runs of
    /// <see cref="Simulation.Run"/> with the same plan, hazards, runs and seed (docs/design.md, "The screening engine");
    /// then the conditions, the front and the recommended contract (<see cref="DesignResult.Of"/>); then the recommended
    /// contract settled exactly on every run (<see cref="ExactEvaluation.Of"/>, whose measures are the ones reported) and
    /// under <paramref name="stress"/> (<see cref="ExactEvaluation.UnderStress"/>).
    /// </summary>
    /// <param name="space">The grid and the conditions.</param>
    /// <param name="contractFor">A candidate's contract: the template with the candidate's values (<c>DesignTemplate.ContractFor</c>).</param>
    /// <param name="plan">The planned cohort and the horizon, as <see cref="Simulation.Run"/> takes them.</param>
    /// <param name="hazards">The monthly chances of leaving and returning to support.</param>
    /// <param name="runs">How many runs, 1 to <see cref="Simulation.MaxRuns"/>.</param>
    /// <param name="seed">The seed: the same runs for every candidate.</param>
    /// <param name="investments">The investor's money (investments.csv), the same on every run.</param>
    /// <param name="stress">The stress to evaluate the recommended contract under (<see cref="StressScenario.Default"/> as the issue asks); null for none.</param>
    /// <param name="options">How to do the work; null for the defaults. Never changes the result.</param>
    /// <exception cref="ArgumentException">As <see cref="Simulation.Run"/>, for any candidate's contract.</exception>
    /// <exception cref="OverflowException">As <see cref="Simulation.Run"/>.</exception>
    public static DesignReport Run(
        DesignSpace space,
        Func<DesignAssignment, Contract> contractFor,
        CohortPlan plan,
        Hazards hazards,
        int runs,
        int seed,
        IReadOnlyList<Investment> investments,
        StressScenario? stress = null,
        SimulationOptions? options = null) =>
        RunInRounds(space, contractFor, plan, hazards, runs, seed, investments, stress, options, MaxPricedPerRound);

    /// <summary><see cref="Run"/> with another budget of a round (candidates × runs), for tests of the search.</summary>
    internal static DesignReport RunInRounds(
        DesignSpace space,
        Func<DesignAssignment, Contract> contractFor,
        CohortPlan plan,
        Hazards hazards,
        int runs,
        int seed,
        IReadOnlyList<Investment> investments,
        StressScenario? stress,
        SimulationOptions? options,
        long pricedPerRound)
    {
        Preconditions.CheckNotNull(space, nameof(space));
        Preconditions.CheckNotNull(contractFor, nameof(contractFor));
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(hazards, nameof(hazards));
        Preconditions.CheckNotNull(investments, nameof(investments));
        Preconditions.CheckArgumentRange(nameof(runs), runs, 1, Simulation.MaxRuns);

        var search = new GridSearch(space.Grid, pricedPerRound / runs);
        var measured = new Dictionary<long, DesignMeasures>();
        long[] round = search.First();
        int rounds = 0;
        DesignResult result;
        while (true)
        {
            DesignMeasures[] measures = Screening.Measures(Screening.Runs(space.Grid, round, contractFor, plan, hazards, runs, seed, investments, options));
            for (int k = 0; k < round.Length; k++)
            {
                measured.Add(round[k], measures[k]);
            }

            rounds++;
            result = DesignResult.Of(space, measured.Select(m => (m.Key, m.Value)));
            round = [];
            IEnumerable<long> centres = result.Front.Count > 0 ? result.Front.Select(c => c.Index) : [result.Nearest?.Index ?? result.Candidates[0].Index];
            while (round.Length == 0 && !search.Whole && search.Refinable && rounds < MaxRounds)
            {
                round = search.Next(centres, measured.Keys.ToHashSet());
            }

            if (round.Length == 0)
            {
                break;
            }
        }

        // The recommended contract's figures are those of the settlement itself on every run. The screening gives the same
        // figures (tested); were they ever to differ, the exact ones would decide, and a new recommendation be settled too.
        ExactEvaluation? exact = null;
        for (int attempt = 0; result.Recommended is { } recommended; attempt++)
        {
            exact = ExactEvaluation.Of(contractFor(space.Grid.At(recommended.Index)), plan, hazards, runs, seed, investments, options);
            if (exact.Measures.SameAs(recommended.Measures))
            {
                break;
            }

            if (attempt == 2)
            {
                throw new InvalidOperationException($"The screening and the settlement disagree on candidate {recommended.Index}: this is a defect of sib.");
            }

            measured[recommended.Index] = exact.Measures;
            result = DesignResult.Of(space, measured.Select(m => (m.Key, m.Value)));
        }

        ExactEvaluation? stressed = result.Recommended is { } chosen && stress is not null
            ? ExactEvaluation.UnderStress(stress, contractFor(space.Grid.At(chosen.Index)), plan, hazards, runs, seed, investments, options)
            : null;
        return new DesignReport(result, exact, stressed is null ? null : stress, stressed) { SearchRounds = search.Whole ? null : rounds };
    }
}
