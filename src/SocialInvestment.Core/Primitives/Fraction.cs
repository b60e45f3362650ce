using System.Numerics;

namespace SocialInvestment;

/// <summary>An exact non-reduced rational accumulator, for sums that the SPEC rounds only once at the end.</summary>
internal readonly struct Fraction
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominator;

    private Fraction(BigInteger numerator, BigInteger denominator)
    {
        _numerator = numerator;
        _denominator = denominator;
    }

    internal static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    /// <summary>The product of <paramref name="factors"/> divided by <paramref name="divisor"/>, exactly.</summary>
    internal static Fraction Of(ReadOnlySpan<decimal> factors, int divisor)
    {
        var (n, d) = ExactDecimal.Product(factors);
        return new Fraction(n, d * divisor);
    }

    internal Fraction Plus(Fraction other)
    {
        BigInteger den = _denominator.IsZero ? BigInteger.One : _denominator;
        BigInteger otherDen = other._denominator.IsZero ? BigInteger.One : other._denominator;
        if (den == otherDen)
        {
            return new Fraction(_numerator + other._numerator, den);
        }

        BigInteger numerator = (_numerator * otherDen) + (other._numerator * den);
        BigInteger denominator = den * otherDen;
        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd > BigInteger.One ? new Fraction(numerator / gcd, denominator / gcd) : new Fraction(numerator, denominator);
    }

    /// <summary>Rounds to hundredths, half away from zero.</summary>
    internal Money RoundToMoney() =>
        Money.FromAmount(ExactDecimal.RoundHalfAwayFromZero(_numerator, _denominator.IsZero ? BigInteger.One : _denominator, 2));
}
