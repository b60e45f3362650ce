namespace SocialInvestment;

/// <summary>
/// An exact sum of terms <c>a × b / d</c> with decimal <c>a</c>, <c>b</c> and a month length <c>d</c> (28–31), in
/// 128-bit integer arithmetic: the numerators are kept per month length and combined over their least common multiple
/// only at the end. Checked: an <see cref="OverflowException"/> tells the caller to use the unbounded
/// <see cref="Fraction"/> instead.
/// </summary>
internal struct ExactQuotientSum
{
    /// <summary>The least common multiple of the month lengths 28 = 2²·7, 29, 30 = 2·3·5 and 31.</summary>
    internal const int CommonDenominator = 377_580;

    private Int128 _over28;
    private Int128 _over29;
    private Int128 _over30;
    private Int128 _over31;
    private int _scale;

    /// <summary>Adds <c>a × b / divisor</c>, exactly.</summary>
    /// <exception cref="OverflowException">The sum no longer fits in 128 bits.</exception>
    internal void Add(decimal a, decimal b, int divisor)
    {
        var (ma, sa) = ExactDecimal.Decompose128(a);
        var (mb, sb) = ExactDecimal.Decompose128(b);
        Int128 term = checked(ma * mb);
        int scale = sa + sb;
        if (scale > _scale)
        {
            Int128 factor = ExactDecimal.Pow10(scale - _scale);
            _over28 = checked(_over28 * factor);
            _over29 = checked(_over29 * factor);
            _over30 = checked(_over30 * factor);
            _over31 = checked(_over31 * factor);
            _scale = scale;
        }
        else if (scale < _scale)
        {
            term = checked(term * ExactDecimal.Pow10(_scale - scale));
        }

        switch (divisor)
        {
            case 28:
                _over28 = checked(_over28 + term);
                break;
            case 29:
                _over29 = checked(_over29 + term);
                break;
            case 30:
                _over30 = checked(_over30 + term);
                break;
            case 31:
                _over31 = checked(_over31 + term);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(divisor), divisor, "A month has 28 to 31 days.");
        }
    }

    /// <summary><see cref="CommonDenominator"/> / <paramref name="divisor"/> for a month length (28–31); 0 for any other divisor.</summary>
    internal static long Multiplier(int divisor) => divisor is >= 28 and <= 31 ? CommonDenominator / divisor : 0;

    /// <summary>The sum rounded to hundredths, half away from zero.</summary>
    /// <exception cref="OverflowException">The sum does not fit in 128 bits.</exception>
    internal readonly Money RoundToMoney()
    {
        Int128 numerator = checked(
            (_over28 * (CommonDenominator / 28)) + (_over29 * (CommonDenominator / 29))
            + (_over30 * (CommonDenominator / 30)) + (_over31 * (CommonDenominator / 31)));
        return Money.FromAmount(ExactDecimal.RoundHalfAwayFromZero(numerator, _scale, CommonDenominator));
    }
}
