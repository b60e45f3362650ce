using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Spells;

/// <summary>
/// Two shortcuts of building a timeline (issue 22) give the timeline the sweep gives: spells already in date order are
/// not sorted again, so any order of the same spells gives the same segments; and a timeline built in a reused
/// <see cref="SupportTimeline.SegmentSpace"/>, after another participant's, is the one built on its own.
/// </summary>
public sealed class TimelineBuildTests
{
    private static readonly NodaTime.LocalDate First = new(2026, 1, 3);

    private static readonly NodaTime.LocalDate Last = new(2026, 6, 17);

    // Two support codes, education, and a code the timeline ignores; spells from a fortnight before the window on.
    private static readonly BenefitClass[] Classes = [BenefitClass.Support, BenefitClass.Support, BenefitClass.Education, BenefitClass.Ignore];

    private static readonly int Origin = DayNumber.Of(First) - 14;

    private static readonly Gen<SpellRecord> Spell =
        from start in Gen.Choose(0, 200)
        from length in Gen.Choose(0, 120)
        from open in Gen.Choose(0, 9)
        from code in Gen.Choose(0, Classes.Length - 1)
        from degree in Gen.Elements(0m, 1m, 1.00m, 0.5m, 0.25m, 0.3333m, 0.75m)
        select new SpellRecord(Origin + start, open == 0 ? SpellRecord.Open : Origin + start + length, code, degree);

    private static readonly Gen<SpellRecord[]> Spells = Spell.ArrayOf().Where(s => s.Length <= 12);

    [Property(MaxTest = 1000)]
    public Property Any_order_of_the_spells_gives_the_timeline_of_the_spells_in_date_order() =>
        Prop.ForAll(Spells.SelectMany(s => Gen.ArrayOf(Gen.Choose(0, 1000), s.Length).Select(keys => (s, keys))).ToArbitrary(), input =>
        {
            SpellRecord[] byDate = [.. input.s.OrderBy(s => s.From)];
            SpellRecord[] shuffled = [.. input.s.Zip(input.keys).OrderBy(x => x.Second).Select(x => x.First)];
            return Same(Build(byDate), Build(shuffled));
        });

    [Property(MaxTest = 1000)]
    public Property A_timeline_in_a_reused_space_is_the_one_built_on_its_own() =>
        Prop.ForAll(Spells.ToArbitrary(), Spells.ToArbitrary(), (before, spells) =>
        {
            var space = new SupportTimeline.SegmentSpace();
            _ = Build(before, space);
            return Same(Build(spells), Build(spells, space));
        });

    [Fact]
    public void Of_equal_degrees_of_one_code_the_one_with_most_decimals_is_kept_in_either_order()
    {
        int day = DayNumber.Of(First);
        var plain = new SpellRecord(day, day + 20, 0, 1m);
        var written = new SpellRecord(day, day + 10, 0, 1.00m);

        SupportSegment one = Build([plain, written]).Segments[0];
        SupportSegment other = Build([written, plain]).Segments[0];

        Assert.Equal(2, one.Level.Scale);
        Assert.Equal(2, other.Level.Scale);
    }

    private static SupportTimeline Build(SpellRecord[] spells, SupportTimeline.SegmentSpace? space = null) =>
        SupportTimeline.Build(spells, Classes, First, Last, asOf: Last, space);

    /// <summary>The same days and segments: bounds, level (value and scale) and education.</summary>
    private static Property Same(SupportTimeline expected, SupportTimeline actual)
    {
        bool same = expected.FirstDay == actual.FirstDay
            && expected.LastDay == actual.LastDay
            && expected.Segments.Length == actual.Segments.Length;
        for (int i = 0; same && i < expected.Segments.Length; i++)
        {
            SupportSegment e = expected.Segments[i];
            SupportSegment a = actual.Segments[i];
            same = e.FirstDay == a.FirstDay && e.LastDay == a.LastDay && e.Level == a.Level && e.Level.Scale == a.Level.Scale && e.Education == a.Education;
        }

        return same.Label($"{expected.Segments.Length} segments against {actual.Segments.Length}");
    }
}
