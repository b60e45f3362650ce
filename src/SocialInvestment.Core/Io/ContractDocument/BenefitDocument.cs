using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>
/// What <c>benefits</c> maps a code to (SPEC-DK DK2): its class, and for a support code the degree of its spells that have
/// none of their own. Written as the class alone (<c>"support"</c>) or as this object; <c>{ "class": "education" }</c> is
/// the same as <c>"education"</c>.
/// </summary>
[Description("A benefit code's class, written alone (\"support\") or as an object with the class and, for a support code, the degree of its rows that give none of their own.")]
[JsonSchemaShorthand("class")]
[JsonSchemaOnlyWith("degree", "class", "support")]
internal sealed class BenefitDocument
{
    [JsonPropertyName("class")]
    [Description("support (public income support, counts against self-support), education (for example SU) or ignore.")]
    public required BenefitClassName Class { get; init; }

    [JsonPropertyName("degree")]
    [Description("Only with class support: the degree (share of a full benefit) of every spell or week row of this code that has no degree of its own (no degree column, or an empty cell); a row's own degree always wins. Left out, such rows count as a full benefit (1).")]
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public decimal? Degree { get; init; }
}
