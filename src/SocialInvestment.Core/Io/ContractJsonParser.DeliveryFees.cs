namespace SocialInvestment.Io;

/// <summary>A delivery fee (docs/calculation.md, A delivery fee).</summary>
internal sealed partial class ContractJsonParser
{
    private static readonly DocumentRange FeeMonths = DocumentRange.Of(ContractFormatTable.DeliveryFeePaymentMonths);
    private static readonly DocumentRange FeeMonthlyAmount = DocumentRange.Of(ContractFormatTable.DeliveryFeePaymentMonthlyAmount, "an amount");
    private static readonly DocumentRange FeeContractValue = DocumentRange.Of(ContractFormatTable.DeliveryFeePaymentContractValue, "an amount");
    private static readonly DocumentRange FeeShare = DocumentRange.Of(ContractFormatTable.DeliveryFeePaymentShare, "a number");

    /// <summary>A delivery fee (docs/calculation.md, A delivery fee): <c>from</c>, <c>months</c>, and <c>monthly_amount</c> or both <c>contract_value</c> and <c>share</c>.</summary>
    private DeliveryFeePayment? DeliveryFeeOf(string? id, JsonObjectFields payment)
    {
        NodaTime.YearMonth? from = null;
        if (payment.Required("from") is { } fromField)
        {
            const string Expectation = "a month yyyy-MM";
            string? text = JsonValues.String(fromField, errors, Expectation);
            var parsed = text is null ? null : NodaTime.Text.YearMonthPattern.Iso.Parse(text);
            if (parsed is { Success: true })
            {
                from = parsed.Value;
            }
            else if (text is not null)
            {
                errors.AtValue(fromField.Path, $"expected {Expectation}, found {JsonFoundValue.Text(text)}");
            }
        }

        int? months = JsonValues.WholeNumber(payment.Required("months"), errors, FeeMonths);
        bool monthly = payment.Has("monthly_amount");
        bool ofValue = payment.Has("contract_value") || payment.Has("share");
        if (monthly == ofValue)
        {
            if (monthly)
            {
                errors.AtName(JsonPath.Property(payment.Path, "monthly_amount"), "a delivery fee has monthly_amount, or contract_value and share, not both");
            }
            else
            {
                errors.Missing(payment.Path, JsonPath.Property(payment.Path, "monthly_amount"), "required field is missing: a delivery fee has monthly_amount, or contract_value and share");
            }

            return null;
        }

        if (monthly)
        {
            decimal? amount = JsonValues.Number(payment.Optional("monthly_amount"), errors, FeeMonthlyAmount);
            return id is not null && from is { } f && months is { } m && amount is { } a ? DeliveryFeePayment.Monthly(id, f, m, a) : null;
        }

        decimal? value = JsonValues.Number(payment.Required("contract_value"), errors, FeeContractValue);
        decimal? share = JsonValues.Number(payment.Required("share"), errors, FeeShare);
        return id is not null && from is { } f2 && months is { } m2 && value is { } v2 && share is { } s2
            ? DeliveryFeePayment.ShareOfValue(id, f2, m2, v2, Share.FromDecimal(s2))
            : null;
    }
}
