namespace SocialInvestment;

/// <summary>
/// A participant's identifier: 1–64 characters of <c>A-Z a-z 0-9 _ - .</c> (SPEC §2), either given in the input or the
/// pseudonym of a CPR number. Compared ordinally, letter case included.
/// </summary>
public readonly struct ParticipantId : IEquatable<ParticipantId>, IComparable<ParticipantId>
{
    /// <summary>The longest identifier allowed, in characters.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private ParticipantId(string value) => _value = value;

    /// <summary>The identifier's text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 64 characters or has a character outside <c>A-Z a-z 0-9 _ - .</c>.</exception>
    public static ParticipantId From(string value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckArgument(IsValid(value), nameof(value), "An id is 1-64 characters of A-Z a-z 0-9 _ - .");
        return new ParticipantId(value);
    }

    /// <summary>Whether <paramref name="value"/> is a valid identifier (also used for trigger and payment ids).</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public static bool operator ==(ParticipantId left, ParticipantId right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(ParticipantId left, ParticipantId right) => !left.Equals(right);

    /// <inheritdoc/>
    public static bool operator <(ParticipantId left, ParticipantId right) => left.CompareTo(right) < 0;

    /// <inheritdoc/>
    public static bool operator >(ParticipantId left, ParticipantId right) => left.CompareTo(right) > 0;

    /// <inheritdoc/>
    public static bool operator <=(ParticipantId left, ParticipantId right) => left.CompareTo(right) <= 0;

    /// <inheritdoc/>
    public static bool operator >=(ParticipantId left, ParticipantId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(ParticipantId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParticipantId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Ordinal comparison (code points), never a culture's collation.</summary>
    public int CompareTo(ParticipantId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
