using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>
/// SPEC-DK DK2 through <see cref="SocialInvestment.Settlement.Run"/>: a spell with no degree of its own counts at the
/// degree the contract gives its code, else 1; a spell's own degree always wins.
/// </summary>
public sealed class BenefitDegreeTests
{
    private static readonly Dictionary<string, Degree> KontanthjaelpAtHalf = new(StringComparer.Ordinal) { ["kontanthjaelp"] = Degree.FromDecimal(0.5m) };

    [Fact]
    public void A_spell_without_a_degree_saves_at_the_code_s_degree_and_one_with_its_own_at_its_own()
    {
        // Start 2026-01-01, as_of 2026-01-10, kontanthjaelp all along; the contract gives kontanthjaelp 0.5.
        // none: no degree of its own → 0.5: 15000 × 10 × 0.5 / 31 = 2419.3548… → 2419.35.
        // full: its own 1 wins → no saving.
        // quarter: its own 0.25 wins: 15000 × 10 × 0.75 / 31 = 3629.0322… → 3629.03.
        // other: sygedagpenge, which the contract gives no degree → 1 → no saving.
        Contract contract = WithDegrees(KontanthjaelpAtHalf);
        Participant[] people = [Person("none", "2026-01-01"), Person("full", "2026-01-01"), Person("quarter", "2026-01-01"), Person("other", "2026-01-01")];
        BenefitSpell[] spells =
        [
            NoDegree("none", "kontanthjaelp"),
            Spell("full", "kontanthjaelp", "2025-06-01", null, 1m),
            Spell("quarter", "kontanthjaelp", "2025-06-01", null, 0.25m),
            NoDegree("other", "sygedagpenge"),
        ];

        SettlementResult r = SocialInvestment.Settlement.Run(contract, people, spells, [], D("2026-01-10"));

        Assert.Equal(M(2419.35m), r.GrossSavings[P("none")]);
        Assert.Equal(Money.Zero, r.GrossSavings[P("full")]);
        Assert.Equal(M(3629.03m), r.GrossSavings[P("quarter")]);
        Assert.Equal(Money.Zero, r.GrossSavings[P("other")]);
    }

    [Fact]
    public void Without_a_degree_for_the_code_a_spell_without_one_is_a_full_benefit()
    {
        // No BenefitDegrees: the spell without a degree is support 1, so nothing is saved; the same as a spell with 1.
        Contract contract = WithDegrees(new Dictionary<string, Degree>(StringComparer.Ordinal));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("none", "2026-01-01")], [NoDegree("none", "kontanthjaelp")], [], D("2026-01-10"));

        Assert.Equal(Money.Zero, r.GrossSavings[P("none")]);
    }

    [Theory]
    [InlineData("0.5", "0.5", true)]
    [InlineData("0.5", "0.4", false)]
    [InlineData("0.6", "0.5", false)]
    [InlineData("0.6", "0.6", true)]
    public void A_week_at_the_code_s_degree_is_partial_self_support_exactly_where_it_is_within_partial_max_support(string codeDegree, string partialMaxSupport, bool paid)
    {
        // Start 2026-01-01 with kontanthjaelp all week, no degree of its own: the week holds 7 × the code's degree days of
        // support; it is partial self-support where that is at most 7 × partial_max_support. The count trigger of one
        // full-or-partial week is then met on the week's last day, 2026-01-07, and the fixed price is paid.
        Contract contract = WithDegrees(
            new Dictionary<string, Degree>(StringComparer.Ordinal) { ["kontanthjaelp"] = Degree.FromDecimal(decimal.Parse(codeDegree, System.Globalization.CultureInfo.InvariantCulture)) },
            decimal.Parse(partialMaxSupport, System.Globalization.CultureInfo.InvariantCulture));

        SettlementResult r = SocialInvestment.Settlement.Run(contract, [Person("a", "2026-01-01")], [NoDegree("a", "kontanthjaelp")], [], D("2026-01-31"));

        Assert.Equal(paid ? [(P("a"), D("2026-01-07"), M(1000m))] : [], r.Lines.Select(l => (l.Key.ParticipantId, l.Date, l.Amount)));
    }

    [Fact]
    public void A_spell_s_own_degree_wins_over_the_code_s_for_partial_self_support()
    {
        // The code's 0.5 would make the week partial (3.5 ≤ 3.5 days); b's own 0.6 (4.2 days) does not, and c's own 1 neither.
        Contract contract = WithDegrees(KontanthjaelpAtHalf);
        Participant[] people = [Person("a", "2026-01-01"), Person("b", "2026-01-01"), Person("c", "2026-01-01")];
        BenefitSpell[] spells = [NoDegree("a", "kontanthjaelp"), Spell("b", "kontanthjaelp", "2025-06-01", null, 0.6m), Spell("c", "kontanthjaelp", "2025-06-01", null, 1m)];

        SettlementResult r = SocialInvestment.Settlement.Run(contract, people, spells, [], D("2026-01-31"));

        Assert.Equal([(P("a"), D("2026-01-07"), M(1000m))], r.Lines.Select(l => (l.Key.ParticipantId, l.Date, l.Amount)));
    }

    [Fact]
    public void The_comparison_group_s_spells_without_a_degree_count_at_the_code_s_degree_too()
    {
        // The gate asks that the cohort's share meeting "partial1" be at least that of the comparison group. The cohort's
        // a meets it (own degree 0.5: partial). The control's spell has no degree: at the code's 0.5 it meets it too, so the
        // cohort's 1/1 is not higher than the control's 1/1 by the margin of 0.1, and a's line is withheld (payable 0);
        // were the control's spell a full benefit, it would not meet it, and a's line would be payable.
        var trigger = new CountTrigger("partial1", 1, SelfSupport.Partial);
        var gate = CohortGate.AgainstComparisonGroup("partial1", GateDirection.Higher, 0.1m, new Dictionary<string, NodaTime.LocalDate>(StringComparer.Ordinal) { ["c1"] = D("2026-01-31") });
        var payment = new FixedPayment("bonus", "partial1", 1000m) { CohortGate = gate };
        Contract contract = WithDegrees(KontanthjaelpAtHalf, triggers: [trigger], payments: [payment]);
        Participant[] cohort = [new(P("a"), D("2026-01-01"), null, true, "c1")];
        Participant[] controls = [new(P("z"), D("2026-01-01"), null, true, "c1")];
        BenefitSpell[] cohortSpells = [Spell("a", "kontanthjaelp", "2025-06-01", null, 0.5m)];

        SettlementResult atCodeDegree = SocialInvestment.Settlement.Run(
            contract, cohort, cohortSpells, [], D("2026-01-31"), comparisonGroup: new ComparisonGroup(controls, [NoDegree("z", "kontanthjaelp")], []));
        SettlementResult atFull = SocialInvestment.Settlement.Run(
            contract, cohort, cohortSpells, [], D("2026-01-31"), comparisonGroup: new ComparisonGroup(controls, [Spell("z", "kontanthjaelp", "2025-06-01", null, 1m)], []));

        Assert.Equal((M(1000m), Money.Zero), (atCodeDegree.Lines.Single().Amount, atCodeDegree.Lines.Single().Payable));
        Assert.Equal((M(1000m), M(1000m)), (atFull.Lines.Single().Amount, atFull.Lines.Single().Payable));
    }

    /// <summary>A spell from 2025-06-01, still running, with no degree of its own.</summary>
    private static BenefitSpell NoDegree(string id, string code) => new(P(id), code, D("2025-06-01"));

    private static Contract WithDegrees(
        IReadOnlyDictionary<string, Degree> degrees, decimal partialMaxSupport = 0.5m, IEnumerable<Trigger>? triggers = null, IEnumerable<Payment>? payments = null) =>
        new("degrees", new ObservationWindow(WindowAnchor.Start, 52), triggers ?? [new CountTrigger("partial1", 1, SelfSupport.Partial)], payments ?? [new FixedPayment("bonus", "partial1", 1000m)], Benefits, new MonthlyCost(15000m, 2026), partialMaxSupport: Share.FromDecimal(partialMaxSupport))
        {
            BenefitDegrees = degrees,
        };
}
