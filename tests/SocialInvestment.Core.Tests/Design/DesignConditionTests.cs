namespace SocialInvestment.Tests.Design;

/// <summary>Conditions on a candidate's measures: met at the bound, how far a miss is, and which condition binds when none is met by all.</summary>
public sealed class DesignConditionTests
{
    private static readonly DesignCondition Safe = new(DesignMeasure.PayerNetSavingPositiveProbability, DesignBound.AtLeast, 0.95m);
    private static readonly DesignCondition Return = new(DesignMeasure.InvestorIrrP50, DesignBound.AtLeast, 0.08m);
    private static readonly DesignCondition Budget = new(DesignMeasure.TotalPaymentsP95, DesignBound.AtMost, 2_000_000m);

    [Fact]
    public void The_bound_itself_meets_the_condition_and_a_miss_is_measured_in_the_measures_unit()
    {
        Assert.True(Safe.IsMetBy(Measures(probability: 0.95m)));
        Assert.Equal(0m, Safe.Shortfall(Measures(probability: 0.97m)));
        Assert.Equal(0.02m, Safe.Shortfall(Measures(probability: 0.93m)));
        Assert.True(Budget.IsMetBy(Measures(paymentsP95: 2_000_000m)));
        Assert.Equal(150_000.50m, Budget.Shortfall(Measures(paymentsP95: 2_150_000.50m)));
        Assert.Equal("total_payments_p95 at_most 2000000", Budget.ToString());
    }

    [Fact]
    public void A_measure_that_does_not_exist_never_meets_a_condition_and_has_no_distance()
    {
        DesignMeasures noIrr = Measures(irr: null);

        Assert.False(Return.IsMetBy(noIrr));
        Assert.Null(Return.Shortfall(noIrr));
    }

    [Fact]
    public void The_binding_condition_is_the_first_that_none_of_the_candidates_meeting_the_ones_before_it_meets()
    {
        DesignMeasures[] candidates =
        [
            Measures(probability: 0.99m, irr: 0.05m),
            Measures(probability: 0.96m, irr: 0.07m),
            Measures(probability: 0.90m, irr: 0.12m),
            Measures(probability: 0.97m, irr: null),
        ];

        DesignMiss? miss = DesignMiss.Find([Safe, Return], candidates);

        // Candidates 0, 1 and 3 are safe; of them, candidate 1 comes nearest the return (0.07, 0.01 short); candidate 2
        // has the return but is not safe.
        Assert.Equal(new DesignMiss(1, Return, 1, 0.01m), miss);
    }

    [Fact]
    public void Where_the_first_condition_binds_the_nearest_candidate_of_all_is_named()
    {
        DesignMiss? miss = DesignMiss.Find([Safe, Return], [Measures(probability: 0.90m), Measures(probability: 0.94m), Measures(probability: 0.94m)]);

        Assert.Equal(new DesignMiss(0, Safe, 1, 0.01m), miss);
    }

    [Fact]
    public void Where_a_candidate_meets_every_condition_nothing_binds()
    {
        Assert.Null(DesignMiss.Find([Safe, Return], [Measures(probability: 0.90m), Measures(probability: 0.96m, irr: 0.08m)]));
        Assert.Null(DesignMiss.Find([], [Measures()]));
    }

    [Fact]
    public void Where_no_candidate_has_the_measure_the_first_is_named_with_no_distance()
    {
        Assert.Equal(new DesignMiss(0, Return, 0, null), DesignMiss.Find([Return], [Measures(irr: null), Measures(irr: null)]));
    }

    [Fact]
    public void Measures_have_their_design_json_names_and_every_measure_is_required()
    {
        Assert.Equal("payer_net_saving_positive_probability", DesignMeasures.NameOf(DesignMeasure.PayerNetSavingPositiveProbability));
        Assert.Equal(DesignMeasure.InvestorMoneyMultipleP95, DesignMeasures.Parse("investor_money_multiple_p95"));
        Assert.Null(DesignMeasures.Parse("Investor_irr_p50"));
        Assert.Equal(Enum.GetValues<DesignMeasure>().Length, DesignMeasures.Names.Count);
        Assert.All(Enum.GetValues<DesignMeasure>(), m => Assert.Equal(m, DesignMeasures.Parse(DesignMeasures.NameOf(m))));
        Assert.Throws<ArgumentException>(() => new DesignMeasures(new Dictionary<DesignMeasure, decimal?> { [DesignMeasure.InvestorIrrP50] = 0.1m }));
        Assert.Throws<ArgumentException>(() => Measures(probability: 1.5m));
    }

    internal static DesignMeasures Measures(decimal? probability = 0.5m, decimal? irr = 0.1m, decimal? paymentsP95 = 1_000_000m)
    {
        var values = Enum.GetValues<DesignMeasure>().ToDictionary(m => m, _ => (decimal?)0m);
        values[DesignMeasure.PayerNetSavingPositiveProbability] = probability;
        values[DesignMeasure.InvestorIrrP50] = irr;
        values[DesignMeasure.TotalPaymentsP95] = paymentsP95;
        return new DesignMeasures(values);
    }
}
