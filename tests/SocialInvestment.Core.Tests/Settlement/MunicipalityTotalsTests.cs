using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC-DK DK7: a settlement broken down by the municipality that pays for each participant.</summary>
public sealed class MunicipalityTotalsTests
{
    private static readonly Contract Contract = Fixtures.Contract(
        triggers: [new EnrolmentTrigger("enrolled")],
        payments:
        [
            new FixedPayment("fee", "enrolled", 1000m),
            new ShareOfSavingsPayment("shared", "enrolled", Share.FromDecimal(0.5m)),
        ],
        windowWeeks: 8,
        monthlyCost: new MonthlyCost(3100m, 2026),
        caps: new Caps(perParticipant: Money.FromAmount(2000m)));

    [Fact]
    public void Each_municipality_has_its_participants_their_lines_sums_and_their_gross_saving_in_code_point_order()
    {
        Participant[] people =
        [
            new(P("A"), D("2026-01-05")) { Municipality = "Viborg" },
            new(P("B"), D("2026-01-05")) { Municipality = "Herning" },
            new(P("C"), D("2026-01-05")) { Municipality = "Viborg" },
            new(P("D"), D("2026-01-05")),
        ];
        // B is on support all of January: no saving, no share; the others are off support from their start.
        SettlementResult result = SocialInvestment.Settlement.Run(Contract, people, [Spell("B", "kontanthjaelp", "2026-01-01", "2026-01-31")], [], D("2026-01-31"));

        Assert.Equal(["", "Herning", "Viborg"], result.Municipalities.Select(m => m.Municipality));
        Assert.Equal([1, 1, 2], result.Municipalities.Select(m => m.Participants));
        MunicipalityTotals viborg = result.Municipalities[2];
        // A and C: fee 1,000 and January's share round(0.5 × 3,100 × 27 / 31) = 1,350.00, capped at 2,000 each.
        Assert.Equal(4, viborg.Totals.Lines);
        Assert.Equal(M(4700m), viborg.Totals.Amount);
        Assert.Equal(M(4000m), viborg.Totals.Payable);
        Assert.Equal(M(700m), viborg.Totals.Capped);
        // 3,100 × 27 / 31 = 2,700.00 each.
        Assert.Equal(M(5400m), viborg.GrossSaving);
        Assert.Equal(M(0m), result.Municipalities[1].GrossSaving);
        Assert.Equal(M(1000m), result.Municipalities[1].Totals.Payable);
    }

    [Fact]
    public void A_ledger_key_of_a_person_not_in_the_cohort_counts_under_the_empty_name()
    {
        Participant[] people = [new(P("A"), D("2026-01-05")) { Municipality = "Viborg" }];
        var ledger = new Ledger([new LedgerEntry(new LineKey(P("GONE"), "fee", "-"), M(1000m))]);

        SettlementResult result = SocialInvestment.Settlement.Run(Contract, people, [], [], D("2026-01-31"), ledger);

        MunicipalityTotals none = Assert.Single(result.Municipalities, m => m.Municipality.Length == 0);
        Assert.Equal(0, none.Participants);
        Assert.Equal(M(-1000m), none.Totals.Due);
        Assert.Equal(M(1000m), none.Totals.PaidBefore);
    }

    [Fact]
    public void Each_municipality_has_its_municipal_and_state_saving_where_the_contract_has_a_municipal_share()
    {
        var contract = new Contract(
            "municipal",
            new ObservationWindow(WindowAnchor.Start, 8),
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 1000m)],
            Fixtures.Benefits,
            new MonthlyCost(3100m, 2026))
        {
            MunicipalShare = MunicipalShare.Constant(Share.FromDecimal(0.7m)),
        };
        Participant[] people =
        [
            new(P("A"), D("2026-01-05")) { Municipality = "Viborg" },
            new(P("B"), D("2026-01-05")) { Municipality = "Herning" },
        ];

        SettlementResult result = SocialInvestment.Settlement.Run(contract, people, [Spell("B", "kontanthjaelp", "2026-01-01", "2026-01-18")], [], D("2026-01-31"));

        // A: 27 days off support, 3,100 × 27 / 31 = 2,700.00 gross, 70 % municipal = 1,890.00; B: 13 days, 1,300.00 and 910.00.
        MunicipalityTotals herning = result.Municipalities[0];
        MunicipalityTotals viborg = result.Municipalities[1];
        Assert.Equal((M(1300m), M(910m), M(390m)), (herning.GrossSaving, herning.MunicipalSaving!.Value, herning.StateSaving!.Value));
        Assert.Equal((M(2700m), M(1890m), M(810m)), (viborg.GrossSaving, viborg.MunicipalSaving!.Value, viborg.StateSaving!.Value));
        Assert.Equal(result.MunicipalSaving, herning.MunicipalSaving + viborg.MunicipalSaving);
    }

    [Fact]
    public void Without_a_municipal_share_a_municipality_has_no_municipal_or_state_saving()
    {
        SettlementResult result = SocialInvestment.Settlement.Run(Contract, [new(P("A"), D("2026-01-05")) { Municipality = "Viborg" }], [], [], D("2026-01-31"));

        Assert.Null(result.Municipalities[0].MunicipalSaving);
        Assert.Null(result.Municipalities[0].StateSaving);
    }

    [Fact]
    public void An_empty_municipality_is_none()
    {
        Assert.Null(new Participant(P("A"), D("2026-01-05")) { Municipality = string.Empty }.Municipality);
    }

    [Property(MaxTest = 100)]
    public Property The_municipalities_sum_to_the_settlements_totals_and_gross_saving() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Zip(Gen.Elements<string?>(null, "Aarhus", "Viborg", "Herning"), Gen.Zip(Gen.Choose(0, 60), Gen.Choose(0, 40)))).ToArbitrary(),
            rows =>
            {
                Participant[] people = [.. rows.Select((r, i) => new Participant(P($"P{i}"), D("2026-01-01").PlusDays(r.Item2.Item1)) { Municipality = r.Item1 })];
                BenefitSpell[] spells = [.. rows.Select((r, i) => Spell($"P{i}", "kontanthjaelp", "2026-01-01", D("2026-01-01").PlusDays(r.Item2.Item2).ToString("uuuu-MM-dd", null)))];
                SettlementResult result = SocialInvestment.Settlement.Run(Contract, people, spells, [], D("2026-04-30"));

                Assert.Equal(result.Outcomes.Count, result.Municipalities.Sum(m => m.Participants));
                Assert.Equal(result.Totals, result.Municipalities.Aggregate(default(SettlementTotals), (sum, m) => Sum(sum, m.Totals)));
                Assert.Equal(result.GrossSaving, result.Municipalities.Aggregate(Money.Zero, (sum, m) => sum + m.GrossSaving));
                Assert.Equal(result.Municipalities.Select(m => m.Municipality).Order(StringComparer.Ordinal), result.Municipalities.Select(m => m.Municipality));
            });

    private static SettlementTotals Sum(SettlementTotals a, SettlementTotals b) =>
        new(a.Lines + b.Lines, a.Amount + b.Amount, a.Payable + b.Payable, a.Capped + b.Capped, a.PaidBefore + b.PaidBefore, a.Due + b.Due);
}
