using NodaTime;

namespace SocialInvestment;

/// <summary>
/// The outcome payer's side of a deal (docs/economics.md): what it saved, what it paid, the difference, and the first
/// month in which its saving so far is more than its payments so far; where the contract has a municipal share, the same
/// for the municipality's part of the saving (<see cref="Municipality"/>). Money in the contract's currency.
/// </summary>
public sealed class PayerView
{
    internal PayerView(Money grossSaving, Money payments, IReadOnlyList<PayerMonth> months, MunicipalPayerView? municipality)
    {
        Municipality = municipality;
        GrossSaving = grossSaving;
        Payments = payments;
        PaymentsShareOfSaving = Ratio.Of(payments, grossSaving);
        Months = months;
        FirstMonthSavingExceedsPayments = months.FirstOrDefault(m => m.CumulativeSaving > m.CumulativePayments)?.Month;
    }

    /// <summary>The settlement's gross saving (SPEC §8).</summary>
    public Money GrossSaving { get; }

    /// <summary>Σ payable over the settlement's lines.</summary>
    public Money Payments { get; }

    /// <summary><see cref="GrossSaving"/> − <see cref="Payments"/>.</summary>
    public Money NetSaving => GrossSaving - Payments;

    /// <summary><see cref="Payments"/> / <see cref="GrossSaving"/>, rounded half away from zero to six decimals; null where the gross saving is 0.</summary>
    public decimal? PaymentsShareOfSaving { get; }

    /// <summary>
    /// The first month whose <see cref="PayerMonth.CumulativeSaving"/> is more than (not equal to) its
    /// <see cref="PayerMonth.CumulativePayments"/>; null where no month's is.
    /// </summary>
    public YearMonth? FirstMonthSavingExceedsPayments { get; }

    /// <summary>
    /// Every calendar month from the first that holds a saving or a payment to the last, ascending; each with its municipal
    /// and state parts where the contract has a municipal share.
    /// </summary>
    public IReadOnlyList<PayerMonth> Months { get; }

    /// <summary>
    /// The municipality's saving against the same payments, with the state's part beside it (SPEC-DK DK5); null where the
    /// contract has no municipal share, and then no month has municipal or state parts either.
    /// </summary>
    public MunicipalPayerView? Municipality { get; }
}
