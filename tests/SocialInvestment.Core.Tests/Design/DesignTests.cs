using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Design;

/// <summary>
/// <see cref="SocialInvestment.Design.Run"/> (docs/design.md, "The screening engine"): every candidate's measures are
/// those of <see cref="ExactEvaluation.Of"/>, the recommended contract's exact and stressed evaluations are reported, the
/// result is the same on any number of cores, and a grid larger than a round is searched coarse-then-refine.
/// </summary>
public sealed class DesignTests
{
    private static readonly DesignCondition Safe = new(DesignMeasure.PayerNetSavingPositiveProbability, DesignBound.AtLeast, 0.9m);
    private static readonly DesignCondition Return = new(DesignMeasure.InvestorIrrP50, DesignBound.AtLeast, 0.05m);

    private static readonly CohortPlan Plan = new([new Intake(new YearMonth(2026, 1), 4), new Intake(new YearMonth(2026, 2), 4)], D("2027-12-31"));
    private static readonly Hazards Leaving = new([0.1, 0.2], [0.02, 0.02]);
    private static readonly Investment[] Investments = [new(D("2026-01-01"), M(100_000m))];

    /// <summary>The fee and the bonus from their parameters; the rest of Kvinder i Job as <see cref="ExactEvaluationTests.KvinderIJob"/>.</summary>
    private static Contract ContractFor(DesignAssignment assignment) =>
        ExactEvaluationTests.FeeAndBonus(assignment.Settings[0].Value, assignment.Settings[1].Value, new Caps(Money.FromAmount(60_000m)));

    private static DesignSpace Space(int fees, int bonuses) => new(
        new DesignGrid(
        [
            new DesignParameter("payments.fee.amount", Enumerable.Range(0, fees).Select(i => 2_000m * i)),
            new DesignParameter("payments.bonus.amount", Enumerable.Range(0, bonuses).Select(i => 10_000m + (2_500m * i))),
        ]),
        [Safe, Return]);

    [Fact]
    public void Every_candidate_has_the_measures_of_its_exact_evaluation_and_the_recommended_one_is_reported_exactly()
    {
        DesignSpace space = Space(3, 3);

        DesignReport report = SocialInvestment.Design.Run(space, ContractFor, Plan, Leaving, runs: 12, seed: 5, Investments, StressScenario.Default);

        Assert.Null(report.SearchRounds);
        Assert.Equal(9, report.Result.Candidates.Count);
        foreach (DesignCandidate candidate in report.Result.Candidates)
        {
            ExactEvaluation exact = ExactEvaluation.Of(ContractFor(candidate.Assignment), Plan, Leaving, 12, 5, Investments);
            Assert.True(exact.Measures.SameAs(candidate.Measures), $"candidate {candidate.Index}");
        }

        DesignCandidate recommended = Assert.IsType<DesignCandidate>(report.Result.Recommended);
        Assert.Same(report.Result.Front[0], recommended);
        Assert.True(report.Recommended!.Measures.SameAs(recommended.Measures));
        ExactEvaluation stressed = ExactEvaluation.UnderStress(StressScenario.Default, ContractFor(recommended.Assignment), Plan, Leaving, 12, 5, Investments);
        Assert.Same(StressScenario.Default, report.Stress);
        Assert.True(report.Stressed!.Measures.SameAs(stressed.Measures));
    }

    [Fact]
    public void Without_a_stress_nothing_is_evaluated_under_stress()
    {
        DesignReport report = SocialInvestment.Design.Run(Space(2, 2), ContractFor, Plan, Leaving, runs: 5, seed: 1, Investments);

        Assert.Null(report.Stress);
        Assert.Null(report.Stressed);
        Assert.Equal(report.Result.Recommended is not null, report.Recommended is not null);
    }

    [Fact]
    public void The_result_is_the_same_on_one_core_and_on_many()
    {
        DesignSpace space = Space(3, 2);

        DesignReport one = SocialInvestment.Design.Run(space, ContractFor, Plan, Leaving, 9, 3, Investments, null, new SimulationOptions { MaxDegreeOfParallelism = 1 });
        DesignReport many = SocialInvestment.Design.Run(space, ContractFor, Plan, Leaving, 9, 3, Investments, null, new SimulationOptions { MaxDegreeOfParallelism = 4 });

        Assert.Equal(one.Result.Candidates.Select(c => c.Index), many.Result.Candidates.Select(c => c.Index));
        Assert.All(one.Result.Candidates.Zip(many.Result.Candidates), pair => Assert.True(pair.First.Measures.SameAs(pair.Second.Measures)));
        Assert.Equal(one.Result.Recommended?.Index, many.Result.Recommended?.Index);
    }

    [Fact]
    public void A_grid_larger_than_a_round_is_searched_coarse_then_refined_around_the_front()
    {
        DesignSpace space = Space(9, 9);
        const int runs = 4;

        DesignReport whole = SocialInvestment.Design.RunInRounds(space, ContractFor, Plan, Leaving, runs, 2, Investments, null, null, long.MaxValue);
        DesignReport searched = SocialInvestment.Design.RunInRounds(space, ContractFor, Plan, Leaving, runs, 2, Investments, null, null, pricedPerRound: 20 * runs);

        Assert.Null(whole.SearchRounds);
        Assert.Equal(81, whole.Result.Candidates.Count);
        Assert.True(searched.SearchRounds > 1);
        Assert.True(searched.Result.Candidates.Count < 81);

        // The coarse grid takes every 4th fee and bonus, the last ones included: (0, 4, 8) × (0, 4, 8) = 9 ≤ 10, half a round.
        long[] coarse = [0, 4, 8, 36, 40, 44, 72, 76, 80];
        Assert.All(coarse, k => Assert.Contains(searched.Result.Candidates, c => c.Index == k));

        // Every candidate the search priced has the measures the whole grid gave it, and here it finds the same recommendation.
        var all = whole.Result.Candidates.ToDictionary(c => c.Index);
        Assert.All(searched.Result.Candidates, c => Assert.True(all[c.Index].Measures.SameAs(c.Measures)));
        Assert.Equal(whole.Result.Recommended?.Index, searched.Result.Recommended?.Index);
    }
}
