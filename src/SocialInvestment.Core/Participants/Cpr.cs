using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A Danish CPR number (<c>DDMMYY-SSSS</c>): personal data. Its <see cref="ToString"/> never shows the digits, and no
/// error message built by this library contains them (SPEC §9).
/// </summary>
public readonly struct Cpr : IEquatable<Cpr>
{
    private readonly string? _digits;

    private Cpr(string digits) => _digits = digits;

    /// <summary>The ten digits without hyphen, as ASCII; internal so that it cannot leak by accident.</summary>
    internal string Digits => _digits ?? string.Empty;

    /// <summary>
    /// Parses ten digits, with or without a hyphen after the sixth, checking that the first six are a real date with the
    /// century from the seventh digit (0–3 → 1900s; 4 or 9 → 2000s where YY ≤ 36, else 1900s; 5–8 → 2000s where YY ≤ 57,
    /// else 1800s). Modulus 11 is not checked: numbers issued since 2007 may fail it.
    /// </summary>
    /// <param name="text">The text, already trimmed.</param>
    /// <param name="cpr">The CPR number, when valid.</param>
    /// <param name="problem">What is wrong, without any of the digits, when not valid.</param>
    public static bool TryParse(string? text, out Cpr cpr, out string problem)
    {
        cpr = default;
        if (text is null || !(text.Length == 10 || (text.Length == 11 && text[6] == '-')))
        {
            problem = "expected a CPR number of ten digits, DDMMYYSSSS or DDMMYY-SSSS";
            return false;
        }

        Span<char> digits = stackalloc char[10];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (i == 6 && text.Length == 11)
            {
                continue;
            }

            char c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                problem = "expected a CPR number of ten digits, DDMMYYSSSS or DDMMYY-SSSS";
                return false;
            }

            digits[n++] = c;
        }

        int day = ((digits[0] - '0') * 10) + (digits[1] - '0');
        int month = ((digits[2] - '0') * 10) + (digits[3] - '0');
        int yy = ((digits[4] - '0') * 10) + (digits[5] - '0');
        int seventh = digits[6] - '0';
        int century = seventh switch
        {
            <= 3 => 1900,
            4 or 9 => yy <= 36 ? 2000 : 1900,
            _ => yy <= 57 ? 2000 : 1800,
        };
        int year = century + yy;
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            problem = "the CPR number's first six digits are not a real date (DDMMYY, century from the seventh digit)";
            return false;
        }

        cpr = new Cpr(new string(digits));
        problem = string.Empty;
        return true;
    }

    /// <inheritdoc/>
    public static bool operator ==(Cpr left, Cpr right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(Cpr left, Cpr right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Cpr other) => string.Equals(Digits, other.Digits, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Cpr other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Digits);

    /// <summary>Always <c>CPR(hidden)</c>: a CPR number is never written anywhere.</summary>
    public override string ToString() => "CPR(hidden)";
}
