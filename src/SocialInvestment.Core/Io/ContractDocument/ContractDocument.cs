using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>
/// contract.json as a document (SPEC §2): the one statement of its fields, their names, types, ranges, defaults and
/// descriptions. <see cref="ContractJsonSchema"/> generates the JSON Schema from it, and the reader
/// (<see cref="ContractJsonParser"/>) takes from it the fields it allows at each level and the kinds
/// (<see cref="DocumentFields"/>) and the range of each number (<see cref="DocumentRange"/>), through
/// <see cref="ContractFormatTable"/>, which a test generates from it so that start-up reads no attributes; the reader never
/// deserializes it, but walks the JSON to tell the line and column of every error. Bounds that the domain checks too are
/// the domain types' constants (<see cref="ObservationWindow.MaxWeeks"/>).
/// </summary>
[Description("A contract for SocialInvestment (sib): an outcome-based employment contract — a social impact bond or payment by results — as SPEC §2 and docs/contract-format.md define it. sib is the authority: it also checks what a schema cannot (a trigger's weeks at most window.weeks, unique ids, payments that name defined triggers).")]
internal sealed class ContractDocument
{
    [JsonPropertyName("$schema")]
    [Description("Where editors find this schema (a path or URL); sib ignores it.")]
    public string? Schema { get; init; }

    [JsonPropertyName("name")]
    [Description("The contract's name, as summary.json and sib validate show it.")]
    public required string Name { get; init; }

    [JsonPropertyName("currency")]
    [Description("The currency of every amount: an ISO 4217 code of three capital letters (the form is checked, not the list). Amounts still round to two decimals.")]
    [DefaultValue("DKK")]
    [RegularExpression(ContractDocumentPatterns.Currency)]
    public string? Currency { get; init; }

    [JsonPropertyName("programme_weeks")]
    [Description("The default programme length in weeks: a participant without an end date ends on start + programme_weeks × 7 − 1.")]
    [DefaultValue(Contract.DefaultProgrammeWeeks)]
    [Range(1, ObservationWindow.MaxWeeks)]
    public int? ProgrammeWeeks { get; init; }

    [JsonPropertyName("benefits")]
    [Description("Benefit code (as spells.csv writes it, compared exactly) → class: support (public income support, counts against self-support), education (for example SU) or ignore; or an object with the class and, for a support code, the degree of its rows that give none: { \"class\": \"support\", \"degree\": 0.5 }. Required where the contract needs spells: a sustained, count or education trigger, or a share_of_savings or per_week payment.")]
    [JsonSchemaKeyPattern(ContractDocumentPatterns.Code)]
    public Dictionary<string, BenefitDocument>? Benefits { get; init; }

    [JsonPropertyName("unknown_benefits")]
    [Description("How a benefit code that benefits does not map counts: support or ignore. Left out, an unmapped code of a participant is an input error.")]
    public UnknownBenefitsClass? UnknownBenefits { get; init; }

    [JsonPropertyName("monthly_cost")]
    [Description("What a month on full income support costs the payer, for shares of savings and the gross saving. Required where the contract needs spells; left out elsewhere, the gross saving is 0.")]
    public MonthlyCostDocument? MonthlyCost { get; init; }

    [JsonPropertyName("municipal_share")]
    [Description("What part of a saving falls to the municipality (SPEC-DK DK5), for the municipal saving in summary.json and share_of_savings payments \"of\": \"municipality\". Left out, no municipal saving is computed.")]
    public MunicipalShareDocument? MunicipalShare { get; init; }

    [JsonPropertyName("window")]
    [Description("The observation window of each participant, in weeks counted from the participant's own start.")]
    public required WindowDocument Window { get; init; }

    [JsonPropertyName("partial_max_support")]
    [Description("A week is partial self-support where its support adds up to more than 0 and at most 7 × partial_max_support days.")]
    [DefaultValue(0.5)]
    [Range(0.0, 1.0)]
    public decimal? PartialMaxSupport { get; init; }

    [JsonPropertyName("triggers")]
    [Description("The outcomes measured, each met at most once per participant, on a date. Ids are unique; the list may be empty.")]
    public required IReadOnlyList<TriggerDocument> Triggers { get; init; }

    [JsonPropertyName("payments")]
    [Description("What is paid for which trigger. Ids are unique; each names a trigger of triggers; the list may be empty.")]
    public required IReadOnlyList<PaymentDocument> Payments { get; init; }

    [JsonPropertyName("caps")]
    [Description("Caps on what is payable; left out, no cap.")]
    public CapsDocument? Caps { get; init; }

    [JsonPropertyName("payers")]
    [Description("Several outcome payers, each paying its share of every line; the shares sum to exactly 1. sib settle then also writes payers.csv, each line split per payer so that the parts sum to the line to the øre. Left out, one payer, as in SPEC v1.")]
    [MinLength(1)]
    public IReadOnlyList<PayerDocument>? Payers { get; init; }

    [JsonPropertyName("payment_days")]
    [Description("The payment term: how many days after a line's date the payer pays it. It changes no settlement; sib economics dates each outcome payment this many days after its line.")]
    [DefaultValue(0)]
    [Range(0, Contract.MaxPaymentDays)]
    public int? PaymentDays { get; init; }
}

/// <summary>An outcome payer and its share.</summary>
internal sealed class PayerDocument
{
    [JsonPropertyName("id")]
    [Description("The payer's id, unique among the payers and written to payers.csv: the rule of ids.")]
    [RegularExpression(ContractDocumentPatterns.Id)]
    public required string Id { get; init; }

    [JsonPropertyName("share")]
    [Description("The payer's share of every line: 0.8 is 80 %.")]
    [Range(0.0, 1.0)]
    public required decimal Share { get; init; }
}
