using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>
/// The <c>municipal_share</c> of contract.json (SPEC-DK DK5): a constant in [0, 1], <c>"dk_2016"</c>, or this object, a
/// staircase by the count of weeks on support.
/// </summary>
[Description("What part of a saving falls to the municipality (SPEC-DK DK5): a constant in [0, 1]; \"dk_2016\" (the refusion staircase: 0.2 in weeks 1–4 on support, 0.6 in 5–26, 0.7 in 27–52, 0.8 from 53, the count starting over after 52 weeks without support within 156); or the staircase written out. The share of a window day depends on the participant's count of ISO weeks on support before the window (from their whole history in the spells or weeks file), growing by one each week through the window.")]
[JsonSchemaAlternatives("""{ "type": "number", "minimum": 0, "maximum": 1 }""", """{ "const": "dk_2016" }""")]
internal sealed class MunicipalShareDocument
{
    [JsonPropertyName("steps")]
    [Description("The steps: from_week starts at 1 and strictly increases; each share is in [0, 1]. A day whose counted week is c gets the share of the step with the largest from_week ≤ c.")]
    [MinLength(1)]
    public required IReadOnlyList<MunicipalShareStepDocument> Steps { get; init; }

    [JsonPropertyName("reset_after_weeks")]
    [Description("The count starts over where at least this many of the reset_within_weeks weeks before a week (after the first week of the count) are without support.")]
    [DefaultValue(MunicipalShare.DefaultResetAfterWeeks)]
    [Range(1, MunicipalShare.MaxWeeks)]
    public int? ResetAfterWeeks { get; init; }

    [JsonPropertyName("reset_within_weeks")]
    [Description("How many weeks back the weeks without support are looked for; at least reset_after_weeks.")]
    [DefaultValue(MunicipalShare.DefaultResetWithinWeeks)]
    [Range(1, MunicipalShare.MaxWeeks)]
    public int? ResetWithinWeeks { get; init; }
}

/// <summary>One step of a <c>municipal_share</c> staircase.</summary>
internal sealed class MunicipalShareStepDocument
{
    [JsonPropertyName("from_week")]
    [Description("The first counted week on support that the step applies to: 1 for the first step, then strictly increasing.")]
    [Range(1, MunicipalShare.MaxWeeks)]
    public required int FromWeek { get; init; }

    [JsonPropertyName("share")]
    [Description("The municipality's share of the saving from from_week on: 0.8 is 80 %.")]
    [Range(0.0, 1.0)]
    public required decimal Share { get; init; }
}
