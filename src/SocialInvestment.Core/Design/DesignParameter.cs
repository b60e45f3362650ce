using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// One number of a contract template that a design varies (docs/design.md): its name, such as
/// <c>payments.bonus.amount</c>, and the values it takes, in the order given, each distinct. Values are decimals in the
/// contract's own unit (an amount in the contract's currency, a share as a fraction), exactly as written.
/// </summary>
public sealed class DesignParameter
{
    /// <summary>The most values one parameter may take: a guard against a range written with a step far too small.</summary>
    public const int MaxValues = 10_000;

    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The parameter's name (docs/design.md, "Parameters"); not empty.</param>
    /// <param name="values">Its values in order: at least one, at most <see cref="MaxValues"/>, no two equal as decimals (<c>0.3</c> and <c>0.30</c> are equal).</param>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public DesignParameter(string name, IEnumerable<decimal> values)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(values, nameof(values));
        Preconditions.CheckArgument(name.Length > 0, nameof(name), "A parameter has a name.");
        decimal[] list = values.ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(values), $"Parameter '{name}' has no value: a design needs at least one.");
        Preconditions.CheckArgument(list.Length <= MaxValues, nameof(values), $"Parameter '{name}' has more than {MaxValues} values.");
        Preconditions.CheckArgument(list.Distinct().Count() == list.Length, nameof(values), $"Parameter '{name}' has a value twice.");
        Name = name;
        Values = Array.AsReadOnly(list);
    }

    /// <summary>The parameter's name, such as <c>payments.bonus.amount</c>.</summary>
    public string Name { get; }

    /// <summary>The values, in order, distinct; at least one.</summary>
    public ReadOnlyCollection<decimal> Values { get; }

    /// <summary>
    /// The values of the range from <paramref name="from"/> to <paramref name="to"/> in steps of <paramref name="step"/>,
    /// ascending, computed exactly in decimal as <c>from + k × step</c> (never by adding a step over and over, so
    /// <c>0.1</c> steps never drift); null where the range is no whole number of steps, or has more than
    /// <see cref="MaxValues"/> values.
    /// </summary>
    /// <param name="from">The first value.</param>
    /// <param name="to">The last value; at least <paramref name="from"/>.</param>
    /// <param name="step">The step; greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is less than <paramref name="from"/>, or <paramref name="step"/> is not positive.</exception>
    public static IReadOnlyList<decimal>? Range(decimal from, decimal to, decimal step)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The range ends before it starts.");
        }

        if (step <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), "A step is greater than 0.");
        }

        decimal steps;
        try
        {
            steps = (to - from) / step;
        }
        catch (OverflowException)
        {
            return null;
        }

        if (steps != decimal.Truncate(steps) || steps >= MaxValues || from + (steps * step) != to)
        {
            return null;
        }

        var values = new decimal[(int)steps + 1];
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = k == values.Length - 1 ? to : from + (k * step);
        }

        return values;
    }
}
