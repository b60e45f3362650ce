using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Settlement;

/// <summary>
/// docs/calculation.md, "Timed prices" and "Price indexation": a fixed price that depends on when its trigger is met, counted in months from the
/// window start, and fixed prices indexed by the year of the line.
/// </summary>
public sealed class TimedPriceTests
{
    /// <summary>The Danish state's 2024 result grant: 88,817 DKK within 3 years, 59,210 DKK within years 4–5.</summary>
    private static readonly FixedPayment ResultGrant = new("grant", "job", [new FixedPrice(88_817m, 36), new FixedPrice(59_210m, 60)]);

    private static IReadOnlyList<SettlementLine> Lines(FixedPayment payment, string eventDate, string start = "2024-01-01") =>
        SocialInvestment.Settlement.Run(
            Fixtures.Contract([new EventTrigger("job", "ordinary_job")], [payment], windowWeeks: 261),
            [Person("anna", start)],
            [],
            [Event("anna", "ordinary_job", eventDate)],
            D("2029-12-31")).Lines;

    [Theory]
    [InlineData("2024-01-01", "88817.00")]
    [InlineData("2026-12-31", "88817.00")] // W0 + 36 months = 2027-01-01: the last day before it is still band 1.
    [InlineData("2027-01-01", "59210.00")]
    [InlineData("2028-12-31", "59210.00")]
    public void The_price_is_that_of_the_band_in_which_the_trigger_is_met(string met, string price)
    {
        SettlementLine line = Assert.Single(Lines(ResultGrant, met));

        Assert.Equal(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), line.Amount.Amount);
        Assert.Equal(D(met), line.Date);
    }

    [Fact]
    public void Months_are_calendar_months_from_the_window_start_ending_early_in_short_months()
    {
        // W0 = 2024-01-31; W0 + 1 month is 2024-02-29 (NodaTime keeps to the month's last day): 2024-02-28 is band 1,
        // 2024-02-29 band 2.
        var payment = new FixedPayment("p", "job", [new FixedPrice(100m, 1), new FixedPrice(50m)]);

        Assert.Equal(M(100m), Assert.Single(Lines(payment, "2024-02-28", start: "2024-01-31")).Amount);
        Assert.Equal(M(50m), Assert.Single(Lines(payment, "2024-02-29", start: "2024-01-31")).Amount);
    }

    [Fact]
    public void A_trigger_met_after_the_last_band_earns_no_line()
    {
        var payment = new FixedPayment("p", "job", [new FixedPrice(100m, 12)]);

        Assert.Single(Lines(payment, "2024-12-31"));
        Assert.Empty(Lines(payment, "2025-01-01"));
    }

    [Theory]
    [InlineData("2024-06-01", "88817.00")] // base year: round(88,817 × 1) = 88,817.00
    [InlineData("2026-06-01", "92405.21")] // 88,817 × 1.02² = 88,817 × 1.0404 = 92,405.2068 → 92,405.21
    [InlineData("2023-12-31", "87075.49")] // 88,817 / 1.02 = 87,075.490196… → 87,075.49
    public void An_indexed_price_is_that_of_the_lines_year(string met, string price)
    {
        var payment = new FixedPayment("grant", "job", [new FixedPrice(88_817m)]) { Indexation = new PriceIndexation(2024, 0.02m) };

        SettlementLine line = Assert.Single(Lines(payment, met, start: "2023-01-02"));

        Assert.Equal(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), line.Amount.Amount);
    }

    [Fact]
    public void An_indexed_price_is_rounded_once()
    {
        // 100.004 × 1.5 = 150.006 → 150.01; rounding the price first would give 100.00 × 1.5 = 150.00.
        var payment = new FixedPayment("p", "job", 100.004m) { Indexation = new PriceIndexation(2024, 0.5m) };

        Assert.Equal(M(150.01m), Assert.Single(Lines(payment, "2025-03-01")).Amount);
    }

    [Fact]
    public void Indexation_applies_to_the_price_of_the_band()
    {
        // 2027-06-01 is in band 2: 59,210 × 1.02³ = 59,210 × 1.061208 = 62,834.12568 → 62,834.13.
        var payment = new FixedPayment("grant", "job", ResultGrant.Prices) { Indexation = new PriceIndexation(2024, 0.02m) };

        Assert.Equal(M(62_834.13m), Assert.Single(Lines(payment, "2027-06-01")).Amount);
    }

    [Fact]
    public void A_payment_refuses_bands_that_do_not_increase_or_leave_an_earlier_band_open()
    {
        Assert.Throws<ArgumentException>(() => new FixedPayment("p", "t", [new FixedPrice(1m, 12), new FixedPrice(1m, 12)]));
        Assert.Throws<ArgumentException>(() => new FixedPayment("p", "t", [new FixedPrice(1m), new FixedPrice(1m, 12)]));
        Assert.Throws<ArgumentException>(() => new FixedPayment("p", "t", Array.Empty<FixedPrice>()));
    }

    [Fact]
    public void The_reader_reads_prices_and_indexation()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 261 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "ordinary_job" } ],
              "payments": [ { "id": "grant", "kind": "fixed", "trigger": "job",
                              "prices": [ { "until_months": 36, "amount": 88817 }, { "until_months": 60, "amount": 59210 } ],
                              "indexation": { "base_year": 2024, "annual_indexation": 0.02 } } ] }
            """);

        var grant = Assert.IsType<FixedPayment>(contract.Payments[0]);
        Assert.Equal([(36, 88_817m), (60, 59_210m)], grant.Prices.Select(p => (p.UntilMonths!.Value, p.Amount)));
        Assert.Equal((2024, 0.02m), (grant.Indexation!.BaseYear, grant.Indexation.AnnualIndexation));
    }

    [Fact]
    public void Bands_that_do_not_increase_are_an_error_at_the_value()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job",
                              "prices": [ { "until_months": 36, "amount": 1 }, { "until_months": 30, "amount": 2 } ] } ] }
            """;

        AssertSingleError(json, "30", "payments[0].prices[1].until_months: expected a whole number from 37 to 120000 (more than the until_months before it, 36), found 30");
    }

    [Fact]
    public void A_band_before_the_last_without_until_months_is_an_error_at_its_object()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job",
                              "prices": [ { "amount": 1 }, { "amount": 2 } ] } ] }
            """;

        AssertSingleError(json, "{ \"amount\": 1 }", "payments[0].prices[0].until_months: required field is missing");
    }

    [Fact]
    public void Amount_and_prices_together_is_an_error_at_prices()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job", "amount": 5,
                              "prices": [ { "amount": 2 } ] } ] }
            """;

        AssertSingleError(json, "\"prices\"", "payments[0].prices: a fixed payment has one of amount, prices and tiers, not both amount and prices");
    }

    [Fact]
    public void Neither_amount_nor_prices_is_an_error_at_the_payment()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job" } ] }
            """;

        AssertSingleError(json, "{ \"id\": \"p\"", "payments[0].amount: required field is missing: a fixed payment has amount, prices or tiers");
    }

    [Fact]
    public void Indexation_without_annual_indexation_is_an_error_at_its_object()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job", "amount": 5, "indexation": { "base_year": 2024 } } ] }
            """;

        AssertSingleError(json, "{ \"base_year\"", "payments[0].indexation.annual_indexation: required field is missing");
    }
}
