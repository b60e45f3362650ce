using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Spells;

/// <summary>
/// The self-supported days summed in whole units (<c>SupportTimeline.TrySelfSupportedDays</c>, issue 22) are the same
/// decimal, value and scale, as the decimal sum they stand in for, wherever they are taken; they are taken wherever
/// every degree has at most 13 decimals. Weeks classified in whole units are classified as on the decimals.
/// </summary>
public sealed class ScaledDaysTests
{
    private static readonly BenefitClass[] Classes = [BenefitClass.Support, BenefitClass.Support, BenefitClass.Education, BenefitClass.Ignore];

    private static readonly int Origin = DayNumber.Of(new NodaTime.LocalDate(2025, 12, 20));

    private static readonly Gen<decimal> Degree =
        from kind in Gen.Choose(0, 5)
        from numerator in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(0, 16)
        select kind switch
        {
            0 => 0.00m,
            1 => 1.00m,
            2 => 1m,
            _ => Math.Round(numerator / 1_000_000m, scale, MidpointRounding.AwayFromZero),
        };

    private static readonly Gen<SpellRecord> Spell =
        from start in Gen.Choose(0, 200)
        from length in Gen.Choose(0, 120)
        from open in Gen.Choose(0, 9)
        from code in Gen.Choose(0, Classes.Length - 1)
        from degree in Degree
        select new SpellRecord(Origin + start, open == 0 ? SpellRecord.Open : Origin + start + length, code, degree);

    [Property(MaxTest = 1000)]
    public Property Whole_units_give_the_same_decimal_as_the_decimal_sum_month_by_month() =>
        Prop.ForAll(Spell.ArrayOf().Where(s => s.Length <= 10).ToArbitrary(), spells =>
        {
            var first = new NodaTime.LocalDate(2026, 1, 3);
            var last = new NodaTime.LocalDate(2026, 6, 17);
            SupportTimeline timeline = SupportTimeline.Build(spells, Classes, first, last, asOf: last);
            bool fine = spells.All(s => s.Degree.Scale <= ScaledDays.MaxScale);
            int cursor = 0;
            int unitsCursor = 0;
            for (int from = timeline.FirstDay; from <= timeline.LastDay;)
            {
                int to = Math.Min(timeline.LastDay, DayNumber.Of(DayNumber.ToDate(from).With(NodaTime.DateAdjusters.EndOfMonth)));
                decimal expected = timeline.SelfSupportedDays(from, to, ref cursor);
                if (timeline.TrySelfSupportedDays(from, to, ref unitsCursor, out ScaledDays units))
                {
                    decimal actual = units.ToDecimal();
                    if (actual != expected || actual.Scale != expected.Scale)
                    {
                        return false.Label(FormattableString.Invariant($"{DayNumber.ToDate(from)}: {actual} against {expected}"));
                    }
                }
                else if (fine)
                {
                    return false.Label(FormattableString.Invariant($"{DayNumber.ToDate(from)}: not taken, every degree has at most 13 decimals"));
                }

                from = to + 1;
            }

            return true.Label("agree").Classify(fine, "every degree at most 13 decimals");
        });

    [Property(MaxTest = 1000)]
    public Property Weeks_classified_in_whole_units_are_classified_as_by_the_decimal_sum() =>
        Prop.ForAll(Spell.ArrayOf().Where(s => s.Length <= 10).ToArbitrary(), Degree.ToArbitrary(), (spells, partialMaxSupport) =>
        {
            var first = new NodaTime.LocalDate(2026, 1, 3);
            var last = new NodaTime.LocalDate(2026, 6, 17);
            SupportTimeline timeline = SupportTimeline.Build(spells, Classes, first, last, asOf: last);
            const int weeks = 30;
            Span<WeekRun> space = stackalloc WeekRun[weeks];
            WeekTable table = WeekTable.Build(timeline, weeks, timeline.LastDay, partialMaxSupport, space);
            var classified = new List<SelfSupport>();
            foreach (WeekRun run in table.Runs)
            {
                classified.AddRange(Enumerable.Repeat(run.SelfSupport, run.Count));
            }

            for (int k = 0; k < classified.Count; k++)
            {
                // SPEC §5 on the decimals: S_k = Σ s(d) over the week's days.
                int weekFirst = timeline.FirstDay + (7 * k);
                decimal support = 0m;
                foreach (SupportSegment segment in timeline.Segments)
                {
                    int days = Math.Min(weekFirst + 6, segment.LastDay) - Math.Max(weekFirst, segment.FirstDay) + 1;
                    support += days > 0 ? segment.Level * days : 0m;
                }

                SelfSupport expected = support == 0m ? SelfSupport.Full : support <= 7m * partialMaxSupport ? SelfSupport.Partial : SelfSupport.None;
                if (classified[k] != expected)
                {
                    return false.Label(FormattableString.Invariant($"week {k}: {classified[k]} against {expected} (S = {support}, limit {7m * partialMaxSupport})"));
                }
            }

            return true.Label("agree");
        });

    [Theory]
    [InlineData("0", 1, 0)]
    [InlineData("0.00", 1, 0)] // no support is a whole day of scale 0, as the decimal sum adds it
    [InlineData("1", 0, 0)]
    [InlineData("1.000", 0, 0)] // full support adds nothing, and no decimals
    [InlineData("0.75", 25, 2)]
    [InlineData("0.5", 5, 1)]
    [InlineData("0.1234567890123", 8_765_432_109_877, 13)]
    public void One_day_at_a_level_is_one_minus_the_level_at_its_scale(string level, long units, int scale)
    {
        Assert.Equal(new ScaledDays(units, scale), ScaledDays.SelfPerDay(decimal.Parse(level, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_level_with_more_than_13_decimals_is_left_to_the_decimal_sum()
    {
        Assert.Null(ScaledDays.SelfPerDay(0.12345678901234m));
    }

    [Fact]
    public void A_sum_takes_the_larger_scale_as_decimal_addition_does()
    {
        ScaledDays sum = new ScaledDays(3, 0).Plus(new ScaledDays(25, 2)).Plus(new ScaledDays(5, 1));

        Assert.Equal(3m + 0.25m + 0.5m, sum.ToDecimal());
        Assert.Equal((3m + 0.25m + 0.5m).Scale, sum.ToDecimal().Scale);
    }
}
