using System.Globalization;

namespace SocialInvestment.Tests.Primitives;

/// <summary>
/// The exact-arithmetic helpers at their edges: the 64-bit fast path of rounding a product to øre is taken for the
/// common amounts and declined, with nothing computed, wherever it cannot be exact; the other paths at scales and signs
/// that the settlement rarely meets. Found by mutation testing (docs/quality.md).
/// </summary>
public sealed class ExactPathTests
{
    [Theory]
    [InlineData(15000, 0.5, 31, 24194)] // 15,000 × 0.5 / 31 = 241.935… → 241.94
    [InlineData(-1, 1, 3, -33)] // −0.333… → −0.33
    [InlineData(0.005, 1, 1, 1)] // half a øre rounds away from zero
    [InlineData(-0.005, 1, 1, -1)]
    [InlineData(0, -1, 7, 0)] // no negative zero
    public void Common_amounts_take_the_64_bit_path(double a, double b, int divisor, long cents)
    {
        decimal[] factors = [(decimal)a, (decimal)b];

        Assert.True(ExactDecimal.TryRoundProductToCents64(factors, divisor, out long fast));
        Assert.Equal(cents, fast);
        Assert.Equal(cents, ExactDecimal.RoundProductToCents(factors, divisor));
    }

    [Fact]
    public void The_64_bit_path_declines_what_it_cannot_do_exactly()
    {
        // A divisor that is not positive.
        Assert.False(ExactDecimal.TryRoundProductToCents64([1m], 0, out long cents));
        Assert.Equal(0L, cents);
        Assert.False(ExactDecimal.TryRoundProductToCents64([1m], -3, out _));

        // A mantissa of more than 64 bits.
        Assert.False(ExactDecimal.TryRoundProductToCents64([79228162514264337593543950335m], 1, out _));

        // A product of more than 64 bits.
        Assert.False(ExactDecimal.TryRoundProductToCents64([18446744073709551615m, 2m], 1, out _));

        // A denominator of more than 64 bits: scale 28 needs 10^26 × the divisor.
        Assert.False(ExactDecimal.TryRoundProductToCents64([0.0000000000000000000000000001m], 1, out _));

        // A small scale whose ×100 overflows 64 bits.
        Assert.False(ExactDecimal.TryRoundProductToCents64([18446744073709551615m], 1, out _));

        // A quotient above long.MaxValue: 2^63 cents is 92,233,720,368,547,758.08.
        Assert.False(ExactDecimal.TryRoundProductToCents64([92233720368547758.08m], 1, out _));
        Assert.True(ExactDecimal.TryRoundProductToCents64([92233720368547758.07m], 1, out long largest));
        Assert.Equal(long.MaxValue, largest);
    }

    [Theory]
    [InlineData("0.35", "0.1", 1_500_000, "12.5", 31)] // the common line: a 64-bit product
    [InlineData("0.35", "0", 1_500_000, "0", 30)]
    [InlineData("1", "0", -1_234_567, "17.25", 28)] // a negative rate
    [InlineData("0.3333333333333333333333333333", "0.1", 1_500_000, "12.5", 31)] // the factor needs more than 64 bits
    [InlineData("0.35", "0.1", 1_500_000, "12.123456789012345678", 29)] // the product does
    public void A_share_line_with_its_factor_multiplied_once_is_the_whole_product_rounded(string share, string deadweight, long rateCents, string days, int daysInMonth)
    {
        decimal s = decimal.Parse(share, CultureInfo.InvariantCulture);
        decimal d = decimal.Parse(deadweight, CultureInfo.InvariantCulture);
        var month = new MonthlySaving(MonthNumber.Of(new NodaTime.YearMonth(2025, 1)), 0, daysInMonth, decimal.Parse(days, CultureInfo.InvariantCulture), Money.FromCents(rateCents), rateCents);
        ExactDecimal.Product64? factor = ExactDecimal.Product64.One.TryTimes(s, out ExactDecimal.Product64 p) && p.TryTimes(1m - d, out p) ? p : null;

        long expected = ExactDecimal.RoundProductToCents([s, 1m - d, rateCents / 100m, month.SelfSupportedDays], daysInMonth);
        Assert.Equal(expected, month.ShareCents(s, d, factor));
        Assert.Equal(expected, month.ShareCents(s, d));
    }

    [Theory]
    [InlineData(1, -3, -0.33)]
    [InlineData(-1, -3, 0.33)]
    [InlineData(5, -1000, -0.01)]
    [InlineData(-5, 1000, -0.01)]
    [InlineData(2, 3, 0.67)]
    public void Rounding_a_fraction_takes_the_sign_of_the_quotient_and_rounds_half_away_from_zero(long numerator, long denominator, double expected) =>
        Assert.Equal((decimal)expected, ExactDecimal.RoundHalfAwayFromZero(numerator, denominator, 2));

    [Theory]
    [InlineData(15, 1, 1, 150)] // 1.5 at scale 1 → 150 øre
    [InlineData(15, 0, 1, 1500)] // 15 at scale 0
    [InlineData(15, 2, 1, 15)] // 0.15 at scale 2
    [InlineData(-25, 3, 1, -3)] // −0.025 → −0.03
    [InlineData(1000, 1, 3, 3333)] // 100 / 3 = 33.333… → 33.33
    public void Rounding_to_cents_in_128_bits_scales_either_way(long numerator, int scale, int divisor, long cents) =>
        Assert.Equal((Int128)cents, ExactDecimal.RoundHalfAwayFromZeroToCents(numerator, scale, divisor));

    [Fact]
    public void A_month_of_other_than_28_to_31_days_is_refused_by_the_exact_sum()
    {
        var sum = new ExactQuotientSum();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sum.Add(1m, 1m, 27));
        Assert.Equal("divisor", error.ParamName);
        Assert.StartsWith("A month has 28 to 31 days.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_in_any_chunk_reaches_the_caller_the_first_in_participant_order_on_any_number_of_cores()
    {
        foreach (int cores in new[] { 1, 2, -1 })
        {
            var options = new SettlementOptions { MaxDegreeOfParallelism = cores };
            var error = Assert.Throws<InvalidOperationException>(() => Chunks.Map(5 * Chunks.Size, options, (start, _) =>
                start >= 2 * Chunks.Size ? throw new InvalidOperationException($"chunk at {start}") : start));
            Assert.Equal($"chunk at {2 * Chunks.Size}", error.Message);
        }
    }

    [Fact]
    public void Chunks_cover_the_count_exactly_once_in_order()
    {
        int[][] sizes =
        [
            Chunks.Map(0, SettlementOptions.Default, (start, end) => new[] { start, end }).SelectMany(x => x).ToArray(),
            Chunks.Map(Chunks.Size, SettlementOptions.Default, (start, end) => new[] { start, end }).SelectMany(x => x).ToArray(),
            Chunks.Map(Chunks.Size + 1, SettlementOptions.Default, (start, end) => new[] { start, end }).SelectMany(x => x).ToArray(),
        ];

        Assert.Empty(sizes[0]);
        Assert.Equal([0, Chunks.Size], sizes[1]);
        Assert.Equal([0, Chunks.Size, Chunks.Size, Chunks.Size + 1], sizes[2]);
    }

    [Fact]
    public void Value_messages_say_the_rule()
    {
        Assert.StartsWith("A degree is greater than 0 and at most 1.", Assert.Throws<ArgumentOutOfRangeException>(() => Degree.FromDecimal(0m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("A share is between 0 and 1, both included.", Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromDecimal(1.01m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Object must be of type Money.", Assert.Throws<ArgumentException>(() => Money.Zero.CompareTo((object)1m)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Value should be in range [1-10000]", Assert.Throws<ArgumentOutOfRangeException>(() => new ObservationWindow(WindowAnchor.Start, 0)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_zero_money_prints_as_zero() =>
        Assert.Equal("0.00", Money.FromAmount(decimal.Negate(0.00m)).ToString());

    [Fact]
    public void Fractions_of_unlike_denominators_add_exactly()
    {
        Fraction sum = Fraction.Zero.Plus(Fraction.Of([1m], 6)).Plus(Fraction.Of([1m], 3)).Plus(Fraction.Of([1m], 7));

        // 1/6 + 1/3 + 1/7 = 9/14 = 0.642857… → 0.64
        Assert.Equal(Money.FromAmount(0.64m), sum.RoundToMoney());
    }
}
