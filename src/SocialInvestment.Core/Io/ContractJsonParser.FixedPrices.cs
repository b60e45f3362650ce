using System.Globalization;

namespace SocialInvestment.Io;

/// <summary>The price of a fixed payment: one <c>amount</c>, time bands (<c>prices</c>) or volume tiers (<c>tiers</c>), and its yearly <c>indexation</c>.</summary>
internal sealed partial class ContractJsonParser
{
    internal static readonly string[] PriceFields = ContractFormatTable.FixedPriceFields;
    internal static readonly string[] IndexationFields = ContractFormatTable.PriceIndexationFields;
    internal static readonly string[] TierFields = ContractFormatTable.VolumeTierFields;

    /// <summary>The fields of which a fixed payment has exactly one.</summary>
    private static readonly IReadOnlyList<string> PriceChoices = ContractFormatTable.FixedPaymentOneOf;

    private static readonly DocumentRange FixedAmount = DocumentRange.Of(ContractFormatTable.FixedPaymentAmount, "an amount");
    private static readonly DocumentRange UntilMonths = DocumentRange.Of(ContractFormatTable.FixedPriceUntilMonths);
    private static readonly DocumentRange PriceAmount = DocumentRange.Of(ContractFormatTable.FixedPriceAmount, "an amount");
    private static readonly DocumentRange UpTo = DocumentRange.Of(ContractFormatTable.VolumeTierUpTo);
    private static readonly DocumentRange TierAmount = DocumentRange.Of(ContractFormatTable.VolumeTierAmount, "an amount");
    private static readonly DocumentRange IndexationBaseYear = DocumentRange.Of(ContractFormatTable.PriceIndexationBaseYear);
    private static readonly DocumentRange IndexationGrowth = DocumentRange.Of(ContractFormatTable.PriceIndexationAnnualIndexation, "a number", "(0.02 for 2 %)");

    /// <summary>A fixed payment: exactly one of <c>amount</c>, <c>prices</c> and <c>tiers</c>, and an optional <c>indexation</c>.</summary>
    private FixedPayment? FixedOf(string? id, string? trigger, JsonObjectFields payment, PaymentCap? cap, CohortGate? cohortGate)
    {
        List<FixedPrice>? prices = null;
        List<VolumeTier>? tiers = null;
        string[] given = PriceChoices.Where(payment.Has).ToArray();
        if (given.Length == 0)
        {
            errors.Missing(payment.Path, JsonPath.Property(payment.Path, "amount"), "required field is missing: a fixed payment has amount, prices or tiers");
        }
        else if (given.Length > 1)
        {
            errors.AtName(JsonPath.Property(payment.Path, given[1]), $"a fixed payment has one of amount, prices and tiers, not both {given[0]} and {given[1]}");
        }
        else if (given[0] == "amount")
        {
            decimal? amount = JsonValues.Number(payment.Optional("amount"), errors, FixedAmount);
            prices = amount is { } a ? [new FixedPrice(a)] : null;
        }
        else if (given[0] == "prices")
        {
            prices = Prices(payment.Optional("prices")!.Value);
        }
        else
        {
            tiers = Tiers(payment.Optional("tiers")!.Value);
        }

        bool indexationOk = true;
        PriceIndexation? indexation = null;
        if (payment.Optional("indexation") is { } indexField)
        {
            indexation = IndexationOf(indexField);
            indexationOk = indexation is not null;
        }

        if (id is null || trigger is null || !indexationOk)
        {
            return null;
        }

        return (prices, tiers) switch
        {
            ({ } p, _) => new FixedPayment(id, trigger, p) { Indexation = indexation, Cap = cap, CohortGate = cohortGate },
            (_, { } t) => new FixedPayment(id, trigger, t) { Indexation = indexation, Cap = cap, CohortGate = cohortGate },
            _ => null,
        };
    }

    /// <summary>The time bands of a fixed payment (docs/calculation.md, Prices that depend on when the outcome is reached): each but the last with <c>until_months</c>, increasing.</summary>
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
                int least = previous is { } p ? p + 1 : UntilMonths.WholeMin;
                string? source = previous is null ? null : string.Create(CultureInfo.InvariantCulture, $"more than the until_months before it, {previous}");
                until = JsonValues.WholeNumber(untilField, errors, least, UntilMonths.WholeMax, source);
                ok &= until is not null;
                previous = until ?? previous;
            }

            decimal? amount = JsonValues.Number(price.Required("amount"), errors, PriceAmount);
            ok &= amount is not null;
            if (ok)
            {
                prices.Add(new FixedPrice(amount!.Value, until));
            }
        }

        return ok ? prices : null;
    }

    /// <summary>The volume tiers of a fixed payment (docs/calculation.md, Volume tiers): each but the last with <c>up_to</c>, increasing; the last without.</summary>
    private List<VolumeTier>? Tiers(JsonField field)
    {
        List<JsonObjectFields>? items = Objects(field, "an array of tiers, at least one", "a tier object");
        if (items is null)
        {
            return null;
        }

        var tiers = new List<VolumeTier>();
        bool ok = true;
        int? previous = null;
        for (int i = 0; i < items.Count; i++)
        {
            JsonObjectFields tier = items[i];
            tier.AllowOnly(TierFields, "a tier");
            int? upTo = null;
            if (i < items.Count - 1)
            {
                int least = previous is { } p ? p + 1 : UpTo.WholeMin;
                string? source = previous is null ? null : string.Create(CultureInfo.InvariantCulture, $"more than the up_to before it, {previous}");
                upTo = JsonValues.WholeNumber(tier.Required("up_to"), errors, least, UpTo.WholeMax, source);
                ok &= upTo is not null;
                previous = upTo ?? previous;
            }
            else if (tier.Optional("up_to") is { } extra)
            {
                errors.AtName(extra.Path, "the last tier has no up_to: it holds every line after the tier before it (a cap's count limits the lines paid)");
                ok = false;
            }

            decimal? amount = JsonValues.Number(tier.Required("amount"), errors, TierAmount);
            ok &= amount is not null;
            if (ok)
            {
                tiers.Add(new VolumeTier(amount!.Value, upTo));
            }
        }

        return ok ? tiers : null;
    }

    /// <summary>A fixed payment's <c>indexation</c> (docs/calculation.md, Price indexation).</summary>
    private PriceIndexation? IndexationOf(JsonField field)
    {
        if (JsonObjectFields.Open(field, errors) is not { } index)
        {
            return null;
        }

        index.AllowOnly(IndexationFields, "indexation");
        int? baseYear = JsonValues.WholeNumber(index.Required("base_year"), errors, IndexationBaseYear);
        decimal? growth = JsonValues.Number(index.Required("annual_indexation"), errors, IndexationGrowth);
        return baseYear is { } y && growth is { } g ? new PriceIndexation(y, g) : null;
    }
}
