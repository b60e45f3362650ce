using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>The <c>caps</c> of contract.json: the most that is payable per participant and in total.</summary>
internal sealed class CapsDocument
{
    [JsonPropertyName("per_participant")]
    [Description("The most payable for one participant, over all payments; at most two decimals. Left out, no cap.")]
    [Range(0.0, double.PositiveInfinity)]
    [JsonSchemaMultipleOf(0.01)]
    public decimal? PerParticipant { get; init; }

    [JsonPropertyName("total")]
    [Description("The most payable in all; at most two decimals. Left out, no cap.")]
    [Range(0.0, double.PositiveInfinity)]
    [JsonSchemaMultipleOf(0.01)]
    public decimal? Total { get; init; }
}
