using System.Diagnostics.CodeAnalysis;

namespace SocialInvestment;

/// <summary>Argument checks that name the offending parameter; throwing lives in separate methods so callers stay small.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }

        return argument;
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, $"Value should be in range [{minInclusive}-{maxInclusive}]");
        }
    }

    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, $"Value should be in range [{minInclusive}-{maxInclusive}]");
        }
    }

    [DoesNotReturn]
    private static void ThrowArgumentNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    private static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    private static void ThrowArgumentOutOfRange(string paramName, object value, string message) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);
}
