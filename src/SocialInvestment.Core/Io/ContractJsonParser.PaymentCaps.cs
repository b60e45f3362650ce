namespace SocialInvestment.Io;

/// <summary>A payment's own cap (docs/calculation.md, Caps on one payment).</summary>
internal sealed partial class ContractJsonParser
{
    internal static readonly string[] PaymentCapFields = ContractFormatTable.PaymentCapFields;

    private static readonly DocumentRange CapCount = DocumentRange.Of(ContractFormatTable.PaymentCapCount);
    private static readonly DocumentRange CapAmount = DocumentRange.Of(ContractFormatTable.PaymentCapAmount, "an amount");
    private static readonly DocumentRange CapParticipantShare = DocumentRange.Of(ContractFormatTable.PaymentCapParticipantShare, "a number");

    /// <summary>A payment's own cap (docs/calculation.md, Caps on one payment): at least one of count, amount and participant_share.</summary>
    private PaymentCap? PaymentCapOf(JsonField field)
    {
        if (JsonObjectFields.Open(field, errors) is not { } cap)
        {
            return null;
        }

        cap.AllowOnly(PaymentCapFields, "cap");
        if (!PaymentCapFields.Any(cap.Has))
        {
            errors.Missing(cap.Path, JsonPath.Property(cap.Path, "count"), "required field is missing: a cap has count, amount or participant_share");
            return null;
        }

        int errorsBefore = errors.Count;
        int? count = cap.Has("count") ? JsonValues.WholeNumber(cap.Optional("count"), errors, CapCount) : null;
        decimal? amount = JsonValues.Number(cap.Optional("amount"), errors, CapAmount);
        decimal? share = JsonValues.Number(cap.Optional("participant_share"), errors, CapParticipantShare);
        return errors.Count == errorsBefore
            ? new PaymentCap(count, amount is { } a ? Money.FromAmount(a) : null, share is { } s ? Share.FromDecimal(s) : null)
            : null;
    }
}
