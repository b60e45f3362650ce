using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Design;

/// <summary>
/// The result of a design: which candidates qualify, the front among them, the recommended contract (the front's first
/// point: the highest expected net saving), and the binding condition where none qualifies.
/// </summary>
public sealed class DesignResultTests
{
    [Fact]
    public void Candidates_are_flagged_by_the_conditions_they_meet_and_the_front_is_that_of_the_qualifying_ones()
    {
        DesignResult result = DesignExample.Result();

        Assert.Equal([0L, 1, 2, 3, 4, 5], result.Candidates.Select(c => c.Index));
        Assert.Equal([true, false], result.Candidates[0].ConditionsMet);
        Assert.Equal([false, false], result.Candidates[5].ConditionsMet);
        Assert.Equal([1L, 2, 3], result.Qualifying.Select(c => c.Index));
        Assert.Equal([1L, 2], result.Front.Select(c => c.Index));
        Assert.Equal([false, true, true, false, false, false], result.Candidates.Select(c => c.OnFront));
        Assert.Equal(1, result.Recommended!.Index);
        Assert.Equal([false, true, false, false, false, false], result.Candidates.Select(c => c.IsRecommended));
        Assert.Equal(new DesignSetting("payments.shared.share", 0.40m), result.Recommended.Assignment.Settings[1]);
        Assert.Null(result.Miss);
        Assert.Null(result.Nearest);
    }

    [Fact]
    public void Without_conditions_every_candidate_qualifies_and_the_highest_expected_saving_is_recommended()
    {
        DesignResult result = DesignResult.Of(new DesignSpace(DesignExample.Grid, []), DesignExample.Measured);

        Assert.Equal(6, result.Qualifying.Count);
        Assert.Equal([0L, 1, 2, 4], result.Front.Select(c => c.Index));
        Assert.Equal(0, result.Recommended!.Index);
    }

    [Fact]
    public void Where_none_qualifies_the_binding_condition_and_the_nearest_candidate_are_given_and_nothing_is_recommended()
    {
        DesignResult result = DesignExample.Result(DesignExample.Safe, new DesignCondition(DesignMeasure.InvestorIrrP50, DesignBound.AtLeast, 0.2m));

        Assert.Empty(result.Qualifying);
        Assert.Empty(result.Front);
        Assert.Null(result.Recommended);
        Assert.Equal(1, result.Miss!.ConditionIndex);
        Assert.Equal(2, result.Nearest!.Index);
        Assert.Equal(0.07654321095m, result.Miss.Shortfall);
    }

    [Fact]
    public void A_part_of_the_grid_may_be_evaluated_and_is_kept_in_the_grids_order()
    {
        DesignResult result = DesignResult.Of(
            new DesignSpace(DesignExample.Grid, [DesignExample.Safe, DesignExample.Return]),
            [DesignExample.Measured[4], DesignExample.Measured[2]]);

        Assert.Equal([2L, 4], result.Candidates.Select(c => c.Index));
        Assert.Equal(2, result.Recommended!.Index);
    }

    [Fact]
    public void Bad_measures_are_refused()
    {
        var space = new DesignSpace(DesignExample.Grid, []);
        Assert.Throws<ArgumentException>(() => DesignResult.Of(space, []));
        Assert.Throws<ArgumentException>(() => DesignResult.Of(space, [DesignExample.Measured[1], DesignExample.Measured[1]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DesignResult.Of(space, [(6L, DesignExample.Measured[0].Measures)]));
    }

    [Property(MaxTest = 200)]
    public Property The_result_does_not_depend_on_the_order_the_measures_are_given_in() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            DesignResult result = DesignExample.Shuffled(seed);
            return result.Candidates.Select(c => c.Index).SequenceEqual([0L, 1, 2, 3, 4, 5])
                && result.Front.Select(c => c.Index).SequenceEqual([1L, 2])
                && result.Recommended!.Index == 1;
        });
}
