using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>The <c>monthly_cost</c> of contract.json: the cost of a month on full income support, indexed by year.</summary>
internal sealed class MonthlyCostDocument
{
    [JsonPropertyName("amount")]
    [Description("The cost of a month on full income support in base_year, in the contract's currency; any number of decimals (each year's rate is rounded to 0.01).")]
    [Range(0.0, double.PositiveInfinity)]
    public required decimal Amount { get; init; }

    [JsonPropertyName("base_year")]
    [Description("The year whose rate amount is.")]
    [Range(MonthlyCost.MinBaseYear, MonthlyCost.MaxBaseYear)]
    public required int BaseYear { get; init; }

    [JsonPropertyName("annual_indexation")]
    [Description("Yearly indexation of the rate: 0.02 is 2 % a year; the rate of year y is amount × (1 + annual_indexation)^(y − base_year), rounded to 0.01.")]
    [DefaultValue(0)]
    [Range((double)MonthlyCost.AnnualIndexationFloor, double.PositiveInfinity, MinimumIsExclusive = true)]
    public decimal? AnnualIndexation { get; init; }
}
