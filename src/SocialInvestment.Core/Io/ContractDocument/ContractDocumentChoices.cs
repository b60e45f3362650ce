using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>The classes of <c>benefits</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BenefitClassName>))]
internal enum BenefitClassName
{
    [JsonStringEnumMemberName("support")]
    Support,

    [JsonStringEnumMemberName("education")]
    Education,

    [JsonStringEnumMemberName("ignore")]
    Ignore,
}

/// <summary>The classes that <c>unknown_benefits</c> may give an unmapped code.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnknownBenefitsClass>))]
internal enum UnknownBenefitsClass
{
    [JsonStringEnumMemberName("support")]
    Support,

    [JsonStringEnumMemberName("ignore")]
    Ignore,
}

/// <summary>The anchors of <c>window.from</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WindowFrom>))]
internal enum WindowFrom
{
    [JsonStringEnumMemberName("start")]
    Start,

    [JsonStringEnumMemberName("end")]
    End,
}

/// <summary>The levels of a trigger that counts weeks of self-support.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SelfSupportLevel>))]
internal enum SelfSupportLevel
{
    [JsonStringEnumMemberName("full")]
    Full,

    [JsonStringEnumMemberName("full_or_partial")]
    FullOrPartial,
}

/// <summary>The directions of a cohort gate.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GateDirectionName>))]
internal enum GateDirectionName
{
    [JsonStringEnumMemberName("lower")]
    Lower,

    [JsonStringEnumMemberName("higher")]
    Higher,
}

/// <summary>The baselines of a cohort gate given as data rather than as a rate.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GateBaselineName>))]
internal enum GateBaselineName
{
    [JsonStringEnumMemberName("comparison_group")]
    ComparisonGroup,
}

/// <summary>The savings a share_of_savings payment may be a share of (<c>"of"</c>, SPEC-DK DK5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SavingsBaseName>))]
internal enum SavingsBaseName
{
    [JsonStringEnumMemberName("gross")]
    Gross,

    [JsonStringEnumMemberName("municipality")]
    Municipality,
}
