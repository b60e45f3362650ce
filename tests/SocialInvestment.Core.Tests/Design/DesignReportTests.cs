namespace SocialInvestment.Tests.Design;

/// <summary>
/// What a design's outputs are written from (docs/design.md, "Under stress"): the result, the recommended contract's
/// exact evaluation and its evaluation under stress, given only together and only where a contract is recommended.
/// </summary>
public sealed class DesignReportTests
{
    private static ExactEvaluation Forced() => ExactEvaluationTests.Forced(10_000m);

    [Fact]
    public void A_report_holds_what_it_is_given()
    {
        DesignResult result = DesignExample.Result();
        ExactEvaluation exact = Forced();
        ExactEvaluation stressed = Forced();

        var report = new DesignReport(result, exact, StressScenario.Default, stressed);

        Assert.Same(result, report.Result);
        Assert.Same(exact, report.Recommended);
        Assert.Same(StressScenario.Default, report.Stress);
        Assert.Same(stressed, report.Stressed);
        Assert.Null(new DesignReport(result).Recommended);
        Assert.Null(new DesignReport(result, exact).Stressed);
    }

    [Fact]
    public void An_exact_evaluation_where_nothing_is_recommended_is_refused()
    {
        DesignResult none = DesignExample.Result(DesignExample.Safe, new DesignCondition(DesignMeasure.InvestorIrrP50, DesignBound.AtLeast, 0.2m));

        Assert.Null(none.Recommended);
        Assert.Equal("recommended", Assert.Throws<ArgumentException>(() => new DesignReport(none, Forced())).ParamName);
        Assert.Null(new DesignReport(none).Recommended);
    }

    [Fact]
    public void A_stress_comes_with_its_evaluation_and_beside_the_exact_one()
    {
        DesignResult result = DesignExample.Result();

        Assert.Equal("stressed", Assert.Throws<ArgumentException>(() => new DesignReport(result, Forced(), StressScenario.Default)).ParamName);
        Assert.Equal("stressed", Assert.Throws<ArgumentException>(() => new DesignReport(result, Forced(), null, Forced())).ParamName);
        Assert.Equal("stressed", Assert.Throws<ArgumentException>(() => new DesignReport(result, null, StressScenario.Default, Forced())).ParamName);
    }
}
