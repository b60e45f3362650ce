namespace SocialInvestment;

/// <summary>
/// What a design's outputs show (docs/design.md, "Under stress"): the <see cref="DesignResult"/>, the recommended
/// contract settled exactly on every run (<see cref="ExactEvaluation.Of"/>) and the same contract under a stress
/// (<see cref="ExactEvaluation.UnderStress"/>). design.json and the design's report are written from it; however the
/// candidates were priced, these two evaluations are the exact figures reported for the recommended contract.
/// </summary>
public sealed class DesignReport
{
    /// <summary>A design's result with the exact evaluations of its recommended contract.</summary>
    /// <param name="result">The design's result.</param>
    /// <param name="recommended">
    /// <see cref="DesignResult.Recommended"/> settled exactly on every run of the projection; null where none is
    /// recommended, or where it was not evaluated exactly (the outputs then show no exact figures of it).
    /// </param>
    /// <param name="stress">The stress applied; null where the recommended contract was not evaluated under stress.</param>
    /// <param name="stressed">The recommended contract under <paramref name="stress"/>, with the same runs, seed and investments; null exactly where <paramref name="stress"/> is.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="recommended"/> is given where <paramref name="result"/> recommends nothing; one of
    /// <paramref name="stress"/> and <paramref name="stressed"/> is given without the other; or they are given without
    /// <paramref name="recommended"/>.
    /// </exception>
    public DesignReport(DesignResult result, ExactEvaluation? recommended = null, StressScenario? stress = null, ExactEvaluation? stressed = null)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckArgument(
            recommended is null || result.Recommended is not null,
            nameof(recommended),
            "An exact evaluation of the recommended contract is given, but the design recommends none.");
        Preconditions.CheckArgument(
            (stress is null) == (stressed is null),
            nameof(stressed),
            "A stress and the evaluation under it are given together, or neither.");
        Preconditions.CheckArgument(
            stressed is null || recommended is not null,
            nameof(stressed),
            "The recommended contract is evaluated under stress only beside its exact evaluation without it.");
        Result = result;
        Recommended = recommended;
        Stress = stress;
        Stressed = stressed;
    }

    /// <summary>The design's result: the candidates, the front, the recommended contract or the miss.</summary>
    public DesignResult Result { get; }

    /// <summary>The recommended contract settled exactly on every run; null where none is recommended or it was not evaluated exactly.</summary>
    public ExactEvaluation? Recommended { get; }

    /// <summary>The stress the recommended contract was evaluated under; null where it was not.</summary>
    public StressScenario? Stress { get; }

    /// <summary>The recommended contract under <see cref="Stress"/>; null where it was not evaluated under stress.</summary>
    public ExactEvaluation? Stressed { get; }

    /// <summary>
    /// How many rounds searched the grid (<see cref="Design.Run"/>), where it was larger than one round
    /// (<see cref="Design.MaxPricedPerRound"/> candidates × runs), so that <see cref="DesignResult.Candidates"/> are those
    /// the search evaluated; null where every candidate was evaluated.
    /// </summary>
    public int? SearchRounds { get; internal init; }
}
