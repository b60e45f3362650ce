namespace SocialInvestment.Tests.Simulation;

/// <summary>The monthly hazards of leaving and returning to support: validation, and the last month repeating.</summary>
public sealed class HazardsTests
{
    [Fact]
    public void Months_after_the_last_given_take_the_last_month_s_values()
    {
        var hazards = new Hazards([0.2, 0.1], [0.0, 0.05]);

        Assert.Equal(2, hazards.Months);
        Assert.Equal(0.2, hazards.LeaveIn(1));
        Assert.Equal(0.1, hazards.LeaveIn(2));
        Assert.Equal(0.1, hazards.LeaveIn(37));
        Assert.Equal(0.0, hazards.ReturnIn(1));
        Assert.Equal(0.05, hazards.ReturnIn(3));
    }

    [Fact]
    public void Constant_hazards_are_the_same_in_every_month()
    {
        Hazards hazards = Hazards.Constant(0.07, 0.03);

        Assert.Equal(1, hazards.Months);
        Assert.Equal(0.07, hazards.LeaveIn(1));
        Assert.Equal(0.07, hazards.LeaveIn(120));
        Assert.Equal(0.03, hazards.ReturnIn(120));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(0.5)]
    public void Probabilities_from_0_to_1_inclusive_are_accepted(double p) =>
        Assert.Equal(p, Hazards.Constant(p, p).LeaveIn(1));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.0000001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_probability_outside_0_to_1_is_an_error_naming_the_month(double p)
    {
        ArgumentException leave = Assert.Throws<ArgumentException>(() => new Hazards([0.1, p], [0.1, 0.1]));
        Assert.Equal("leave", leave.ParamName);
        Assert.Contains("Month 2", leave.Message, StringComparison.Ordinal);

        ArgumentException back = Assert.Throws<ArgumentException>(() => new Hazards([0.1], [p]));
        Assert.Equal("returnToSupport", back.ParamName);
    }

    [Fact]
    public void No_month_or_lists_of_different_lengths_are_errors()
    {
        Assert.Throws<ArgumentException>(() => new Hazards([], []));
        Assert.Throws<ArgumentException>(() => new Hazards([0.1, 0.2], [0.1]));
    }

    [Fact]
    public void Month_0_is_not_a_month_since_the_start() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Hazards.Constant(0.1, 0.1).LeaveIn(0));
}
