using System.Text;
using SocialInvestment.Io;
using SocialInvestment.Tests.Settlement;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Io;

/// <summary>outcomes.csv's two columns of SPEC-DK DK5: c₀ as an integer, the first week's share without trailing zeros.</summary>
public sealed class OutcomesCsvTests
{
    [Fact]
    public void The_first_weeks_share_is_written_as_the_contract_would_write_it_without_trailing_zeros()
    {
        // Steps 0.650 from week 1 and 1.00 from week 3: "a" had support in 2026-W08..W09 (c0 = 2, c* = 3 → 1), "b" none (→ 0.65).
        var share = new MunicipalShare([new MunicipalShareStep(1, Share.FromDecimal(0.650m)), new MunicipalShareStep(3, Share.FromDecimal(1.00m))]);
        Contract contract = PublicDk1Case.Contract(share);
        IReadOnlyList<ParticipantOutcome> outcomes = SocialInvestment.Outcomes.Evaluate(
            contract, [Person("a", "2026-03-02"), Person("b", "2026-03-02")], [Spell("a", PublicDk1Case.Support, "2026-02-16", "2026-03-01")], [], PublicDk1Case.AsOf);

        using var stream = new MemoryStream();
        OutcomesCsv.Write(stream, contract, outcomes);

        Assert.Equal(
            "participant_id,window_start,enrolled,weeks_full,weeks_partial,weeks_none,weeks_unobserved,support_weeks_before,municipal_share_first_week\n"
            + "a,2026-03-02,2026-03-02,4,0,0,1,2,1\n"
            + "b,2026-03-02,2026-03-02,4,0,0,1,0,0.65\n",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Without_a_municipal_share_outcomes_csv_has_its_v1_columns_only()
    {
        Contract contract = PublicDk1Case.Contract(null, [new EnrolmentTrigger("enrolled")], "enrolled");
        IReadOnlyList<ParticipantOutcome> outcomes = SocialInvestment.Outcomes.Evaluate(contract, PublicDk1Case.People(), PublicDk1Case.Spells(), [], PublicDk1Case.AsOf);

        using var stream = new MemoryStream();
        OutcomesCsv.Write(stream, contract, outcomes);

        Assert.StartsWith(
            "participant_id,window_start,enrolled,weeks_full,weeks_partial,weeks_none,weeks_unobserved\nP1,2026-03-02,2026-03-02,4,0,0,1\n",
            Encoding.UTF8.GetString(stream.ToArray()),
            StringComparison.Ordinal);
    }
}
