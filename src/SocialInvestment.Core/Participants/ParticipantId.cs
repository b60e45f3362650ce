using System.Runtime.CompilerServices;

namespace SocialInvestment;

/// <summary>
/// A participant's identifier: 1–64 characters of <c>A-Z a-z 0-9 _ - .</c> (SPEC §2) that do not begin with <c>-</c>,
/// either given in the input or the pseudonym of a CPR number. Compared ordinally, letter case included.
/// </summary>
/// <remarks>
/// SPEC §2 allows a leading <c>-</c>; this project does not, because ids are written to CSV outputs as they are, and a
/// spreadsheet reads a text that begins with <c>-</c> as a formula (<c>-A1</c> shows minus cell A1, <c>-1-1</c> shows
/// -2). The alphabet holds none of the other characters that start a formula (<c>= + @</c>, tab, carriage return), so an
/// id is always safe to open in a spreadsheet. The same rule holds for trigger and payment ids.
/// </remarks>
public readonly struct ParticipantId : IEquatable<ParticipantId>, IComparable<ParticipantId>
{
    /// <summary>The longest identifier allowed, in characters.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private ParticipantId(string value) => _value = value;

    /// <summary>The identifier's text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 64 characters, has a character outside <c>A-Z a-z 0-9 _ - .</c> or begins with <c>-</c>.</exception>
    public static ParticipantId From(string value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckArgument(IsValid(value), nameof(value), "An id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        return new ParticipantId(value);
    }

    /// <summary>An identifier of a value that <see cref="IsValid"/> has just accepted: a reader's, checked once, not twice.</summary>
    internal static ParticipantId FromValid(string value)
    {
        System.Diagnostics.Debug.Assert(IsValid(value), "A reader checks an id before it makes one.");
        return new ParticipantId(value);
    }

    /// <summary>Whether <paramref name="value"/> is a valid identifier (also used for trigger and payment ids).</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] == '-')
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(ParticipantId other) =>
        ReferenceEquals(Value, other.Value) || string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParticipantId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Ordinal comparison (code points), never a culture's collation.</summary>
    public int CompareTo(ParticipantId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
