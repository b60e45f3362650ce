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

    /// <summary>
    /// The measures of a candidate over its runs (docs/design.md, "Measures"): the payer's net saving, the investor's IRR
    /// and money multiple and the total payable at the 5th, 50th and 95th percentile (R-1, as <see cref="PercentileBand"/>:
    /// each one run's figure); the mean net saving (the sum in øre over the runs divided by their number, rounded half away
    /// from zero to 0.01); and the share of the runs whose net saving is more than 0. An IRR is taken as a decimal rounded
    /// half away from zero to 10 decimals, as economics.json writes it; a run without an IRR or a money multiple ranks
    /// below every run with one, and a percentile falling on it is missing (null).
    /// </summary>
    /// <param name="runs">The candidate's runs, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="runs"/> is empty.</exception>
    public static DesignMeasures Of(IReadOnlyList<DesignRun> runs)
    {
        Preconditions.CheckNotNull(runs, nameof(runs));
        Preconditions.CheckArgument(runs.Count > 0, nameof(runs), "A candidate has at least one run.");
        PercentileBand net = PercentileBand.Of(runs.Select(r => r.NetSaving.Cents).ToArray());
        PercentileBand payments = PercentileBand.Of(runs.Select(r => r.Payments.Cents).ToArray());
        decimal?[] Irrs() => runs.Select(r => r.Irr is { } rate ? decimal.Round((decimal)rate, 10, MidpointRounding.AwayFromZero) : (decimal?)null).ToArray();
        decimal?[] Multiples() => runs.Select(r => r.MoneyMultiple).ToArray();
        decimal sum = runs.Sum(r => (decimal)r.NetSaving.Cents);
        var values = new Dictionary<DesignMeasure, decimal?>
        {
            [DesignMeasure.PayerNetSavingP5] = net.P5.Amount,
            [DesignMeasure.PayerNetSavingP50] = net.P50.Amount,
            [DesignMeasure.PayerNetSavingP95] = net.P95.Amount,
            [DesignMeasure.PayerNetSavingMean] = decimal.Round(sum / runs.Count, MidpointRounding.AwayFromZero) / 100m,
            [DesignMeasure.PayerNetSavingPositiveProbability] = runs.Count(r => r.NetSaving > Money.Zero) / (decimal)runs.Count,
            [DesignMeasure.InvestorIrrP5] = DesignPercentile.Of(Irrs(), 5),
            [DesignMeasure.InvestorIrrP50] = DesignPercentile.Of(Irrs(), 50),
            [DesignMeasure.InvestorIrrP95] = DesignPercentile.Of(Irrs(), 95),
            [DesignMeasure.InvestorMoneyMultipleP5] = DesignPercentile.Of(Multiples(), 5),
            [DesignMeasure.InvestorMoneyMultipleP50] = DesignPercentile.Of(Multiples(), 50),
            [DesignMeasure.InvestorMoneyMultipleP95] = DesignPercentile.Of(Multiples(), 95),
            [DesignMeasure.TotalPaymentsP5] = payments.P5.Amount,
            [DesignMeasure.TotalPaymentsP50] = payments.P50.Amount,
            [DesignMeasure.TotalPaymentsP95] = payments.P95.Amount,
        };
        return new DesignMeasures(values);
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

    /// <summary>Whether every measure of <paramref name="other"/> has the same value (or none) as this one's.</summary>
    internal bool SameAs(DesignMeasures other) => _values.AsSpan().SequenceEqual(other._values);
}
