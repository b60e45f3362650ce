using FsCheck.Xunit;
using static SocialInvestment.Tests.Fixtures;
using static SocialInvestment.Tests.ContractText;

namespace SocialInvestment.Tests.Settlement;

/// <summary>docs/calculation.md, "Volume tiers": the cohort's n-th line of a tiered payment, in SPEC §8 order, earns its tier's price.</summary>
public sealed class VolumeTierTests
{
    /// <summary>Istanbul Kodluyor's tiers, scaled down: 1,100 for the first 2 lines, 1,000 for the 3rd, 1,350 above.</summary>
    private static readonly FixedPayment Tiered = new("job6m", "job", [new VolumeTier(1100m, 2), new VolumeTier(1000m, 3), new VolumeTier(1350m)]);

    private static SettlementResult Run(FixedPayment payment, params (string Id, string Date)[] jobs) =>
        SocialInvestment.Settlement.Run(
            Fixtures.Contract([new EventTrigger("job", "job6m")], [payment]),
            jobs.Select(j => Person(j.Id, "2026-01-05")),
            [],
            jobs.Where(j => j.Date.Length > 0).Select(j => Event(j.Id, "job6m", j.Date)),
            D("2026-12-31"));

    [Fact]
    public void Lines_are_priced_by_their_place_in_line_order_across_the_cohort()
    {
        // Line order is (date, participant): ea 03-01, bo 04-01, cy 04-01, al 05-01, di 06-01.
        SettlementResult result = Run(Tiered, ("al", "2026-05-01"), ("bo", "2026-04-01"), ("cy", "2026-04-01"), ("di", "2026-06-01"), ("ea", "2026-03-01"));

        Assert.Equal(
            [("ea", 1100m), ("bo", 1100m), ("cy", 1000m), ("al", 1350m), ("di", 1350m)],
            result.Lines.Select(l => (l.ParticipantId.Value, l.Amount.Amount)));
        Assert.Equal(M(5900m), result.Totals.Amount); // 2 × 1,100 + 1,000 + 2 × 1,350
    }

    [Fact]
    public void Participants_without_the_outcome_take_no_place()
    {
        SettlementResult result = Run(Tiered, ("al", string.Empty), ("bo", "2026-04-01"));

        Assert.Equal(M(1100m), Assert.Single(result.Lines).Amount);
    }

    [Fact]
    public void A_tier_price_is_indexed_to_the_lines_year()
    {
        // The 3rd line (tier 2, 1,000) dated in 2027 at 10 % from 2026: 1,100.00.
        var payment = new FixedPayment("job6m", "job", Tiered.Tiers!) { Indexation = new PriceIndexation(2026, 0.1m) };
        SettlementResult result = SocialInvestment.Settlement.Run(
            Fixtures.Contract([new EventTrigger("job", "job6m")], [payment]),
            [Person("a", "2026-01-05"), Person("b", "2026-01-05"), Person("c", "2026-01-05")],
            [],
            [Event("a", "job6m", "2026-02-01"), Event("b", "job6m", "2026-03-01"), Event("c", "job6m", "2027-01-04")],
            D("2027-12-31"));

        Assert.Equal([1100m, 1100m, 1100m], result.Lines.Select(l => l.Amount.Amount));
    }

    [Fact]
    public void A_ledger_key_that_earns_nothing_today_takes_no_place()
    {
        var ledger = new Ledger([new LedgerEntry(new LineKey(P("al"), "job6m", "-"), M(1100m))]);
        SettlementResult result = SocialInvestment.Settlement.Run(
            Fixtures.Contract([new EventTrigger("job", "job6m")], [Tiered]),
            [Person("al", "2026-01-05"), Person("bo", "2026-01-05")],
            [],
            [Event("bo", "job6m", "2026-04-01")],
            D("2026-12-31"),
            ledger);

        Assert.Equal([("bo", 1100m), ("al", 0m)], result.Lines.Select(l => (l.ParticipantId.Value, l.Amount.Amount)));
    }

    /// <summary>Tier boundaries: for any number of lines and tiers, the n-th line earns the price of the first tier with up_to ≥ n.</summary>
    [Property(MaxTest = 200)]
    public bool The_nth_line_earns_the_price_of_the_first_tier_that_holds_n(byte people, byte first, byte second)
    {
        int n = people % 25;
        int up1 = 1 + (first % 10);
        int up2 = up1 + 1 + (second % 10);
        var payment = new FixedPayment("t", "job", [new VolumeTier(1m, up1), new VolumeTier(2m, up2), new VolumeTier(3m)]);
        (string, string)[] jobs = Enumerable.Range(0, n).Select(i => ($"p{i:D2}", new NodaTime.LocalDate(2026, 2, 1).PlusDays(i % 7).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        decimal[] amounts = Run(payment, jobs).Lines.Select(l => l.Amount.Amount).ToArray();

        return amounts.Length == n
            && amounts.Select((a, i) => a == (i + 1 <= up1 ? 1m : i + 1 <= up2 ? 2m : 3m)).All(ok => ok);
    }

    [Fact]
    public void The_reader_reads_tiers()
    {
        Contract contract = ReadOk("""
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job",
                              "tiers": [ { "up_to": 370, "amount": 1100 }, { "up_to": 410, "amount": 1000 }, { "amount": 1350 } ] } ] }
            """);

        Assert.Equal([(370, 1100m), (410, 1000m), ((int?)null, 1350m)], Assert.IsType<FixedPayment>(contract.Payments[0]).Tiers!.Select(t => (t.UpTo, t.Amount)));
    }

    [Fact]
    public void An_up_to_on_the_last_tier_is_an_error_at_its_name()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job",
                              "tiers": [ { "up_to": 370, "amount": 1100 }, { "up_to": 410, "amount": 1000 } ] } ] }
            """;

        AssertSingleError(json, "\"up_to\": 410", "payments[0].tiers[1].up_to: the last tier has no up_to: it holds every line after the tier before it (a cap's count limits the lines paid)");
    }

    [Fact]
    public void An_up_to_that_does_not_grow_is_an_error_that_names_the_one_before_it()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job",
                              "tiers": [ { "up_to": 370, "amount": 1100 }, { "up_to": 370, "amount": 1000 }, { "amount": 1350 } ] } ] }
            """;

        AssertSingleError(json, "370, \"amount\": 1000", "payments[0].tiers[1].up_to: expected a whole number of at least 371 (more than the up_to before it, 370), found 370");
    }

    /// <summary>
    /// Found by the fuzz test: a ten-digit bound in a message may be a CPR number (SPEC §9), even when it is the user's
    /// own earlier up_to, so it is masked like the value found.
    /// </summary>
    [Fact]
    public void A_ten_digit_up_to_never_reaches_a_message()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job",
                              "tiers": [ { "up_to": 1010801234, "amount": 1100 }, { "up_to": 7, "amount": 1000 }, { "amount": 1350 } ] } ] }
            """;

        AssertSingleError(json, "7, \"amount\": 1000", "payments[0].tiers[1].up_to: expected a whole number of at least ********** (more than the up_to before it, **********), found 7");
    }

    [Fact]
    public void Tiers_and_amount_together_is_an_error()
    {
        const string json = """
            { "name": "x", "window": { "weeks": 52 },
              "triggers": [ { "id": "job", "kind": "event", "outcome": "j" } ],
              "payments": [ { "id": "p", "kind": "fixed", "trigger": "job", "amount": 1, "tiers": [ { "amount": 1100 } ] } ] }
            """;

        AssertSingleError(json, "\"tiers\"", "payments[0].tiers: a fixed payment has one of amount, prices and tiers, not both amount and tiers");
    }
}
