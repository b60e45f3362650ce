using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Io;

/// <summary>
/// The value forms of the input files (SPEC §2), culture-invariant: dates <c>yyyy-MM-dd</c>, <c>dd-MM-yyyy</c> or
/// <c>dd.MM.yyyy</c>; decimals with <c>.</c> or <c>,</c>, no thousands separators, no exponent; booleans
/// <c>true/false</c>, <c>1/0</c>, <c>ja/nej</c> in any letter case.
/// </summary>
internal static class TextValues
{
    /// <summary>What a date field expects, for messages.</summary>
    internal const string DateForms = "a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy";

    private static readonly LocalDatePattern Iso = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalDatePattern DanishHyphen = LocalDatePattern.CreateWithInvariantCulture("dd'-'MM'-'uuuu");
    private static readonly LocalDatePattern DanishDot = LocalDatePattern.CreateWithInvariantCulture("dd'.'MM'.'uuuu");

    /// <summary>Parses a date in one of the three forms, strictly (two-digit day and month, four-digit year).</summary>
    internal static bool TryParseDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10)
        {
            return false;
        }

        LocalDatePattern pattern = text[4] == '-' ? Iso : text[2] == '.' ? DanishDot : DanishHyphen;
        ParseResult<LocalDate> result = pattern.Parse(text);
        if (!result.Success)
        {
            return false;
        }

        date = result.Value;
        return true;
    }

    /// <summary>
    /// The common case of <see cref="TryParseDate(string, out LocalDate)"/> read straight from UTF-8 bytes: one of the
    /// three forms with a real date. False where the text is anything else; the string form then decides and explains.
    /// </summary>
    internal static bool TryParseDate(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        date = default;
        if (utf8.Length != 10)
        {
            return false;
        }

        int year;
        int month;
        int day;
        if (utf8[4] == (byte)'-' && utf8[7] == (byte)'-')
        {
            year = Digits(utf8[..4]);
            month = Digits(utf8.Slice(5, 2));
            day = Digits(utf8.Slice(8, 2));
        }
        else if ((utf8[2] == (byte)'-' && utf8[5] == (byte)'-') || (utf8[2] == (byte)'.' && utf8[5] == (byte)'.'))
        {
            day = Digits(utf8[..2]);
            month = Digits(utf8.Slice(3, 2));
            year = Digits(utf8.Slice(6, 4));
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>
    /// The common case of <see cref="TryParseDecimal(string, bool, out decimal)"/> for non-negative values read straight
    /// from UTF-8 bytes: up to 18 digits with an optional <c>.</c> or <c>,</c>. False where the text is anything else; the
    /// string form then decides and explains.
    /// </summary>
    internal static bool TryParseDecimal(ReadOnlySpan<byte> utf8, out decimal value)
    {
        value = 0m;
        ulong mantissa = 0;
        int digits = 0;
        int before = 0;
        int separator = -1;
        for (int i = 0; i < utf8.Length; i++)
        {
            byte b = utf8[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (digits == 18)
                {
                    // More digits would overflow the mantissa; the string form reads them.
                    return false;
                }

                mantissa = (mantissa * 10) + (ulong)(b - '0');
                digits++;
                if (separator < 0)
                {
                    before++;
                }
            }
            else if (b is (byte)'.' or (byte)',' && separator < 0)
            {
                separator = i;
            }
            else
            {
                return false;
            }
        }

        int scale = separator < 0 ? 0 : utf8.Length - separator - 1;
        if (before == 0 || (separator >= 0 && scale == 0))
        {
            return false;
        }

        // The low and high 32 bits of the mantissa, as bits: the casts must not be checked.
        value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, false, (byte)scale);
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> utf8)
    {
        int value = 0;
        foreach (byte b in utf8)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }

    /// <summary>
    /// Parses a decimal: digits, optionally a <c>.</c> or <c>,</c> and more digits; a leading <c>-</c> only where
    /// <paramref name="allowNegative"/>. No thousands separators, exponent, plus sign or spaces.
    /// </summary>
    internal static bool TryParseDecimal(string text, bool allowNegative, out decimal value)
    {
        value = 0m;
        int i = 0;
        if (allowNegative && text.StartsWith('-'))
        {
            i = 1;
        }

        int digitsBefore = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digitsBefore++;
        }

        int separator = -1;
        int digitsAfter = 0;
        if (i < text.Length && text[i] is '.' or ',')
        {
            separator = i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digitsAfter++;
            }
        }

        if (i != text.Length || digitsBefore == 0 || (separator >= 0 && digitsAfter == 0))
        {
            return false;
        }

        string invariant = separator >= 0 ? string.Concat(text.AsSpan(0, separator), ".", text.AsSpan(separator + 1)) : text;
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The number of decimals written in a decimal text that <see cref="TryParseDecimal(string, bool, out decimal)"/> accepted.</summary>
    internal static int DecimalsIn(string text)
    {
        int separator = text.AsSpan().IndexOfAny('.', ',');
        return separator < 0 ? 0 : text.Length - separator - 1;
    }

    /// <summary>Parses <c>true/false</c>, <c>1/0</c> or <c>ja/nej</c>, any letter case.</summary>
    internal static bool TryParseBool(string text, out bool value)
    {
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1" || text.Equals("ja", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        value = false;
        return text.Equals("false", StringComparison.OrdinalIgnoreCase) || text == "0" || text.Equals("nej", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The common case of <see cref="TryParseBool(string, out bool)"/> read straight from UTF-8 bytes: one of the six
    /// words in ASCII letters of any case. False where the text is anything else; the string form then decides and explains.
    /// </summary>
    internal static bool TryParseBool(ReadOnlySpan<byte> utf8, out bool value)
    {
        if (Ascii.EqualsIgnoreCase(utf8, "true"u8) || utf8.SequenceEqual("1"u8) || Ascii.EqualsIgnoreCase(utf8, "ja"u8))
        {
            value = true;
            return true;
        }

        value = false;
        return Ascii.EqualsIgnoreCase(utf8, "false"u8) || utf8.SequenceEqual("0"u8) || Ascii.EqualsIgnoreCase(utf8, "nej"u8);
    }

    /// <summary>A date in the ISO form, for messages.</summary>
    internal static string Format(LocalDate date) => Iso.Format(date);
}
