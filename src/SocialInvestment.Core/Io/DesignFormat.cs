using System.Globalization;

namespace SocialInvestment.Io;

/// <summary>How design.csv and the design's design.json write numbers (docs/output-formats.md, "design.csv"): invariant, never an exponent.</summary>
internal static class DesignFormat
{
    /// <summary>A parameter's value or a bound: the decimal without trailing zeros (<c>0.30</c> as <c>0.3</c>).</summary>
    internal static string Value(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The same decimal without trailing zeros (<c>0.40</c> as <c>0.4</c>), for <see cref="System.Text.Json.Utf8JsonWriter.WriteNumberValue(decimal)"/>, which writes no exponent.</summary>
    internal static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>
    /// A measure in its stated precision, rounded half away from zero: money with exactly two decimals, a probability with
    /// exactly six, an IRR with exactly ten, a money multiple with exactly six.
    /// </summary>
    internal static string Measure(DesignMeasure measure, decimal value)
    {
        int decimals = DecimalsOf(measure);
        return decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static int DecimalsOf(DesignMeasure measure) => measure switch
    {
        DesignMeasure.PayerNetSavingPositiveProbability => 6,
        DesignMeasure.InvestorIrrP5 or DesignMeasure.InvestorIrrP50 or DesignMeasure.InvestorIrrP95 => 10,
        DesignMeasure.InvestorMoneyMultipleP5 or DesignMeasure.InvestorMoneyMultipleP50 or DesignMeasure.InvestorMoneyMultipleP95 => 6,
        _ => 2,
    };
}
