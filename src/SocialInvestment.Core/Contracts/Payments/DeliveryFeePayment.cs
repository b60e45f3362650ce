using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A delivery fee (docs/calculation.md, "Delivery fee"): a contract-level fee paid monthly in arrears over a run of calendar months,
/// either a fixed amount a month or a share of the contract value spread over the months so that they sum to it exactly.
/// Its lines carry the payment's id as their participant id, one per month whose last day is on or before <c>as_of</c>.
/// </summary>
public sealed class DeliveryFeePayment : Payment
{
    /// <summary>The most months a fee may run: a guard against nonsense.</summary>
    public const int MaxMonths = 1200;

    private DeliveryFeePayment(string id, YearMonth from, int months, decimal? monthlyAmount, decimal? contractValue, Share? share)
        : base(id)
    {
        Preconditions.CheckArgumentRange(nameof(months), months, 1, MaxMonths);
        From = from;
        Months = months;
        MonthlyAmount = monthlyAmount;
        ContractValue = contractValue;
        ShareOfContractValue = share;
    }

    /// <summary>The first month of the fee.</summary>
    public YearMonth From { get; }

    /// <summary>The number of months.</summary>
    public int Months { get; }

    /// <summary>The fixed amount a month, or null where the fee is a share of the contract value.</summary>
    public decimal? MonthlyAmount { get; }

    /// <summary>The contract value, or null for a fixed monthly amount.</summary>
    public decimal? ContractValue { get; }

    /// <summary>The share of the contract value paid as the fee, or null for a fixed monthly amount.</summary>
    public Share? ShareOfContractValue { get; }

    /// <inheritdoc/>
    public override string Kind => "delivery_fee";

    /// <inheritdoc/>
    internal override string? EarningTrigger => null;

    /// <inheritdoc/>
    internal override PaymentLines LinesIn(Contract contract, LineKeyTables tables, LocalDate asOf) => new DeliveryFeeLines(this, tables, DayNumber.Of(asOf));

    /// <summary>A fee of a fixed amount each month.</summary>
    /// <param name="id">The payment's id, also the participant id of its lines.</param>
    /// <param name="from">The first month.</param>
    /// <param name="months">The number of months, 1 … <see cref="MaxMonths"/>.</param>
    /// <param name="monthlyAmount">The amount a month, ≥ 0; rounded to 0.01 on each line.</param>
    public static DeliveryFeePayment Monthly(string id, YearMonth from, int months, decimal monthlyAmount)
    {
        if (monthlyAmount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyAmount), monthlyAmount, "A fee is at least 0.");
        }

        return new DeliveryFeePayment(id, from, months, monthlyAmount, null, null);
    }

    /// <summary>A fee of a share of the contract value, spread evenly over the months to the øre.</summary>
    /// <param name="id">The payment's id, also the participant id of its lines.</param>
    /// <param name="from">The first month.</param>
    /// <param name="months">The number of months, 1 … <see cref="MaxMonths"/>.</param>
    /// <param name="contractValue">The (estimated) contract value, ≥ 0.</param>
    /// <param name="share">The share of it paid as the fee.</param>
    public static DeliveryFeePayment ShareOfValue(string id, YearMonth from, int months, decimal contractValue, Share share)
    {
        if (contractValue < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(contractValue), contractValue, "A contract value is at least 0.");
        }

        return new DeliveryFeePayment(id, from, months, null, contractValue, share);
    }

    /// <summary>The whole fee in hundredths: <c>round(share × contract_value)</c>, or <c>months × round(monthly_amount)</c>.</summary>
    internal long TotalCents => MonthlyAmount is { } m
        ? checked(Months * Money.Round(m).Cents)
        : Money.Round(ShareOfContractValue!.Value.Value * ContractValue!.Value).Cents;

    /// <summary>Month k's part (0-based) in hundredths: <c>⌊(k+1)·T/N⌋ − ⌊k·T/N⌋</c>, so the months sum to T exactly.</summary>
    internal long CentsOfMonth(int k)
    {
        long total = TotalCents;
        return (long)((((Int128)(k + 1)) * total / Months) - (((Int128)k) * total / Months));
    }
}
