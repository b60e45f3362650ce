using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Outcomes;

/// <summary>
/// The cohort's index (issue 22) finds each row's participant as a search of the sorted cohort would, whatever order the
/// rows come in: in the cohort's order, repeated, out of order, or naming people outside the cohort.
/// </summary>
public sealed class CohortIndexTests
{
    [Property(MaxTest = 1000)]
    public Property Every_lookup_finds_what_a_search_finds_in_any_row_order() =>
        Prop.ForAll(
            Gen.Choose(0, 60).ArrayOf().Where(a => a.Length <= 40).ToArbitrary(),
            Gen.Choose(0, 60).ArrayOf().Where(a => a.Length <= 80).ToArbitrary(),
            Gen.Elements(false, true).ToArbitrary(),
            (members, rows, sortRows) =>
            {
                Participant[] cohort = [.. members.Distinct().Select(Id).Order(StringComparer.Ordinal).Select(id => Person(id, "2026-01-05"))];
                CohortIndex index = CohortIndex.Of(cohort, "participants");
                IEnumerable<int> order = sortRows ? rows.Order() : rows;
                int hint = 0;
                foreach (int row in order)
                {
                    string id = Id(row);
                    int expected = Array.FindIndex(cohort, p => p.Id.Value == id);
                    int actual = index.IndexOf(ParticipantId.From(id), ref hint);
                    if (actual != expected)
                    {
                        return false.Label($"{id}: {actual} against {expected}");
                    }
                }

                return true.Label("agree").Classify(sortRows, "rows in the cohort's order");
            });

    [Fact]
    public void People_outside_the_cohort_among_its_members_leave_the_walk_where_it_was()
    {
        // As sib generate lists them: X… after the members P… in code-point order, but between them in the file.
        CohortIndex index = CohortIndex.Of([Person("P1", "2026-01-05"), Person("P2", "2026-01-05"), Person("P3", "2026-01-05")], "participants");
        int hint = 0;

        Assert.Equal(0, index.IndexOf(ParticipantId.From("P1"), ref hint));
        Assert.Equal(-1, index.IndexOf(ParticipantId.From("X1"), ref hint));
        Assert.Equal(1, hint);
        Assert.Equal(-1, index.IndexOf(ParticipantId.From("P15"), ref hint));
        Assert.Equal(1, hint);
        Assert.Equal(-1, index.IndexOf(ParticipantId.From("A1"), ref hint));
        Assert.Equal(1, hint);
        Assert.Equal(1, index.IndexOf(ParticipantId.From("P2"), ref hint));
        Assert.Equal(2, hint);
    }

    [Fact]
    public void A_duplicated_id_is_named_once_the_smallest_first()
    {
        Participant[] cohort = [Person("a", "2026-01-05"), Person("b", "2026-01-05"), Person("b", "2026-01-06"), Person("c", "2026-01-05"), Person("c", "2026-01-05")];

        ArgumentException error = Assert.Throws<ArgumentException>(() => CohortIndex.Of(cohort, "participants"));

        Assert.Equal("participants", error.ParamName);
        Assert.StartsWith("Participant 'b' appears twice.", error.Message, StringComparison.Ordinal);
    }

    private static string Id(int n) => n % 7 == 0 ? $"x{n}" : $"P{n:D3}";
}
