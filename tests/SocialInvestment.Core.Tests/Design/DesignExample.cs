namespace SocialInvestment.Tests.Design;

/// <summary>
/// A 2 × 3 design with hand-built measures: the fee at 10,000 or 20,000 and the share of savings at 0.3, 0.40 (written
/// with a trailing zero) or 0.5; the conditions "positive with probability at least 0.95" and "median IRR at least 0.08".
/// </summary>
/// <remarks>
/// Candidate: (expected net saving, probability, median IRR) →
/// 0: (500,000, 0.99, 0.05) misses the IRR; 1: (450,000, 0.98, 0.09) qualifies; 2: (400,000, 0.97, 0.12345678905)
/// qualifies; 3: (420,000, 0.96, 0.085) qualifies but 1 dominates it; 4: (380,000, 0.90, 0.15) is not safe enough;
/// 5: (330,000, 0.94, none) misses both. The front among 1, 2, 3 is 1 then 2; the recommended contract is 1.
/// </remarks>
internal static class DesignExample
{
    internal static readonly DesignCondition Safe = new(DesignMeasure.PayerNetSavingPositiveProbability, DesignBound.AtLeast, 0.95m);
    internal static readonly DesignCondition Return = new(DesignMeasure.InvestorIrrP50, DesignBound.AtLeast, 0.08m);

    internal static readonly DesignGrid Grid = new(
    [
        new DesignParameter("payments.fee.amount", [10000m, 20000m]),
        new DesignParameter("payments.shared.share", [0.3m, 0.40m, 0.5m]),
    ]);

    internal static (long Candidate, DesignMeasures Measures)[] Measured { get; } =
    [
        (0, Measures(500_000m, 0.99m, 0.05m)),
        (1, Measures(450_000m, 0.98m, 0.09m)),
        (2, Measures(400_000m, 0.97m, 0.12345678905m)),
        (3, Measures(420_000m, 0.96m, 0.085m)),
        (4, Measures(380_000m, 0.90m, 0.15m)),
        (5, Measures(330_000m, 0.94m, null)),
    ];

    internal static DesignResult Result(params DesignCondition[] conditions) =>
        DesignResult.Of(new DesignSpace(Grid, conditions.Length == 0 ? [Safe, Return] : conditions), Measured);

    /// <summary>The result of the design with both conditions, its measures given in an order shuffled by <paramref name="seed"/>.</summary>
    internal static DesignResult Shuffled(int seed)
    {
        var shuffled = Measured.ToArray();
        new Random(seed).Shuffle(shuffled);
        return DesignResult.Of(new DesignSpace(Grid, [Safe, Return]), shuffled);
    }

    /// <summary>
    /// Measures around an expected net saving, a probability and a median IRR: the net saving's band is the mean
    /// − 300,000.005 (rounds to −…0.01 away from zero) and + 250,000.5; the IRR's band ± 0.03 and 0.04; the money multiple
    /// 1.1, 1.25, 1.4 (none where the IRR is none); the payments 100,000, 150,000.25 and 200,000.
    /// </summary>
    internal static DesignMeasures Measures(decimal mean, decimal probability, decimal? irr) => new(new Dictionary<DesignMeasure, decimal?>
    {
        [DesignMeasure.PayerNetSavingP5] = mean - 300_000.005m,
        [DesignMeasure.PayerNetSavingP50] = mean,
        [DesignMeasure.PayerNetSavingP95] = mean + 250_000.5m,
        [DesignMeasure.PayerNetSavingMean] = mean,
        [DesignMeasure.PayerNetSavingPositiveProbability] = probability,
        [DesignMeasure.InvestorIrrP5] = irr - 0.03m,
        [DesignMeasure.InvestorIrrP50] = irr,
        [DesignMeasure.InvestorIrrP95] = irr + 0.04m,
        [DesignMeasure.InvestorMoneyMultipleP5] = irr is null ? null : 1.1m,
        [DesignMeasure.InvestorMoneyMultipleP50] = irr is null ? null : 1.25m,
        [DesignMeasure.InvestorMoneyMultipleP95] = irr is null ? null : 1.4m,
        [DesignMeasure.TotalPaymentsP5] = 100_000m,
        [DesignMeasure.TotalPaymentsP50] = 150_000.25m,
        [DesignMeasure.TotalPaymentsP95] = 200_000m,
    });
}
