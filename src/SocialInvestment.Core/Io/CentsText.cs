using System.Numerics;

namespace SocialInvestment.Io;

/// <summary>
/// Amounts in hundredths written as UTF-8 <c>-?digits.dd</c>, exactly as <see cref="Money.ToString"/> writes the same
/// amount (SPEC §10: two decimals, <c>.</c>, no grouping): the one home of that format in bytes, for writers of millions
/// of amounts (<see cref="LinesCsv"/>). Digits are written from the right two at a time from a table, with one division
/// by 100 (a multiplication, for a constant) per pair instead of one per digit.
/// </summary>
internal static class CentsText
{
    /// <summary>The most bytes an amount takes: <c>-92233720368547758.08</c>.</summary>
    internal const int MaxLength = 21;

    /// <summary><c>00</c>, <c>01</c>, … <c>99</c>: the two digits of each number below 100.</summary>
    private static readonly byte[] Pairs = MakePairs();

    /// <summary>10⁰ … 10¹⁹, to count an amount's digits.</summary>
    private static readonly ulong[] PowersOfTen = MakePowersOfTen();

    /// <summary>Writes <paramref name="cents"/> hundredths into <paramref name="into"/> (at least <see cref="MaxLength"/> bytes); returns the length.</summary>
    internal static int Format(long cents, Span<byte> into)
    {
        ulong magnitude = cents < 0 ? unchecked(0UL - (ulong)cents) : (ulong)cents;
        int sign = cents < 0 ? 1 : 0;
        // At least three digits: 5 hundredths are 0.05.
        int length = sign + Math.Max(3, DigitCount(magnitude)) + 1;
        Span<byte> text = into[..length];
        if (sign == 1)
        {
            text[0] = (byte)'-';
        }

        ulong whole = magnitude / 100;
        PutPair((int)(magnitude - (whole * 100)), text[^2..]);
        text[^3] = (byte)'.';
        int end = length - 3;
        while (whole >= 100)
        {
            ulong rest = whole / 100;
            PutPair((int)(whole - (rest * 100)), text[(end - 2)..]);
            end -= 2;
            whole = rest;
        }

        if (whole >= 10)
        {
            PutPair((int)whole, text[(end - 2)..]);
        }
        else
        {
            text[end - 1] = (byte)('0' + (int)whole);
        }

        return length;
    }

    private static void PutPair(int pair, Span<byte> into) => Pairs.AsSpan(pair * 2, 2).CopyTo(into);

    /// <summary>The number of decimal digits of <paramref name="value"/> (1 for 0), from its highest bit and one comparison.</summary>
    private static int DigitCount(ulong value)
    {
        // log10(2) ≈ 1233 / 4096: the digits of the smallest number with this many bits, or one more.
        int guess = ((BitOperations.Log2(value) + 1) * 1233) >> 12;
        return guess + (value >= PowersOfTen[guess] ? 1 : 0);
    }

    // Loops, not LINQ: LINQ's iterators over bytes and whole numbers are compiled at every start of a small command.
    private static byte[] MakePairs()
    {
        var pairs = new byte[200];
        for (int n = 0; n < 100; n++)
        {
            pairs[2 * n] = (byte)('0' + (n / 10));
            pairs[(2 * n) + 1] = (byte)('0' + (n % 10));
        }

        return pairs;
    }

    private static ulong[] MakePowersOfTen()
    {
        var powers = new ulong[20];
        powers[0] = 1;
        for (int n = 1; n < powers.Length; n++)
        {
            powers[n] = powers[n - 1] * 10;
        }

        return powers;
    }
}
