using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>A trigger of contract.json, by its <c>kind</c> (SPEC §6); <see cref="NeedsSpellsAttribute"/> marks the kinds that need spells.csv.</summary>
[Description("An outcome, by its kind: enrolment, completion, sustained, count, education, event or employment.")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EnrolmentTriggerDocument), "enrolment")]
[JsonDerivedType(typeof(CompletionTriggerDocument), "completion")]
[JsonDerivedType(typeof(SustainedTriggerDocument), "sustained")]
[JsonDerivedType(typeof(CountTriggerDocument), "count")]
[JsonDerivedType(typeof(EducationTriggerDocument), "education")]
[JsonDerivedType(typeof(EventTriggerDocument), "event")]
[JsonDerivedType(typeof(EmploymentTriggerDocument), "employment")]
internal abstract class TriggerDocument
{
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-1)]
    [Description("The trigger's id, unique among the triggers: 1–64 characters of A-Z a-z 0-9 _ - . that do not begin with - (nor a CPR number), and none of outcomes.csv's own column names (participant_id, window_start, weeks_full, weeks_partial, weeks_none, weeks_unobserved, support_weeks_before, municipal_share_first_week).")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public required string Id { get; init; }

    [JsonPropertyName("after")]
    [JsonPropertyOrder(1)]
    [Description("A prerequisite: the id of a trigger listed before this one. This trigger is then met only where that one is, and is measured from its date on: only weeks and months that begin on or after it count, only events on or after it, and an enrolment or completion before it does not count.")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public string? After { get; init; }

    [JsonPropertyName("baseline_rate")]
    [JsonPropertyOrder(2)]
    [Description("The rate at which participants would meet this trigger without the programme, from 0 to 1: evidence tests the cohort's share against it (exact binomial test, docs/evidence.md). It changes no settlement.")]
    [Range(0.0, 1.0)]
    public decimal? BaselineRate { get; init; }
}

/// <summary>Met on the programme start.</summary>
[Description("enrolment: met on the participant's programme start.")]
internal sealed class EnrolmentTriggerDocument : TriggerDocument;

/// <summary>Met on the programme end when the participant completed.</summary>
[Description("completion: met on the programme end (given, or start + programme_weeks × 7 − 1) where the participant completed.")]
internal sealed class CompletionTriggerDocument : TriggerDocument;

/// <summary>The fields of the triggers that count weeks of self-support.</summary>
internal abstract class WeeksOfSelfSupportTriggerDocument : TriggerDocument
{
    [JsonPropertyName("weeks")]
    [Description("N: the number of qualifying weeks, at most window.weeks.")]
    [Range(1, ObservationWindow.MaxWeeks)]
    public required int Weeks { get; init; }

    [JsonPropertyName("level")]
    [Description("Which weeks qualify: full (no support at all that week) or full_or_partial (also partial self-support, see partial_max_support).")]
    public required SelfSupportLevel Level { get; init; }

    [JsonPropertyName("exclude_education")]
    [Description("Whether a week holding any education day does not qualify.")]
    [DefaultValue(false)]
    public bool? ExcludeEducation { get; init; }
}

/// <summary>Met at the end of N qualifying weeks in a row.</summary>
[Description("sustained: met on the last day of the first week that ends N qualifying weeks in a row.")]
[NeedsSpells]
internal sealed class SustainedTriggerDocument : WeeksOfSelfSupportTriggerDocument;

/// <summary>Met at the end of the Nth qualifying week.</summary>
[Description("count: met on the last day of the week in which the number of qualifying weeks reaches N.")]
[NeedsSpells]
internal sealed class CountTriggerDocument : WeeksOfSelfSupportTriggerDocument;

/// <summary>Met at the end of the Nth week with an education day.</summary>
[Description("education: as count, where a week qualifies when it holds an education day (a benefit of class education).")]
[NeedsSpells]
internal sealed class EducationTriggerDocument : TriggerDocument
{
    [JsonPropertyName("weeks")]
    [Description("N: the number of weeks with an education day, at most window.weeks.")]
    [DefaultValue(1)]
    [Range(1, ObservationWindow.MaxWeeks)]
    public int? Weeks { get; init; }
}

/// <summary>Met on the earliest evidenced outcome inside the window.</summary>
[Description("event: met on the earliest date, inside the window, of the participant's rows of events.csv with this outcome.")]
internal sealed class EventTriggerDocument : TriggerDocument
{
    [JsonPropertyName("outcome")]
    [Description("The outcome code as events.csv writes it, compared exactly: not empty, no spaces around it.")]
    [RegularExpression(ContractDocumentPatterns.Code)]
    public required string Outcome { get; init; }
}

/// <summary>Met at the end of N consecutive months whose employment rates average at least the least rate (SPEC-DK DK3).</summary>
[Description("employment: met on the last day of the first calendar month m such that the months m−N+1 … m all lie wholly in the window, end on or before as_of and have a grad_YYYY_MM column in the weeks file (a DREAM extract), and their employment rates sum to at least N × min_rate. Needs the monthly employment rates of a wide weeks file.")]
internal sealed class EmploymentTriggerDocument : TriggerDocument
{
    [JsonPropertyName("months")]
    [Description("N: the number of consecutive calendar months.")]
    [Range(1, EmploymentTrigger.MaxMonths)]
    public required int Months { get; init; }

    [JsonPropertyName("min_rate")]
    [Description("The least average employment rate over the N months, greater than 0 and at most 1 (0.25 for 25 %).")]
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public required decimal MinRate { get; init; }
}
