using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts;

/// <summary>
/// The types of the rules beyond SPEC v1 (docs/calculation.md, "Rules beyond SPEC v1") check their arguments as SPEC v1's do: a library user
/// who builds a contract in code, without contract.json's reader in front, gets an <see cref="ArgumentException"/> that
/// names the parameter and says the rule, and every value on the edge of a rule is accepted.
/// </summary>
public sealed class ContractFeatureArgumentTests
{
    private const string IdRule = "is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.";
    private static readonly Dictionary<string, LocalDate> OneCohort = new() { ["c1"] = D("2026-06-30") };

    /// <summary>Asserts that <paramref name="construct"/> throws for <paramref name="paramName"/> with a message that begins <paramref name="message"/>.</summary>
    private static void AssertRejects(string paramName, string message, Action construct)
    {
        var error = Assert.ThrowsAny<ArgumentException>(construct);
        Assert.Equal(paramName, error.ParamName);
        Assert.StartsWith($"{message} (Parameter '{paramName}')", error.Message, StringComparison.Ordinal);
    }

    private static CohortGate Gate(decimal margin = 0.1m, IReadOnlyDictionary<string, LocalDate>? dates = null, PooledGate? pooled = null, string trigger = "job", GateDirection direction = GateDirection.Lower) =>
        new(trigger, direction, Share.FromDecimal(0.4m), margin, dates ?? OneCohort, pooled);

    [Fact]
    public void Cohort_gate_checks_trigger_direction_margin_and_dates()
    {
        AssertRejects("trigger", "A trigger id " + IdRule, () => Gate(trigger: "job 1"));
        AssertRejects("direction", "Unknown direction.", () => Gate(direction: (GateDirection)7));
        AssertRejects("margin", "The margin is at least 0 and less than 1.", () => Gate(margin: -0.01m));
        AssertRejects("margin", "The margin is at least 0 and less than 1.", () => Gate(margin: 1m));
        Assert.Throws<ArgumentNullException>("evaluationDates", () => new CohortGate("job", GateDirection.Lower, Share.FromDecimal(0.4m), 0m, null!));
        AssertRejects("evaluationDates", "A cohort gate has at least one evaluation date.", () => Gate(dates: new Dictionary<string, LocalDate>()));
        AssertRejects("margin", "The margin is at least 0 and less than 1.", () => CohortGate.AgainstComparisonGroup("job", GateDirection.Higher, 1m, OneCohort));
    }

    [Fact]
    public void Cohort_gate_margin_runs_from_0_up_to_but_not_including_1()
    {
        Assert.Equal(0m, Gate(margin: 0m).Margin);
        Assert.Equal(0.9999m, Gate(margin: 0.9999m).Margin);
    }

    [Fact]
    public void Pooled_date_before_any_one_cohorts_date_is_rejected_and_on_the_last_one_accepted()
    {
        var dates = new Dictionary<string, LocalDate> { ["c1"] = D("2026-01-31"), ["c2"] = D("2026-06-30") };

        // After c1's date but before c2's: every cohort's date must be on or before it, not just one.
        AssertRejects("pooled", "The pooled evaluation date is on or after every cohort's evaluation date.", () => Gate(dates: dates, pooled: new PooledGate(0.075m, D("2026-03-31"))));
        Assert.Equal(D("2026-06-30"), Gate(dates: dates, pooled: new PooledGate(0.075m, D("2026-06-30"))).Pooled!.EvaluationDate);
    }

    [Fact]
    public void Pooled_gate_checks_its_margin()
    {
        AssertRejects("margin", "The margin is at least 0 and less than 1.", () => _ = new PooledGate(-0.01m, D("2026-06-30")));
        AssertRejects("margin", "The margin is at least 0 and less than 1.", () => _ = new PooledGate(1m, D("2026-06-30")));
        Assert.Equal(0m, new PooledGate(0m, D("2026-06-30")).Margin);
        Assert.Equal(0.9999m, new PooledGate(0.9999m, D("2026-06-30")).Margin);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void Passes_refuses_counts_that_cannot_be(int k, int n) =>
        AssertRejects("met", "0 ≤ met ≤ participants, participants > 0.", () => Gate().Passes(k, n));

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(10, 10, false)]
    [InlineData(9, 25, true)]
    [InlineData(10, 25, false)]
    public void Passes_takes_every_count_from_0_to_all(int met, int participants, bool passes) =>
        Assert.Equal(passes, Gate().Passes(met, participants));

    [Fact]
    public void Payer_checks_its_id()
    {
        AssertRejects("id", "A payer id " + IdRule, () => _ = new Payer("-council", Share.FromDecimal(1m)));
        Assert.Equal("council (0.8)", new Payer("council", Share.FromDecimal(0.8m)).ToString());
    }

    [Fact]
    public void Contract_payers_are_not_null_unique_and_sum_to_1()
    {
        Payer council = new("council", Share.FromDecimal(0.8m));
        Payer fund = new("fund", Share.FromDecimal(0.2m));

        Assert.Throws<ArgumentNullException>("Payers", () => WithPayers(null!));
        AssertRejects("Payers", "Payer ids are unique.", () => WithPayers([council, new Payer("council", Share.FromDecimal(0.2m))]));
        AssertRejects("Payers", "The payers' shares sum to 1.", () => WithPayers([council, new Payer("fund", Share.FromDecimal(0.19m))]));
        Assert.Equal(["council", "fund"], WithPayers([council, fund]).Payers.Select(p => p.Id));
        Assert.Empty(WithPayers([]).Payers);
    }

    private static Contract WithPayers(IReadOnlyList<Payer> payers) =>
        new("test", new ObservationWindow(WindowAnchor.Start, 52), [new EnrolmentTrigger("enrolled")], [], Benefits) { Payers = payers };

    [Fact]
    public void Payment_cap_needs_a_limit_and_no_negative_one()
    {
        AssertRejects("count", "A count cap is at least 0.", () => _ = new PaymentCap(count: -1));
        AssertRejects("amount", "A cap is at least 0.", () => _ = new PaymentCap(amount: Money.FromAmount(-0.01m)));
        AssertRejects("count", "A payment cap has at least one limit.", () => _ = new PaymentCap());
        Assert.Equal(0, new PaymentCap(count: 0).Count);
        Assert.Equal(Money.Zero, new PaymentCap(amount: Money.Zero).Amount);
        Assert.Equal(0.4m, new PaymentCap(participantShare: Share.FromDecimal(0.4m)).ParticipantShare!.Value.Value);
    }

    [Fact]
    public void Fixed_price_bands_check_amount_months_and_order()
    {
        AssertRejects("amount", "A price is at least 0.", () => _ = new FixedPrice(-0.01m, 36));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new FixedPrice(1m, 0));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new FixedPrice(1m, FixedPrice.MaxMonths + 1));
        Assert.Equal(FixedPrice.MaxMonths, new FixedPrice(0m, FixedPrice.MaxMonths).UntilMonths);

        AssertRejects("prices", "A fixed payment has at least one price.", () => _ = new FixedPayment("grant", "job", Array.Empty<FixedPrice>()));
        Assert.Throws<ArgumentNullException>("prices", () => new FixedPayment("grant", "job", [new FixedPrice(1m, 36), null!]));
        AssertRejects("prices", "Every price but the last has until_months.", () => _ = new FixedPayment("grant", "job", [new FixedPrice(1m), new FixedPrice(2m, 60)]));
        AssertRejects("prices", "until_months increases from price to price.", () => _ = new FixedPayment("grant", "job", [new FixedPrice(1m, 36), new FixedPrice(2m, 36)]));
        Assert.Equal(2, new FixedPayment("grant", "job", [new FixedPrice(1m, 36), new FixedPrice(2m, 37)]).Prices!.Count);
    }

    [Fact]
    public void Volume_tiers_check_amount_up_to_and_order()
    {
        AssertRejects("amount", "A price is at least 0.", () => _ = new VolumeTier(-0.01m, 370));
        Assert.Equal(0m, new VolumeTier(0m).Amount);
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new VolumeTier(1m, 0));
        Assert.Equal(1, new VolumeTier(1m, 1).UpTo);

        Assert.Throws<ArgumentNullException>("tiers", () => new FixedPayment("jobs", "job", (IEnumerable<VolumeTier>)null!));
        AssertRejects("tiers", "A tiered payment has at least one tier.", () => _ = new FixedPayment("jobs", "job", Array.Empty<VolumeTier>()));
        Assert.Throws<ArgumentNullException>("tiers", () => new FixedPayment("jobs", "job", [new VolumeTier(1m, 370), null!]));
        AssertRejects("tiers", "Every tier but the last has up_to; the last has none.", () => _ = new FixedPayment("jobs", "job", [new VolumeTier(1m), new VolumeTier(2m)]));
        AssertRejects("tiers", "Every tier but the last has up_to; the last has none.", () => _ = new FixedPayment("jobs", "job", [new VolumeTier(1m, 370), new VolumeTier(2m, 410)]));
        AssertRejects("tiers", "up_to increases from tier to tier.", () => _ = new FixedPayment("jobs", "job", [new VolumeTier(1m, 370), new VolumeTier(2m, 370), new VolumeTier(3m)]));
        Assert.Single(new FixedPayment("jobs", "job", [new VolumeTier(1m)]).Tiers!);
        Assert.Equal(3, new FixedPayment("jobs", "job", [new VolumeTier(1m, 370), new VolumeTier(2m, 371), new VolumeTier(3m)]).Tiers!.Count);
    }

    [Fact]
    public void Price_indexation_checks_base_year_and_a_rate_above_minus_1()
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new PriceIndexation(0, 0.02m));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new PriceIndexation(10000, 0.02m));
        Assert.Equal(9999, new PriceIndexation(9999, 0.02m).BaseYear);
        AssertRejects("annualIndexation", "The annual indexation is greater than -1.", () => _ = new PriceIndexation(2024, -1m));
        Assert.Equal(-0.99m, new PriceIndexation(2024, -0.99m).AnnualIndexation);
    }

    [Fact]
    public void Delivery_fee_checks_months_and_amounts_and_takes_a_fee_of_0()
    {
        var from = new YearMonth(2025, 1);
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => DeliveryFeePayment.Monthly("delivery", from, 0, 100m));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => DeliveryFeePayment.Monthly("delivery", from, DeliveryFeePayment.MaxMonths + 1, 100m));
        Assert.Equal(DeliveryFeePayment.MaxMonths, DeliveryFeePayment.Monthly("delivery", from, DeliveryFeePayment.MaxMonths, 100m).Months);
        AssertRejects("monthlyAmount", "A fee is at least 0.", () => DeliveryFeePayment.Monthly("delivery", from, 12, -0.01m));
        AssertRejects("contractValue", "A contract value is at least 0.", () => DeliveryFeePayment.ShareOfValue("delivery", from, 12, -0.01m, Share.FromDecimal(0.3m)));

        DeliveryFeePayment free = DeliveryFeePayment.Monthly("delivery", from, 12, 0m);
        Assert.Equal(0L, free.TotalCents);
        Assert.Equal("delivery_fee", free.Kind);
        Assert.Equal(0L, DeliveryFeePayment.ShareOfValue("delivery", from, 12, 0m, Share.FromDecimal(0.3m)).TotalCents);
    }

    [Fact]
    public void A_prerequisite_is_a_valid_trigger_id_listed_before()
    {
        AssertRejects("After", "A trigger id " + IdRule, () => _ = new SustainedTrigger("job13", 13, SelfSupport.Full) { After = "job start" });
        Assert.Null(new SustainedTrigger("job13", 13, SelfSupport.Full) { After = null }.After);
        AssertRejects(
            "triggers",
            "Trigger 'job13': after names 'job', which is not a trigger listed before it.",
            () => Contract([new SustainedTrigger("job13", 13, SelfSupport.Full) { After = "job" }, new EventTrigger("job", "job_start")]));
    }

    [Fact]
    public void Spells_are_needed_when_any_payment_is_a_share_of_savings_even_beside_a_fixed_one()
    {
        Trigger[] triggers = [new EnrolmentTrigger("enrolled")];

        Assert.True(Contract(triggers, [new FixedPayment("fee", "enrolled", 1m), new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m))]).NeedsSpells);
    }
}
