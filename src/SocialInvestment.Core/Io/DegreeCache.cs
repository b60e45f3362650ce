namespace SocialInvestment.Io;

/// <summary>
/// The degrees of a column that repeats a few values row after row (<c>1</c>, <c>0,5</c>, <c>0,75</c>), each parsed
/// once: a short field is matched by its bytes against the values seen. Parsing a decimal and checking it against 0 and 1
/// for each of ten million rows was a tenth of reading spells.csv.
/// </summary>
internal sealed class DegreeCache
{
    private const int MostKept = 16;

    // A field of up to 7 bytes as one number: its bytes, and its length in the top byte.
    private const int MostBytes = FieldKey.HeadBytes;

    private readonly ulong[] _keys = new ulong[MostKept];
    private readonly Degree[] _degrees = new Degree[MostKept];
    private readonly decimal[] _values = new decimal[MostKept];
    private int _count;

    /// <summary>
    /// The degree in <paramref name="utf8"/> where it is a plain decimal that <see cref="TextValues.TryParseDecimal(ReadOnlySpan{byte}, out decimal)"/>
    /// reads, in (0, 1]; false where it is anything else (the caller then decides and explains).
    /// </summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out Degree degree) => TryGet(utf8, out degree, out _);

    /// <summary>As <see cref="TryGet(ReadOnlySpan{byte}, out Degree)"/>, with the degree's <see cref="Degree.Value"/>, worked out once a value kept.</summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out Degree degree, out decimal value)
    {
        if (utf8.Length > MostBytes)
        {
            bool parsed = TryParse(utf8, out degree);
            value = parsed ? degree.Value : 0m;
            return parsed;
        }

        ulong key = FieldKey.Head(utf8);

        for (int i = 0; i < _count; i++)
        {
            if (_keys[i] == key)
            {
                degree = _degrees[i];
                value = _values[i];
                return true;
            }
        }

        if (!TryParse(utf8, out degree))
        {
            value = 0m;
            return false;
        }

        value = degree.Value;
        if (_count < MostKept)
        {
            _keys[_count] = key;
            _values[_count] = value;
            _degrees[_count++] = degree;
        }

        return true;
    }

    private static bool TryParse(ReadOnlySpan<byte> utf8, out Degree degree)
    {
        if (TextValues.TryParseDecimal(utf8, out decimal value) && Degree.IsValid(value))
        {
            degree = Degree.FromDecimal(value);
            return true;
        }

        degree = default;
        return false;
    }
}
