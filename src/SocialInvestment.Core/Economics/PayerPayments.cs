namespace SocialInvestment;

/// <summary>
/// One of several outcome payers (docs/calculation.md, "Several payers") in the economics: what it pays. The saving is not split among payers: the
/// contract does not say whose it is (a fund that tops up a council's payments saves nothing), so only its payments are
/// set against the cohort's gross saving.
/// </summary>
public sealed class PayerPayments
{
    internal PayerPayments(Payer payer, Money payments, decimal? paymentsShareOfSaving)
    {
        Payer = payer;
        Payments = payments;
        PaymentsShareOfSaving = paymentsShareOfSaving;
    }

    /// <summary>The payer and its share of every line, as the contract gives them.</summary>
    public Payer Payer { get; }

    /// <summary>Σ of the payer's parts of payable (<see cref="SettlementResult.PayerTotals"/>).</summary>
    public Money Payments { get; }

    /// <summary><see cref="Payments"/> / the cohort's gross saving, rounded half away from zero to six decimals; null where the gross saving is 0.</summary>
    public decimal? PaymentsShareOfSaving { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Payer.Id} {Payments}";
}
