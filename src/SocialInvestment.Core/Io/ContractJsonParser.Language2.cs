using System.Globalization;
using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>The fields of the contract language beyond SPEC v1 (docs/calculation.md, "Contract language 2").</summary>
internal sealed partial class ContractJsonParser
{
    internal static readonly string[] PriceFields = ["until_months", "amount"];
    internal static readonly string[] IndexationFields = ["base_year", "annual_indexation"];

    private static readonly string[] PriceChoices = ["amount", "prices"];

    /// <summary>A fixed payment: exactly one of <c>amount</c> and <c>prices</c>, and an optional <c>indexation</c>.</summary>
    private FixedPayment? FixedOf(string? id, string? trigger, JsonObjectFields payment)
    {
        List<FixedPrice>? prices = null;
        string[] given = PriceChoices.Where(payment.Has).ToArray();
        if (given.Length == 0)
        {
            errors.Missing(payment.Path, JsonPath.Property(payment.Path, "amount"), "required field is missing: a fixed payment has amount or prices");
        }
        else if (given.Length > 1)
        {
            errors.AtName(JsonPath.Property(payment.Path, given[1]), "a fixed payment has one of amount and prices, not both");
        }
        else if (given[0] == "amount")
        {
            decimal? amount = JsonValues.Number(payment.Optional("amount"), errors, "an amount of at least 0", v => v >= 0m);
            prices = amount is { } a ? [new FixedPrice(a)] : null;
        }
        else
        {
            prices = Prices(payment.Optional("prices")!.Value);
        }

        bool indexationOk = true;
        PriceIndexation? indexation = null;
        if (payment.Optional("indexation") is { } indexField)
        {
            indexation = IndexationOf(indexField);
            indexationOk = indexation is not null;
        }

        return id is not null && trigger is not null && prices is not null && indexationOk
            ? new FixedPayment(id, trigger, prices) { Indexation = indexation }
            : null;
    }

    /// <summary>The time bands of a fixed payment (L2.2): each but the last with <c>until_months</c>, increasing.</summary>
    private List<FixedPrice>? Prices(JsonField field)
    {
        List<JsonObjectFields>? items = Objects(field, "an array of prices, at least one", "a price object");
        if (items is null)
        {
            return null;
        }

        var prices = new List<FixedPrice>();
        bool ok = true;
        int? previous = null;
        for (int i = 0; i < items.Count; i++)
        {
            JsonObjectFields price = items[i];
            price.AllowOnly(PriceFields, "a price");
            bool last = i == items.Count - 1;
            int? until = null;
            if (!last || price.Has("until_months"))
            {
                JsonField? untilField = last ? price.Optional("until_months") : price.Required("until_months");
                int least = previous is { } p ? p + 1 : 1;
                string? source = previous is null ? null : string.Create(CultureInfo.InvariantCulture, $"more than the until_months before it, {previous}");
                until = JsonValues.WholeNumber(untilField, errors, least, FixedPrice.MaxMonths, source);
                ok &= until is not null;
                previous = until ?? previous;
            }

            decimal? amount = JsonValues.Number(price.Required("amount"), errors, "an amount of at least 0", v => v >= 0m);
            ok &= amount is not null;
            if (ok)
            {
                prices.Add(new FixedPrice(amount!.Value, until));
            }
        }

        return ok ? prices : null;
    }

    private PriceIndexation? IndexationOf(JsonField field)
    {
        if (JsonObjectFields.Open(field, errors) is not { } index)
        {
            return null;
        }

        index.AllowOnly(IndexationFields, "indexation");
        int? baseYear = JsonValues.WholeNumber(index.Required("base_year"), errors, 1, 9999);
        decimal? growth = JsonValues.Number(index.Required("annual_indexation"), errors, "a number greater than -1 (0.02 for 2 %)", v => v > -1m);
        return baseYear is { } y && growth is { } g ? new PriceIndexation(y, g) : null;
    }

    /// <summary>A non-empty array of objects; null (with errors) where it is not one, or an item is not an object.</summary>
    private List<JsonObjectFields>? Objects(JsonField field, string expected, string itemExpected)
    {
        if (field.Value.ValueKind != JsonValueKind.Array || field.Value.GetArrayLength() == 0)
        {
            errors.AtValue(field.Path, JsonValues.Expected(expected, field.Value));
            return null;
        }

        var items = new List<JsonObjectFields>();
        bool ok = true;
        int index = 0;
        foreach (JsonElement element in field.Value.EnumerateArray())
        {
            if (JsonObjectFields.Open(new JsonField(element, JsonPath.Index(field.Path, index++)), errors, itemExpected) is { } item)
            {
                items.Add(item);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? items : null;
    }
}
