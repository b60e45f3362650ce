namespace SocialInvestment;

/// <summary>
/// The rates of an <see cref="EmploymentRates"/> in compact form, for a national cohort (a million people × ten years of
/// months): each person keeps only the known months from their first to their last rate above 0 (a person who never
/// worked keeps nothing), each month in 2 bytes. A rate of at most four decimals (DREAM gives two) is its number of
/// ten-thousandths, 0 … 10,000; any other rate is kept exactly, apart, at 24 bytes. The months of one person lie in one
/// block, so no array is ever copied to grow. Immutable once built; safe to read from several threads.
/// </summary>
internal sealed class EmploymentRateStore
{
    /// <summary>The code of a rate kept apart, exactly (<see cref="_exceptions"/>).</summary>
    private const ushort Apart = ushort.MaxValue;

    private const int Scale = 10_000;

    /// <summary>Each number of ten-thousandths as a decimal without trailing zeros, so that a rate reads back as it was written where it had four decimals or fewer.</summary>
    private static readonly decimal[] TenThousandths = MakeTenThousandths();

    private static readonly int[] Powers = [1, 10, 100, 1_000, 10_000];

    private readonly ushort[][] _blocks;
    private readonly int _blockSize;
    private readonly Dictionary<ParticipantId, int> _rows;
    private readonly Span[] _spans;
    private readonly long[] _exceptionPositions;
    private readonly decimal[] _exceptions;

    private EmploymentRateStore(ushort[][] blocks, int blockSize, Dictionary<ParticipantId, int> rows, Span[] spans, long[] exceptionPositions, decimal[] exceptions)
    {
        _blocks = blocks;
        _blockSize = blockSize;
        _rows = rows;
        _spans = spans;
        _exceptionPositions = exceptionPositions;
        _exceptions = exceptions;
    }

    /// <summary>The row of <paramref name="id"/>, or −1 for a person with no rate above 0.</summary>
    internal int RowOf(ParticipantId id) => _rows.TryGetValue(id, out int row) ? row : -1;

    /// <summary>The rate of row <paramref name="row"/> (≥ 0) in the known month of index <paramref name="month"/>: 0 outside the person's kept months.</summary>
    internal decimal RateAt(int row, int month)
    {
        Span span = _spans[row];
        int at = month - span.FirstMonth;
        if (at < 0 || at >= span.Length)
        {
            return 0m;
        }

        ushort code = _blocks[span.Block][span.Offset + at];
        return code == Apart ? Exception(((long)span.Block * _blockSize) + span.Offset + at) : TenThousandths[code];
    }

    private decimal Exception(long position) => _exceptions[Array.BinarySearch(_exceptionPositions, position)];

    private static decimal[] MakeTenThousandths()
    {
        var values = new decimal[Scale + 1];
        for (int k = 0; k <= Scale; k++)
        {
            // k / 10^4 with its trailing zeros dropped: 4500 is 0.45, not 0.4500.
            int scale = 4;
            int units = k;
            while (scale > 0 && units % 10 == 0)
            {
                units /= 10;
                scale--;
            }

            values[k] = new decimal(units, 0, 0, false, (byte)scale);
        }

        return values;
    }

    /// <summary>The kept months of one person: where they lie, and the known month of the first.</summary>
    private readonly record struct Span(int Block, int Offset, int FirstMonth, int Length);

    /// <summary>
    /// Builds a store from rates given one at a time. Each person's rates are gathered in a row of all known months and
    /// stored when the next person's rates begin; a person whose rates come again later (not one after the other) is
    /// stored again whole, so the last rate given for a month wins.
    /// </summary>
    internal sealed class Builder
    {
        private readonly int _months;
        private readonly int _blockSize;
        private readonly List<ushort[]> _blocks = [];
        private readonly Dictionary<ParticipantId, int> _rows = [];
        private readonly List<Span> _spans = [];
        private readonly List<long> _exceptionPositions = [];
        private readonly List<decimal> _exceptions = [];
        private readonly decimal[] _current;
        private int _used;
        private bool _hasCurrent;
        private ParticipantId _currentId;
        private int _currentFirst;
        private int _currentLast;

        /// <param name="months">The number of known months.</param>
        internal Builder(int months)
        {
            _months = months;
            _blockSize = Math.Max(1 << 16, months);
            _current = new decimal[months];
            _used = _blockSize;
            _currentFirst = months;
            _currentLast = -1;
        }

        /// <summary>Sets <paramref name="id"/>'s rate in known month <paramref name="month"/>, replacing any given before.</summary>
        internal void Add(ParticipantId id, int month, decimal rate)
        {
            if (!_hasCurrent || id != _currentId)
            {
                Flush();
                Begin(id);
            }

            _current[month] = rate;
            _currentFirst = Math.Min(_currentFirst, month);
            _currentLast = Math.Max(_currentLast, month);
        }

        internal EmploymentRateStore Build()
        {
            Flush();
            return new EmploymentRateStore([.. _blocks], _blockSize, _rows, [.. _spans], [.. _exceptionPositions], [.. _exceptions]);
        }

        /// <summary>Starts gathering <paramref name="id"/>'s rates, from those stored already where their rates came before.</summary>
        private void Begin(ParticipantId id)
        {
            _hasCurrent = true;
            _currentId = id;
            if (_rows.TryGetValue(id, out int row))
            {
                Span span = _spans[row];
                for (int at = 0; at < span.Length; at++)
                {
                    _current[span.FirstMonth + at] = Stored(span, at);
                }

                _currentFirst = span.FirstMonth;
                _currentLast = span.FirstMonth + span.Length - 1;
            }
        }

        private decimal Stored(Span span, int at)
        {
            ushort code = _blocks[span.Block][span.Offset + at];
            return code == Apart ? _exceptions[_exceptionPositions.BinarySearch(((long)span.Block * _blockSize) + span.Offset + at)] : TenThousandths[code];
        }

        /// <summary>Stores the gathered person's months from their first to their last rate above 0, and clears the row.</summary>
        private void Flush()
        {
            if (!_hasCurrent)
            {
                return;
            }

            int first = _currentFirst;
            int last = _currentLast;
            while (first <= last && _current[first] == 0m)
            {
                first++;
            }

            while (last >= first && _current[last] == 0m)
            {
                last--;
            }

            int length = last - first + 1;
            if (length > 0)
            {
                if (_used + length > _blockSize)
                {
                    _blocks.Add(new ushort[_blockSize]);
                    _used = 0;
                }

                ushort[] block = _blocks[^1];
                long blockStart = (long)(_blocks.Count - 1) * _blockSize;
                for (int m = 0; m < length; m++)
                {
                    decimal rate = _current[first + m];
                    if (TryTenThousandths(rate, out ushort code))
                    {
                        block[_used + m] = code;
                    }
                    else
                    {
                        block[_used + m] = Apart;
                        _exceptionPositions.Add(blockStart + _used + m);
                        _exceptions.Add(rate);
                    }
                }

                var span = new Span(_blocks.Count - 1, _used, first, length);
                _used += length;
                if (_rows.TryGetValue(_currentId, out int row))
                {
                    _spans[row] = span;
                }
                else
                {
                    _rows.Add(_currentId, _spans.Count);
                    _spans.Add(span);
                }
            }
            else if (_rows.TryGetValue(_currentId, out int row))
            {
                _spans[row] = new Span(0, 0, 0, 0);
            }

            if (_currentFirst <= _currentLast)
            {
                Array.Clear(_current, _currentFirst, _currentLast - _currentFirst + 1);
            }

            _currentFirst = _months;
            _currentLast = -1;
            _hasCurrent = false;
        }

        /// <summary>Whether <paramref name="rate"/> (in [0, 1]) has at most four decimals, and if so its number of ten-thousandths, read off its bits.</summary>
        private static bool TryTenThousandths(decimal rate, out ushort code)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(rate, bits);
            int scale = (bits[3] >> 16) & 0xFF;
            if (bits[1] == 0 && bits[2] == 0 && scale <= 4)
            {
                // rate ≤ 1, so the units are at most 10^scale and the ten-thousandths at most 10,000.
                code = (ushort)(bits[0] * Powers[4 - scale]);
                return true;
            }

            decimal scaled = rate * Scale;
            if (scaled == decimal.Truncate(scaled))
            {
                // Trailing zeros beyond four decimals (0.450000): still a number of ten-thousandths.
                code = (ushort)scaled;
                return true;
            }

            code = 0;
            return false;
        }
    }
}
