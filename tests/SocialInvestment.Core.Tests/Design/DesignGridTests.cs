using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SocialInvestment.Tests.Design;

/// <summary>The grid: the cartesian product of the parameters' values in odometer order (the last parameter fastest), reached by index.</summary>
public sealed class DesignGridTests
{
    private static readonly Arbitrary<int[]> Shapes = Gen.Choose(1, 5).ArrayOf().Where(a => a.Length is >= 1 and <= 4).ToArbitrary();

    [Fact]
    public void The_last_parameter_changes_fastest()
    {
        var grid = new DesignGrid([new DesignParameter("a", [1m, 2m]), new DesignParameter("b", [10m, 20m, 30m])]);

        Assert.Equal(6, grid.Count);
        Assert.Equal(
            ["a = 1, b = 10", "a = 1, b = 20", "a = 1, b = 30", "a = 2, b = 10", "a = 2, b = 20", "a = 2, b = 30"],
            Enumerable.Range(0, 6).Select(k => grid.At(k).ToString()));
        Assert.Equal(4, grid.At(4).Index);
    }

    [Fact]
    public void An_index_outside_the_grid_is_an_argument_error()
    {
        var grid = new DesignGrid([new DesignParameter("a", [1m, 2m])]);

        Assert.Throws<ArgumentOutOfRangeException>(() => grid.At(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => grid.At(2));
    }

    [Fact]
    public void A_grid_with_no_parameter_or_one_twice_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => new DesignGrid([]));
        Assert.Throws<ArgumentException>(() => new DesignGrid([new DesignParameter("a", [1m]), new DesignParameter("a", [2m])]));
    }

    [Fact]
    public void The_count_is_a_long_and_a_grid_too_large_to_count_overflows()
    {
        IEnumerable<DesignParameter> Parameters(int n) =>
            Enumerable.Range(0, n).Select(i => new DesignParameter($"p{i}", DesignParameter.Range(1m, DesignParameter.MaxValues, 1m)!));

        var large = new DesignGrid(Parameters(4));

        Assert.Equal(10_000_000_000_000_000L, large.Count);
        DesignAssignment last = large.At(large.Count - 1);
        Assert.All(last.Settings, s => Assert.Equal(DesignParameter.MaxValues, s.Value));
        Assert.Throws<OverflowException>(() => new DesignGrid(Parameters(5)));
    }

    [Property(MaxTest = 500)]
    public Property Indexing_enumerates_exactly_the_cartesian_product_once_each_in_nested_loop_order() => Prop.ForAll(Shapes, shape =>
    {
        var parameters = shape.Select((n, p) => new DesignParameter($"p{p}", Enumerable.Range(0, n).Select(v => (p * 100m) + v))).ToList();
        var grid = new DesignGrid(parameters);

        IEnumerable<decimal[]> product = [[]];
        foreach (DesignParameter parameter in parameters)
        {
            product = product.SelectMany(prefix => parameter.Values.Select(v => prefix.Append(v).ToArray())).ToList();
        }

        var expected = product.Select(values => string.Join(";", values)).ToList();
        var indexed = Enumerable.Range(0, (int)grid.Count).Select(k => string.Join(";", grid.At(k).Settings.Select(s => s.Value))).ToList();
        Assert.Equal(expected.Count, grid.Count);
        Assert.Equal(expected, indexed);
        Assert.Equal(indexed.Count, indexed.Distinct().Count());
        Assert.All(Enumerable.Range(0, (int)grid.Count), k => Assert.Equal(parameters.Select(p => p.Name), grid.At(k).Settings.Select(s => s.Parameter)));
    });
}
