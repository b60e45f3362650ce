using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Settlement;

/// <summary>
/// The cohort of public-dk-1 (../shared/conformance/public-dk-1, its README) in code: P1 with 3 support weeks before the
/// window, P2 new to support on her own monthly cost of 15,500, P3 whose count started over, P4 whose did not (and who is
/// on support in Mar 9–15); as of 2026-03-31.
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
}
