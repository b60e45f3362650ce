using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SocialInvestment.Io;

/// <summary>
/// Reads a record's fields from left to right straight from its raw bytes, for a file of hundreds of columns (a DREAM
/// extract has 640 a row, most of them repeating the field before): asking the CSV reader for each field costs several
/// times more. Used only where it gives exactly what <see cref="CsvInput.GetUtf8(int)"/> gives field by field: a record
/// (of the header's number of fields, which <see cref="CsvInput.ReadRow"/> checks) without a quote, so that no field is
/// quoted and none holds a separator or a line break, and without a carriage return. A field is then the bytes between
/// two separators with the spaces at its ends trimmed, as the reader trims them.
/// </summary>
internal ref struct CsvRecordFields
{
    private const byte Space = (byte)' ';

    private readonly ReadOnlySpan<byte> _raw;
    private readonly byte _separator;

    /// <summary>Where field <see cref="_column"/> starts.</summary>
    private int _at;

    private int _column;

    /// <summary>Where the field last read starts; −1 before the first.</summary>
    private int _last = -1;

    private CsvRecordFields(ReadOnlySpan<byte> raw, byte separator)
    {
        _raw = raw;
        _separator = separator;
    }

    /// <summary>
    /// Opens the record <paramref name="raw"/> (its bytes without the line break, as <see cref="CsvInput.RawRecord"/>
    /// gives them). False where it holds a quote or a carriage return: its fields are then to be read one by one from
    /// the reader.
    /// </summary>
    internal static bool TryOpen(ReadOnlySpan<byte> raw, char separator, out CsvRecordFields fields)
    {
        fields = new CsvRecordFields(raw, checked((byte)separator));
        return raw.IndexOfAny((byte)'"', (byte)'\r') < 0;
    }

    /// <summary>Field <paramref name="column"/> (0-based, after any field read before), trimmed of spaces; the fields before it are passed over.</summary>
    internal ReadOnlySpan<byte> Field(int column)
    {
        if (column > _column)
        {
            Pass(column - _column);
        }

        int length = _at <= _raw.Length ? _raw[_at..].IndexOf(_separator) : -1;
        int end = length < 0 ? _raw.Length : _at + length;
        ReadOnlySpan<byte> field = _at <= _raw.Length ? _raw[_at..end] : default;
        _last = _at;
        _at = end + 1;
        _column++;
        return field.Trim(Space);
    }

    /// <summary>
    /// How many of the next fields, up to <paramref name="most"/>, are byte for byte the field just read (<see cref="Field"/>):
    /// they are passed over. Found by comparing the bytes from here on with those one field and separator earlier, many at a
    /// time: a run of <c>111,111,111,</c> repeats its first four bytes. The record's last field has no separator after it,
    /// so it is never counted here but read.
    /// </summary>
    internal int PassRepeats(int most)
    {
        int period = _at - _last;
        if (_last < 0 || most <= 0 || _at >= _raw.Length)
        {
            return 0;
        }

        int compared = (int)Math.Min(_raw.Length - _at, (long)most * period);
        int same = _raw.Slice(_at, compared).CommonPrefixLength(_raw.Slice(_last, compared));
        int repeats = same / period;
        _at += repeats * period;
        _column += repeats;
        return repeats;
    }

    /// <summary>Passes over <paramref name="count"/> fields: counts as many separators, a vector of bytes at a time.</summary>
    private void Pass(int count)
    {
        ref byte first = ref MemoryMarshal.GetReference(_raw);
        int i = _at;
        int left = count;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<byte> separators = Vector256.Create(_separator);
            for (; i + Vector256<byte>.Count <= _raw.Length; i += Vector256<byte>.Count)
            {
                uint found = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), separators).ExtractMostSignificantBits();
                int here = BitOperations.PopCount(found);
                if (here >= left)
                {
                    // The separator that ends the last field passed is the left-th one in this vector.
                    for (int k = 1; k < left; k++)
                    {
                        found &= found - 1;
                    }

                    i += BitOperations.TrailingZeroCount(found);
                    left = 0;
                    break;
                }

                left -= here;
            }
        }

        for (; left > 0 && i < _raw.Length; i++)
        {
            if (_raw[i] == _separator && --left == 0)
            {
                break;
            }
        }

        // i is the separator of the last field passed over; a record shorter than the header has no such field.
        _at = left == 0 ? i + 1 : _raw.Length + 1;
        _column += count;
    }
}
