using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>A payment of contract.json, by its <c>kind</c> (SPEC §7); <see cref="NeedsSpellsAttribute"/> marks the kinds that need spells.csv.</summary>
[Description("A payment, by its kind: fixed, share_of_savings, delivery_fee or per_week.")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(FixedPaymentDocument), "fixed")]
[JsonDerivedType(typeof(ShareOfSavingsPaymentDocument), "share_of_savings")]
[JsonDerivedType(typeof(DeliveryFeePaymentDocument), "delivery_fee")]
[JsonDerivedType(typeof(PerWeekPaymentDocument), "per_week")]
internal abstract class PaymentDocument
{
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-1)]
    [Description("The payment's id, unique among the payments and written to lines.csv: 1–64 characters of A-Z a-z 0-9 _ - . that do not begin with - (nor a CPR number).")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public required string Id { get; init; }
}

/// <summary>A cohort gate on a payment.</summary>
[JsonSchemaOneOfRequired("baseline_rate", "baseline")]
internal sealed class CohortGateDocument
{
    [JsonPropertyName("trigger")]
    [Description("The id of the trigger whose rate is measured: participants of the cohort who met it on or before the evaluation date, over the cohort's participants.")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public required string Trigger { get; init; }

    [JsonPropertyName("direction")]
    [Description("lower: the rate must be at most the baseline × (1 − margin) (for example reconvictions); higher: at least the baseline × (1 + margin).")]
    public required GateDirectionName Direction { get; init; }

    [JsonPropertyName("baseline_rate")]
    [Description("The rate to beat, given as a number: the commissioner's baseline, or a rate an evaluator measured. Give baseline_rate or baseline, not both.")]
    [Range(0.0, 1.0)]
    public decimal? BaselineRate { get; init; }

    [JsonPropertyName("baseline")]
    [Description("comparison_group: the rate to beat is the same trigger's rate in a comparison group given as data (sib settle --comparison-participants, with its own spells and events), measured cohort by cohort: among the comparison people matched to the cohort, those who met the trigger by the cohort's evaluation date. Give baseline_rate or baseline, not both.")]
    public GateBaselineName? Baseline { get; init; }

    [JsonPropertyName("margin")]
    [Description("The relative margin by which the rate must beat the baseline: 0.1 is 10 %.")]
    [DefaultValue(0)]
    [Range(0.0, (double)CohortGate.MarginCeiling, MaximumIsExclusive = true)]
    public decimal? Margin { get; init; }

    [JsonPropertyName("evaluation_dates")]
    [Description("Cohort (as participants.csv's cohort column writes it) → its evaluation date, yyyy-MM-dd. A participant of a cohort not listed is never paid.")]
    public required Dictionary<string, string> EvaluationDates { get; init; }

    [JsonPropertyName("pooled")]
    [Description("A second chance at a final date: where the rate over all the cohorts of evaluation_dates together (each cohort's participants who met the trigger by its own evaluation date, over all their participants) beats the baseline (baseline_rate, or the comparison group's rate over the same cohorts) by this margin, the lines of cohorts that failed on their own are released too (Peterborough: 10 % per cohort, or 7.5 % across all cohorts).")]
    public PooledGateDocument? Pooled { get; init; }
}

/// <summary>The pooled test of a cohort gate.</summary>
internal sealed class PooledGateDocument
{
    [JsonPropertyName("margin")]
    [Description("The relative margin by which the pooled rate must beat the baseline: 0.075 is 7.5 %.")]
    [Range(0.0, (double)CohortGate.MarginCeiling, MaximumIsExclusive = true)]
    public required decimal Margin { get; init; }

    [JsonPropertyName("evaluation_date")]
    [Description("The final evaluation date, yyyy-MM-dd, on or after every cohort's evaluation date: from it, the pooled test can release the lines of cohorts that failed on their own.")]
    public required string EvaluationDate { get; init; }
}

/// <summary>The fields of the payments earned per participant (fixed, share_of_savings, per_week).</summary>
internal abstract class ParticipantPaymentDocument : PaymentDocument
{
    [JsonPropertyName("cap")]
    [JsonPropertyOrder(1)]
    [Description("Caps on this payment alone, applied in line order with the contract's caps: the most participants it pays for (count, or participant_share of the cohort, rounded down) and the most it pays in all (amount).")]
    public PaymentCapDocument? Cap { get; init; }

    [JsonPropertyName("cohort_gate")]
    [JsonPropertyOrder(2)]
    [Description("Withholds this payment's lines (payable 0) until the participant's cohort is evaluated, and releases them after only where the cohort's rate for a trigger beats the baseline (baseline_rate, or a comparison group's rate) by the margin.")]
    public CohortGateDocument? CohortGate { get; init; }
}

/// <summary>The caps of one payment.</summary>
internal sealed class PaymentCapDocument
{
    [JsonPropertyName("count")]
    [Description("The most participants the payment pays for: a participant is admitted at their first line with an amount above 0 while fewer are; the lines of others are payable 0.")]
    [Range(0, int.MaxValue)]
    public int? Count { get; init; }

    [JsonPropertyName("amount")]
    [Description("The most the payment pays in all, in the contract's currency, at most two decimals.")]
    [Range(0.0, double.PositiveInfinity)]
    [JsonSchemaMultipleOf(0.01)]
    public decimal? Amount { get; init; }

    [JsonPropertyName("participant_share")]
    [Description("The most participants the payment pays for, as a share of the cohort: floor(participant_share × participants); with count, the lower limit applies.")]
    [Range(0.0, 1.0)]
    public decimal? ParticipantShare { get; init; }
}

/// <summary>A price for an outcome.</summary>
[Description("fixed: one line of round(amount) when the trigger is met, dated the trigger's date, period -. Give amount, or prices that depend on when the trigger is met.")]
[JsonSchemaOneOfRequired("amount", "prices", "tiers")]
internal sealed class FixedPaymentDocument : ParticipantPaymentDocument
{
    [JsonPropertyName("trigger")]
    [Description("The id of the trigger that earns the payment.")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public required string Trigger { get; init; }

    [JsonPropertyName("amount")]
    [Description("The price, in the contract's currency; more than two decimals are allowed (the line rounds it to 0.01). Give amount or prices, not both.")]
    [Range(0.0, double.PositiveInfinity)]
    public decimal? Amount { get; init; }

    [JsonPropertyName("prices")]
    [Description("Prices that depend on when the trigger is met, in order of time: the first price whose until_months is after the trigger's date (counted in months from the window start) applies; every price but the last has until_months, increasing; after the last band's end nothing is paid. Give amount or prices, not both.")]
    [MinLength(1)]
    public IReadOnlyList<FixedPriceDocument>? Prices { get; init; }

    [JsonPropertyName("tiers")]
    [Description("Prices by volume, in order of achievement: the cohort's n-th line of this payment (in lines.csv order) earns the price of the first tier whose up_to is at least n; every tier but the last has up_to, increasing; the last has none. Give amount, prices or tiers.")]
    [MinLength(1)]
    public IReadOnlyList<VolumeTierDocument>? Tiers { get; init; }

    [JsonPropertyName("indexation")]
    [Description("Indexes the price by year, as monthly_cost is: a price p is paid as round(p × (1 + annual_indexation)^(y − base_year)), y the year of the line's date.")]
    public PriceIndexationDocument? Indexation { get; init; }
}

/// <summary>One price of a fixed payment whose price depends on when its trigger is met.</summary>
internal sealed class FixedPriceDocument
{
    [JsonPropertyName("until_months")]
    [Description("The price applies to a trigger met before the window start plus this many months; required on every price but the last, and more than the one before.")]
    [Range(1, FixedPrice.MaxMonths)]
    public int? UntilMonths { get; init; }

    [JsonPropertyName("amount")]
    [Description("The price, in the contract's currency.")]
    [Range(0.0, double.PositiveInfinity)]
    public required decimal Amount { get; init; }
}

/// <summary>One volume tier of a fixed payment.</summary>
internal sealed class VolumeTierDocument
{
    [JsonPropertyName("up_to")]
    [Description("The number of the tier's last line, counted over the cohort from 1; on every tier but the last, more than the one before.")]
    [Range(1, int.MaxValue)]
    public int? UpTo { get; init; }

    [JsonPropertyName("amount")]
    [Description("The price of each line in the tier, in the contract's currency.")]
    [Range(0.0, double.PositiveInfinity)]
    public required decimal Amount { get; init; }
}

/// <summary>The yearly indexation of a fixed price.</summary>
internal sealed class PriceIndexationDocument
{
    [JsonPropertyName("base_year")]
    [Description("The year in which the prices apply as written.")]
    [Range(MonthlyCost.MinBaseYear, MonthlyCost.MaxBaseYear)]
    public required int BaseYear { get; init; }

    [JsonPropertyName("annual_indexation")]
    [Description("Yearly indexation: 0.02 is 2 % a year.")]
    [Range((double)MonthlyCost.AnnualIndexationFloor, double.PositiveInfinity, MinimumIsExclusive = true)]
    public required decimal AnnualIndexation { get; init; }
}

/// <summary>A share of the payer's realised saving, month by month.</summary>
[Description("share_of_savings: for a participant whose gate is met, one line per calendar month of the window up to as_of: round(share × (1 − deadweight) × rate × days off support / days in the month).")]
[NeedsSpells]
internal sealed class ShareOfSavingsPaymentDocument : ParticipantPaymentDocument
{
    [JsonPropertyName("gate")]
    [Description("The id of the trigger that must be met for any month to be paid (then all months are, also the earlier ones).")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public required string Gate { get; init; }

    [JsonPropertyName("share")]
    [Description("The share of the saving paid: 0.5 is half.")]
    [Range(0.0, 1.0)]
    public required decimal Share { get; init; }

    [JsonPropertyName("deadweight")]
    [Description("The part of the saving that would have happened anyway, and is not paid for: 0 up to but not including 1.")]
    [DefaultValue(0)]
    [Range(0.0, (double)ShareOfSavingsPayment.DeadweightCeiling, MaximumIsExclusive = true)]
    public decimal? Deadweight { get; init; }

    [JsonPropertyName("of")]
    [Description("Of which saving the share is paid: gross (SPEC §7) or municipality (the municipality's part, each day weighted by municipal_share, which the contract must then have).")]
    [DefaultValue("gross")]
    public SavingsBaseName? Of { get; init; }
}

/// <summary>A contract-level fee paid monthly in arrears.</summary>
[Description("delivery_fee: a fee paid monthly in arrears, one line per month from from for months months whose last day is on or before as_of, dated the month's last day, with the payment's id as participant_id: monthly_amount each month, or round(share × contract_value) spread so that the months sum to it exactly. Not under caps.per_participant.")]
[JsonSchemaOneOfRequired("monthly_amount", "contract_value")]
internal sealed class DeliveryFeePaymentDocument : PaymentDocument
{
    [JsonPropertyName("from")]
    [Description("The first month of the fee, yyyy-MM.")]
    [RegularExpression("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    public required string From { get; init; }

    [JsonPropertyName("months")]
    [Description("The number of months the fee runs.")]
    [Range(1, DeliveryFeePayment.MaxMonths)]
    public required int Months { get; init; }

    [JsonPropertyName("monthly_amount")]
    [Description("The fee each month, in the contract's currency. Give monthly_amount, or contract_value and share.")]
    [Range(0.0, double.PositiveInfinity)]
    public decimal? MonthlyAmount { get; init; }

    [JsonPropertyName("contract_value")]
    [Description("The (estimated) contract value, of which share is paid as the fee over the months.")]
    [Range(0.0, double.PositiveInfinity)]
    public decimal? ContractValue { get; init; }

    [JsonPropertyName("share")]
    [Description("The share of contract_value paid as the fee: 0.3 is 30 %.")]
    [Range(0.0, 1.0)]
    public decimal? Share { get; init; }
}

/// <summary>A price per qualifying week (SPEC-DK DK6).</summary>
[Description("per_week: amount for each of the participant's observed window weeks that qualifies (as a trigger's level and exclude_education, or holding an education day with or_education), the first max_weeks of them; with a gate, only once it is met, and then for every qualifying week, also the earlier ones. One line per calendar month that holds the last day of a counted week, period yyyy-MM, dated the month's last day: round(amount × the counted weeks ending in it).")]
[NeedsSpells]
internal sealed class PerWeekPaymentDocument : ParticipantPaymentDocument
{
    [JsonPropertyName("amount")]
    [Description("The price of one qualifying week, in the contract's currency.")]
    [Range(0.0, double.PositiveInfinity)]
    public required decimal Amount { get; init; }

    [JsonPropertyName("level")]
    [Description("Which weeks qualify: full (no support at all that week) or full_or_partial (also partial self-support, see partial_max_support).")]
    public required SelfSupportLevel Level { get; init; }

    [JsonPropertyName("or_education")]
    [Description("Whether a week holding an education day qualifies too, whatever its self-support. Not with exclude_education.")]
    [DefaultValue(false)]
    public bool? OrEducation { get; init; }

    [JsonPropertyName("exclude_education")]
    [Description("Whether a week holding any education day does not qualify. Not with or_education.")]
    [DefaultValue(false)]
    public bool? ExcludeEducation { get; init; }

    [JsonPropertyName("gate")]
    [Description("The id of a trigger that must be met (on or before as_of) for any week to be paid; then every qualifying week is, also those before it. Leave it out to pay from the first week.")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public string? Gate { get; init; }

    [JsonPropertyName("max_weeks")]
    [Description("The most weeks paid per participant: the first max_weeks qualifying weeks, in week order. Leave it out for no limit.")]
    [Range(1, ObservationWindow.MaxWeeks)]
    public int? MaxWeeks { get; init; }
}
