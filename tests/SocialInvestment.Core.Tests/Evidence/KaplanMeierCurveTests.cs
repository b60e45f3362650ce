using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Evidence;

/// <summary>The Kaplan–Meier curve of the time to a trigger (docs/evidence.md): hand-computed steps to 10⁻¹², and properties.</summary>
public sealed class KaplanMeierCurveTests
{
    private const double Exact = 1e-12;

    private static TimeToOutcome Met(int days) => new(days, Met: true);

    private static TimeToOutcome Censored(int days) => new(days, Met: false);

    /// <summary>The 6-MP group of Freireich et al. (1963) as Gehan (1965) gives it: weeks in remission, + censored.</summary>
    private static readonly TimeToOutcome[] SixMp =
    [
        Met(6), Met(6), Met(6), Met(7), Met(10), Met(13), Met(16), Met(22), Met(23),
        Censored(6), Censored(9), Censored(10), Censored(11), Censored(17), Censored(19), Censored(20),
        Censored(25), Censored(32), Censored(32), Censored(34), Censored(35),
    ];

    [Fact]
    public void The_6_MP_group_of_Freireich_has_the_textbook_curve_and_median_23()
    {
        // At risk and met by hand: 6: 21, 3 (and 1 censored after them); 7: 17, 1; 10: 15, 1; 13: 12, 1; 16: 11, 1;
        // 22: 7, 1; 23: 6, 1. S = 18/21 = 0.857, × 16/17 = 0.807, × 14/15 = 0.753, × 11/12 = 0.690, × 10/11 = 0.627,
        // × 6/7 = 0.538, × 5/6 = 0.448 (the published curve, to 3 decimals). The first S ≤ 0.5 is at 23.
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate(SixMp);
        double s6 = 18.0 / 21;
        double s7 = s6 * 16 / 17;
        double s10 = s7 * 14 / 15;
        double s13 = s10 * 11 / 12;
        double s16 = s13 * 10 / 11;
        double s22 = s16 * 6 / 7;
        double s23 = s22 * 5 / 6;
        (int Days, int AtRisk, int Met, int Censored, double Survival)[] expected =
        [
            (6, 21, 3, 1, s6), (7, 17, 1, 0, s7), (9, 16, 0, 1, s7), (10, 15, 1, 1, s10), (11, 13, 0, 1, s10),
            (13, 12, 1, 0, s13), (16, 11, 1, 0, s16), (17, 10, 0, 1, s16), (19, 9, 0, 1, s16), (20, 8, 0, 1, s16),
            (22, 7, 1, 0, s22), (23, 6, 1, 0, s23), (25, 5, 0, 1, s23), (32, 4, 0, 2, s23), (34, 2, 0, 1, s23),
            (35, 1, 0, 1, s23),
        ];

        Assert.Equal(expected.Length, curve.Steps.Count);
        foreach (var (e, step) in expected.Zip(curve.Steps))
        {
            Assert.Equal((e.Days, e.AtRisk, e.Met, e.Censored), (step.Days, step.AtRisk, step.Met, step.Censored));
            Assert.Equal(e.Survival, step.Survival, Exact);
            Assert.Equal(1 - e.Survival, step.ShareMet, Exact);
        }

        double[] published = [0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448];
        Assert.Equal(published, curve.Steps.Where(s => s.Met > 0).Select(s => Math.Round(s.Survival, 3, MidpointRounding.AwayFromZero)));
        Assert.Equal(23, curve.MedianDays);
        Assert.Equal((21, 9), (curve.Count, curve.Met));
    }

    [Fact]
    public void Greenwoods_standard_error_sums_met_over_at_risk_times_those_left()
    {
        // Day 6: S·√(3/(21·18)) = 0.857 × 0.0891 = 0.0764; day 7: S·√(3/378 + 1/(17·16)) = 0.807 × 0.1078 = 0.0869.
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate(SixMp);

        Assert.Equal(18.0 / 21 * Math.Sqrt(3.0 / (21 * 18)), curve.Steps[0].StandardError!.Value, Exact);
        Assert.Equal(18.0 / 21 * 16 / 17 * Math.Sqrt((3.0 / (21 * 18)) + (1.0 / (17 * 16))), curve.Steps[1].StandardError!.Value, Exact);
        Assert.Equal(0.0764, curve.Steps[0].StandardError!.Value, 5e-5);
        Assert.Equal(0.0869, curve.Steps[1].StandardError!.Value, 5e-5);
    }

    [Fact]
    public void Once_everybody_at_risk_has_met_it_the_curve_is_0_and_the_standard_error_undefined()
    {
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate([Met(1), Met(2), Censored(2), Met(3)]);

        // 1: 4 at risk, 1 met: 3/4. 2: 3 at risk, 1 met (the censored one counts as at risk): 1/2. 3: 1 at risk, 1 met: 0.
        Assert.Equal([0.75, 0.5, 0], curve.Steps.Select(s => s.Survival));
        Assert.NotNull(curve.Steps[1].StandardError);
        Assert.Null(curve.Steps[2].StandardError);
        Assert.Equal(2, curve.MedianDays);
    }

    [Fact]
    public void A_curve_that_reaches_one_half_exactly_has_its_median_there_whatever_the_rounding()
    {
        // 18/20 × 14/15 × 10/12 × 5/7 = 1/2 exactly, but 0.5000000000000001 in doubles.
        TimeToOutcome[] times =
        [
            Met(1), Met(1), Censored(1), Censored(1), Censored(1),
            Met(2), Censored(2), Censored(2),
            Met(3), Met(3), Censored(3), Censored(3), Censored(3),
            Met(4), Met(4), Censored(10), Censored(10), Censored(10), Censored(10), Censored(10),
        ];
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate(times);

        Assert.Equal(0.5, curve.Steps[3].Survival, Exact);
        Assert.Equal(4, curve.MedianDays);
    }

    [Fact]
    public void A_curve_that_stays_above_one_half_has_no_median() =>
        Assert.Null(KaplanMeierCurve.Estimate([Met(1), Censored(2), Censored(3)]).MedianDays);

    [Fact]
    public void Nobody_gives_an_empty_curve()
    {
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate([]);

        Assert.Empty(curve.Steps);
        Assert.Null(curve.MedianDays);
        Assert.Equal(1, curve.SurvivalAt(100));
    }

    [Fact]
    public void Survival_at_a_day_is_that_of_the_last_step_on_or_before_it()
    {
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate(SixMp);

        Assert.Equal(1, curve.SurvivalAt(5));
        Assert.Equal(18.0 / 21, curve.SurvivalAt(6), Exact);
        Assert.Equal(curve.Steps[1].Survival, curve.SurvivalAt(8));
        Assert.Equal(curve.Steps[^1].Survival, curve.SurvivalAt(1000));
    }

    [Fact]
    public void A_negative_time_is_refused() =>
        Assert.Equal("times", Assert.Throws<ArgumentException>(() => KaplanMeierCurve.Estimate([Met(-1)])).ParamName);

    [Property(MaxTest = 1000)]
    public Property The_curve_never_rises_and_stays_within_0_and_1() => Prop.ForAll(Times(), times =>
    {
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate(times);
        double previous = 1;
        foreach (KaplanMeierStep step in curve.Steps)
        {
            Assert.InRange(step.Survival, 0, previous);
            previous = step.Survival;
        }
    });

    [Property(MaxTest = 1000)]
    public Property Each_step_leaves_those_met_and_censored_behind() => Prop.ForAll(Times(), times =>
    {
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate(times);
        int atRisk = times.Length;
        foreach (KaplanMeierStep step in curve.Steps)
        {
            Assert.Equal(atRisk, step.AtRisk);
            atRisk -= step.Met + step.Censored;
        }

        Assert.Equal(0, atRisk);
        Assert.Equal(times.Count(t => t.Met), curve.Met);
        Assert.Equal(times.Select(t => t.Days).Distinct().Order(), curve.Steps.Select(s => s.Days));
    });

    [Property(MaxTest = 1000)]
    public Property Censoring_everybody_leaves_the_curve_at_1() => Prop.ForAll(Times(), times =>
    {
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate(times.Select(t => t with { Met = false }));
        Assert.All(curve.Steps, s => Assert.Equal(1, s.Survival));
        Assert.Null(curve.MedianDays);
    });

    [Property(MaxTest = 1000)]
    public Property Without_censoring_the_curve_is_the_share_not_yet_met() => Prop.ForAll(Times(), times =>
    {
        TimeToOutcome[] all = [.. times.Select(t => t with { Met = true })];
        KaplanMeierCurve curve = KaplanMeierCurve.Estimate(all);
        foreach (KaplanMeierStep step in curve.Steps)
        {
            Assert.Equal((double)all.Count(t => t.Days > step.Days) / all.Length, step.Survival, 1e-12);
        }

        // The median is the first day by which at least half have met it.
        int? median = all.Length == 0 ? null : all.Select(t => t.Days).Order().First(d => 2 * all.Count(t => t.Days <= d) >= all.Length);
        Assert.Equal(median, curve.MedianDays);
    });

    /// <summary>Up to 60 participants, days 0 … 40, met or censored.</summary>
    private static Arbitrary<TimeToOutcome[]> Times() =>
        Gen.Choose(0, 40).Zip(Gen.Elements(true, false), (days, met) => new TimeToOutcome(days, met))
            .ArrayOf().Select(a => a.Take(60).ToArray()).ToArbitrary();
}
