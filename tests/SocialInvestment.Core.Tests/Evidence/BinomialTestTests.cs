using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Evidence;

/// <summary>
/// The exact binomial test against a baseline rate (docs/evidence.md). Each value is checked against the same test
/// computed exactly in whole numbers (<see cref="ExactBinomial"/>) to 10⁻⁹, and where R documents one, against R's
/// printed value to half a unit of its last digit.
/// </summary>
public sealed class BinomialTestTests
{
    private const double Exact = 1e-9;

    [Fact]
    public void Rs_documentation_example_682_of_925_against_three_quarters_has_p_0_3825()
    {
        // ?binom.test: "binom.test(c(682, 243), p = 3/4)", p-value = 0.3825.
        BinomialTest test = BinomialTest.Against(682, 925, 0.75);

        Assert.Equal(ExactBinomial.TwoSidedP(682, 925, 3, 4), test.TwoSidedP, Exact);
        Assert.Equal(0.3825, test.TwoSidedP, 5e-5);
        Assert.Equal(ExactBinomial.AtLeastP(682, 925, 3, 4), test.GreaterP, Exact);
    }

    [Fact]
    public void Seven_of_20_against_a_fifth_sums_the_upper_tail_and_P_of_0()
    {
        // P(X = 7) = 0.05455; the upper tail P(X ≥ 7) = 0.08669; below the mean only P(X = 0) = 0.8^20 = 0.01153 is no
        // more likely (P(X = 1) = 20·0.2·0.8^19 = 0.05765 is more). Two-sided: 0.08669 + 0.01153 = 0.09822.
        BinomialTest test = BinomialTest.Against(7, 20, 0.2);

        Assert.Equal(ExactBinomial.TwoSidedP(7, 20, 1, 5), test.TwoSidedP, Exact);
        Assert.Equal(0.098222, test.TwoSidedP, 1e-6);
        Assert.Equal(0.086693, test.GreaterP, 1e-6);
    }

    [Fact]
    public void A_count_below_the_mean_sums_the_lower_tail_and_the_unlikely_upper_outcomes()
    {
        // 1 of 20 against 0.3: P(X ≤ 1) = 0.00764 and every P(X = i) ≤ P(X = 1) = 0.00684 above the mean, i ≥ 12.
        BinomialTest test = BinomialTest.Against(1, 20, 0.3);

        Assert.Equal(ExactBinomial.TwoSidedP(1, 20, 3, 10), test.TwoSidedP, Exact);
        Assert.Equal(ExactBinomial.AtLeastP(1, 20, 3, 10), test.GreaterP, Exact);
    }

    [Fact]
    public void A_count_at_the_mean_has_p_1() =>
        Assert.Equal(1, BinomialTest.Against(5, 20, 0.25).TwoSidedP);

    [Fact]
    public void Half_with_a_symmetric_baseline_counts_both_mirror_outcomes()
    {
        // p₀ = 1/2: P(X = i) = P(X = n − i) exactly, so 3 of 10 sums i ≤ 3 and i ≥ 7: 2 × 176/1024 = 0.34375.
        Assert.Equal(0.34375, BinomialTest.Against(3, 10, 0.5).TwoSidedP, 1e-12);
    }

    [Fact]
    public void A_baseline_of_0_or_1_gives_p_1_where_the_count_is_the_only_possible_one_and_0_otherwise()
    {
        Assert.Equal(1, BinomialTest.Against(0, 10, 0).TwoSidedP);
        Assert.Equal(0, BinomialTest.Against(1, 10, 0).TwoSidedP);
        Assert.Equal(1, BinomialTest.Against(10, 10, 1).TwoSidedP);
        Assert.Equal(0, BinomialTest.Against(9, 10, 1).TwoSidedP);
        Assert.Equal(1, BinomialTest.Against(9, 10, 1).GreaterP);
        Assert.Equal(0, BinomialTest.Against(1, 10, 0).GreaterP);
    }

    [Fact]
    public void Greater_is_the_upper_tail_from_the_count_on()
    {
        Assert.Equal(1, BinomialTest.Against(0, 10, 0.3).GreaterP);
        Assert.Equal(Math.Pow(0.3, 10), BinomialTest.Against(10, 10, 0.3).GreaterP, 1e-18);
    }

    [Fact]
    public void A_tiny_upper_tail_keeps_its_digits()
    {
        // 40 of 40 against 0.1 is 10⁻⁴⁰: 1 − P(X ≤ 39) would round it to 0.
        BinomialTest test = BinomialTest.Against(40, 40, 0.1);

        Assert.Equal(1e-40, test.GreaterP, 1e-52);
        Assert.Equal(ExactBinomial.TwoSidedP(40, 40, 1, 10), test.TwoSidedP, 1e-50);
    }

    [Fact]
    public void Counts_and_rates_out_of_range_are_refused()
    {
        Assert.Equal("total", Assert.Throws<ArgumentException>(() => BinomialTest.Against(0, 0, 0.5)).ParamName);
        Assert.Equal("met", Assert.Throws<ArgumentException>(() => BinomialTest.Against(3, 2, 0.5)).ParamName);
        Assert.Equal("baselineRate", Assert.Throws<ArgumentException>(() => BinomialTest.Against(1, 2, 1.5)).ParamName);
        Assert.Equal("baselineRate", Assert.Throws<ArgumentException>(() => BinomialTest.Against(1, 2, double.NaN)).ParamName);
    }

    [Property(MaxTest = 300)]
    public Property Both_p_values_equal_the_exact_computation() => Prop.ForAll(Cases(), c =>
    {
        BinomialTest test = BinomialTest.Against(c.K, c.N, (double)c.A / c.B);
        Assert.Equal(ExactBinomial.TwoSidedP(c.K, c.N, c.A, c.B), test.TwoSidedP, Exact);
        Assert.Equal(ExactBinomial.AtLeastP(c.K, c.N, c.A, c.B), test.GreaterP, Exact);
        Assert.InRange(test.TwoSidedP, 0, 1);
    });

    /// <summary>n from 1 to 400, k from 0 to n, p₀ = a/b with b up to 20 and 0 &lt; a &lt; b.</summary>
    private static Arbitrary<(int K, int N, int A, int B)> Cases() =>
        (from n in Gen.Choose(1, 400)
         from k in Gen.Choose(0, n)
         from b in Gen.Choose(2, 20)
         from a in Gen.Choose(1, b - 1)
         select (k, n, a, b)).ToArbitrary();
}
