using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Employment;

/// <summary>
/// SPEC-DK DK1/DK3: the monthly rates of a DREAM extract, the known months, and a rate of 0 where a known month has none;
/// kept compact (each person's months from their first to their last rate above 0, four decimals in two bytes, any other
/// rate apart), which must never change a rate.
/// </summary>
public sealed class EmploymentRatesTests
{
    private static readonly YearMonth January = new(2026, 1);

    private static EmploymentRate Rate(string id, YearMonth month, decimal rate) => new(P(id), month, rate);

    [Fact]
    public void A_known_month_without_a_rate_is_0_and_an_unknown_month_has_none()
    {
        var rates = new EmploymentRates([January, January.PlusMonths(1)], [Rate("anna", January, 0.45m)]);

        Assert.Equal(0.45m, rates.RateOf(P("anna"), January));
        Assert.Equal(0m, rates.RateOf(P("anna"), January.PlusMonths(1)));
        Assert.Equal(0m, rates.RateOf(P("bo"), January));
        Assert.Null(rates.RateOf(P("anna"), January.PlusMonths(2)));
        Assert.Null(rates.RateOf(P("anna"), January.PlusMonths(-1)));
        Assert.False(rates.IsKnown(January.PlusMonths(2)));
    }

    [Fact]
    public void Months_are_ordered_and_repeats_are_one_month_and_a_gap_between_known_months_is_unknown()
    {
        var rates = new EmploymentRates([January.PlusMonths(3), January, January.PlusMonths(3)], [Rate("anna", January.PlusMonths(3), 1m)]);

        Assert.Equal([January, January.PlusMonths(3)], rates.Months);
        Assert.False(rates.IsKnown(January.PlusMonths(1)));
        Assert.Null(rates.RateOf(P("anna"), January.PlusMonths(2)));
        Assert.Equal(1m, rates.RateOf(P("anna"), January.PlusMonths(3)));
    }

    [Fact]
    public void A_rate_of_a_month_that_is_not_known_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new EmploymentRates([January], [Rate("anna", January.PlusMonths(1), 0.5m)]));

        Assert.Equal("rates", e.ParamName);
        Assert.Contains("2026-02", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_rate_given_for_a_month_wins_also_when_the_persons_rates_come_again_later()
    {
        YearMonth[] months = [January, January.PlusMonths(1), January.PlusMonths(2)];
        EmploymentRate[] given =
        [
            Rate("anna", January, 0.2m),
            Rate("anna", January, 0.3m),
            Rate("bo", January.PlusMonths(1), 0.5m),
            Rate("anna", January.PlusMonths(2), 0.123456789m),
            Rate("bo", January.PlusMonths(1), 0m),
        ];

        var rates = new EmploymentRates(months, given);

        Assert.Equal(0.3m, rates.RateOf(P("anna"), January));
        Assert.Equal(0m, rates.RateOf(P("anna"), January.PlusMonths(1)));
        Assert.Equal(0.123456789m, rates.RateOf(P("anna"), January.PlusMonths(2)));
        Assert.Equal(0m, rates.RateOf(P("bo"), January.PlusMonths(1)));
    }

    [Theory]
    [InlineData("0.45", "0.45")]
    [InlineData("0.4500", "0.45")]
    [InlineData("0.450000000", "0.45")]
    [InlineData("1", "1")]
    [InlineData("1.0", "1")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00005", "0.00005")]
    [InlineData("0.3333333333333333333333333333", "0.3333333333333333333333333333")]
    public void A_rate_reads_back_equal_to_what_was_given(string given, string read)
    {
        decimal rate = decimal.Parse(given, System.Globalization.CultureInfo.InvariantCulture);
        var rates = new EmploymentRates([January], [Rate("anna", January, rate)]);

        decimal? back = rates.RateOf(P("anna"), January);

        Assert.Equal(rate, back);
        Assert.Equal(read, back!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void None_knows_no_month()
    {
        Assert.Empty(EmploymentRates.None.Months);
        Assert.Null(EmploymentRates.None.RateOf(P("anna"), January));
    }

    [Fact]
    public void Rates_of_many_people_fill_several_blocks_and_each_reads_back()
    {
        // 70,000 people × 3 months: more than one block of 65,536 months, so some people begin a new block.
        YearMonth[] months = [January, January.PlusMonths(1), January.PlusMonths(2)];
        IEnumerable<EmploymentRate> Given()
        {
            for (int i = 0; i < 70_000; i++)
            {
                for (int m = 0; m < 3; m++)
                {
                    yield return Rate($"p{i}", months[m], ((i + m) % 10_001) / 10_000m);
                }
            }
        }

        var rates = new EmploymentRates(months, Given());

        foreach (int i in new[] { 0, 21_844, 21_845, 21_846, 43_690, 69_999 })
        {
            for (int m = 0; m < 3; m++)
            {
                Assert.Equal(((i + m) % 10_001) / 10_000m, rates.RateOf(P($"p{i}"), months[m]));
            }
        }
    }

    private static readonly Gen<decimal> Rates = Gen.OneOf(
        Gen.Constant(0m),
        Gen.Choose(0, 100).Select(k => k / 100m),
        Gen.Choose(0, 10_000).Select(k => k / 10_000m),
        Gen.Choose(0, 1_000_000).Select(k => k / 1_000_000m),
        Gen.Choose(1, 1_000_000).Select(k => 1m / k));

    private static readonly Arbitrary<(string Person, int Month, decimal Rate)[]> Given =
        (from person in Gen.Elements("a", "b", "c", "d")
         from month in Gen.Choose(0, 11)
         from rate in Rates
         select (person, month, rate)).ArrayOf().ToArbitrary();

    /// <summary>Whatever the order and repeats of the rates given, each month of each person reads back the last rate given, or 0.</summary>
    [Property(MaxTest = 500)]
    public Property Every_rate_reads_back_as_the_last_given_for_its_person_and_month() => Prop.ForAll(Given, given =>
    {
        YearMonth[] months = [.. Enumerable.Range(0, 12).Select(m => January.PlusMonths(m))];
        var rates = new EmploymentRates(months, given.Select(g => Rate(g.Person, months[g.Month], g.Rate)));

        foreach (string person in new[] { "a", "b", "c", "d", "e" })
        {
            for (int m = 0; m < 12; m++)
            {
                decimal expected = given.LastOrDefault(g => g.Person == person && g.Month == m).Rate;
                Assert.Equal(expected, rates.RateOf(P(person), months[m]));
            }
        }
    });

    private static readonly Arbitrary<(int Piece, string Person, int Month, int Months, decimal Rate)[]> Runs =
        (from piece in Gen.Choose(0, 3)
         from person in Gen.Elements("a", "b", "c", "d", "e", "f")
         from month in Gen.Choose(0, 11)
         from months in Gen.Choose(1, 12)
         from rate in Rates.Where(r => r > 0)
         select (piece, person, month, Math.Min(months, 12 - month), rate)).ArrayOf().ToArbitrary();

    /// <summary>
    /// A reader gathers the rates of each piece of a file on its own core, a run of months of one rate at once, and joins
    /// the pieces: each month reads back the last rate given for it, as when every rate is given one by one.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Rates_gathered_in_pieces_and_joined_read_back_as_given_one_by_one() => Prop.ForAll(Runs, runs =>
    {
        YearMonth[] months = [.. Enumerable.Range(0, 12).Select(m => January.PlusMonths(m))];

        // A person is in one piece (a reader of one row a person sees them once) and their runs come together.
        var given = runs.GroupBy(r => r.Person).SelectMany(g => g.Select(r => r with { Piece = g.First().Piece })).OrderBy(r => r.Piece).ToArray();
        var pieces = new BulkAccess.RateRows[4];
        for (int k = 0; k < pieces.Length; k++)
        {
            pieces[k] = new BulkAccess.RateRows(months);
            foreach (var run in given.Where(r => r.Piece == k))
            {
                pieces[k].Add(P(run.Person), run.Month, run.Months, run.Rate);
            }
        }

        EmploymentRates joined = BulkAccess.EmploymentRates(months, pieces);
        var oneByOne = new EmploymentRates(months, given.SelectMany(r => Enumerable.Range(r.Month, r.Months).Select(m => Rate(r.Person, months[m], r.Rate))));

        Assert.Equal(months, joined.Months);
        foreach (string person in new[] { "a", "b", "c", "d", "e", "f", "g" })
        {
            foreach (YearMonth month in months)
            {
                Assert.Equal(oneByOne.RateOf(P(person), month), joined.RateOf(P(person), month));
            }
        }
    });

    [Fact]
    public void Pieces_joined_keep_the_last_pieces_rates_of_a_person_in_two_and_the_rates_kept_apart_of_each()
    {
        YearMonth[] months = [January, January.PlusMonths(1), January.PlusMonths(2)];
        var first = new BulkAccess.RateRows(months);
        first.Add(P("anna"), 0, 3, 0.5m);
        first.Add(P("bo"), 1, 1, 0.123456789m);
        var second = new BulkAccess.RateRows(months);
        second.Add(P("cai"), 0, 2, 1m / 3m);
        second.Add(P("anna"), 2, 1, 0.25m);

        EmploymentRates rates = BulkAccess.EmploymentRates(months, [first, second]);

        Assert.Equal([0m, 0m, 0.25m], months.Select(m => rates.RateOf(P("anna"), m)));
        Assert.Equal(0.123456789m, rates.RateOf(P("bo"), months[1]));
        Assert.Equal([1m / 3m, 1m / 3m, 0m], months.Select(m => rates.RateOf(P("cai"), m)));
    }
}
