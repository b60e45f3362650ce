using System.Globalization;

namespace SocialInvestment;

/// <summary>A share (fraction) in [0, 1], for example of a saving that is paid, or the partial-support threshold.</summary>
public readonly struct Share : IEquatable<Share>, IComparable<Share>
{
    private readonly decimal _value;

    private Share(decimal value) => _value = value;

    /// <summary>Zero.</summary>
    public static Share Zero => default;

    /// <summary>The share as a decimal in [0, 1].</summary>
    public decimal Value => _value;

    /// <summary>Creates a share.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not in [0, 1].</exception>
    public static Share FromDecimal(decimal value)
    {
        if (value < 0m || value > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A share is between 0 and 1, both included.");
        }

        return new Share(value);
    }

    /// <inheritdoc/>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <inheritdoc/>
    public static bool operator <(Share left, Share right) => left._value < right._value;

    /// <inheritdoc/>
    public static bool operator >(Share left, Share right) => left._value > right._value;

    /// <inheritdoc/>
    public static bool operator <=(Share left, Share right) => left._value <= right._value;

    /// <inheritdoc/>
    public static bool operator >=(Share left, Share right) => left._value >= right._value;

    /// <inheritdoc/>
    public bool Equals(Share other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Share other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    public override string ToString() => _value.ToString(CultureInfo.InvariantCulture);
}
