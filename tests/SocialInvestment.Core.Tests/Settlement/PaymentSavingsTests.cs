using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>
/// SPEC-DK DK5, "per payment where it matters": the saving each share of savings is a share of, split into the
/// municipality's and the state's parts: the savings of the participants whose gate is met by as_of, each rounded once.
/// </summary>
public sealed class PaymentSavingsTests
{
    [Fact]
    public void Both_shares_of_public_dk_1_are_shares_of_everyones_saving_as_its_README_gives_it()
    {
        // Everyone is enrolled: gross 30,000 + 14,000 + 30,000 + 23,000 = 97,000.00; municipal 15,200 + 3,200 + 9,600 +
        // 18,400 = 46,400.00; the state 50,600.00.
        SettlementResult r = PublicDk1Case.Settle(MunicipalShare.Dk2016);

        Assert.Equal(
            [("muni", SavingsBase.Municipality, M(97000m), M(46400m), M(50600m)), ("gross", SavingsBase.Gross, M(97000m), M(46400m), M(50600m))],
            r.PaymentSavings.Select(p => (p.PaymentId, p.Of, p.GrossSaving, p.MunicipalSaving, p.StateSaving)));
    }

    [Fact]
    public void A_participant_whose_gate_is_not_met_by_as_of_counts_in_the_totals_but_not_in_the_payments_saving()
    {
        // muni is gated by a job: P1 (Mar 20) and P4 (Mar 25) have one by as_of; P3's (Apr 2) is after as_of, P2 has none.
        // muni: gross 30,000 + 23,000 = 53,000.00, municipal 15,200 + 18,400 = 33,600.00, state 19,400.00.
        Contract contract = PublicDk1Case.Contract(MunicipalShare.Dk2016, [new EnrolmentTrigger("enrolled"), new EventTrigger("job", "job")], "job");
        SettlementResult r = SocialInvestment.Settlement.Run(
            contract,
            PublicDk1Case.People(),
            PublicDk1Case.Spells(),
            [Event("P1", "job", "2026-03-20"), Event("P4", "job", "2026-03-25"), Event("P3", "job", "2026-04-02")],
            PublicDk1Case.AsOf);

        PaymentSavings muni = r.PaymentSavings[0];
        Assert.Equal(("muni", M(53000m), M(33600m), M(19400m)), (muni.PaymentId, muni.GrossSaving, muni.MunicipalSaving, muni.StateSaving));
        Assert.Equal((M(97000m), M(46400m), M(50600m)), (r.PaymentSavings[1].GrossSaving, r.PaymentSavings[1].MunicipalSaving, r.PaymentSavings[1].StateSaving));
        Assert.Equal((M(97000m), M(46400m)), (r.GrossSaving, r.MunicipalSaving!.Value));
        // One month each at a share of 1: the lines of muni are the gated participants' municipal savings.
        Assert.Equal(muni.MunicipalSaving, r.PaymentTotals[0].Value.Amount);
    }

    [Fact]
    public void Without_a_municipal_share_no_payment_has_savings_of_its_own()
    {
        SettlementResult r = SocialInvestment.Settlement.Run(PublicDk1Case.Contract(null, [new EnrolmentTrigger("enrolled")], "enrolled"), PublicDk1Case.People(), PublicDk1Case.Spells(), [], PublicDk1Case.AsOf);

        Assert.Empty(r.PaymentSavings);
    }

    [Fact]
    public void Only_shares_of_savings_have_savings_of_their_own()
    {
        var contract = new Contract(
            "fee and share",
            new ObservationWindow(WindowAnchor.Start, 5),
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 100m), new ShareOfSavingsPayment("share", "enrolled", Share.FromDecimal(0.5m))],
            Benefits,
            new MonthlyCost(31000m, 2026),
            programmeWeeks: 4)
        {
            MunicipalShare = MunicipalShare.Dk2016,
        };
        SettlementResult r = SocialInvestment.Settlement.Run(contract, PublicDk1Case.People(), PublicDk1Case.Spells(), [], PublicDk1Case.AsOf);

        Assert.Equal(["share"], r.PaymentSavings.Select(p => p.PaymentId));
    }

    [Property(MaxTest = 100)]
    public Property Each_payments_parts_sum_to_its_gross_and_stay_within_the_settlements() => Prop.ForAll(Cohort().ToArbitrary(), cohort =>
    {
        var (spells, events) = cohort;
        Contract contract = PublicDk1Case.Contract(MunicipalShare.Dk2016, [new EnrolmentTrigger("enrolled"), new EventTrigger("job", "job")], "job");
        SettlementResult r = SocialInvestment.Settlement.Run(contract, PublicDk1Case.People(), spells, events, D("2026-04-20"));

        Assert.Equal(2, r.PaymentSavings.Count);
        foreach (PaymentSavings p in r.PaymentSavings)
        {
            Assert.Equal(p.GrossSaving, p.MunicipalSaving + p.StateSaving);
            Assert.InRange(p.GrossSaving.Amount, 0m, r.GrossSaving.Amount);
            Assert.InRange(p.MunicipalSaving.Amount, 0m, r.MunicipalSaving!.Value.Amount);
            Assert.InRange(p.StateSaving.Amount, 0m, r.StateSaving!.Value.Amount);
        }

        // Gated by enrolment, which everyone meets: the payment's savings are the settlement's.
        Assert.Equal((r.GrossSaving, r.MunicipalSaving, r.StateSaving), (r.PaymentSavings[1].GrossSaving, (Money?)r.PaymentSavings[1].MunicipalSaving, (Money?)r.PaymentSavings[1].StateSaving));
    });

    private static Gen<(BenefitSpell[] Spells, OutcomeEvent[] Events)> Cohort()
    {
        Gen<BenefitSpell> spell =
            from who in Gen.Elements("P1", "P2", "P3", "P4")
            from code in Gen.Elements(PublicDk1Case.Support, "integrationsydelse", "su")
            from fromOffset in Gen.Choose(-1200, 40)
            from length in Gen.Choose(0, 400)
            from degree in Gen.Elements(0.25m, 0.5m, 1m)
            select new BenefitSpell(P(who), code, D("2026-03-04").PlusDays(fromOffset), D("2026-03-04").PlusDays(fromOffset + length), Degree.FromDecimal(degree));
        Gen<OutcomeEvent> job =
            from who in Gen.Elements("P1", "P2", "P3", "P4")
            from offset in Gen.Choose(0, 60)
            select new OutcomeEvent(P(who), "job", D("2026-03-02").PlusDays(offset));
        return from spellCount in Gen.Choose(0, 12)
               from spells in Gen.ArrayOf(spell, spellCount)
               from jobCount in Gen.Choose(0, 4)
               from jobs in Gen.ArrayOf(job, jobCount)
               select (spells, jobs);
    }
}
