using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Economics;

/// <summary>
/// docs/economics.md, "The screening's search": <see cref="XirrSearch.Find(ReadOnlySpan{int}, ReadOnlySpan{decimal}, int)"/>
/// gives the rate and status of <see cref="DiscountedCashFlow.Xirr"/>, bit for bit, from any hint.
/// </summary>
public sealed class XirrSearchTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    /// <summary>Grid indexes from below the grid to above it: the search clamps them.</summary>
    private static readonly Gen<int> Hint = Gen.Choose(-10, XirrSearch.Steps + 10);

    /// <summary>0.01 to about 10^13, in whole hundredths: tiny and huge amounts in one set.</summary>
    private static readonly Gen<decimal> Amount =
        from mantissa in Gen.Choose(1, 999_999)
        from exponent in Gen.Choose(0, 9)
        select mantissa * Pow10(exponent) / 100m;

    /// <summary>Distinct days from 0 to a span of 1 day to 30 years, both ends included, ascending.</summary>
    private static readonly Gen<int[]> Days =
        from span in Gen.OneOf(Gen.Choose(1, 31), Gen.Choose(1, 10_957))
        from count in Gen.Choose(0, 40)
        from inner in Gen.ArrayOf(Gen.Choose(1, span), count)
        select inner.Append(0).Append(span).Distinct().Order().ToArray();

    /// <summary>Flows in date order whose signs change exactly once: money out first, or money in first.</summary>
    private static readonly Gen<CashFlow[]> OneSignChange =
        from days in Days
        from split in Gen.Choose(1, days.Length - 1)
        from outFirst in Gen.Elements(true, false)
        from amounts in Gen.ArrayOf(Amount, days.Length)
        select days.Select((d, i) => Flow(d, (i < split) == outFirst ? -amounts[i] : amounts[i])).ToArray();

    /// <summary>
    /// One investment on day 0 worth the returns at a rate from −99 % to about 100,000 (rounded to the øre, at least
    /// 0.01 and at most 10^15), so the roots spread over the whole bracket and beyond it.
    /// </summary>
    private static readonly Gen<CashFlow[]> AroundARate =
        from x in Gen.Choose(-461, 1_152)
        from days in Days
        from amounts in Gen.ArrayOf(Amount, days.Length)
        let rate = Math.Exp(x / 100.0) - 1
        let worth = days.Skip(1).Select((d, i) => (double)amounts[i] / Math.Pow(1 + rate, d / 365.0)).Sum()
        select (CashFlow[])[Flow(0, -Math.Max(0.01m, Math.Round((decimal)Math.Min(worth, 1e15), 2))), .. days.Skip(1).Select((d, i) => Flow(d, amounts[i]))];

    /// <summary>Any signs, several flows on a date allowed: sign changes more than once, one sign, cancelling dates.</summary>
    private static readonly Gen<CashFlow[]> AnySigns =
        from days in Days
        from extra in Gen.Choose(0, 3)
        from more in Gen.ArrayOf(Gen.Choose(0, days[^1]), extra)
        from signed in Gen.ArrayOf(Gen.Zip(Amount, Gen.Elements(1, -1)), days.Length + more.Length)
        select days.Concat(more).Select((d, i) => Flow(d, signed[i].Item1 * signed[i].Item2)).ToArray();

    /// <summary>Distinct days as <see cref="Days"/>, but 50 to 250 of them: a screening's run of monthly or weekly payments.</summary>
    private static readonly Gen<int[]> ManyDays =
        from span in Gen.Choose(300, 10_957)
        from count in Gen.Choose(50, 250)
        from inner in Gen.ArrayOf(Gen.Choose(1, span), count)
        select inner.Append(0).Append(span).Distinct().Order().ToArray();

    /// <summary>
    /// An investor who pays in two to four tranches, the first on the first date and the others after payments have
    /// come in, so the flows change sign at least twice: the tranches together worth 0.1 to 10 times the payments.
    /// </summary>
    private static readonly Gen<CashFlow[]> Tranches = TranchesOn(Days.Where(d => d.Length >= 4));

    /// <summary>As <see cref="Tranches"/>, on the given dates (at least 4).</summary>
    private static Gen<CashFlow[]> TranchesOn(Gen<int[]> dates) =>
        from days in dates
        from count in Gen.Choose(1, Math.Min(3, days.Length - 3))
        from later in Gen.ArrayOf(Gen.Choose(2, days.Length - 2), count)
        from payments in Gen.ArrayOf(Amount, days.Length)
        from worth in Gen.Choose(-100, 100)
        let tranches = later.Append(0).ToHashSet()
        let paid = Enumerable.Range(0, days.Length).Where(i => !tranches.Contains(i)).Sum(i => payments[i])
        let tranche = Math.Max(0.01m, Math.Round(paid * (decimal)Math.Pow(10, worth / 100.0) / tranches.Count, 2))
        select days.Select((d, i) => Flow(d, tranches.Contains(i) ? -tranche : payments[i])).ToArray();

    /// <summary>
    /// Out, in, out at 0, T and 2T days: <c>−A + B z − C z²</c> with <c>z = (1 + r)^(−T/365)</c>, made 0 at two rates
    /// from −99 % to about 100,000 (rounded to the øre), at most a grid step apart in a third of the cases (where the
    /// value at the grid points near them is close to 0), or with B too small for any root (<c>B² &lt; 4AC</c>).
    /// </summary>
    private static readonly Gen<CashFlow[]> TwoRootsOrNone =
        from period in Gen.OneOf(Gen.Choose(1, 31), Gen.Choose(1, 5_000))
        from size in Amount
        from x1 in Gen.Choose(-461, 1_152)
        from apart in Gen.OneOf(Gen.Choose(0, 100), Gen.Choose(0, 1_000_000))
        from none in Gen.Elements(false, false, true)
        let flows = OutInOut(period, size, x1 / 100.0, (x1 / 100.0) + (apart / (apart > 100 ? 1e5 : 1e4)), none ? 0.9 : 1)
        where flows is not null
        select flows!;

    /// <summary>
    /// As <see cref="TwoRootsOrNone"/>, with the lower root at or within half a grid step of the end of one of the
    /// screening's blocks (16, 64, 256 or 1,024 grid points on from the grid points either side of 0), and the other up
    /// to 16 grid points above it (both in one block or on both sides of an end), within 10⁻⁴ of it (nearly one double
    /// root), or none, B short of a double root by a fraction of 10⁻³ to 10⁻⁹ (the value nearly touching 0): where the
    /// blocks are settled in smaller ones down to single grid points.
    /// </summary>
    private static readonly Gen<CashFlow[]> AtBlockEnds =
        from period in Gen.OneOf(Gen.Choose(1, 31), Gen.Choose(28, 3_650))
        from size in Gen.Choose(1, 999_999).Select(m => m * 10_000m)
        from level in Gen.Choose(0, XirrSearch.Levels - 1)
        from blocks in Gen.Choose(-3, 3)
        from offset in Gen.OneOf(Gen.Constant(0), Gen.Choose(-50, 50), Gen.Choose(-1_000, 1_000).Select(o => o * 1_000))
        from kind in Gen.Choose(0, 2)
        from apart in kind == 0 ? Gen.Choose(1, 1_600).Select(a => a * XirrSearch.GridStep / 100) : Gen.Choose(1, 10_000).Select(a => a * 1e-8)
        from short_ in Gen.Choose(3, 9)
        let end = XirrSearch.FirstNonNegative + (blocks * (XirrSearch.Block << (2 * level))) - (blocks < 0 ? 1 : 0)
        where end >= 0 && end <= XirrSearch.Steps
        let x1 = XirrSearch.GridPoint(end) + (offset * XirrSearch.GridStep / 100_000)
        let flows = OutInOut(period, size, x1, x1 + apart, kind == 2 ? 1 - Math.Pow(10, -short_) : 1)
        where flows is not null
        select flows!;

    /// <summary>
    /// Out, in, out at 0, T and 2T days made 0 at <c>x = ln(1 + r)</c> of <paramref name="x1"/> and <paramref name="x2"/>
    /// (B times <paramref name="scale"/>: below 1 no root), rounded to the øre; null where an amount reaches 10¹⁵.
    /// </summary>
    private static CashFlow[]? OutInOut(int period, decimal size, double x1, double x2, double scale)
    {
        double z1 = Math.Pow(Math.Exp(x1), -period / 365.0);
        double z2 = Math.Pow(Math.Exp(x2), -period / 365.0);
        double b = (double)size * ((1 / z1) + (1 / z2));
        double c = (double)size / (z1 * z2);
        double middle = scale == 1 ? b : scale * Math.Sqrt(4 * (double)size * c);
        return Math.Abs(middle) < 1e15 && c < 1e15
            ? [Flow(0, -size), Flow(period, Math.Max(0.01m, Math.Round((decimal)middle, 2))), Flow(2 * period, -Math.Max(0.01m, Math.Round((decimal)c, 2)))]
            : null;
    }

    private static readonly CashFlow[] Microsoft =
    [
        Flow(D("2008-01-01"), -10_000m),
        Flow(D("2008-03-01"), 2_750m),
        Flow(D("2008-10-30"), 4_250m),
        Flow(D("2009-02-15"), 3_250m),
        Flow(D("2009-04-01"), 2_750m),
    ];

    [Property(MaxTest = 3000)]
    public Property Flows_that_change_sign_once_get_Xirrs_rate_bit_for_bit_from_any_hint() =>
        Prop.ForAll(OneSignChange.ToArbitrary(), Hint.ToArbitrary(), AssertSameAsXirr);

    [Property(MaxTest = 3000)]
    public Property An_investment_worth_its_returns_at_any_rate_gets_Xirrs_rate_bit_for_bit_from_any_hint() =>
        Prop.ForAll(AroundARate.ToArbitrary(), Hint.ToArbitrary(), AssertSameAsXirr);

    [Property(MaxTest = 2000)]
    public Property Flows_of_any_signs_get_Xirrs_rate_and_status_bit_for_bit() =>
        Prop.ForAll(AnySigns.ToArbitrary(), Hint.ToArbitrary(), AssertSameAsXirr);

    [Property(MaxTest = 3000)]
    public Property Tranches_paid_between_payments_get_Xirrs_rate_and_status_bit_for_bit() =>
        Prop.ForAll(Tranches.ToArbitrary(), Hint.ToArbitrary(), AssertSameAsXirr);

    [Property(MaxTest = 300)]
    public Property Tranches_between_hundreds_of_payments_get_Xirrs_rate_and_status_bit_for_bit() =>
        Prop.ForAll(TranchesOn(ManyDays).ToArbitrary(), Hint.ToArbitrary(), AssertSameAsXirr);

    [Property(MaxTest = 3000)]
    public Property Two_roots_near_or_far_apart_or_none_get_Xirrs_rate_and_status_bit_for_bit() =>
        Prop.ForAll(TwoRootsOrNone.ToArbitrary(), Hint.ToArbitrary(), AssertSameAsXirr);

    [Property(MaxTest = 3000)]
    public Property Roots_at_the_ends_of_the_screenings_blocks_two_in_one_block_or_nearly_touching_get_Xirrs_rate_and_status_bit_for_bit() =>
        Prop.ForAll(AtBlockEnds.ToArbitrary(), Hint.ToArbitrary(), AssertSameAsXirr);

    [Property(MaxTest = 200)]
    public Property One_search_reused_for_a_runs_candidates_on_the_same_dates_and_on_others_gets_Xirrs_rate_and_status_each_time() =>
        Prop.ForAll(
            (from days in ManyDays
             from same in Gen.ArrayOf(TranchesOn(Gen.Constant(days)), 4)
             from other in Tranches
             select (CashFlow[][])[same[0], same[1], other, same[2], same[3]]).ToArbitrary(),
            sets =>
            {
                // The search keeps the powers that depend on the dates only while they stay the same.
                var search = new XirrSearch();
                int hint = XirrSearch.GridIndex(0.1);
                foreach (CashFlow[] flows in sets)
                {
                    XirrScreen fast = search.Find(flows, hint);
                    hint = fast.GridIndex;
                    AssertSame(DiscountedCashFlow.Xirr(flows), fast);
                }
            });

    [Property(MaxTest = 1000)]
    public Property The_screened_grid_has_the_values_sign_and_is_the_value_or_a_bound_of_it_within_the_documented_bound() =>
        Prop.ForAll(Gen.OneOf(Tranches, TwoRootsOrNone, AtBlockEnds, AnySigns).ToArbitrary(), flows =>
        {
            var search = new XirrSearch();
            (int[] days, decimal[] amounts) = XirrSearch.ByDate(flows);
            if (search.Load(days, amounts) is not null)
            {
                return;
            }

            double[] screened = search.Screened();
            for (int k = 0; k <= XirrSearch.Steps; k++)
            {
                double value = search.Value(XirrSearch.GridPoint(k));
                // Each is the value within the bound, or a bound of the value settled beyond the margin.
                double bound = 1.1e-12 + (days.Length * 2.3e-16);
                Assert.Equal(Math.Sign(value), Math.Sign(screened[k]));
                Assert.True(
                    Math.Abs(screened[k] - value) <= bound || (Math.Abs(screened[k]) > 1e-9 && Math.Abs(screened[k]) <= Math.Abs(value) + (3 * bound)),
                    FormattableString.Invariant($"At grid point {k}: screened {screened[k]:R}, value {value:R}."));
            }
        });

    [Property(MaxTest = 1000)]
    public Property Searching_again_from_the_grid_index_found_finds_the_same_rate_and_index() =>
        Prop.ForAll(AroundARate.ToArbitrary(), Hint.ToArbitrary(), (flows, hint) =>
        {
            var search = new XirrSearch();
            XirrScreen first = search.Find(flows, hint);
            XirrScreen again = search.Find(flows, first.GridIndex);

            Assert.Equal(first, again);
            Assert.InRange(first.GridIndex, 0, XirrSearch.Steps);
        });

    [Fact]
    public void Microsofts_example_gets_Xirrs_rate_from_the_bottom_the_middle_and_the_top_of_the_grid()
    {
        double exact = DiscountedCashFlow.Xirr(Microsoft).Rate!.Value;

        foreach (int hint in new[] { 0, XirrSearch.GridIndex(0.1), XirrSearch.Steps })
        {
            XirrScreen fast = new XirrSearch().Find(Microsoft, hint);
            Assert.Equal(IrrStatus.Found, fast.Status);
            Assert.Equal(BitConverter.DoubleToInt64Bits(exact), BitConverter.DoubleToInt64Bits(fast.Rate!.Value));
            Assert.Equal(0.3733625335188315, fast.Rate!.Value, 1e-12);

            // The root lies in the grid interval that ends at the index found.
            double x = Math.Log(1 + fast.Rate!.Value);
            Assert.InRange(x, XirrSearch.GridPoint(fast.GridIndex - 1), XirrSearch.GridPoint(fast.GridIndex));
        }
    }

    [Fact]
    public void Ten_percent_a_year_is_found_as_Xirr_finds_it()
    {
        // 1000 out, 1100 back 365 days later: 1100 / 1.1 = 1000.
        CashFlow[] flows = [Flow(D("2001-01-01"), -1_000m), Flow(D("2002-01-01"), 1_100m)];

        XirrScreen fast = new XirrSearch().Find(flows, XirrSearch.GridIndex(5));

        Assert.Equal(IrrStatus.Found, fast.Status);
        Assert.Equal(0.1, fast.Rate!.Value, 1e-12);
        Assert.Equal(DiscountedCashFlow.Xirr(flows).Rate, fast.Rate);
    }

    [Fact]
    public void A_root_above_or_below_the_bracket_is_no_root_whichever_end_the_walk_starts_from()
    {
        // Money doubled in a day needs 2^365 − 1; 1000 out and 0.01 back a day later needs 0.00001^365 − 1, below −99.99 %.
        CashFlow[] above = [Flow(0, -100m), Flow(1, 200m)];
        CashFlow[] below = [Flow(0, -1_000m), Flow(1, 0.01m)];

        foreach (int hint in new[] { 0, 1_000, XirrSearch.Steps })
        {
            Assert.Equal(new XirrScreen(null, IrrStatus.NoRoot, XirrSearch.Steps), new XirrSearch().Find(above, hint));
            Assert.Equal(new XirrScreen(null, IrrStatus.NoRoot, 0), new XirrSearch().Find(below, hint));
        }

        Assert.Equal(IrrStatus.NoRoot, DiscountedCashFlow.Xirr(above).Status);
        Assert.Equal(IrrStatus.NoRoot, DiscountedCashFlow.Xirr(below).Status);
    }

    [Fact]
    public void No_flows_and_flows_of_one_sign_are_not_searched_and_keep_the_hint()
    {
        var search = new XirrSearch();

        Assert.Equal(new XirrScreen(null, IrrStatus.NoFlows, 7), search.Find([], 7));
        Assert.Equal(new XirrScreen(null, IrrStatus.NoFlows, 7), search.Find([Flow(0, -100m), Flow(0, 100m)], 7));
        Assert.Equal(new XirrScreen(null, IrrStatus.OneSign, 7), search.Find([Flow(0, -100m), Flow(30, -50m)], 7));
        Assert.Equal(new XirrScreen(null, IrrStatus.OneSign, 7), search.Find([Flow(5, 100m)], 7));
    }

    [Fact]
    public void Flows_that_change_sign_twice_are_searched_as_Xirr_searches_them()
    {
        // −100, +230, −132 a year apart: the roots 10 % and 20 %; 10 % is given. −100, +50, −100: no root at all.
        CashFlow[] two = [Flow(D("2001-01-01"), -100m), Flow(D("2002-01-01"), 230m), Flow(D("2003-01-01"), -132m)];
        CashFlow[] none = [Flow(D("2001-01-01"), -100m), Flow(D("2002-01-01"), 50m), Flow(D("2003-01-01"), -100m)];

        XirrScreen several = new XirrSearch().Find(two, XirrSearch.Steps);

        Assert.Equal(IrrStatus.SeveralFound, several.Status);
        Assert.Equal(DiscountedCashFlow.Xirr(two).Rate, several.Rate);
        Assert.Equal(0.1, several.Rate!.Value, 1e-12);
        Assert.Equal(XirrSearch.GridIndex(several.Rate!.Value), several.GridIndex);
        Assert.Equal(IrrStatus.NoRoot, new XirrSearch().Find(none, 0).Status);
    }

    [Fact]
    public void Two_tranches_between_payments_are_searched_as_Xirr_searches_them()
    {
        // 1,000,000 on the first date and 500,000 two weeks later, a payment of 12,000 in between and monthly ones after:
        // − + − + + …, searched over the whole grid; one root.
        int[] days = [0, 7, 14, .. Enumerable.Range(1, 147).Select(i => 14 + (i * 24))];
        decimal[] amounts = [-1_000_000m, 12_000m, -500_000m, .. Enumerable.Range(1, 147).Select(i => 11_000m + (i * 10.25m))];
        CashFlow[] flows = [.. days.Select((d, i) => Flow(d, amounts[i]))];

        IrrResult exact = DiscountedCashFlow.Xirr(flows);
        XirrScreen fast = new XirrSearch().Find(days, amounts, 0);

        Assert.Equal(IrrStatus.Found, exact.Status);
        Assert.Equal(new XirrScreen(exact.Rate, IrrStatus.Found, XirrSearch.GridIndex(exact.Rate!.Value)), fast);
    }

    [Fact]
    public void Only_the_days_between_the_dates_count()
    {
        var search = new XirrSearch();

        XirrScreen fromZero = search.Find([0, 365], [-1_000m, 1_100m], 0);
        XirrScreen fromLater = search.Find([40_000, 40_365], [-1_000m, 1_100m], 0);

        Assert.Equal(fromZero, fromLater);
    }

    [Fact]
    public void Flows_not_added_up_by_date_are_refused()
    {
        var search = new XirrSearch();

        Assert.Throws<ArgumentException>(() => search.Find([0, 0], [-1m, 2m], 0));
        Assert.Throws<ArgumentException>(() => search.Find([5, 3], [-1m, 2m], 0));
        Assert.Throws<ArgumentException>(() => search.Find([0, 3], [-1m, 0m], 0));
        Assert.Throws<ArgumentException>(() => search.Find([0, 3], [-1m], 0));
    }

    [Fact]
    public void A_search_of_flows_that_change_sign_once_allocates_nothing_once_its_buffers_fit()
    {
        // 150 dates over ten years: one investment, then monthly-ish payments.
        int[] days = [0, .. Enumerable.Range(1, 149).Select(i => i * 24)];
        decimal[] amounts = [-1_000_000m, .. Enumerable.Range(1, 149).Select(i => 9_000m + (i * 10.25m))];
        var search = new XirrSearch();
        XirrScreen first = search.Find(days, amounts, 0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        XirrScreen again = search.Find(days, amounts, first.GridIndex);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(first, again);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void The_grid_index_of_a_rate_is_the_grid_point_at_or_below_it_within_the_grid()
    {
        int k = XirrSearch.GridIndex(0.1);

        Assert.InRange(Math.Log(1.1), XirrSearch.GridPoint(k), XirrSearch.GridPoint(k + 1));
        Assert.Equal(0, XirrSearch.GridIndex(-1));
        Assert.Equal(0, XirrSearch.GridIndex(double.NaN));
        Assert.Equal(0, XirrSearch.GridIndex(-0.99999));
        Assert.Equal(XirrSearch.Steps, XirrSearch.GridIndex(1e9));
        Assert.Equal(XirrSearch.Steps, XirrSearch.GridIndex(double.PositiveInfinity));
        Assert.Equal(XirrSearch.Highest, XirrSearch.GridPoint(XirrSearch.Steps));
    }

    private static void AssertSameAsXirr(CashFlow[] flows, int hint) =>
        AssertSame(DiscountedCashFlow.Xirr(flows), new XirrSearch().Find(flows, hint));

    /// <summary>The same status, and the same rate bit for bit.</summary>
    private static void AssertSame(IrrResult exact, XirrScreen fast)
    {
        Assert.Equal(exact.Status, fast.Status);
        Assert.Equal(exact.Rate.HasValue, fast.Rate.HasValue);
        if (exact.Rate is { } rate)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(rate), BitConverter.DoubleToInt64Bits(fast.Rate!.Value));
        }
    }

    private static CashFlow Flow(int day, decimal amount) => Flow(Start.PlusDays(day), amount);

    private static CashFlow Flow(LocalDate date, decimal amount) =>
        new(date, amount < 0 ? CashFlowKind.Investment : CashFlowKind.OutcomePayment, M(amount));

    private static decimal Pow10(int exponent) => Enumerable.Repeat(10m, exponent).Aggregate(1m, (p, t) => p * t);
}
