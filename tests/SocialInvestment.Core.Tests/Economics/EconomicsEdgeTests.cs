using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Economics;

/// <summary>The economics at their edges and what they say of bad input: found by mutation testing of Economics/.</summary>
public sealed class EconomicsEdgeTests
{
    [Fact]
    public void Only_outcome_payments_dated_after_as_of_count_as_paid_after_it()
    {
        CashFlow[] flows =
        [
            new(D("2026-01-01"), CashFlowKind.Investment, M(-1_000m)),
            new(D("2026-06-30"), CashFlowKind.OutcomePayment, M(300m)),
            new(D("2026-07-01"), CashFlowKind.OutcomePayment, M(200m)),
            new(D("2026-07-02"), CashFlowKind.OutcomePayment, M(50m)),
        ];

        var investor = new InvestorView(flows, null, D("2026-06-30"));

        Assert.Equal(M(550m), investor.OutcomePayments);
        Assert.Equal(M(250m), investor.OutcomePaymentsAfterAsOf);
    }

    [Theory]
    [InlineData(0.01, 20_000, 0.000001)]
    [InlineData(-0.01, 20_000, -0.000001)]
    [InlineData(0.01, -20_000, -0.000001)]
    [InlineData(0.01, 20_000.01, 0)]
    [InlineData(2, 3, 0.666667)]
    public void A_ratio_is_rounded_half_away_from_zero_to_six_decimals(decimal numerator, decimal denominator, decimal ratio) =>
        Assert.Equal(ratio, Ratio.Of(M(numerator), M(denominator)));

    [Theory]
    [InlineData(CashFlowKind.Investment, 0)]
    [InlineData(CashFlowKind.Investment, 1)]
    [InlineData(CashFlowKind.Repayment, 0)]
    [InlineData(CashFlowKind.Repayment, -1)]
    [InlineData(CashFlowKind.OutcomePayment, 0)]
    public void A_cash_flow_whose_sign_does_not_fit_its_kind_is_refused(CashFlowKind kind, decimal amount)
    {
        var error = Assert.Throws<ArgumentException>(() => new CashFlow(D("2026-01-01"), kind, M(amount)));
        Assert.Equal("amount", error.ParamName);
        Assert.StartsWith("An investment is money out (below 0); a repayment or an outcome payment is money in (above 0).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cash_flow_of_an_unknown_kind_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new CashFlow(D("2026-01-01"), (CashFlowKind)99, M(1m)));
        Assert.Equal("kind", error.ParamName);
        Assert.StartsWith("Unknown kind of cash flow.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_investment_of_zero_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Investment(D("2026-01-01"), Money.Zero));
        Assert.Equal("amount", error.ParamName);
        Assert.StartsWith("An investment is money paid in (above 0) or returned (below 0), never 0.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1.5)]
    [InlineData(1_000_000.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_discount_rate_outside_its_range_is_refused(double rate)
    {
        SettlementResult settlement = SocialInvestment.Settlement.Run(Contract(), [], [], [], D("2026-06-30"));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SocialInvestment.Economics.Of(settlement, [], rate));
        Assert.Equal("discountRate", error.ParamName);
        Assert.StartsWith("A discount rate is above -1 and at most 1000000.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.9999)]
    [InlineData(1_000_000.0)]
    public void A_discount_rate_at_the_ends_of_its_range_is_taken(double rate)
    {
        SettlementResult settlement = SocialInvestment.Settlement.Run(Contract(), [], [], [], D("2026-06-30"));

        // One flow, on the day values are discounted to: its net present value is itself at any rate.
        InvestorView investor = SocialInvestment.Economics.Of(settlement, [new Investment(D("2026-01-01"), M(100m))], rate).Investor;
        Assert.Equal(rate, investor.DiscountRate);
        Assert.Equal(M(-100m), investor.Npv);
    }

    [Fact]
    public void Of_several_rates_the_one_nearest_10_percent_is_given_even_where_the_other_is_below_0()
    {
        // −100, +215, −114 a year apart: −100y² + 215y − 114 = 0 with y = 1 + r gives y = 0.95 or 1.2, so −5 % and 20 %.
        // 20 % is 10 points from 10 %, −5 % is 15: 20 % is given (a distance measured as |r + 10 %| would pick −5 %).
        IrrResult irr = DiscountedCashFlow.Xirr(
        [
            new(D("2001-01-01"), CashFlowKind.Investment, M(-100m)),
            new(D("2002-01-01"), CashFlowKind.OutcomePayment, M(215m)),
            new(D("2003-01-01"), CashFlowKind.Investment, M(-114m)),
        ]);

        Assert.Equal(IrrStatus.SeveralFound, irr.Status);
        Assert.Equal(-0.05, irr.Roots[0], 1e-12);
        Assert.Equal(0.2, irr.Rate!.Value, 1e-12);
        Assert.StartsWith("IRR 20 % a year, of 2 rates that make the net present value 0 (-5 %, 20 %)", irr.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Xnpv_refuses_a_rate_that_is_not_a_finite_number_above_minus_1(double rate)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(nameof(rate), () => DiscountedCashFlow.Xnpv([], rate));
        Assert.StartsWith("A discount rate is a finite number above -1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_economics_name_a_missing_argument()
    {
        Assert.Throws<ArgumentNullException>("flows", () => DiscountedCashFlow.Xnpv(null!, 0.1));
        Assert.Throws<ArgumentNullException>("flows", () => DiscountedCashFlow.Xirr(null!));
        Assert.Throws<ArgumentNullException>("settlement", () => SocialInvestment.Economics.Of(null!, []));
    }
}
