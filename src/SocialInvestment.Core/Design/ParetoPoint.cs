namespace SocialInvestment;

/// <summary>
/// A candidate as the Pareto front sees it: the payer's expected net saving (<see cref="DesignMeasure.PayerNetSavingMean"/>)
/// and the investor's median IRR (<see cref="DesignMeasure.InvestorIrrP50"/>), both more is better for its side.
/// </summary>
/// <param name="Candidate">The candidate's index in the grid; distinct among the points of one front.</param>
/// <param name="ExpectedNetSaving">The payer's expected net saving, in the contract's currency.</param>
/// <param name="MedianIrr">The investor's median IRR as an annual fraction; null where the median run has no IRR, which is worse than any rate.</param>
public readonly record struct ParetoPoint(long Candidate, decimal ExpectedNetSaving, decimal? MedianIrr);
