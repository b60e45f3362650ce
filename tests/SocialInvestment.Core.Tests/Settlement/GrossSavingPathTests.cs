using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace SocialInvestment.Tests.Settlement;

/// <summary>
/// The gross saving's two exact paths agree: the 64-bit whole numbers over one common denominator
/// (<c>MonthlySavings.TryGrossOf64</c>, issue 22) give the same øre, month by month and in all, as the 128-bit sum it
/// stands in for (<c>GrossOf128</c>), wherever they take the months.
/// </summary>
public sealed class GrossSavingPathTests
{
    /// <summary>Months of a rate up to 40,000.00 a month and D of up to <paramref name="maxScale"/> decimals.</summary>
    private static Gen<MonthlySaving> Month(int maxScale) =>
        from month in Gen.Choose(1, 12)
        from rateCents in Gen.OneOf(Gen.Choose(0, 4_000_000), Gen.Constant(1_500_000), Gen.Constant(2_500_049))
        from fill in Gen.OneOf(Gen.Constant(0), Gen.Constant(1), Gen.Constant(2))
        from numerator in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(0, maxScale)
        from units in Gen.Elements(false, true)
        select Saving(new YearMonth(2026, month), rateCents, fill, numerator, scale, units);

    /// <summary>
    /// A month's saving: none (0), whole (1), or a part with D of up to <paramref name="scale"/> decimals (2); D also in
    /// whole units where <paramref name="units"/> and it has at most 13 decimals, as the timeline gives it.
    /// </summary>
    private static MonthlySaving Saving(YearMonth month, int rateCents, int fill, int numerator, int scale, bool units)
    {
        int days = month.Calendar.GetDaysInMonth(month.Year, month.Month);
        decimal d = fill switch
        {
            0 => 0m,
            1 => days,
            _ => Math.Round(days * (numerator / 1_000_000m), scale, MidpointRounding.AwayFromZero),
        };
        Money rate = Money.FromCents(rateCents);
        ScaledDays? whole = units && d.Scale <= ScaledDays.MaxScale && ExactDecimal.TryUnits64(d, d.Scale, out long u) ? new ScaledDays(u, d.Scale) : null;
        return new MonthlySaving(MonthNumber.Of(month), 0, days, d, rate, rate.Cents) { SelfSupportedUnits = whole };
    }

    [Property(MaxTest = 2000)]
    public Property Within_five_years_and_four_decimals_the_64_bit_path_is_taken_and_gives_the_same_øre() =>
        Prop.ForAll(Month(4).ArrayOf().Where(m => m.Length is > 0 and <= 60).ToArbitrary(), months => Agree(months, mustTake: true));

    [Property(MaxTest = 2000)]
    public Property Wherever_the_64_bit_path_is_taken_it_gives_the_same_øre() =>
        Prop.ForAll(Month(12).ArrayOf().Where(m => m.Length is > 0 and <= 120).ToArbitrary(), months => Agree(months, mustTake: false));

    private static Property Agree(MonthlySaving[] months, bool mustTake)
    {
        long[] fast = new long[months.Length];
        long[] exact = new long[months.Length];
        Money reference = MonthlySavings.GrossOf128(months, exact);
        bool taken = MonthlySavings.TryGrossOf64(months, fast, out long gross);
        return (taken ? gross == reference.Cents && fast.SequenceEqual(exact) : !mustTake)
            .Label(FormattableString.Invariant($"taken {taken}: {gross} against {reference.Cents}"))
            .Classify(taken, "64-bit path");
    }

    [Fact]
    public void Days_with_more_decimals_than_64_bits_hold_fall_back_to_the_128_bit_sum()
    {
        MonthlySaving month = new(MonthNumber.Of(new YearMonth(2026, 1)), 0, 31, 10.12345678901234m, Money.FromCents(1_500_000), 1_500_000);

        Assert.False(MonthlySavings.TryGrossOf64([month], new long[1], out _));
    }
}
