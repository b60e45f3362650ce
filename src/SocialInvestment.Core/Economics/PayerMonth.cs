using NodaTime;

namespace SocialInvestment;

/// <summary>
/// One calendar month of the payer's view: the saving that accrued in it, the payments made in it, and both summed so
/// far; where the contract has a municipal share, also the municipality's and the state's parts of the month's saving
/// (docs/economics.md, "The municipality's saving").
/// </summary>
public sealed class PayerMonth
{
    internal PayerMonth(YearMonth month, Money saving, Money payments, Money cumulativeSaving, Money cumulativePayments, Money? municipalSaving = null, Money? cumulativeMunicipalSaving = null)
    {
        Month = month;
        Saving = saving;
        Payments = payments;
        CumulativeSaving = cumulativeSaving;
        CumulativePayments = cumulativePayments;
        MunicipalSaving = municipalSaving;
        CumulativeMunicipalSaving = cumulativeMunicipalSaving;
    }

    /// <summary>The calendar month.</summary>
    public YearMonth Month { get; }

    /// <summary>The cohort's gross saving of the month (<see cref="SettlementResult.GrossSavingByMonth"/>).</summary>
    public Money Saving { get; }

    /// <summary>The payable of the lines paid in the month (each paid the contract's <c>payment_days</c> after its date).</summary>
    public Money Payments { get; }

    /// <summary>Σ <see cref="Saving"/> up to and including this month.</summary>
    public Money CumulativeSaving { get; }

    /// <summary>Σ <see cref="Payments"/> up to and including this month.</summary>
    public Money CumulativePayments { get; }

    /// <summary>
    /// The municipality's part of the month's gross saving (<see cref="SettlementResult.MunicipalSavingByMonth"/>, 0.00 in a
    /// month it does not list), in the contract's currency; null where the contract has no municipal share.
    /// </summary>
    public Money? MunicipalSaving { get; }

    /// <summary>
    /// The state's part of the month's gross saving: <see cref="Saving"/> − <see cref="MunicipalSaving"/>, so the two sum
    /// to the month's saving exactly; null where the contract has no municipal share. Each part is rounded by running
    /// totals, so one month's state part may be below 0, by at most 0.01 per participant, where the two roundings fall apart; the state's
    /// part of the months so far (<see cref="CumulativeSaving"/> − <see cref="CumulativeMunicipalSaving"/>) never is.
    /// </summary>
    public Money? StateSaving => MunicipalSaving is { } municipal ? Saving - municipal : null;

    /// <summary>Σ <see cref="MunicipalSaving"/> up to and including this month; null where the contract has no municipal share.</summary>
    public Money? CumulativeMunicipalSaving { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Month:uuuu-MM} {Saving} {Payments} {CumulativeSaving} {CumulativePayments}"
        + (MunicipalSaving is { } municipal ? $" municipal {municipal} state {StateSaving} cumulative municipal {CumulativeMunicipalSaving}" : string.Empty);
}
