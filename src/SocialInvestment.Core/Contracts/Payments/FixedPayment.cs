namespace SocialInvestment;

/// <summary>
/// A fixed price per outcome (a rate card line): one line dated the day its trigger is met, of <c>round(amount)</c>; or,
/// with several <see cref="Prices"/>, of the price of the time in which the trigger was met; with an
/// <see cref="Indexation"/>, indexed to the line's year (docs/calculation.md, "Timed prices" and "Price indexation").
/// </summary>
public sealed class FixedPayment : Payment
{
    /// <summary>Creates a fixed payment of one price.</summary>
    /// <param name="id">The payment's id.</param>
    /// <param name="trigger">The id of the trigger that releases it.</param>
    /// <param name="amount">The price in the contract's currency; ≥ 0; rounded to 0.01 on the line.</param>
    public FixedPayment(string id, string trigger, decimal amount)
        : this(id, trigger, [new FixedPrice(amount)])
    {
    }

    /// <summary>Creates a fixed payment whose price depends on when its trigger is met.</summary>
    /// <param name="id">The payment's id.</param>
    /// <param name="trigger">The id of the trigger that releases it.</param>
    /// <param name="prices">
    /// The prices in order of time: each but the last has <see cref="FixedPrice.UntilMonths"/>, strictly increasing;
    /// the last may have it too (an outcome after it earns nothing).
    /// </param>
    /// <exception cref="ArgumentException">The prices break a rule above.</exception>
    public FixedPayment(string id, string trigger, IEnumerable<FixedPrice> prices)
        : base(id)
    {
        Preconditions.CheckArgument(ParticipantId.IsValid(trigger), nameof(trigger), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        Preconditions.CheckNotNull(prices, nameof(prices));
        var list = prices.ToList();
        Preconditions.CheckArgument(list.Count > 0, nameof(prices), "A fixed payment has at least one price.");
        for (int i = 0; i < list.Count; i++)
        {
            Preconditions.CheckNotNull(list[i], nameof(prices));
            Preconditions.CheckArgument(i == list.Count - 1 || list[i].UntilMonths is not null, nameof(prices), "Every price but the last has until_months.");
            Preconditions.CheckArgument(i == 0 || list[i].UntilMonths is null || list[i].UntilMonths > list[i - 1].UntilMonths, nameof(prices), "until_months increases from price to price.");
        }

        Trigger = trigger;
        Prices = list.AsReadOnly();
    }

    /// <summary>Creates a fixed payment priced by volume: the cohort's n-th line, in SPEC §8 order, earns its tier's price.</summary>
    /// <param name="id">The payment's id.</param>
    /// <param name="trigger">The id of the trigger that releases it.</param>
    /// <param name="tiers">The tiers in order: each but the last has <see cref="VolumeTier.UpTo"/>, increasing; the last has none.</param>
    /// <exception cref="ArgumentException">The tiers break a rule above.</exception>
    public FixedPayment(string id, string trigger, IEnumerable<VolumeTier> tiers)
        : this(id, trigger, [new FixedPrice(0m)])
    {
        Preconditions.CheckNotNull(tiers, nameof(tiers));
        var list = tiers.ToList();
        Preconditions.CheckArgument(list.Count > 0, nameof(tiers), "A tiered payment has at least one tier.");
        for (int i = 0; i < list.Count; i++)
        {
            Preconditions.CheckNotNull(list[i], nameof(tiers));
            bool last = i == list.Count - 1;
            Preconditions.CheckArgument(last == list[i].UpTo is null, nameof(tiers), "Every tier but the last has up_to; the last has none.");
            Preconditions.CheckArgument(i == 0 || last || list[i].UpTo > list[i - 1].UpTo, nameof(tiers), "up_to increases from tier to tier.");
        }

        Tiers = list.AsReadOnly();
    }

    /// <summary>The id of the trigger that releases the payment.</summary>
    public string Trigger { get; }

    /// <summary>The volume tiers, or null where the price does not depend on volume.</summary>
    public IReadOnlyList<VolumeTier>? Tiers { get; }

    /// <summary>The price (of the first time band, where there are several; 0 for a payment priced by volume).</summary>
    public decimal Amount => Prices[0].Amount;

    /// <summary>The prices in order of time; one, with no end, for a plain price.</summary>
    public IReadOnlyList<FixedPrice> Prices { get; }

    /// <summary>How the prices are indexed by year; null for not at all (SPEC v1).</summary>
    public PriceIndexation? Indexation { get; init; }

    /// <inheritdoc/>
    public override string Kind => "fixed";

    /// <inheritdoc/>
    internal override string? EarningTrigger => Trigger;

    /// <inheritdoc/>
    internal override PaymentLines LinesIn(Contract contract, LineKeyTables tables, NodaTime.LocalDate asOf) => new FixedPaymentLines(this, contract, tables);
}
