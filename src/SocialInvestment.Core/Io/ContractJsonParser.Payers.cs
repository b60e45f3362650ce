using System.Globalization;

namespace SocialInvestment.Io;

/// <summary>Several outcome payers (docs/calculation.md, Several outcome payers).</summary>
internal sealed partial class ContractJsonParser
{
    internal static readonly string[] PayerFields = ContractFormatTable.PayerFields;

    private static readonly DocumentRange PayerShare = DocumentRange.Of(ContractFormatTable.PayerShare, "a number");

    /// <summary>The payers (docs/calculation.md, Several outcome payers): ids unique, shares summing to exactly 1.</summary>
    private List<Payer>? Payers(JsonField field)
    {
        List<JsonObjectFields>? items = Objects(field, "an array of payers, at least one", "a payer object");
        if (items is null)
        {
            return null;
        }

        var payers = new List<Payer>();
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        bool ok = true;
        foreach (JsonObjectFields payer in items)
        {
            payer.AllowOnly(PayerFields, "a payer");
            string? id = JsonValues.Id(payer.Required("id"), errors);
            if (id is not null && !firstById.TryAdd(id, payer.Path))
            {
                errors.AtValue(JsonPath.Property(payer.Path, "id"), $"duplicate payer id {JsonFoundValue.Text(id)} (first at {firstById[id]})");
                ok = false;
            }

            decimal? share = JsonValues.Number(payer.Required("share"), errors, PayerShare);
            if (id is not null && share is { } s)
            {
                payers.Add(new Payer(id, Share.FromDecimal(s)));
            }
            else
            {
                ok = false;
            }
        }

        decimal sum = payers.Sum(p => p.Share.Value);
        if (ok && sum != 1m)
        {
            errors.AtValue(field.Path, string.Create(CultureInfo.InvariantCulture, $"expected payers whose shares sum to exactly 1, found a sum of {sum}"));
            ok = false;
        }

        return ok ? payers : null;
    }
}
