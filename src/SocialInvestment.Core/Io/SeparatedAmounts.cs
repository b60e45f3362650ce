using System.Runtime.CompilerServices;

namespace SocialInvestment.Io;

/// <summary>
/// Amounts in hundredths as CSV fields, the separator before each and the text <see cref="CentsText"/> writes, formatted
/// once per distinct amount into a small table of fixed-width slots and copied from there as a whole slot (as
/// <see cref="SeparatedFields"/> copies keys). A settlement's millions of lines repeat a few hundred amounts (the
/// monthly shares, the fees, 0.00), so almost every amount is a copy; the table is direct-mapped: an amount that finds
/// another in its slot is formatted there in its place.
/// </summary>
/// <remarks>One table serves one thread.</remarks>
internal sealed class SeparatedAmounts
{
    /// <summary>The bytes a copy writes: the destination needs this much room, though it is advanced only by the field.</summary>
    internal const int Width = 32;

    private const int SlotBits = 9;

    private readonly long[] _amounts = new long[1 << SlotBits];
    private readonly int[] _lengths = new int[1 << SlotBits];
    private readonly byte[] _slots = new byte[(1 << SlotBits) * Width];
    private readonly byte _separator;

    /// <summary>A table whose fields begin with <paramref name="separator"/>.</summary>
    internal SeparatedAmounts(byte separator)
    {
        _separator = separator;
        // Every slot starts out holding 0, so that each slot is always some amount's field.
        for (int slot = 0; slot < _amounts.Length; slot++)
        {
            _lengths[slot] = Format(0, _slots.AsSpan(slot * Width, Width));
        }
    }

    /// <summary>Writes the separator and <paramref name="cents"/> at the start of <paramref name="into"/>; returns their length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CopyTo(long cents, Span<byte> into)
    {
        // Fibonacci hashing: the top bits of the amount times 2⁶⁴ / φ spread nearby amounts over the slots.
        int slot = (int)(unchecked((ulong)cents * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));
        if (_amounts[slot] != cents)
        {
            _amounts[slot] = cents;
            _lengths[slot] = Format(cents, _slots.AsSpan(slot * Width, Width));
        }

        _slots.AsSpan(slot * Width, Width).CopyTo(into);
        return _lengths[slot];
    }

    private int Format(long cents, Span<byte> slot)
    {
        slot[0] = _separator;
        return 1 + CentsText.Format(cents, slot[1..]);
    }
}
