using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Economics;

/// <summary>docs/economics.md: XNPV and XIRR with the actual/365 day count, as spreadsheets compute them.</summary>
public sealed class DiscountedCashFlowTests
{
    /// <summary>Microsoft's XIRR and XNPV documentation example.</summary>
    private static readonly CashFlow[] Microsoft =
    [
        Out("2008-01-01", 10_000m),
        In("2008-03-01", 2_750m),
        In("2008-10-30", 4_250m),
        In("2009-02-15", 3_250m),
        In("2009-04-01", 2_750m),
    ];

    private static CashFlow Out(string date, decimal amount) => new(D(date), CashFlowKind.Investment, M(-amount));

    private static CashFlow In(string date, decimal amount) => new(D(date), CashFlowKind.OutcomePayment, M(amount));

    [Fact]
    public void Xirr_gives_Microsofts_documented_0_373362535_to_1e_6()
    {
        IrrResult irr = DiscountedCashFlow.Xirr(Microsoft);

        // Excel shows 0.373362535; bisection in 50-digit decimal arithmetic gives 0.37336253351883151…
        Assert.Equal(IrrStatus.Found, irr.Status);
        Assert.Equal(0.373362535, irr.Rate!.Value, 1e-6);
        Assert.Equal(0.3733625335188315, irr.Rate!.Value, 1e-12);
    }

    [Fact]
    public void Microsofts_published_rate_is_a_root_to_1e_6_whatever_the_solver()
    {
        // XNPV changes sign within ±1e-6 of the published rate: 50-digit arithmetic gives +0.00603 at 0.3733615 and
        // −0.00564 at 0.3733635, so the rate is right to 1e-6 independently of the root finder.
        Assert.True(DiscountedCashFlow.Xnpv(Microsoft, 0.3733615) > 0);
        Assert.True(DiscountedCashFlow.Xnpv(Microsoft, 0.3733635) < 0);
        Assert.Equal(0.0060293085484, DiscountedCashFlow.Xnpv(Microsoft, 0.3733615), 1e-9);
    }

    [Fact]
    public void Xnpv_gives_Microsofts_documented_2086_65_at_9_percent() =>
        Assert.Equal(2086.6476020315366, DiscountedCashFlow.Xnpv(Microsoft, 0.09), 1e-9);

    [Fact]
    public void Xnpv_discounts_to_the_earliest_date_whatever_the_order_of_the_flows()
    {
        // 1100 a year (365 days) after 1000 out, at 10 %: −1000 + 1100 / 1.1 = 0; listed last first, the same.
        CashFlow[] flows = [In("2002-01-01", 1_100m), Out("2001-01-01", 1_000m)];

        Assert.Equal(0, DiscountedCashFlow.Xnpv(flows, 0.1), 1e-9);
        Assert.Equal(100, DiscountedCashFlow.Xnpv(flows, 0), 1e-9);
        Assert.Equal(0, DiscountedCashFlow.Xnpv([], 0.05));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-2.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Xnpv_refuses_a_rate_of_minus_1_or_less_or_no_number(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscountedCashFlow.Xnpv(Microsoft, rate));

    [Fact]
    public void One_year_of_365_days_at_10_percent_is_0_1()
    {
        // 1000 out, 1100 back 365 days later: (1 + r)^(365/365) = 1.1.
        Assert.Equal(0.1, DiscountedCashFlow.Xirr([Out("2001-01-01", 1_000m), In("2002-01-01", 1_100m)]).Rate!.Value, 1e-12);

        // Two years of 365 days, 1210 back: (1 + r)^2 = 1.21.
        Assert.Equal(0.1, DiscountedCashFlow.Xirr([Out("2001-01-01", 1_000m), In("2003-01-01", 1_210m)]).Rate!.Value, 1e-12);
    }

    [Fact]
    public void A_leap_year_counts_366_days_over_365()
    {
        // 2024-01-01 to 2025-01-01 is 366 days: (1 + r)^(366/365) = 1.1, r = 1.1^(365/366) − 1 = 0.0997135859341412…
        IrrResult irr = DiscountedCashFlow.Xirr([Out("2024-01-01", 1_000m), In("2025-01-01", 1_100m)]);

        Assert.Equal(0.0997135859341412, irr.Rate!.Value, 1e-12);
    }

    [Fact]
    public void A_loss_gives_a_negative_rate_and_a_total_loss_of_all_but_a_little_a_rate_near_minus_1()
    {
        // 1000 out, 500 back a year later: r = −0.5. 1000 out, 0.20 back a year later: r = −0.9998.
        Assert.Equal(-0.5, DiscountedCashFlow.Xirr([Out("2001-01-01", 1_000m), In("2002-01-01", 500m)]).Rate!.Value, 1e-12);
        Assert.Equal(-0.9998, DiscountedCashFlow.Xirr([Out("2001-01-01", 1_000m), In("2002-01-01", 0.20m)]).Rate!.Value, 1e-12);
    }

    [Fact]
    public void Money_doubled_in_30_days_is_a_large_rate_inside_the_bracket()
    {
        // (1 + r)^(30/365) = 2: r = 2^(365/30) − 1 = 4573.5121…
        IrrResult irr = DiscountedCashFlow.Xirr([Out("2025-01-01", 100m), In("2025-01-31", 200m)]);

        Assert.Equal(Math.Pow(2, 365 / 30.0) - 1, irr.Rate!.Value, 1e-6);
    }

    [Fact]
    public void Money_doubled_in_one_day_is_beyond_the_bracket_and_no_IRR()
    {
        // r = 2^365 − 1, far above 1,000,000.
        IrrResult irr = DiscountedCashFlow.Xirr([Out("2025-01-01", 100m), In("2025-01-02", 200m)]);

        Assert.Equal(IrrStatus.NoRoot, irr.Status);
        Assert.Null(irr.Rate);
        Assert.Equal("No IRR: no rate from -99.99 % to 100000000 % a year makes the net present value 0.", irr.Explanation);
    }

    [Fact]
    public void Flows_that_change_sign_twice_may_have_two_rates_and_the_one_nearest_10_percent_is_given()
    {
        // −100, +230, −132 a year apart: −100y² + 230y − 132 = 0 with y = 1 + r gives y = 1.1 or 1.2.
        IrrResult irr = DiscountedCashFlow.Xirr([Out("2001-01-01", 100m), In("2002-01-01", 230m), Out("2003-01-01", 132m)]);

        Assert.Equal(IrrStatus.SeveralFound, irr.Status);
        Assert.Equal(2, irr.Roots.Count);
        Assert.Equal(0.1, irr.Roots[0], 1e-12);
        Assert.Equal(0.2, irr.Roots[1], 1e-12);
        Assert.Equal(0.1, irr.Rate!.Value, 1e-12);
        Assert.StartsWith("IRR 10 % a year, of 2 rates that make the net present value 0 (10 %, 20 %)", irr.Explanation, StringComparison.Ordinal);

        // −100, +265, −172.50: y = 1.15 or 1.5; 15 % is the nearer to 10 %.
        IrrResult other = DiscountedCashFlow.Xirr([Out("2001-01-01", 100m), In("2002-01-01", 265m), Out("2003-01-01", 172.50m)]);
        Assert.Equal(0.15, other.Rate!.Value, 1e-12);
        Assert.Equal(0.5, other.Roots[1], 1e-12);
    }

    [Fact]
    public void Flows_that_change_sign_with_no_rate_at_all_are_no_IRR()
    {
        // −100, +50, −100: −100y² + 50y − 100 < 0 for every y.
        IrrResult irr = DiscountedCashFlow.Xirr([Out("2001-01-01", 100m), In("2002-01-01", 50m), Out("2003-01-01", 100m)]);

        Assert.Equal(IrrStatus.NoRoot, irr.Status);
        Assert.Empty(irr.Roots);
    }

    [Fact]
    public void No_flows_and_flows_of_one_sign_are_no_IRR_with_a_reason()
    {
        IrrResult none = DiscountedCashFlow.Xirr([]);
        IrrResult allOut = DiscountedCashFlow.Xirr([Out("2025-01-01", 100m), Out("2025-06-01", 50m)]);
        IrrResult allIn = DiscountedCashFlow.Xirr([In("2025-01-01", 100m)]);
        IrrResult cancelled = DiscountedCashFlow.Xirr([Out("2025-01-01", 100m), In("2025-01-01", 100m)]);

        Assert.Equal((IrrStatus.NoFlows, (double?)null), (none.Status, none.Rate));
        Assert.Equal("No IRR: there are no cash flows (or they net to 0 on every date), so every rate gives a net present value of 0.", none.Explanation);
        Assert.Equal(IrrStatus.OneSign, allOut.Status);
        Assert.Equal("No IRR: every cash flow is money out, so no rate makes their net present value 0.", allOut.Explanation);
        Assert.Equal("No IRR: every cash flow is money in, so no rate makes their net present value 0.", allIn.Explanation);
        Assert.Equal(IrrStatus.NoFlows, cancelled.Status);
    }

    [Fact]
    public void Flows_over_centuries_do_not_overflow()
    {
        // 1 out in 1900, 1.01 back in 2100: r = 1.01^(365/73049) − 1, tiny; and a huge one the other way round.
        IrrResult irr = DiscountedCashFlow.Xirr([Out("1900-01-01", 1m), In("2100-01-01", 1.01m)]);
        int days = Period.DaysBetween(D("1900-01-01"), D("2100-01-01"));

        Assert.Equal(Math.Pow(1.01, 365.0 / days) - 1, irr.Rate!.Value, 1e-12);
    }

    private static Gen<CashFlow[]> OneInvestmentThenReturns =>
        from invested in Gen.Choose(1, 10_000_000)
        from count in Gen.Choose(1, 8)
        from returns in Gen.ArrayOf(Gen.Zip(Gen.Choose(30, 4_000), Gen.Choose(1, 10_000_000)), count)
        select (CashFlow[])[
            new CashFlow(new LocalDate(2025, 1, 1), CashFlowKind.Investment, Money.FromAmount(-invested / 100m)),
            .. returns.Select(r => new CashFlow(new LocalDate(2025, 1, 1).PlusDays(r.Item1), CashFlowKind.OutcomePayment, Money.FromAmount(r.Item2 / 100m))),
        ];

    [Property(MaxTest = 500)]
    public Property Xnpv_at_the_IRR_is_0() => Prop.ForAll(OneInvestmentThenReturns.ToArbitrary(), flows =>
    {
        // One sign change: exactly one rate, found unless it lies beyond the bracket.
        IrrResult irr = DiscountedCashFlow.Xirr(flows);
        Assert.Contains(irr.Status, new[] { IrrStatus.Found, IrrStatus.NoRoot });
        if (irr.Rate is { } rate)
        {
            double size = flows.Sum(f => Math.Abs((double)f.Amount.Amount));
            Assert.True(Math.Abs(DiscountedCashFlow.Xnpv(flows, rate)) <= 1e-9 * size, $"XNPV({rate}) = {DiscountedCashFlow.Xnpv(flows, rate)}");
        }
    });

    [Property(MaxTest = 300)]
    public Property Scaling_every_flow_by_the_same_factor_leaves_the_IRR_as_it_is() =>
        Prop.ForAll(OneInvestmentThenReturns.ToArbitrary(), Gen.Choose(2, 1000).ToArbitrary(), (flows, k) =>
        {
            CashFlow[] scaled = [.. flows.Select(f => new CashFlow(f.Date, f.Kind, Money.FromAmount(f.Amount.Amount * k)))];
            AssertSameRate(DiscountedCashFlow.Xirr(flows), DiscountedCashFlow.Xirr(scaled));
        });

    [Property(MaxTest = 300)]
    public Property Shifting_every_date_by_the_same_days_leaves_the_IRR_as_it_is() =>
        Prop.ForAll(OneInvestmentThenReturns.ToArbitrary(), Gen.Choose(-20_000, 20_000).ToArbitrary(), (flows, days) =>
        {
            CashFlow[] shifted = [.. flows.Select(f => new CashFlow(f.Date.PlusDays(days), f.Kind, f.Amount))];
            AssertSameRate(DiscountedCashFlow.Xirr(flows), DiscountedCashFlow.Xirr(shifted));
        });

    private static void AssertSameRate(IrrResult a, IrrResult b)
    {
        Assert.Equal(a.Status, b.Status);
        if (a.Rate is { } x)
        {
            Assert.Equal(x, b.Rate!.Value, 1e-9 * Math.Max(1, Math.Abs(x)));
        }
    }
}
