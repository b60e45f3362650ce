using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC-DK DK6: a price per qualifying week, one line per month holding the last day of a counted week.</summary>
public sealed class PerWeekTests
{
    private static readonly Trigger Enrolled = new EnrolmentTrigger("enrolled");

    private static Contract Weekly(PerWeekPayment payment, int windowWeeks = 104, Caps? caps = null, params Trigger[] triggers) =>
        Contract(triggers.Length == 0 ? [Enrolled] : triggers, [payment], windowWeeks: windowWeeks, caps: caps);

    private static (string Participant, string Period, string Date, decimal Amount)[] Lines(SettlementResult result) =>
        [.. result.Lines.Select(l => (l.ParticipantId.Value, l.Period, l.Date.ToString("uuuu-MM-dd", null), l.Amount.Amount))];

    [Fact]
    public void Public_dk_1_weekly_lines_are_the_READMEs_hand_count()
    {
        // README: window 5 weeks, as_of 2026-03-31, 1000 a full week. P1, P3 (Mon Mar 2): weeks end Mar 8, 15, 22, 29 (Apr 5
        // is unobserved), support only before the window → 4 weeks. P2 (Wed Mar 4): weeks end Mar 10, 17, 24, 31 → 4. P4:
        // support Mar 9–15 → weeks 0, 2, 3 → 3.
        Contract contract = Weekly(new PerWeekPayment("weekly", 1000m, SelfSupport.Full), windowWeeks: 5);
        Participant[] people = [Person("P1", "2026-03-02"), Person("P2", "2026-03-04"), Person("P3", "2026-03-02"), Person("P4", "2026-03-02")];
        BenefitSpell[] spells =
        [
            Spell("P1", "kontanthjaelp", "2026-02-09", "2026-03-01"),
            Spell("P3", "kontanthjaelp", "2026-02-23", "2026-03-01"),
            Spell("P4", "kontanthjaelp", "2025-12-22", "2026-03-01"),
            Spell("P4", "kontanthjaelp", "2026-03-09", "2026-03-15"),
        ];

        SettlementResult r = SocialInvestment.Settlement.Run(contract, people, spells, [], D("2026-03-31"));

        Assert.Equal(
            [("P1", "2026-03", "2026-03-31", 4000m), ("P2", "2026-03", "2026-03-31", 4000m), ("P3", "2026-03", "2026-03-31", 4000m), ("P4", "2026-03", "2026-03-31", 3000m)],
            Lines(r));
    }

    [Fact]
    public void A_week_counts_in_the_month_that_holds_its_last_day()
    {
        // Start Mon 2026-03-23, as_of 04-30: weeks end Mar 29 | Apr 5, 12, 19, 26. The week Mar 30 – Apr 5 is April's.
        SettlementResult r = SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", 1500m, SelfSupport.Full)), [Person("anna", "2026-03-23")], [], [], D("2026-04-30"));

        Assert.Equal([("anna", "2026-03", "2026-03-31", 1500m), ("anna", "2026-04", "2026-04-30", 6000m)], Lines(r));
    }

    [Fact]
    public void A_month_without_a_counted_week_has_no_line_and_a_line_is_dated_the_months_end_even_after_as_of()
    {
        // Start Mon 2026-01-05; support Jan 26 – Mar 1 (weeks 3–7, ending Feb 1 … Mar 1); as_of 2026-03-30.
        // January: weeks ending 11, 18, 25 → 3; February: none; March: weeks ending 8, 15, 22, 29 → 4, dated 03-31.
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-26", "2026-03-01")];

        SettlementResult r = SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", 100m, SelfSupport.Full)), [Person("anna", "2026-01-05")], spells, [], D("2026-03-30"));

        Assert.Equal([("anna", "2026-01", "2026-01-31", 300m), ("anna", "2026-03", "2026-03-31", 400m)], Lines(r));
    }

    [Fact]
    public void Max_weeks_counts_only_the_first_qualifying_weeks_in_week_order()
    {
        // As above, at most 5 weeks: January's 3, then March's first 2 (ending Mar 8, 15).
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-01-26", "2026-03-01")];

        SettlementResult r = SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", 100m, SelfSupport.Full, maxWeeks: 5)), [Person("anna", "2026-01-05")], spells, [], D("2026-03-30"));

        Assert.Equal([("anna", "2026-01", "2026-01-31", 300m), ("anna", "2026-03", "2026-03-31", 200m)], Lines(r));
    }

    [Fact]
    public void A_gate_met_late_pays_the_qualifying_weeks_before_it_too()
    {
        // Start Mon 2026-01-05, no support, the job evidenced on 03-20, as_of 03-31: January's weeks end 11, 18, 25 → 3;
        // February's Feb 1, 8, 15, 22 → 4; March's Mar 1, 8, 15, 22, 29 → 5: all paid, also those before 03-20.
        var job = new EventTrigger("job", "job");
        Contract contract = Weekly(new PerWeekPayment("weekly", 10m, SelfSupport.Full, gate: "job"), triggers: job);

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("anna", "2026-01-05")], [], [Event("anna", "job", "2026-03-20")], D("2026-03-31"));

        Assert.Equal([("anna", "2026-01", "2026-01-31", 30m), ("anna", "2026-02", "2026-02-28", 40m), ("anna", "2026-03", "2026-03-31", 50m)], Lines(r));
    }

    [Fact]
    public void A_gate_not_met_by_as_of_pays_nothing()
    {
        // As above, as_of 03-19: the job on 03-20 is after as_of, so the gate is not met.
        var job = new EventTrigger("job", "job");
        Contract contract = Weekly(new PerWeekPayment("weekly", 10m, SelfSupport.Full, gate: "job"), triggers: job);

        Assert.Empty(SocialInvestment.Settlement.Run(contract, [Person("anna", "2026-01-05")], [], [Event("anna", "job", "2026-03-20")], D("2026-03-19")).Lines);
        Assert.Empty(SocialInvestment.Settlement.Run(contract, [Person("anna", "2026-01-05")], [], [], D("2026-03-31")).Lines);
    }

    [Fact]
    public void Or_education_pays_a_week_holding_an_education_day_whatever_its_support()
    {
        // Start Mon 2026-03-02, support Mar 2–29 (weeks 0–3 on support), SU Mar 11 (in week 1), as_of 03-31.
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-03-02", "2026-03-29"), Spell("anna", "su", "2026-03-11", "2026-03-11")];
        Participant[] anna = [Person("anna", "2026-03-02")];

        SettlementResult with = SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", 1000m, SelfSupport.Full, orEducation: true)), anna, spells, [], D("2026-03-31"));
        SettlementResult without = SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", 1000m, SelfSupport.Full)), anna, spells, [], D("2026-03-31"));

        Assert.Equal([("anna", "2026-03", "2026-03-31", 1000m)], Lines(with));
        Assert.Empty(without.Lines);
    }

    [Fact]
    public void Exclude_education_leaves_out_a_self_supported_week_holding_an_education_day()
    {
        // No support, SU on Mar 11 (week 1): of weeks 0–3, week 1 is left out.
        BenefitSpell[] spells = [Spell("anna", "su", "2026-03-11", "2026-03-11")];

        SettlementResult r = SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", 1000m, SelfSupport.Full, excludeEducation: true)), [Person("anna", "2026-03-02")], spells, [], D("2026-03-31"));

        Assert.Equal([("anna", "2026-03", "2026-03-31", 3000m)], Lines(r));
    }

    [Fact]
    public void Full_or_partial_pays_a_partial_week_and_full_does_not()
    {
        // Half support Mar 2–8 (S = 3.5 ≤ 7 × 0.5): week 0 is partial.
        BenefitSpell[] spells = [Spell("anna", "kontanthjaelp", "2026-03-02", "2026-03-08", 0.5m)];
        Participant[] anna = [Person("anna", "2026-03-02")];

        Assert.Equal(4000m, SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", 1000m, SelfSupport.Partial)), anna, spells, [], D("2026-03-31")).Lines.Single().Amount.Amount);
        Assert.Equal(3000m, SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", 1000m, SelfSupport.Full)), anna, spells, [], D("2026-03-31")).Lines.Single().Amount.Amount);
    }

    [Fact]
    public void The_amount_is_rounded_once_per_month_and_the_per_participant_cap_applies()
    {
        // 4 weeks × 333.335 = 1333.34 (rounded once, not 4 × 333.34); the cap of 1000 leaves 333.34 capped.
        Contract contract = Weekly(new PerWeekPayment("weekly", 333.335m, SelfSupport.Full), caps: new Caps(perParticipant: M(1000m)));

        SettlementLine line = SocialInvestment.Settlement.Run(contract, [Person("anna", "2026-03-02")], [], [], D("2026-03-31")).Lines.Single();

        Assert.Equal((1333.34m, 1000m, 333.34m), (line.Amount.Amount, line.Payable.Amount, line.Capped.Amount));
    }

    [Theory]
    [InlineData(-0.01, SelfSupport.Full, false, false, 1, "amount")]
    [InlineData(1, SelfSupport.None, false, false, 1, "level")]
    [InlineData(1, SelfSupport.Full, true, true, 1, "excludeEducation")]
    [InlineData(1, SelfSupport.Full, false, false, 0, "maxWeeks")]
    public void A_price_per_week_out_of_its_rules_is_refused_naming_the_parameter(decimal amount, SelfSupport level, bool orEducation, bool excludeEducation, int maxWeeks, string parameter)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new PerWeekPayment("weekly", amount, level, orEducation, excludeEducation, maxWeeks: maxWeeks));

        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void A_gate_that_names_no_trigger_is_refused_by_the_contract()
    {
        var e = Assert.Throws<ArgumentException>(() => Weekly(new PerWeekPayment("weekly", 1m, SelfSupport.Full, gate: "job")));

        Assert.Contains("'job'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_with_a_price_per_week_needs_spells()
    {
        Assert.True(Weekly(new PerWeekPayment("weekly", 1m, SelfSupport.Full)).NeedsSpells);
    }

    /// <summary>Weeks of support or not, for one participant from Mon 2026-01-05, an amount with two decimals, a limit or none, an as_of.</summary>
    private static readonly Arbitrary<(bool[] Supported, decimal Amount, int? MaxWeeks, int AsOfDays)> Cases =
        (from supported in Gen.ArrayOf(Gen.Elements(false, true), 30)
         from cents in Gen.Choose(0, 500_000)
         from maxWeeks in Gen.Elements<int?>(null, 1, 2, 5, 17)
         from asOfDays in Gen.Choose(0, 230)
         select (supported, cents / 100m, maxWeeks, asOfDays)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property The_lines_sum_to_the_amount_times_the_counted_weeks_and_each_is_dated_its_months_end() => Prop.ForAll(Cases, c =>
    {
        LocalDate start = D("2026-01-05");
        LocalDate asOf = start.PlusDays(c.AsOfDays);
        BenefitSpell[] spells = [.. c.Supported.Select((s, k) => (s, k)).Where(x => x.s).Select(x => new BenefitSpell(P("anna"), "kontanthjaelp", start.PlusDays(7 * x.k), start.PlusDays((7 * x.k) + 6)))];
        int observed = Math.Min(30, (c.AsOfDays + 1) / 7);
        int counted = Math.Min(c.MaxWeeks ?? int.MaxValue, c.Supported.Take(observed).Count(s => !s));

        SettlementResult r = SocialInvestment.Settlement.Run(Weekly(new PerWeekPayment("weekly", c.Amount, SelfSupport.Full, maxWeeks: c.MaxWeeks), windowWeeks: 30), [Person("anna", "2026-01-05")], spells, [], asOf);

        Assert.Equal(c.Amount * counted, r.Lines.Sum(l => l.Amount.Amount));
        Assert.All(r.Lines, l => Assert.Equal(l.Date, l.Date.With(DateAdjusters.EndOfMonth)));
        Assert.Equal(r.Lines.Count, r.Lines.Select(l => l.Period).Distinct().Count());
    });
}
