using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The municipality's side of the payer's view, where the contract has a municipal share (SPEC-DK DK5; docs/economics.md,
/// "The municipality's saving"): the part of the gross saving the municipality keeps after the state's refusion, set
/// against the contract's payments, with the state's part beside it. The payments are the same as
/// <see cref="PayerView.Payments"/>: all the contract's payments, every payer together. Money in the contract's currency.
/// </summary>
public sealed class MunicipalPayerView
{
    internal MunicipalPayerView(Money municipalSaving, Money stateSaving, Money payments, IReadOnlyList<PayerMonth> months)
    {
        MunicipalSaving = municipalSaving;
        StateSaving = stateSaving;
        Payments = payments;
        PaymentsShareOfSaving = Ratio.Of(payments, municipalSaving);
        FirstMonthSavingExceedsPayments = months.FirstOrDefault(m => m.CumulativeMunicipalSaving > m.CumulativePayments)?.Month;
    }

    /// <summary>The municipality's part of the gross saving (<see cref="SettlementResult.MunicipalSaving"/>).</summary>
    public Money MunicipalSaving { get; }

    /// <summary>
    /// The state's part of the gross saving (<see cref="SettlementResult.StateSaving"/>): the gross saving −
    /// <see cref="MunicipalSaving"/>, what the state would have refunded; never below 0.
    /// </summary>
    public Money StateSaving { get; }

    /// <summary>Σ payable over the settlement's lines, every payer together: the same as <see cref="PayerView.Payments"/>.</summary>
    public Money Payments { get; }

    /// <summary>The municipality's net saving: <see cref="MunicipalSaving"/> − <see cref="Payments"/>; below 0 where it pays more than it keeps.</summary>
    public Money NetSaving => MunicipalSaving - Payments;

    /// <summary><see cref="Payments"/> / <see cref="MunicipalSaving"/>, rounded half away from zero to six decimals; null where the municipal saving is 0.</summary>
    public decimal? PaymentsShareOfSaving { get; }

    /// <summary>
    /// The first month whose <see cref="PayerMonth.CumulativeMunicipalSaving"/> is more than (not equal to) its
    /// <see cref="PayerMonth.CumulativePayments"/>, over the months of <see cref="PayerView.Months"/>; null where no month's is.
    /// </summary>
    public YearMonth? FirstMonthSavingExceedsPayments { get; }
}
