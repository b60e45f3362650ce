// Generated from the document model by ContractFormatTableTests; do not edit: run
// SIB_WRITE_CONTRACT_FORMAT_TABLE=1 dotnet test tests/SocialInvestment.Core.Tests --filter FullyQualifiedName~ContractFormatTableTests
// from the checkout's root to regenerate.
namespace SocialInvestment.Io;

/// <summary>
/// What the reader of contract.json takes from the document model (<see cref="ContractDocument"/>), as plain data so
/// that start-up reads no attributes: the fields of each object in schema order, the kinds of triggers and payments
/// with their fields, the kinds needing spells.csv, the fields of which an object gives one, and the bounds of every
/// ranged field. A test generates it from the model and fails where it is not current.
/// </summary>
internal static class ContractFormatTable
{
    /// <summary>The fields of <see cref="ContractDocument"/>, in schema order.</summary>
    internal static readonly string[] ContractFields = ["$schema", "name", "currency", "programme_weeks", "benefits", "unknown_benefits", "monthly_cost", "municipal_share", "window", "partial_max_support", "triggers", "payments", "caps", "payers", "payment_days"];

    /// <summary>The bounds of <see cref="ContractDocument.ProgrammeWeeks"/>.</summary>
    internal static readonly DocumentBounds ContractProgrammeWeeks = new(1m, 10000m);

    /// <summary>The bounds of <see cref="ContractDocument.PartialMaxSupport"/>.</summary>
    internal static readonly DocumentBounds ContractPartialMaxSupport = new(0m, 1m);

    /// <summary>The bounds of <see cref="ContractDocument.PaymentDays"/>.</summary>
    internal static readonly DocumentBounds ContractPaymentDays = new(0m, 3650m);

    /// <summary>The fields of <see cref="BenefitDocument"/>, in schema order.</summary>
    internal static readonly string[] BenefitFields = ["class", "degree"];

    /// <summary>The bounds of <see cref="BenefitDocument.Degree"/>.</summary>
    internal static readonly DocumentBounds BenefitDegree = new(0m, 1m, MinIsExclusive: true);

    /// <summary>The fields of <see cref="MonthlyCostDocument"/>, in schema order.</summary>
    internal static readonly string[] MonthlyCostFields = ["amount", "base_year", "annual_indexation"];

    /// <summary>The bounds of <see cref="MonthlyCostDocument.Amount"/>.</summary>
    internal static readonly DocumentBounds MonthlyCostAmount = new(0m, null);

    /// <summary>The bounds of <see cref="MonthlyCostDocument.BaseYear"/>.</summary>
    internal static readonly DocumentBounds MonthlyCostBaseYear = new(1m, 9999m);

    /// <summary>The bounds of <see cref="MonthlyCostDocument.AnnualIndexation"/>.</summary>
    internal static readonly DocumentBounds MonthlyCostAnnualIndexation = new(-1m, null, MinIsExclusive: true);

    /// <summary>The fields of <see cref="MunicipalShareDocument"/>, in schema order.</summary>
    internal static readonly string[] MunicipalShareFields = ["steps", "reset_after_weeks", "reset_within_weeks"];

    /// <summary>The bounds of <see cref="MunicipalShareDocument.ResetAfterWeeks"/>.</summary>
    internal static readonly DocumentBounds MunicipalShareResetAfterWeeks = new(1m, 5218m);

    /// <summary>The bounds of <see cref="MunicipalShareDocument.ResetWithinWeeks"/>.</summary>
    internal static readonly DocumentBounds MunicipalShareResetWithinWeeks = new(1m, 5218m);

    /// <summary>The fields of <see cref="WindowDocument"/>, in schema order.</summary>
    internal static readonly string[] WindowFields = ["from", "weeks"];

    /// <summary>The bounds of <see cref="WindowDocument.Weeks"/>.</summary>
    internal static readonly DocumentBounds WindowWeeks = new(1m, 10000m);

    /// <summary>Each kind of <see cref="TriggerDocument"/> with its fields, in the order of its kinds.</summary>
    internal static readonly Dictionary<string, string[]> TriggerKinds = new(StringComparer.Ordinal)
    {
        ["enrolment"] = ["id", "kind", "after", "baseline_rate"],
        ["completion"] = ["id", "kind", "after", "baseline_rate"],
        ["sustained"] = ["id", "kind", "weeks", "level", "exclude_education", "after", "baseline_rate"],
        ["count"] = ["id", "kind", "weeks", "level", "exclude_education", "after", "baseline_rate"],
        ["education"] = ["id", "kind", "weeks", "after", "baseline_rate"],
        ["event"] = ["id", "kind", "outcome", "after", "baseline_rate"],
        ["employment"] = ["id", "kind", "months", "min_rate", "after", "baseline_rate"],
    };

    /// <summary>The kinds of <see cref="TriggerDocument"/> marked <see cref="NeedsSpellsAttribute"/>, in the order of its kinds.</summary>
    internal static readonly string[] TriggerKindsNeedingSpells = ["sustained", "count", "education"];

    /// <summary>The bounds of <see cref="TriggerDocument.BaselineRate"/>.</summary>
    internal static readonly DocumentBounds TriggerBaselineRate = new(0m, 1m);

    /// <summary>Each kind of <see cref="PaymentDocument"/> with its fields, in the order of its kinds.</summary>
    internal static readonly Dictionary<string, string[]> PaymentKinds = new(StringComparer.Ordinal)
    {
        ["fixed"] = ["id", "kind", "trigger", "amount", "prices", "tiers", "indexation", "cap", "cohort_gate"],
        ["share_of_savings"] = ["id", "kind", "gate", "share", "deadweight", "of", "cap", "cohort_gate"],
        ["delivery_fee"] = ["id", "kind", "from", "months", "monthly_amount", "contract_value", "share"],
        ["per_week"] = ["id", "kind", "amount", "level", "or_education", "exclude_education", "gate", "max_weeks", "cap", "cohort_gate"],
    };

    /// <summary>The kinds of <see cref="PaymentDocument"/> marked <see cref="NeedsSpellsAttribute"/>, in the order of its kinds.</summary>
    internal static readonly string[] PaymentKindsNeedingSpells = ["share_of_savings", "per_week"];

    /// <summary>The fields of <see cref="CapsDocument"/>, in schema order.</summary>
    internal static readonly string[] CapsFields = ["per_participant", "total"];

    /// <summary>The bounds of <see cref="CapsDocument.PerParticipant"/>.</summary>
    internal static readonly DocumentBounds CapsPerParticipant = new(0m, null, Decimals: 2);

    /// <summary>The bounds of <see cref="CapsDocument.Total"/>.</summary>
    internal static readonly DocumentBounds CapsTotal = new(0m, null, Decimals: 2);

    /// <summary>The fields of <see cref="PayerDocument"/>, in schema order.</summary>
    internal static readonly string[] PayerFields = ["id", "share"];

    /// <summary>The bounds of <see cref="PayerDocument.Share"/>.</summary>
    internal static readonly DocumentBounds PayerShare = new(0m, 1m);

    /// <summary>The fields of <see cref="MunicipalShareStepDocument"/>, in schema order.</summary>
    internal static readonly string[] MunicipalShareStepFields = ["from_week", "share"];

    /// <summary>The bounds of <see cref="MunicipalShareStepDocument.FromWeek"/>.</summary>
    internal static readonly DocumentBounds MunicipalShareStepFromWeek = new(1m, 5218m);

    /// <summary>The bounds of <see cref="MunicipalShareStepDocument.Share"/>.</summary>
    internal static readonly DocumentBounds MunicipalShareStepShare = new(0m, 1m);

    /// <summary>The bounds of <see cref="WeeksOfSelfSupportTriggerDocument.Weeks"/>.</summary>
    internal static readonly DocumentBounds WeeksOfSelfSupportTriggerWeeks = new(1m, 10000m);

    /// <summary>The bounds of <see cref="EducationTriggerDocument.Weeks"/>.</summary>
    internal static readonly DocumentBounds EducationTriggerWeeks = new(1m, 10000m);

    /// <summary>The bounds of <see cref="EmploymentTriggerDocument.Months"/>.</summary>
    internal static readonly DocumentBounds EmploymentTriggerMonths = new(1m, 1200m);

    /// <summary>The bounds of <see cref="EmploymentTriggerDocument.MinRate"/>.</summary>
    internal static readonly DocumentBounds EmploymentTriggerMinRate = new(0m, 1m, MinIsExclusive: true);

    /// <summary>The fields of which a <see cref="FixedPaymentDocument"/> gives one.</summary>
    internal static readonly string[] FixedPaymentOneOf = ["amount", "prices", "tiers"];

    /// <summary>The bounds of <see cref="FixedPaymentDocument.Amount"/>.</summary>
    internal static readonly DocumentBounds FixedPaymentAmount = new(0m, null);

    /// <summary>The bounds of <see cref="ShareOfSavingsPaymentDocument.Share"/>.</summary>
    internal static readonly DocumentBounds ShareOfSavingsPaymentShare = new(0m, 1m);

    /// <summary>The bounds of <see cref="ShareOfSavingsPaymentDocument.Deadweight"/>.</summary>
    internal static readonly DocumentBounds ShareOfSavingsPaymentDeadweight = new(0m, 1m, MaxIsExclusive: true);

    /// <summary>The fields of which a <see cref="DeliveryFeePaymentDocument"/> gives one.</summary>
    internal static readonly string[] DeliveryFeePaymentOneOf = ["monthly_amount", "contract_value"];

    /// <summary>The bounds of <see cref="DeliveryFeePaymentDocument.Months"/>.</summary>
    internal static readonly DocumentBounds DeliveryFeePaymentMonths = new(1m, 1200m);

    /// <summary>The bounds of <see cref="DeliveryFeePaymentDocument.MonthlyAmount"/>.</summary>
    internal static readonly DocumentBounds DeliveryFeePaymentMonthlyAmount = new(0m, null);

    /// <summary>The bounds of <see cref="DeliveryFeePaymentDocument.ContractValue"/>.</summary>
    internal static readonly DocumentBounds DeliveryFeePaymentContractValue = new(0m, null);

    /// <summary>The bounds of <see cref="DeliveryFeePaymentDocument.Share"/>.</summary>
    internal static readonly DocumentBounds DeliveryFeePaymentShare = new(0m, 1m);

    /// <summary>The bounds of <see cref="PerWeekPaymentDocument.Amount"/>.</summary>
    internal static readonly DocumentBounds PerWeekPaymentAmount = new(0m, null);

    /// <summary>The bounds of <see cref="PerWeekPaymentDocument.MaxWeeks"/>.</summary>
    internal static readonly DocumentBounds PerWeekPaymentMaxWeeks = new(1m, 10000m);

    /// <summary>The fields of <see cref="PaymentCapDocument"/>, in schema order.</summary>
    internal static readonly string[] PaymentCapFields = ["count", "amount", "participant_share"];

    /// <summary>The bounds of <see cref="PaymentCapDocument.Count"/>.</summary>
    internal static readonly DocumentBounds PaymentCapCount = new(0m, 2147483647m);

    /// <summary>The bounds of <see cref="PaymentCapDocument.Amount"/>.</summary>
    internal static readonly DocumentBounds PaymentCapAmount = new(0m, null, Decimals: 2);

    /// <summary>The bounds of <see cref="PaymentCapDocument.ParticipantShare"/>.</summary>
    internal static readonly DocumentBounds PaymentCapParticipantShare = new(0m, 1m);

    /// <summary>The fields of <see cref="CohortGateDocument"/>, in schema order.</summary>
    internal static readonly string[] CohortGateFields = ["trigger", "direction", "baseline_rate", "baseline", "margin", "evaluation_dates", "pooled"];

    /// <summary>The fields of which a <see cref="CohortGateDocument"/> gives one.</summary>
    internal static readonly string[] CohortGateOneOf = ["baseline_rate", "baseline"];

    /// <summary>The bounds of <see cref="CohortGateDocument.BaselineRate"/>.</summary>
    internal static readonly DocumentBounds CohortGateBaselineRate = new(0m, 1m);

    /// <summary>The bounds of <see cref="CohortGateDocument.Margin"/>.</summary>
    internal static readonly DocumentBounds CohortGateMargin = new(0m, 1m, MaxIsExclusive: true);

    /// <summary>The fields of <see cref="FixedPriceDocument"/>, in schema order.</summary>
    internal static readonly string[] FixedPriceFields = ["until_months", "amount"];

    /// <summary>The bounds of <see cref="FixedPriceDocument.UntilMonths"/>.</summary>
    internal static readonly DocumentBounds FixedPriceUntilMonths = new(1m, 120000m);

    /// <summary>The bounds of <see cref="FixedPriceDocument.Amount"/>.</summary>
    internal static readonly DocumentBounds FixedPriceAmount = new(0m, null);

    /// <summary>The fields of <see cref="VolumeTierDocument"/>, in schema order.</summary>
    internal static readonly string[] VolumeTierFields = ["up_to", "amount"];

    /// <summary>The bounds of <see cref="VolumeTierDocument.UpTo"/>.</summary>
    internal static readonly DocumentBounds VolumeTierUpTo = new(1m, 2147483647m);

    /// <summary>The bounds of <see cref="VolumeTierDocument.Amount"/>.</summary>
    internal static readonly DocumentBounds VolumeTierAmount = new(0m, null);

    /// <summary>The fields of <see cref="PriceIndexationDocument"/>, in schema order.</summary>
    internal static readonly string[] PriceIndexationFields = ["base_year", "annual_indexation"];

    /// <summary>The bounds of <see cref="PriceIndexationDocument.BaseYear"/>.</summary>
    internal static readonly DocumentBounds PriceIndexationBaseYear = new(1m, 9999m);

    /// <summary>The bounds of <see cref="PriceIndexationDocument.AnnualIndexation"/>.</summary>
    internal static readonly DocumentBounds PriceIndexationAnnualIndexation = new(-1m, null, MinIsExclusive: true);

    /// <summary>The fields of <see cref="PooledGateDocument"/>, in schema order.</summary>
    internal static readonly string[] PooledGateFields = ["margin", "evaluation_date"];

    /// <summary>The bounds of <see cref="PooledGateDocument.Margin"/>.</summary>
    internal static readonly DocumentBounds PooledGateMargin = new(0m, 1m, MaxIsExclusive: true);
}
