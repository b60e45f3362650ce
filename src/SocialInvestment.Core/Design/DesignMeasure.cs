namespace SocialInvestment;

/// <summary>
/// What a design condition bounds: one figure of a candidate contract over the simulated runs (docs/design.md,
/// "Measures", defines each). Percentiles are the R-1 percentiles of the runs' figures (<see cref="PercentileBand"/>).
/// <see cref="DesignMeasures"/> gives each its name in design.json.
/// </summary>
public enum DesignMeasure
{
    /// <summary><c>payer_net_saving_p5</c>: the 5th percentile of the payer's net saving, in the contract's currency.</summary>
    PayerNetSavingP5,

    /// <summary><c>payer_net_saving_p50</c>: the median of the payer's net saving.</summary>
    PayerNetSavingP50,

    /// <summary><c>payer_net_saving_p95</c>: the 95th percentile of the payer's net saving.</summary>
    PayerNetSavingP95,

    /// <summary><c>payer_net_saving_mean</c>: the mean of the payer's net saving over the runs, rounded to 0.01 half away from zero.</summary>
    PayerNetSavingMean,

    /// <summary><c>payer_net_saving_positive_probability</c>: the share of the runs (0 … 1) whose payer's net saving is more than 0.</summary>
    PayerNetSavingPositiveProbability,

    /// <summary><c>investor_irr_p5</c>: the 5th percentile of the investor's IRR, an annual fraction; none where it falls on a run without an IRR.</summary>
    InvestorIrrP5,

    /// <summary><c>investor_irr_p50</c>: the median of the investor's IRR.</summary>
    InvestorIrrP50,

    /// <summary><c>investor_irr_p95</c>: the 95th percentile of the investor's IRR.</summary>
    InvestorIrrP95,

    /// <summary><c>investor_money_multiple_p5</c>: the 5th percentile of the investor's money multiple (returned / invested).</summary>
    InvestorMoneyMultipleP5,

    /// <summary><c>investor_money_multiple_p50</c>: the median of the investor's money multiple.</summary>
    InvestorMoneyMultipleP50,

    /// <summary><c>investor_money_multiple_p95</c>: the 95th percentile of the investor's money multiple.</summary>
    InvestorMoneyMultipleP95,

    /// <summary><c>total_payments_p5</c>: the 5th percentile of the total payable over the run, in the contract's currency.</summary>
    TotalPaymentsP5,

    /// <summary><c>total_payments_p50</c>: the median of the total payable.</summary>
    TotalPaymentsP50,

    /// <summary><c>total_payments_p95</c>: the 95th percentile of the total payable.</summary>
    TotalPaymentsP95,
}
