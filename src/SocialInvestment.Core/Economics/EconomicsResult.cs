namespace SocialInvestment;

/// <summary>The economics of a settled deal (<see cref="Economics.Of"/>): the investor's view and the payer's.</summary>
public sealed class EconomicsResult
{
    internal EconomicsResult(SettlementResult settlement, InvestorView investor, PayerView payer, IReadOnlyList<PayerPayments> payers)
    {
        Settlement = settlement;
        Investor = investor;
        Payer = payer;
        Payers = payers;
    }

    /// <summary>The settlement whose lines are the outcome payments.</summary>
    public SettlementResult Settlement { get; }

    /// <summary>The days after a line's date that it is paid: the contract's <see cref="Contract.PaymentDays"/>.</summary>
    public int PaymentDays => Settlement.Contract.PaymentDays;

    /// <summary>The investor's view.</summary>
    public InvestorView Investor { get; }

    /// <summary>The payers' view, all payers together.</summary>
    public PayerView Payer { get; }

    /// <summary>Each payer's payments, in contract order, where the contract declares several payers (docs/calculation.md, "Several payers"); otherwise empty.</summary>
    public IReadOnlyList<PayerPayments> Payers { get; }
}
