using System.Globalization;

namespace SocialInvestment;

/// <summary>
/// The share of a full benefit that a spell pays: greater than 0 and at most 1. Below 1 the person is partly
/// self-supporting (for example a supplement beside part-time work).
/// </summary>
public readonly struct Degree : IEquatable<Degree>, IComparable<Degree>
{
    // Stored as (1 - degree) so that default(Degree) is a full benefit, the SPEC's default.
    private readonly decimal _complement;

    private Degree(decimal value) => _complement = 1m - value;

    /// <summary>A full benefit (1).</summary>
    public static Degree Full => default;

    /// <summary>The degree as a decimal in (0, 1].</summary>
    public decimal Value => 1m - _complement;

    /// <summary>Creates a degree.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not in (0, 1].</exception>
    public static Degree FromDecimal(decimal value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A degree is greater than 0 and at most 1.");
        }

        return new Degree(value);
    }

    /// <summary>Whether <paramref name="value"/> is in (0, 1].</summary>
    public static bool IsValid(decimal value) => value > 0m && value <= 1m;

    /// <inheritdoc/>
    public static bool operator ==(Degree left, Degree right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(Degree left, Degree right) => !left.Equals(right);

    /// <inheritdoc/>
    public static bool operator <(Degree left, Degree right) => left.Value < right.Value;

    /// <inheritdoc/>
    public static bool operator >(Degree left, Degree right) => left.Value > right.Value;

    /// <inheritdoc/>
    public static bool operator <=(Degree left, Degree right) => left.Value <= right.Value;

    /// <inheritdoc/>
    public static bool operator >=(Degree left, Degree right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public bool Equals(Degree other) => _complement == other._complement;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Degree other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _complement.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Degree other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
