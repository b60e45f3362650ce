using System.Globalization;

namespace SocialInvestment;

/// <summary>
/// An amount of money in the contract's currency (DKK unless the contract says otherwise), always a whole
/// number of hundredths (øre, pence). Arithmetic is checked; there is no division, so no øre is ever lost.
/// </summary>
/// <remarks>Rounding to hundredths is half away from zero (SPEC §7), done once, by <see cref="Round(decimal)"/>.</remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly decimal _amount;

    private Money(decimal amount) => _amount = amount + 0.00m;

    /// <summary>
    /// Money of <paramref name="cents"/> hundredths: the decimal <c>cents / 100m + 0.00m</c> gives (the magnitude at
    /// scale 2, with the sign of <paramref name="cents"/>), made without its division, which a settlement did for each
    /// of a million participants.
    /// </summary>
    private Money(long cents)
    {
        ulong magnitude = cents < 0 ? unchecked(0UL - (ulong)cents) : (ulong)cents;
        _amount = new decimal(unchecked((int)magnitude), unchecked((int)(magnitude >> 32)), 0, cents < 0, 2);
    }

    /// <summary>Zero.</summary>
    public static Money Zero => default;

    /// <summary>The amount as a decimal with two decimals.</summary>
    public decimal Amount => _amount + 0.00m;

    /// <summary>Creates money from an amount that is already a whole number of hundredths.</summary>
    /// <exception cref="ArgumentException">The amount has a non-zero digit beyond the second decimal.</exception>
    public static Money FromAmount(decimal amount)
    {
        Preconditions.CheckArgument(decimal.Round(amount, 2) == amount, nameof(amount), "Money is a whole number of hundredths; round it first.");
        return new Money(amount);
    }

    /// <summary>Money from a whole number of hundredths (øre).</summary>
    internal static Money FromCents(long cents) => new(cents);

    /// <summary>The amount in hundredths (øre); exact, since money is always a whole number of them.</summary>
    internal long Cents => checked((long)(_amount * 100m));

    /// <summary>Rounds an exact amount to hundredths, half away from zero (0.005 → 0.01, −0.005 → −0.01).</summary>
    public static Money Round(decimal amount) => new(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));

    /// <summary>The smaller of two amounts.</summary>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>Adds two amounts (checked).</summary>
    public static Money operator +(Money left, Money right) => new(checked(left._amount + right._amount));

    /// <summary>Subtracts two amounts (checked).</summary>
    public static Money operator -(Money left, Money right) => new(checked(left._amount - right._amount));

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => new(-value._amount);

    /// <summary>Named twin of <c>+</c>.</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Named twin of binary <c>-</c>.</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Named twin of unary <c>-</c>.</summary>
    public static Money Negate(Money value) => -value;

    /// <inheritdoc/>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <inheritdoc/>
    public static bool operator <(Money left, Money right) => left._amount < right._amount;

    /// <inheritdoc/>
    public static bool operator >(Money left, Money right) => left._amount > right._amount;

    /// <inheritdoc/>
    public static bool operator <=(Money left, Money right) => left._amount <= right._amount;

    /// <inheritdoc/>
    public static bool operator >=(Money left, Money right) => left._amount >= right._amount;

    /// <inheritdoc/>
    public bool Equals(Money other) => _amount == other._amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _amount.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Money other) => _amount.CompareTo(other._amount);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
    };

    /// <summary>The invariant form with exactly two decimals and <c>.</c> as separator, for example <c>-40000.00</c>.</summary>
    public override string ToString() =>
        _amount == 0m ? "0.00" : _amount.ToString("0.00", CultureInfo.InvariantCulture);
}
