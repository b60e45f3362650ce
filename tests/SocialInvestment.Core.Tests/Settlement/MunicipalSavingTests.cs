using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>SPEC-DK DK5: the municipality's saving, m(d) by the count of support weeks, and shares of it.</summary>
public sealed class MunicipalSavingTests
{
    private const string Support = "kontanthjaelp";

    private static Contract DanishContract(MunicipalShare share) => PublicDk1Case.Contract(share);

    /// <summary>public-dk-1 (its README): P1 with 3 support weeks before, P2 on her own cost, P3 reset, P4 not reset.</summary>
    private static SettlementResult PublicDk1(MunicipalShare share) => PublicDk1Case.Settle(share);

    [Fact]
    public void The_staircase_of_public_dk_1_gives_the_READMEs_municipal_lines_and_savings()
    {
        // P1: c0 = 3, c* = 4 in Mar 2–8 (0.2), then 5.. (0.6): 7 × 0.2 + 23 × 0.6 = 15.2 days × 1,000 = 15,200.00.
        // P2: c0 = 0, Mar 4–31: 26 × 0.2 + 2 × 0.6 = 6.4 days × 500 = 3,200.00.
        // P3: 52 weeks, then 60 without (reset), then W09: c0 = 1; 21 × 0.2 + 9 × 0.6 = 9.6 → 9,600.00.
        // P4: 52 weeks, 51 without (no reset: 51 < 52), then 10: c0 = 62, m = 0.8; 23 self-supported days × 0.8 → 18,400.00.
        SettlementResult r = PublicDk1(MunicipalShare.Dk2016);

        Assert.Equal(
            ["P1 gross 30000.00", "P1 muni 15200.00", "P2 gross 14000.00", "P2 muni 3200.00", "P3 gross 30000.00", "P3 muni 9600.00", "P4 gross 23000.00", "P4 muni 18400.00"],
            r.Lines.Select(l => FormattableString.Invariant($"{l.ParticipantId.Value} {l.Payment} {l.Amount.Amount:0.00}")));
        Assert.Equal(M(97000m), r.GrossSaving);
        Assert.Equal(M(46400m), r.MunicipalSaving);
        Assert.Equal(M(50600m), r.StateSaving);
    }

    [Fact]
    public void A_week_across_a_step_and_a_month_end_has_one_share()
    {
        // c0 = 3 (2026-W10..W12); window from Mon 2026-03-23: Mar 23–29 is c* = 4 (0.2), Mar 30 – Apr 5 is c* = 5 (0.6) in
        // both months. March: (7 × 0.2 + 2 × 0.6) × 31000 / 31 = 2,600.00; April: 5 × 0.6 × 31000 / 30 = 3,100.00.
        SettlementResult r = SocialInvestment.Settlement.Run(
            DanishContract(MunicipalShare.Dk2016),
            [Person("a", "2026-03-23")],
            [Spell("a", Support, "2026-03-02", "2026-03-22")],
            [],
            D("2026-04-05"));

        Assert.Equal(["2026-03 2600.00", "2026-04 3100.00"], r.Lines.Where(l => l.Payment == "muni").Select(l => FormattableString.Invariant($"{l.Period} {l.Amount.Amount:0.00}")));
        Assert.Equal(M(5700m), r.MunicipalSaving);
    }

    [Theory]
    [InlineData(52, 2)]
    [InlineData(53, 0)]
    public void The_count_starts_over_after_52_weeks_without_support_within_156_even_apart(int withoutInAll, int count)
    {
        // A support week, 26 without, a support week, then the rest without: the weeks without are counted together.
        bool[] weeks = [true, .. new bool[26], true, .. new bool[withoutInAll - 27]];

        Assert.Equal(count, MunicipalShare.Dk2016.CountBefore(weeks));
    }

    [Fact]
    public void Weeks_without_support_older_than_reset_within_weeks_do_not_start_the_count_over()
    {
        // 10 support weeks, 40 without, 120 support weeks, 20 without: within the 156 weeks before W0's week, only 20 + the
        // last 16 of the 40 are without support (36 < 52).
        bool[] weeks = [.. Enumerable.Repeat(true, 10), .. new bool[40], .. Enumerable.Repeat(true, 120), .. new bool[20]];

        Assert.Equal(130, MunicipalShare.Dk2016.CountBefore(weeks));
        Assert.Equal(0, new MunicipalShare(MunicipalShare.Dk2016.Steps, 52, 200).CountBefore(weeks));
    }

    [Fact]
    public void A_constant_share_of_1_gives_the_gross_savings_lines()
    {
        SettlementResult r = PublicDk1(MunicipalShare.Constant(Share.FromDecimal(1m)));

        Assert.Equal(
            r.Lines.Where(l => l.Payment == "gross").Select(l => (l.ParticipantId, l.Period, l.Amount)),
            r.Lines.Where(l => l.Payment == "muni").Select(l => (l.ParticipantId, l.Period, l.Amount)));
        Assert.Equal(r.GrossSaving, r.MunicipalSaving);
        Assert.Equal(Money.Zero, r.StateSaving);
    }

    [Fact]
    public void A_share_of_the_municipalitys_saving_without_a_municipal_share_is_refused_naming_the_payment()
    {
        Contract contract = Contract(
            [new EnrolmentTrigger("enrolled")],
            [new ShareOfSavingsPayment("muni", "enrolled", Share.FromDecimal(1m)) { Of = SavingsBase.Municipality }],
            monthlyCost: new MonthlyCost(31000m, 2026));

        ArgumentException e = Assert.Throws<ArgumentException>(() => SocialInvestment.Settlement.Run(contract, [Person("a", "2026-03-02")], [], [], D("2026-03-31")));

        Assert.Contains("Payment 'muni'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 2, 5 })]
    [InlineData(new[] { 1, 1 })]
    [InlineData(new[] { 1, 5, 3 })]
    public void Steps_must_start_at_week_1_and_strictly_increase(int[] fromWeeks) =>
        Assert.Throws<ArgumentException>(() => new MunicipalShare(fromWeeks.Select(w => new MunicipalShareStep(w, Share.FromDecimal(0.5m)))));

    [Fact]
    public void Reset_within_weeks_is_at_least_reset_after_weeks() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MunicipalShare(MunicipalShare.Dk2016.Steps, 53, 52));

    [Property(MaxTest = 200)]
    public Property Municipal_and_state_savings_sum_to_the_gross_saving_and_the_municipal_is_within_it() => Prop.ForAll(History().ToArbitrary(), spells =>
    {
        SettlementResult r = SocialInvestment.Settlement.Run(DanishContract(MunicipalShare.Dk2016), [Person("a", "2026-03-04")], spells, [], D("2026-04-20"));

        Assert.Equal(r.GrossSaving, r.MunicipalSaving!.Value + r.StateSaving!.Value);
        Assert.InRange(r.MunicipalSaving.Value.Amount, 0.2m * r.GrossSaving.Amount - 0.01m, 0.8m * r.GrossSaving.Amount + 0.01m);
        // Each month's line rounds once (two months: within 0.01 each of their exact parts).
        Assert.InRange(r.Lines.Where(l => l.Payment == "muni").Sum(l => l.Amount.Amount), r.MunicipalSaving.Value.Amount - 0.02m, r.MunicipalSaving.Value.Amount + 0.02m);
    });

    [Property(MaxTest = 100)]
    public Property The_municipal_lines_and_saving_agree_with_the_naive_day_by_day_reference() => Prop.ForAll(History().ToArbitrary(), spells =>
    {
        Contract contract = DanishContract(new MunicipalShare(MunicipalShare.Dk2016.Steps, 10, 30));
        Participant[] people = [new Participant(P("a"), D("2026-03-04")) { MonthlyCost = 12345.67m }];
        SettlementResult r = SocialInvestment.Settlement.Run(contract, people, spells, [], D("2026-04-20"));
        Reference.NaiveResult naive = Reference.NaiveSettlement.Run(contract, people, spells, [], D("2026-04-20"), []);

        Assert.Equal(naive.Lines.Select(l => (l.Payment, l.Period, l.Amount)), r.Lines.Select(l => (l.Payment, l.Period, l.Amount.Amount)));
        Assert.Equal(naive.Participants[0].Municipal, r.MunicipalSaving!.Value.Amount);
        Assert.Equal(naive.Participants[0].Gross, r.GrossSaving.Amount);
        Assert.Equal(naive.Participants[0].SupportWeeksBefore, r.Outcomes[0].SupportWeeksBefore);
        Assert.Equal(naive.Participants[0].FirstWeekShare, r.Outcomes[0].MunicipalShareInFirstWeek?.Value);
        Assert.Equal(
            naive.Participants[0].MunicipalByMonth!.Select(m => (m.Key, m.Value)),
            r.MunicipalSavingByMonth!.Select(m => (m.Key, m.Value.Amount)));
    });

    [Fact]
    public void The_municipal_saving_by_month_parts_each_participants_rounded_saving_by_running_totals()
    {
        // public-dk-1 (as_of 2026-03-31): every window day is in March, so March holds the whole municipal saving;
        // the gross saving's March likewise, and the state's part of the month is their difference.
        SettlementResult r = PublicDk1(MunicipalShare.Dk2016);

        Assert.Equal([KeyValuePair.Create(new YearMonth(2026, 3), M(46400m))], r.MunicipalSavingByMonth);
        Assert.Equal([KeyValuePair.Create(new YearMonth(2026, 3), M(97000m))], r.GrossSavingByMonth);
    }

    [Fact]
    public void A_share_of_28_digits_on_a_large_cost_is_summed_exactly_past_128_bits()
    {
        // m × days carries 28 decimals and the rate 10 digits: the 128-bit sum overflows and the unbounded one takes over.
        Share third = Share.FromDecimal(0.3333333333333333333333333333m);
        Contract contract = DanishContract(new MunicipalShare([new MunicipalShareStep(1, third), new MunicipalShareStep(2, Share.FromDecimal(0.7777777777777777777777777777m))]));
        Participant[] people = [new Participant(P("a"), D("2026-03-04")) { MonthlyCost = 99999999.99m }];
        BenefitSpell[] spells = [Spell("a", Support, "2026-03-10", "2026-03-12")];
        SettlementResult r = SocialInvestment.Settlement.Run(contract, people, spells, [], D("2026-04-20"));
        Reference.NaiveResult naive = Reference.NaiveSettlement.Run(contract, people, spells, [], D("2026-04-20"), []);

        Assert.Equal(naive.Participants[0].Municipal, r.MunicipalSaving!.Value.Amount);
        Assert.Equal(naive.Participants[0].MunicipalByMonth!.Select(m => (m.Key, m.Value)), r.MunicipalSavingByMonth!.Select(m => (m.Key, m.Value.Amount)));
        Assert.Equal(naive.Lines.Select(l => (l.Payment, l.Period, l.Amount)), r.Lines.Select(l => (l.Payment, l.Period, l.Amount.Amount)));
    }

    [Fact]
    public void A_contract_without_a_municipal_share_has_no_municipal_saving_by_month()
    {
        SettlementResult r = SocialInvestment.Settlement.Run(
            new Contract("plain", new ObservationWindow(WindowAnchor.Start, 5), [new EnrolmentTrigger("enrolled")], [new ShareOfSavingsPayment("gross", "enrolled", Share.FromDecimal(1m))], Benefits, new MonthlyCost(31000m, 2026), programmeWeeks: 4),
            [Person("a", "2026-03-02")],
            [],
            [],
            D("2026-03-31"));

        Assert.Null(r.MunicipalSavingByMonth);
        Assert.Null(r.MunicipalSaving);
    }

    [Property(MaxTest = 200)]
    public Property The_municipal_saving_by_month_sums_to_the_municipal_saving_and_lies_within_the_gross_months() => Prop.ForAll(History().ToArbitrary(), spells =>
    {
        SettlementResult r = SocialInvestment.Settlement.Run(
            DanishContract(MunicipalShare.Dk2016),
            [Person("a", "2026-03-04"), new Participant(P("b"), D("2026-02-11")) { MonthlyCost = 20001.01m }],
            spells.Concat(spells.Select(s => new BenefitSpell(P("b"), s.BenefitCode, s.From.PlusDays(-17), s.To?.PlusDays(-17), s.Degree))),
            [],
            D("2026-05-20"));

        Assert.Equal(r.MunicipalSaving!.Value, r.MunicipalSavingByMonth!.Aggregate(Money.Zero, (sum, m) => sum + m.Value));
        Assert.Equal(r.GrossSavingByMonth.Select(m => m.Key), r.MunicipalSavingByMonth!.Select(m => m.Key));
        Assert.All(r.MunicipalSavingByMonth!, m => Assert.True(m.Value.Amount >= 0m));
    });

    private static Gen<BenefitSpell[]> History()
    {
        Gen<BenefitSpell> spell =
            from code in Gen.Elements(Support, "integrationsydelse", "su", "boligstoette")
            from fromOffset in Gen.Choose(-1200, 40)
            from length in Gen.Choose(0, 400)
            from degree in Gen.Elements(0.25m, 0.5m, 1m)
            select new BenefitSpell(P("a"), code, D("2026-03-04").PlusDays(fromOffset), D("2026-03-04").PlusDays(fromOffset + length), Degree.FromDecimal(degree));
        return from count in Gen.Choose(0, 8)
               from spells in Gen.ArrayOf(spell, count)
               select spells;
    }
}
