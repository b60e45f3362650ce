namespace SocialInvestment.Io;

/// <summary>A price per qualifying week (SPEC-DK DK6).</summary>
internal sealed partial class ContractJsonParser
{
    private static readonly DocumentRange PerWeekAmount = DocumentRange.Of(ContractFormatTable.PerWeekPaymentAmount, "an amount");
    private static readonly DocumentRange PerWeekMaxWeeks = DocumentRange.Of(ContractFormatTable.PerWeekPaymentMaxWeeks);

    /// <summary>
    /// A price per week: <c>amount</c>, <c>level</c>, optional <c>or_education</c> and <c>exclude_education</c> (not both
    /// true), <c>gate</c> (a defined trigger) and <c>max_weeks</c>; null (with errors) where a field is wrong.
    /// </summary>
    private PerWeekPayment? PerWeekOf(string? id, JsonObjectFields payment, HashSet<string>? definedTriggers, PaymentCap? cap, CohortGate? cohortGate)
    {
        decimal? amount = JsonValues.Number(payment.Required("amount"), errors, PerWeekAmount);
        SelfSupport? level = JsonValues.Choice(payment.Required("level"), errors, Levels);
        bool? orEducation = payment.Has("or_education") ? JsonValues.Boolean(payment.Optional("or_education"), errors) : false;
        bool? excludeEducation = payment.Has("exclude_education") ? JsonValues.Boolean(payment.Optional("exclude_education"), errors) : false;
        bool gateOk = true;
        string? gate = null;
        if (payment.Has("gate"))
        {
            gate = TriggerReference(payment.Optional("gate"), definedTriggers);
            gateOk = gate is not null;
        }

        int? maxWeeks = null;
        bool maxWeeksOk = true;
        if (payment.Has("max_weeks"))
        {
            maxWeeks = JsonValues.WholeNumber(payment.Optional("max_weeks"), errors, PerWeekMaxWeeks);
            maxWeeksOk = maxWeeks is not null;
        }

        if (orEducation == true && excludeEducation == true)
        {
            errors.AtName(
                JsonPath.Property(payment.Path, "exclude_education"),
                $"payment {JsonFoundValue.Text(id ?? string.Empty)} has both or_education and exclude_education true; a week holding an education day cannot both qualify by it and be excluded for it: set one of them false");
            return null;
        }

        return id is not null && amount is { } a && level is { } l && orEducation is { } o && excludeEducation is { } x && gateOk && maxWeeksOk
            ? new PerWeekPayment(id, a, l, o, x, gate, maxWeeks) { Cap = cap, CohortGate = cohortGate }
            : null;
    }
}
