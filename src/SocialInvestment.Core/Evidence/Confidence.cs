using MathNet.Numerics.Distributions;

namespace SocialInvestment;

/// <summary>The confidence level of an interval and its standard normal quantile (docs/evidence.md).</summary>
internal static class Confidence
{
    /// <summary>The level used where none is given: 95 %.</summary>
    internal const double DefaultLevel = 0.95;

    /// <summary>Checks that <paramref name="level"/> is in (0, 1).</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    internal static void Check(double level, string paramName) =>
        Preconditions.CheckArgument(level is > 0 and < 1, paramName, "A confidence level is above 0 and below 1, for example 0.95.");

    /// <summary>z = Φ⁻¹(1 − (1 − level) / 2), the two-sided quantile: 1.959964 for 0.95.</summary>
    internal static double Z(double level, string paramName)
    {
        Check(level, paramName);
        return Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
    }
}
