using System.Numerics;

namespace SocialInvestment.Tests.Contracts;

/// <summary>SPEC §7: the monthly cost of a year, round(amount × (1 + i)^(y − base)), exact and rounded once.</summary>
public sealed class MonthlyCostTests
{
    private static readonly MonthlyCost Kvinder = new(15000m, 2026, 0.02m);

    [Fact]
    public void Base_year_rate_is_the_amount() => Assert.Equal(15000.00m, Kvinder.RateFor(2026).Amount);

    [Fact]
    public void Rate_is_indexed_across_a_year_boundary()
    {
        // 15000 × 1.02 = 15300.00; 15000 × 1.02² = 15000 × 1.0404 = 15606.00.
        Assert.Equal(15300.00m, Kvinder.RateFor(2027).Amount);
        Assert.Equal(15606.00m, Kvinder.RateFor(2028).Amount);
    }

    [Fact]
    public void Rate_before_the_base_year_divides_by_the_growth()
    {
        // 15000 / 1.02 = 14705.882352… → 14705.88; 15000 / 1.0404 = 14417.531718… → 14417.53.
        Assert.Equal(14705.88m, Kvinder.RateFor(2025).Amount);
        Assert.Equal(14417.53m, Kvinder.RateFor(2024).Amount);
    }

    [Fact]
    public void Large_exponent_is_exact()
    {
        // 15000 × 1.031^40, computed here as 15000 × 1031^40 / 1000^40 with BigInteger and rounded half away from zero.
        var cost = new MonthlyCost(15000m, 2026, 0.031m);
        BigInteger numerator = 15000 * BigInteger.Pow(1031, 40);
        BigInteger denominator = BigInteger.Pow(1000, 40);
        BigInteger cents = ((numerator * 100 * 2) + denominator) / (denominator * 2);

        Assert.Equal((decimal)cents / 100m, cost.RateFor(2066).Amount);
        Assert.Equal(50867.20m, cost.RateFor(2066).Amount);
    }

    [Fact]
    public void Large_negative_exponent_is_exact()
    {
        // 15000 / 1.031^40 = 15000 × 1000^40 / 1031^40 = 4423.2797… → 4423.28.
        var cost = new MonthlyCost(15000m, 2026, 0.031m);
        BigInteger numerator = 15000 * BigInteger.Pow(1000, 40);
        BigInteger denominator = BigInteger.Pow(1031, 40);
        BigInteger cents = ((numerator * 100 * 2) + denominator) / (denominator * 2);

        Assert.Equal((decimal)cents / 100m, cost.RateFor(1986).Amount);
        Assert.Equal(4423.28m, cost.RateFor(1986).Amount);
    }

    [Fact]
    public void Rate_is_rounded_half_away_from_zero()
    {
        // 10.005 × 1^0 = 10.005 → 10.01 (banker's rounding would give 10.00); 0.5 × 1.01 = 0.505 → 0.51.
        Assert.Equal(10.01m, new MonthlyCost(10.005m, 2026).RateFor(2030).Amount);
        Assert.Equal(0.51m, new MonthlyCost(0.5m, 2026, 0.01m).RateFor(2027).Amount);
    }

    [Fact]
    public void Negative_indexation_shrinks_the_rate()
    {
        // 17500.50 × 0.95 = 16625.475 → 16625.48; before the base year 17500.50 / 0.95 = 18421.578… → 18421.58.
        var cost = new MonthlyCost(17500.5m, 2027, -0.05m);

        Assert.Equal(16625.48m, cost.RateFor(2028).Amount);
        Assert.Equal(18421.58m, cost.RateFor(2026).Amount);
    }
}
