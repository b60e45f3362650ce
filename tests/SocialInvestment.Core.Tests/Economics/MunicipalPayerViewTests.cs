using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Tests.Settlement;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Economics;

/// <summary>
/// docs/economics.md, "The municipality's saving": where the contract has a municipal share (SPEC-DK DK5), the payer's
/// view sets the municipality's part of the saving against the same payments, with the state's part beside it.
/// </summary>
public sealed class MunicipalPayerViewTests
{
    /// <summary>
    /// public-dk-1 (its README and expected-lines.csv): the refusion staircase by hand, with its three payments — a
    /// share of 1 of the municipal saving, a share of 1 of the gross saving and 1,000 a week.
    /// </summary>
    private static SettlementResult PublicDk1()
    {
        var contract = new Contract(
            "the refusion staircase by hand",
            new ObservationWindow(WindowAnchor.Start, 5),
            [new EnrolmentTrigger("enrolled")],
            [
                new ShareOfSavingsPayment("muni", "enrolled", Share.FromDecimal(1m)) { Of = SavingsBase.Municipality },
                new ShareOfSavingsPayment("gross", "enrolled", Share.FromDecimal(1m)),
                new PerWeekPayment("weekly", 1000m, SelfSupport.Full),
            ],
            Benefits,
            new MonthlyCost(31000m, 2026),
            programmeWeeks: 4)
        {
            MunicipalShare = MunicipalShare.Dk2016,
        };
        return SocialInvestment.Settlement.Run(contract, PublicDk1Case.People(), PublicDk1Case.Spells(), [], PublicDk1Case.AsOf);
    }

    /// <summary>
    /// One person new to support, from Monday 2026-03-02, self-supported throughout, 31,000 a month, as of 2026-05-31, under
    /// <paramref name="share"/> (dk_2016: c₀ = 0, so weeks 1–4, Mar 2–29, at 0.2, then 0.6): a fee of 20,000 on enrolment
    /// and half the municipal saving (without a municipal share, half the gross saving), paid on the lines' dates.
    /// </summary>
    private static SettlementResult NewToSupport(MunicipalShare? share = null) =>
        SocialInvestment.Settlement.Run(
            new Contract(
                "new to support",
                new ObservationWindow(WindowAnchor.Start, 26),
                [new EnrolmentTrigger("enrolled")],
                [
                    new FixedPayment("fee", "enrolled", 20_000m),
                    new ShareOfSavingsPayment("half", "enrolled", Share.FromDecimal(0.5m)) { Of = share is null ? SavingsBase.Gross : SavingsBase.Municipality },
                ],
                Benefits,
                new MonthlyCost(31000m, 2026))
            {
                MunicipalShare = share,
            },
            [Person("a", "2026-03-02")],
            [],
            [],
            D("2026-05-31"));

    [Fact]
    public void Public_dk_1_sets_the_municipal_saving_against_all_its_payments_with_the_states_part_beside_it()
    {
        PayerView payer = SocialInvestment.Economics.Of(PublicDk1(), []).Payer;

        // expected-lines.csv: gross 97,000 + muni 46,400 + weekly 4,000 + 4,000 + 4,000 + 3,000 = 158,400, all in March.
        Assert.Equal(M(97_000m), payer.GrossSaving);
        Assert.Equal(M(158_400m), payer.Payments);
        MunicipalPayerView municipality = payer.Municipality!;
        Assert.Equal(M(46_400m), municipality.MunicipalSaving);
        Assert.Equal(M(50_600m), municipality.StateSaving);
        Assert.Equal(M(158_400m), municipality.Payments);
        Assert.Equal(M(-112_000m), municipality.NetSaving);
        // 158,400 / 46,400 = 3.4137931…
        Assert.Equal(3.413793m, municipality.PaymentsShareOfSaving);
        Assert.Null(municipality.FirstMonthSavingExceedsPayments);
        Assert.Equal(
            ["2026-03 97000.00 158400.00 97000.00 158400.00 municipal 46400.00 state 50600.00 cumulative municipal 46400.00"],
            payer.Months.Select(m => m.ToString()));
    }

    [Fact]
    public void The_municipality_of_a_person_new_to_support_saves_a_fifth_at_first_and_catches_up_with_its_payments_later_than_the_gross()
    {
        PayerView payer = SocialInvestment.Economics.Of(NewToSupport(MunicipalShare.Dk2016), []).Payer;

        // March: 30 days × 1,000 gross; municipal 28 × 0.2 + 2 × 0.6 = 6.8 days × 1,000 = 6,800. April: 31,000 gross,
        // 0.6 × 31,000 = 18,600 municipal. May: the same. Payments: the fee of 20,000 on 2026-03-02 and half the municipal
        // saving: 3,400, 9,300, 9,300.
        Assert.Equal(
            [
                "2026-03 30000.00 23400.00 30000.00 23400.00 municipal 6800.00 state 23200.00 cumulative municipal 6800.00",
                "2026-04 31000.00 9300.00 61000.00 32700.00 municipal 18600.00 state 12400.00 cumulative municipal 25400.00",
                "2026-05 31000.00 9300.00 92000.00 42000.00 municipal 18600.00 state 12400.00 cumulative municipal 44000.00",
            ],
            payer.Months.Select(m => m.ToString()));
        MunicipalPayerView municipality = payer.Municipality!;
        Assert.Equal((M(44_000m), M(48_000m), M(42_000m), M(2_000m)), (municipality.MunicipalSaving, municipality.StateSaving, municipality.Payments, municipality.NetSaving));
        // 42,000 / 44,000 = 0.95454545… → 0.954545; against the gross, 42,000 / 92,000 = 0.45652173… → 0.456522.
        Assert.Equal(0.954545m, municipality.PaymentsShareOfSaving);
        Assert.Equal(0.456522m, payer.PaymentsShareOfSaving);
        // The gross saving is ahead of the payments from March (30,000 > 23,400); the municipality's only in May
        // (25,400 < 32,700 in April; 44,000 > 42,000 in May).
        Assert.Equal(new YearMonth(2026, 3), payer.FirstMonthSavingExceedsPayments);
        Assert.Equal(new YearMonth(2026, 5), municipality.FirstMonthSavingExceedsPayments);
    }

    [Fact]
    public void A_contract_without_a_municipal_share_has_no_municipal_side_in_total_or_in_any_month()
    {
        PayerView payer = SocialInvestment.Economics.Of(NewToSupport(), []).Payer;

        Assert.Null(payer.Municipality);
        Assert.Equal(3, payer.Months.Count);
        Assert.All(payer.Months, m => Assert.Equal((null, null, null), (m.MunicipalSaving, m.StateSaving, m.CumulativeMunicipalSaving)));
        Assert.Equal("2026-03 30000.00 35000.00 30000.00 35000.00", payer.Months[0].ToString());
    }

    [Fact]
    public void Where_the_municipal_saving_is_0_there_is_no_share_of_it()
    {
        // A municipal share of 0: the state would carry the whole cost, so the municipality saves nothing.
        PayerView payer = SocialInvestment.Economics.Of(NewToSupport(MunicipalShare.Constant(Share.FromDecimal(0m))), []).Payer;

        Assert.Equal(Money.Zero, payer.Municipality!.MunicipalSaving);
        Assert.Equal(payer.GrossSaving, payer.Municipality.StateSaving);
        Assert.Null(payer.Municipality.PaymentsShareOfSaving);
        Assert.Null(payer.Municipality.FirstMonthSavingExceedsPayments);
        Assert.Equal(M(-20_000m), payer.Municipality.NetSaving);
    }

    [Property(MaxTest = 150)]
    public Property Municipal_and_state_parts_sum_to_the_gross_saving_in_every_month_and_in_all_and_the_cumulative_columns_are_running_sums() =>
        Prop.ForAll(Cohort().ToArbitrary(), cohort =>
        {
            var (people, spells, paymentDays) = cohort;
            SettlementResult settlement = SocialInvestment.Settlement.Run(DanishContract(paymentDays), people, spells, [], D("2026-07-15"));

            PayerView payer = SocialInvestment.Economics.Of(settlement, []).Payer;
            MunicipalPayerView municipality = payer.Municipality!;

            Assert.Equal(settlement.MunicipalSaving, municipality.MunicipalSaving);
            Assert.Equal(payer.GrossSaving, municipality.MunicipalSaving + municipality.StateSaving);
            Assert.Equal(payer.Payments, municipality.Payments);
            Money municipal = Money.Zero;
            Money state = Money.Zero;
            foreach (PayerMonth m in payer.Months)
            {
                Assert.Equal(m.Saving, m.MunicipalSaving!.Value + m.StateSaving!.Value);
                municipal += m.MunicipalSaving.Value;
                state += m.StateSaving.Value;
                Assert.Equal(municipal, m.CumulativeMunicipalSaving);
                // The state's part of the months so far is never below 0; one month's, by at most 0.01 a participant.
                Assert.True(m.CumulativeSaving >= m.CumulativeMunicipalSaving!.Value, m.ToString());
                Assert.True(m.StateSaving.Value.Amount >= -0.01m * people.Length, m.ToString());
            }

            Assert.Equal((municipality.MunicipalSaving, municipality.StateSaving), (municipal, state));
            Assert.Equal(
                payer.Months.FirstOrDefault(m => m.CumulativeMunicipalSaving > m.CumulativePayments)?.Month,
                municipality.FirstMonthSavingExceedsPayments);
        });

    private static Contract DanishContract(int paymentDays) =>
        new(
            "generated",
            new ObservationWindow(WindowAnchor.Start, 30),
            [new EnrolmentTrigger("enrolled")],
            [
                new FixedPayment("fee", "enrolled", 5_000m),
                new ShareOfSavingsPayment("muni", "enrolled", Share.FromDecimal(0.4m)) { Of = SavingsBase.Municipality },
            ],
            Benefits,
            new MonthlyCost(17_333.33m, 2026))
        {
            MunicipalShare = MunicipalShare.Dk2016,
            PaymentDays = paymentDays,
        };

    private static Gen<(Participant[] People, BenefitSpell[] Spells, int PaymentDays)> Cohort()
    {
        Gen<Participant> person =
            from id in Gen.Choose(1, 6)
            from offset in Gen.Choose(-60, 90)
            from cost in Gen.Elements<decimal?>(null, 12_345.67m, 25_000m)
            select new Participant(P($"p{id}"), D("2026-02-01").PlusDays(offset)) { MonthlyCost = cost };
        Gen<BenefitSpell> Spell(string id) =>
            from fromOffset in Gen.Choose(-1200, 150)
            from length in Gen.Choose(0, 300)
            from degree in Gen.Elements(0.25m, 0.5m, 1m)
            select new BenefitSpell(P(id), PublicDk1Case.Support, D("2026-02-01").PlusDays(fromOffset), D("2026-02-01").PlusDays(fromOffset + length), Degree.FromDecimal(degree));
        return from people in Gen.ArrayOf(person, 3)
               let distinct = people.DistinctBy(p => p.Id).ToArray()
               from spells in Gen.ArrayOf(Gen.Elements(distinct.Select(p => p.Id.Value).ToArray()).SelectMany(Spell), 6)
               from paymentDays in Gen.Choose(0, 60)
               select (distinct, spells, paymentDays);
    }
}
