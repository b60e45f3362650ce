namespace SocialInvestment;

/// <summary>
/// One simulated run of one candidate contract, as the design's measures see it (docs/design.md, "Measures").
/// </summary>
/// <param name="NetSaving">
/// The payer's net saving over the run: the gross saving (the municipality's saving where the contract has a
/// <c>municipal_share</c>) less the total payable; in the contract's currency.
/// </param>
/// <param name="Payments">The total payable over the run.</param>
/// <param name="Irr">The investor's IRR over the run (<see cref="IrrResult.Rate"/>), an annual fraction; null where the flows have none.</param>
/// <param name="MoneyMultiple">The investor's money multiple (<see cref="InvestorView.MoneyMultiple"/>); null where nothing was invested.</param>
public readonly record struct DesignRun(Money NetSaving, Money Payments, double? Irr, decimal? MoneyMultiple);
