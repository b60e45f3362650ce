namespace SocialInvestment;

/// <summary>
/// The screening engine of a design (docs/design.md, "The screening engine"): many candidates priced on the same runs,
/// each run drawn and its cohort evaluated once. A run's outcomes (which weeks qualify, when triggers are met, each
/// month's saving) depend on no price, share, deadweight or cap, so each run is evaluated once per set of lines
/// (<see cref="PricingBasis"/>, one per combination of the parameters that change which lines there are, usually one)
/// and every candidate is priced from it: its lines' amounts taken from the variant with its numbers, its tiers, gates
/// and caps walked in SPEC §8 order by the settlement's own rules, and its investor's flows priced as
/// <see cref="Economics.Of"/> prices them. The per-line rounding is kept, so a candidate's figures are those of
/// <see cref="ExactEvaluation.Of"/> on the same runs.
/// </summary>
internal static class Screening
{
    /// <summary>The measures of each candidate of <paramref name="byRun"/> (as <see cref="Runs"/> gives them: [run][candidate]), in their order.</summary>
    internal static DesignMeasures[] Measures(DesignRun[][] byRun)
    {
        var measures = new DesignMeasures[byRun[0].Length];
        var column = new DesignRun[byRun.Length];
        for (int c = 0; c < measures.Length; c++)
        {
            for (int r = 0; r < column.Length; r++)
            {
                column[r] = byRun[r][c];
            }

            measures[c] = DesignMeasures.Of(column);
        }

        return measures;
    }

    /// <summary>Each run's <see cref="DesignRun"/> of each of <paramref name="candidates"/>: [run][candidate], as <see cref="ExactEvaluation.Runs"/> of each.</summary>
    /// <param name="grid">The design's grid.</param>
    /// <param name="candidates">The indexes of the candidates to price; at least one, none twice.</param>
    /// <param name="contractFor">A candidate's contract (<c>DesignTemplate.ContractFor</c>).</param>
    /// <param name="plan">The planned cohort and the horizon.</param>
    /// <param name="hazards">The monthly chances of leaving and returning to support.</param>
    /// <param name="runs">How many runs.</param>
    /// <param name="seed">The seed, as <see cref="Simulation.Run"/> takes it.</param>
    /// <param name="investments">The investor's money.</param>
    /// <param name="options">How to do the work; never changes the result.</param>
    internal static DesignRun[][] Runs(
        DesignGrid grid,
        IReadOnlyList<long> candidates,
        Func<DesignAssignment, Contract> contractFor,
        CohortPlan plan,
        Hazards hazards,
        int runs,
        int seed,
        IReadOnlyList<Investment> investments,
        SimulationOptions? options)
    {
        Preconditions.CheckArgument(candidates.Count > 0, nameof(candidates), "At least one candidate.");
        Contract[] contracts = candidates.Select(c => contractFor(grid.At(c))).ToArray();
        Contract first = contracts[0];
        ParameterRole[] roles = grid.Parameters.Select(p => ParameterRole.Of(p.Name, first)).ToArray();
        string[] paymentRanks = first.Payments.Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();
        LineGroup[] groups = LineGroup.Of(grid, candidates, roles, paymentRanks, contractFor);
        var investor = new InvestorMoney(investments);

        return Simulation.DrawRuns(first, plan, hazards, runs, seed, options, drawn =>
        {
            var priced = new DesignRun[contracts.Length];
            var flows = new InvestorFlows(investor);
            foreach (LineGroup group in groups)
            {
                PricingBasis basis = PricingBasis.Of(group.Variants, drawn.People, drawn.Spells, plan.Horizon);
                foreach ((int candidate, int[] variantOfPayment) in group.Members)
                {
                    priced[candidate] = RunOf(basis, contracts[candidate], variantOfPayment, investor, flows);
                }
            }

            return priced;
        });
    }

    /// <summary>
    /// One run of one candidate: priced on the run's basis, then the payer's net saving, the total payable, the investor's
    /// IRR and money multiple as <see cref="ExactEvaluation.Of"/> takes them from <see cref="Economics.Of"/>.
    /// </summary>
    private static DesignRun RunOf(PricingBasis basis, Contract contract, int[] variantOfPayment, InvestorMoney investor, InvestorFlows flows)
    {
        SettlementTotals totals = basis.Price(contract, variantOfPayment);
        Money saving = basis.MunicipalSaving ?? basis.GrossSaving;
        return new DesignRun(saving - totals.Payable, totals.Payable, flows.Irr(basis, contract), investor.MoneyMultiple(totals.Payable));
    }
}
