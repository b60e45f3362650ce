namespace SocialInvestment;

/// <summary>What moves the investor's money (docs/economics.md), in the order the flows of one date are listed.</summary>
public enum CashFlowKind
{
    /// <summary>Money the investor puts into the programme (a row of investments.csv above 0): a negative flow.</summary>
    Investment,

    /// <summary>Money returned to the investor outside the outcome payments (a row of investments.csv below 0): a positive flow.</summary>
    Repayment,

    /// <summary>What the payer pays for the settlement's lines: a positive flow.</summary>
    OutcomePayment,
}
