using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// Every candidate contract of a design: the cartesian product of its parameters' values. The order is the order of
/// nested loops over the parameters as listed, the last parameter changing fastest (an odometer): with parameters
/// <c>a = [1, 2]</c> and <c>b = [x, y, z]</c> the candidates are (1,x), (1,y), (1,z), (2,x), (2,y), (2,z). Candidate
/// <c>k</c> is found by <see cref="At"/> without listing the others, so a grid far larger than memory can be sampled.
/// </summary>
public sealed class DesignGrid
{
    /// <summary>Creates the grid of <paramref name="parameters"/>.</summary>
    /// <param name="parameters">At least one parameter, names distinct (compared exactly).</param>
    /// <exception cref="ArgumentException">There is no parameter, or two have the same name.</exception>
    /// <exception cref="OverflowException">The product of the value counts is more than <see cref="long.MaxValue"/>.</exception>
    public DesignGrid(IEnumerable<DesignParameter> parameters)
    {
        Preconditions.CheckNotNull(parameters, nameof(parameters));
        DesignParameter[] list = parameters.ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(parameters), "A design varies at least one parameter.");
        Preconditions.CheckArgument(list.All(p => p is not null), nameof(parameters), "A parameter is null.");
        Preconditions.CheckArgument(
            list.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() == list.Length,
            nameof(parameters),
            "A parameter is varied twice.");
        long count = 1;
        foreach (DesignParameter parameter in list)
        {
            count = checked(count * parameter.Values.Count);
        }

        Parameters = Array.AsReadOnly(list);
        Count = count;
    }

    /// <summary>The parameters, in the order given.</summary>
    public ReadOnlyCollection<DesignParameter> Parameters { get; }

    /// <summary>The number of candidates: the product of the parameters' value counts.</summary>
    public long Count { get; }

    /// <summary>
    /// Candidate <paramref name="index"/>: the index read as a number whose digits are the parameters' value positions,
    /// the last parameter the lowest digit.
    /// </summary>
    /// <param name="index">0 … <see cref="Count"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the grid.</exception>
    public DesignAssignment At(long index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the grid.");
        }

        var settings = new DesignSetting[Parameters.Count];
        long rest = index;
        for (int p = Parameters.Count - 1; p >= 0; p--)
        {
            DesignParameter parameter = Parameters[p];
            int position = (int)(rest % parameter.Values.Count);
            rest /= parameter.Values.Count;
            settings[p] = new DesignSetting(parameter.Name, parameter.Values[position]);
        }

        return new DesignAssignment(index, settings);
    }

    /// <summary>The value positions of candidate <paramref name="index"/>, one per parameter (the last the lowest digit).</summary>
    internal int[] PositionsOf(long index)
    {
        var positions = new int[Parameters.Count];
        long rest = index;
        for (int p = Parameters.Count - 1; p >= 0; p--)
        {
            positions[p] = (int)(rest % Parameters[p].Values.Count);
            rest /= Parameters[p].Values.Count;
        }

        return positions;
    }

    /// <summary>The index of the candidate with the value positions <paramref name="positions"/>: <see cref="PositionsOf"/> undone.</summary>
    internal long IndexOf(ReadOnlySpan<int> positions)
    {
        long index = 0;
        for (int p = 0; p < Parameters.Count; p++)
        {
            index = (index * Parameters[p].Values.Count) + positions[p];
        }

        return index;
    }
}
