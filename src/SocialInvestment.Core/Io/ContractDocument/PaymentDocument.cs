using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>A payment of contract.json, by its <c>kind</c> (SPEC §7); <see cref="NeedsSpellsAttribute"/> marks the kinds that need spells.csv.</summary>
[Description("A payment, by its kind: fixed or share_of_savings.")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(FixedPaymentDocument), "fixed")]
[JsonDerivedType(typeof(ShareOfSavingsPaymentDocument), "share_of_savings")]
internal abstract class PaymentDocument
{
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-1)]
    [Description("The payment's id, unique among the payments and written to lines.csv: 1–64 characters of A-Z a-z 0-9 _ - . that do not begin with - (nor a CPR number).")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public required string Id { get; init; }
}

/// <summary>A price for an outcome.</summary>
[Description("fixed: one line of round(amount) when the trigger is met, dated the trigger's date, period -. Give amount, or prices that depend on when the trigger is met.")]
[JsonSchemaOneOfRequired("amount", "prices")]
internal sealed class FixedPaymentDocument : PaymentDocument
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

/// <summary>The yearly indexation of a fixed price.</summary>
internal sealed class PriceIndexationDocument
{
    [JsonPropertyName("base_year")]
    [Description("The year in which the prices apply as written.")]
    [Range(1, 9999)]
    public required int BaseYear { get; init; }

    [JsonPropertyName("annual_indexation")]
    [Description("Yearly indexation: 0.02 is 2 % a year.")]
    [Range(-1.0, double.PositiveInfinity, MinimumIsExclusive = true)]
    public required decimal AnnualIndexation { get; init; }
}

/// <summary>A share of the payer's realised saving, month by month.</summary>
[Description("share_of_savings: for a participant whose gate is met, one line per calendar month of the window up to as_of: round(share × (1 − deadweight) × rate × days off support / days in the month).")]
[NeedsSpells]
internal sealed class ShareOfSavingsPaymentDocument : PaymentDocument
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
    [Range(0.0, 1.0, MaximumIsExclusive = true)]
    public decimal? Deadweight { get; init; }
}
