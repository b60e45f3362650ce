using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>
/// The cohort of public-dk-1 (../shared/conformance/public-dk-1, its README) in code: P1 with 3 support weeks before the
/// window, P2 new to support on her own monthly cost of 15,500, P3 whose count started over, P4 whose did not (and who is
/// on support in Mar 9–15); as of 2026-03-31. Its contract without the weekly price: <c>muni</c> and <c>gross</c>.
/// </summary>
internal static class PublicDk1Case
{
    internal const string Support = "kontanthjaelp";

    internal static readonly LocalDate AsOf = D("2026-03-31");

    internal static Participant[] People() =>
        [Person("P1", "2026-03-02"), new Participant(P("P2"), D("2026-03-04")) { MonthlyCost = 15500m }, Person("P3", "2026-03-02"), Person("P4", "2026-03-02")];

    internal static BenefitSpell[] Spells() =>
        [
            Spell("P1", Support, "2026-02-09", "2026-03-01"),
            Spell("P3", Support, "2024-01-01", "2024-12-29"),
            Spell("P3", Support, "2026-02-23", "2026-03-01"),
            Spell("P4", Support, "2024-01-01", "2024-12-29"),
            Spell("P4", Support, "2025-12-22", "2026-03-01"),
            Spell("P4", Support, "2026-03-09", "2026-03-15"),
        ];

    /// <summary>The case's contract without its weekly price: <c>muni</c> and <c>gross</c>, both shares of 1 gated by enrolment.</summary>
    internal static Contract Contract(MunicipalShare share) => Contract(share, [new EnrolmentTrigger("enrolled")], "enrolled");

    /// <summary>The same with <paramref name="triggers"/> and <c>muni</c> gated by <paramref name="municipalGate"/>; without a share, <c>muni</c> is of the gross saving.</summary>
    internal static Contract Contract(MunicipalShare? share, IReadOnlyList<Trigger> triggers, string municipalGate) =>
        new(
            "public-dk-1",
            new ObservationWindow(WindowAnchor.Start, 5),
            triggers,
            [
                new ShareOfSavingsPayment("muni", municipalGate, Share.FromDecimal(1m)) { Of = share is null ? SavingsBase.Gross : SavingsBase.Municipality },
                new ShareOfSavingsPayment("gross", "enrolled", Share.FromDecimal(1m)),
            ],
            Benefits,
            new MonthlyCost(31000m, 2026),
            programmeWeeks: 4)
        {
            MunicipalShare = share,
        };

    /// <summary>The case settled under <paramref name="share"/>.</summary>
    internal static SettlementResult Settle(MunicipalShare share) => SocialInvestment.Settlement.Run(Contract(share), People(), Spells(), [], AsOf);
}
