using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Design;

/// <summary>
/// The Pareto front between the payer's expected net saving and the investor's median IRR: no front point is dominated,
/// every other point is dominated by a front point, equal points share their fate, a missing IRR is the worst, and the
/// order of the input does not matter.
/// </summary>
public sealed class ParetoFrontTests
{
    private static readonly Gen<decimal?> Irrs = Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (6, Gen.Choose(-5, 5).Select(k => (decimal?)(k / 100m))));

    private static readonly Arbitrary<ParetoPoint[]> Points =
        (from savings in Gen.Choose(-3, 3).Select(k => k * 1000m).ArrayOf()
         from irrs in Irrs.ArrayOf(savings.Length)
         select savings.Select((s, i) => new ParetoPoint(i * 7L, s, irrs[i])).ToArray())
        .ToArbitrary();

    [Fact]
    public void The_front_of_a_hand_example_runs_from_the_most_saving_to_the_highest_return()
    {
        ParetoPoint[] points =
        [
            new(0, 100_000m, 0.02m),
            new(1, 80_000m, 0.06m),
            new(2, 80_000m, 0.05m), // same saving as 1, lower return: dominated by 1
            new(3, 50_000m, 0.06m), // dominated by 1
            new(4, 20_000m, 0.11m),
            new(5, 20_000m, 0.11m), // equal to 4: both on the front
            new(6, 120_000m, null), // the most saving, no IRR: still on the front
            new(7, 110_000m, null), // dominated by 6
        ];

        IReadOnlyList<ParetoPoint> front = ParetoFront.Of(points);

        Assert.Equal([6L, 0, 1, 4, 5], front.Select(p => p.Candidate));
    }

    [Fact]
    public void A_candidate_given_twice_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => ParetoFront.Of([new ParetoPoint(1, 1m, 0.1m), new ParetoPoint(1, 2m, 0.2m)]));
        Assert.Empty(ParetoFront.Of([]));
    }

    [Property(MaxTest = 1_000)]
    public Property No_front_point_is_dominated_and_every_other_point_is_dominated_by_a_front_point() => Prop.ForAll(Points, points =>
    {
        IReadOnlyList<ParetoPoint> front = ParetoFront.Of(points);
        var onFront = front.Select(p => p.Candidate).ToHashSet();

        Assert.All(front, f => Assert.DoesNotContain(points, q => ParetoFront.Dominates(q, f)));
        Assert.All(points.Where(p => !onFront.Contains(p.Candidate)), p => Assert.Contains(front, f => ParetoFront.Dominates(f, p)));
        Assert.Equal(onFront.Count, front.Count);
    });

    [Property(MaxTest = 1_000)]
    public Property The_front_is_ordered_by_saving_then_candidate_and_does_not_depend_on_the_input_order() => Prop.ForAll(Points, Gen.Choose(0, int.MaxValue).ToArbitrary(), (points, seed) =>
    {
        var random = new Random(seed);
        var shuffled = points.OrderBy(_ => random.Next()).ToArray();
        var reversed = points.Reverse().ToArray();

        IReadOnlyList<ParetoPoint> front = ParetoFront.Of(points);

        Assert.Equal(front, ParetoFront.Of(shuffled));
        Assert.Equal(front, ParetoFront.Of(reversed));
        Assert.Equal(front.OrderByDescending(p => p.ExpectedNetSaving).ThenBy(p => p.Candidate), front);
    });

    [Property(MaxTest = 1_000)]
    public Property Points_equal_on_both_figures_are_all_on_the_front_or_none_is() => Prop.ForAll(Points, points =>
    {
        var onFront = ParetoFront.Of(points).Select(p => p.Candidate).ToHashSet();

        foreach (var group in points.GroupBy(p => (p.ExpectedNetSaving, p.MedianIrr)))
        {
            Assert.True(group.All(p => onFront.Contains(p.Candidate)) || group.All(p => !onFront.Contains(p.Candidate)));
        }
    });
}
