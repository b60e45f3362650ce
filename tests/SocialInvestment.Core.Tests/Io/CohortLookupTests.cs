using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// Spell rows find their person in the cohort with a cursor that walks the cohort's ids alongside the file where both
/// are in id order; whatever the orders, every answer must be the set's, and a member found is the cohort's own id.
/// </summary>
public sealed class CohortLookupTests
{
    [Property(MaxTest = 300)]
    public Property Every_answer_is_the_sets_in_any_order_of_cohort_and_file() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            // The cohort's set enumerates in the order its ids were added: sorted, or as they came.
            var cohort = new HashSet<ParticipantId>(c.SortedCohort ? c.Cohort.Order() : c.Cohort);
            CohortLookup.Cursor cursor = CohortLookup.Of(cohort).Start();
            foreach (ParticipantId id in c.Asked)
            {
                bool found = cursor.TryFind(id, out ParticipantId member);
                Assert.Equal(cohort.Contains(id), found);
                Assert.Equal(id, member);
                if (found)
                {
                    cohort.TryGetValue(id, out ParticipantId own);
                    Assert.Same(own.Value, member.Value);
                }
            }
        });

    [Fact]
    public void A_file_in_id_order_with_people_outside_the_cohort_between_among_and_after_its_members()
    {
        // As sib generate writes them: people outside the cohort (X…) listed among its members, out of order.
        var cohort = new HashSet<ParticipantId>(new[] { "P02", "P04", "P05", "P09" }.Select(ParticipantId.From));
        CohortLookup.Cursor cursor = CohortLookup.Of(cohort).Start();

        bool[] found = [.. new[] { "P01", "P02", "X00", "P03", "P05", "A00", "P08", "P09", "P10", "P04", "P00" }
            .Select(id => cursor.TryFind(ParticipantId.From(id), out _))];

        Assert.Equal([false, true, false, false, true, false, false, true, false, true, false], found);
    }

    [Fact]
    public void An_empty_cohort_has_no_members()
    {
        CohortLookup.Cursor cursor = CohortLookup.Of(new HashSet<ParticipantId>()).Start();

        Assert.False(cursor.TryFind(ParticipantId.From("a"), out _));
    }

    private static Gen<Case> Cases() =>
        from cohort in Gen.Choose(0, 40).ListOf()
        from asked in Gen.Choose(0, 45).ListOf()
        from sortedAsked in Gen.Elements(true, false)
        from sortedCohort in Gen.Elements(true, false)
        select new Case(
            [.. cohort.Distinct().Select(Id)],
            [.. (sortedAsked ? asked.Order() : asked.AsEnumerable()).Select(Id)],
            sortedCohort);

    // Fresh strings, so that a member found is the cohort's instance only if the lookup hands that back.
    private static ParticipantId Id(int n) => ParticipantId.From(new string([.. $"p{n:D3}"]));

    public sealed record Case(ParticipantId[] Cohort, ParticipantId[] Asked, bool SortedCohort);
}
