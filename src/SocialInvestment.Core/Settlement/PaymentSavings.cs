namespace SocialInvestment;

/// <summary>
/// The saving a <see cref="ShareOfSavingsPayment"/> is a share of (SPEC-DK DK5, "per payment where it matters"): the gross,
/// municipal and state savings of the participants whose gate trigger is met by <c>as_of</c>, over the same days as its
/// lines (the window's days up to <c>as_of</c>, also those before the gate was met), before share, deadweight, caps and
/// cohort gates. Each participant's savings are rounded once (<see cref="SettlementResult.GrossSavings"/>, the municipal
/// saving likewise), then summed, so the state's part is the gross less the municipal to the øre; the participants whose
/// gate is not met count in the settlement's totals only.
/// </summary>
public sealed class PaymentSavings
{
    internal PaymentSavings(string paymentId, SavingsBase of, Money grossSaving, Money municipalSaving)
    {
        PaymentId = paymentId;
        Of = of;
        GrossSaving = grossSaving;
        MunicipalSaving = municipalSaving;
    }

    /// <summary>The payment's id.</summary>
    public string PaymentId { get; }

    /// <summary>Of which saving the payment pays its share (<see cref="ShareOfSavingsPayment.Of"/>).</summary>
    public SavingsBase Of { get; }

    /// <summary>The gross saving (SPEC §8) of the participants whose gate is met, each rounded once, summed; in the contract's currency.</summary>
    public Money GrossSaving { get; }

    /// <summary>The municipal saving (SPEC-DK DK5) of the same participants, each rounded once, summed.</summary>
    public Money MunicipalSaving { get; }

    /// <summary>The state's part: <see cref="GrossSaving"/> − <see cref="MunicipalSaving"/>.</summary>
    public Money StateSaving => GrossSaving - MunicipalSaving;

    /// <summary>
    /// One per share-of-savings payment of the contract, in contract order, where the contract has a municipal share; none
    /// otherwise (the whole saving is the payer's, and <see cref="SettlementResult.GrossSaving"/> says it).
    /// </summary>
    internal static IReadOnlyList<PaymentSavings> ForPayments(SettlementResult result)
    {
        if (result.MunicipalSavings is not { } municipal)
        {
            return [];
        }

        var savings = new List<PaymentSavings>();
        foreach (ShareOfSavingsPayment payment in result.Contract.Payments.OfType<ShareOfSavingsPayment>())
        {
            int gate = result.Contract.TriggerOrdinal(payment.Gate)!.Value;
            Money gross = Money.Zero;
            Money municipalPart = Money.Zero;
            for (int i = 0; i < result.Outcomes.Count; i++)
            {
                if (result.Outcomes[i].Dates.IsMet(gate))
                {
                    gross += result.GrossSavingsByOutcome.At(i);
                    municipalPart += municipal.At(i);
                }
            }

            savings.Add(new PaymentSavings(payment.Id, payment.Of, gross, municipalPart));
        }

        return savings.AsReadOnly();
    }
}
