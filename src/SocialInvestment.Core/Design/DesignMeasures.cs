using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// One candidate's value of every <see cref="DesignMeasure"/>, and the measures' names as design.json writes them.
/// A value is null where the measure does not exist for the candidate: an IRR percentile that falls on a run whose
/// flows have no IRR, or a money multiple where nothing was invested (docs/design.md, "Measures").
/// </summary>
public sealed class DesignMeasures
{
    private static readonly string[] MeasureNames =
    [
        "payer_net_saving_p5",
        "payer_net_saving_p50",
        "payer_net_saving_p95",
        "payer_net_saving_mean",
        "payer_net_saving_positive_probability",
        "investor_irr_p5",
        "investor_irr_p50",
        "investor_irr_p95",
        "investor_money_multiple_p5",
        "investor_money_multiple_p50",
        "investor_money_multiple_p95",
        "total_payments_p5",
        "total_payments_p50",
        "total_payments_p95",
    ];

    private readonly decimal?[] _values;

    /// <summary>Creates a candidate's measures.</summary>
    /// <param name="values">A value, or null for none, for every measure.</param>
    /// <exception cref="ArgumentException">A measure is missing, or a probability is outside 0 … 1.</exception>
    public DesignMeasures(IReadOnlyDictionary<DesignMeasure, decimal?> values)
    {
        Preconditions.CheckNotNull(values, nameof(values));
        _values = new decimal?[MeasureNames.Length];
        foreach (DesignMeasure measure in Enum.GetValues<DesignMeasure>())
        {
            Preconditions.CheckArgument(values.TryGetValue(measure, out decimal? value), nameof(values), $"The measure {NameOf(measure)} is missing.");
            _values[(int)measure] = value;
        }

        Preconditions.CheckArgument(
            this[DesignMeasure.PayerNetSavingPositiveProbability] is null or (>= 0 and <= 1),
            nameof(values),
            "A probability is from 0 to 1.");
    }

    /// <summary>Every measure's name, in the order of <see cref="DesignMeasure"/>: what design.json's <c>measure</c> may say.</summary>
    public static ReadOnlyCollection<string> Names { get; } = Array.AsReadOnly(MeasureNames);

    /// <summary>The value of <paramref name="measure"/>; null where it does not exist for this candidate.</summary>
    /// <param name="measure">The measure.</param>
    public decimal? this[DesignMeasure measure] => _values[(int)measure];

    /// <summary>The measure's name in design.json, such as <c>investor_irr_p50</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is no measure.</exception>
    public static string NameOf(DesignMeasure measure) =>
        (int)measure >= 0 && (int)measure < MeasureNames.Length
            ? MeasureNames[(int)measure]
            : throw new ArgumentOutOfRangeException(nameof(measure), measure, "No such measure.");

    /// <summary>The measure named <paramref name="name"/> (compared exactly), or null where none is.</summary>
    /// <param name="name">A name such as <c>investor_irr_p50</c>.</param>
    public static DesignMeasure? Parse(string name)
    {
        int index = Array.IndexOf(MeasureNames, name);
        return index < 0 ? null : (DesignMeasure)index;
    }

    /// <summary>Whether <paramref name="measure"/> is a probability (0 … 1), whose bound must be one too.</summary>
    /// <param name="measure">The measure.</param>
    public static bool IsProbability(DesignMeasure measure) => measure == DesignMeasure.PayerNetSavingPositiveProbability;
}
