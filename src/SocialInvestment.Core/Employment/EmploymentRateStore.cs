using System.Diagnostics;

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
    /// Builds a store from rates given one at a time. Each person's rates are gathered, as codes, in a row of all known
    /// months and stored when the next person's rates begin; a person whose rates come again later (not one after the
    /// other) is stored again whole, so the last rate given for a month wins.
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

        /// <summary>The current person's code in each known month: 0 for no rate, <see cref="Apart"/> for one in <see cref="_currentApart"/>.</summary>
        private readonly ushort[] _current;

        private readonly Dictionary<int, decimal> _currentApart = [];
        private int _used;
        private bool _hasCurrent;
        private ParticipantId _currentId;

        /// <summary>The current person's row in <see cref="_spans"/> where they were stored before; −1 otherwise.</summary>
        private int _currentRow;

        private int _currentFirst;
        private int _currentLast;

        /// <param name="months">The number of known months.</param>
        internal Builder(int months)
        {
            _months = months;
            _blockSize = Math.Max(1 << 16, months);
            _current = new ushort[months];
            _used = _blockSize;
            _currentFirst = months;
            _currentLast = -1;
        }

        /// <summary>Sets <paramref name="id"/>'s rate in known month <paramref name="month"/>, replacing any given before.</summary>
        internal void Add(ParticipantId id, int month, decimal rate) => Add(id, new ReadOnlySpan<int>(in month), rate);

        /// <summary>Sets <paramref name="id"/>'s rate in each of the known months <paramref name="months"/> (a run of months of one rate, as an extract often has), replacing any given before.</summary>
        internal void Add(ParticipantId id, ReadOnlySpan<int> months, decimal rate)
        {
            if (!_hasCurrent || id != _currentId)
            {
                Flush();
                Begin(id);
            }

            bool exact = TryTenThousandths(rate, out ushort code);
            foreach (int month in months)
            {
                if (exact)
                {
                    _current[month] = code;
                    if (_currentApart.Count > 0)
                    {
                        _currentApart.Remove(month);
                    }
                }
                else
                {
                    _current[month] = Apart;
                    _currentApart[month] = rate;
                }

                _currentFirst = Math.Min(_currentFirst, month);
                _currentLast = Math.Max(_currentLast, month);
            }
        }

        /// <summary>
        /// The rates of several builders of the same known months as one store, the builders' blocks taken as they are (a
        /// reader builds one on each piece of a file, on its own core). A person in several builders keeps the last one's
        /// row; a reader of one row a person never gives one twice.
        /// </summary>
        internal static EmploymentRateStore Join(IReadOnlyList<Builder> builders)
        {
            if (builders.Count == 1)
            {
                return builders[0].Build();
            }

            int blockSize = builders.Count == 0 ? 1 << 16 : builders[0]._blockSize;
            var blocks = new List<ushort[]>();
            var rows = new Dictionary<ParticipantId, int>(builders.Sum(b => b._spans.Count));
            var spans = new List<Span>(builders.Sum(b => b._spans.Count));
            var exceptionPositions = new List<long>();
            var exceptions = new List<decimal>();
            foreach (Builder builder in builders)
            {
                builder.Flush();
                Debug.Assert(builder._blockSize == blockSize, "The builders are of one extract's known months.");

                int blocksBefore = blocks.Count;
                blocks.AddRange(builder._blocks);
                foreach (KeyValuePair<ParticipantId, int> row in builder._rows)
                {
                    Span span = builder._spans[row.Value];
                    span = span.Length == 0 ? span : span with { Block = span.Block + blocksBefore };
                    if (rows.TryGetValue(row.Key, out int earlier))
                    {
                        spans[earlier] = span;
                    }
                    else
                    {
                        rows.Add(row.Key, spans.Count);
                        spans.Add(span);
                    }
                }

                long shift = (long)blocksBefore * blockSize;
                exceptionPositions.AddRange(builder._exceptionPositions.Select(p => p + shift));
                exceptions.AddRange(builder._exceptions);
            }

            return new EmploymentRateStore([.. blocks], blockSize, rows, [.. spans], [.. exceptionPositions], [.. exceptions]);
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
            _currentRow = _rows.TryGetValue(id, out int row) ? row : -1;
            if (_currentRow >= 0 && _spans[row] is { Length: > 0 } span)
            {
                _blocks[span.Block].AsSpan(span.Offset, span.Length).CopyTo(_current.AsSpan(span.FirstMonth));
                for (int at = 0; at < span.Length; at++)
                {
                    if (_current[span.FirstMonth + at] == Apart)
                    {
                        _currentApart[span.FirstMonth + at] = _exceptions[_exceptionPositions.BinarySearch(((long)span.Block * _blockSize) + span.Offset + at)];
                    }
                }

                _currentFirst = span.FirstMonth;
                _currentLast = span.FirstMonth + span.Length - 1;
            }
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
            while (first <= last && _current[first] == 0)
            {
                first++;
            }

            while (last >= first && _current[last] == 0)
            {
                last--;
            }

            int length = last - first + 1;
            Span span = default;
            if (length > 0)
            {
                if (_used + length > _blockSize)
                {
                    _blocks.Add(new ushort[_blockSize]);
                    _used = 0;
                }

                _current.AsSpan(first, length).CopyTo(_blocks[^1].AsSpan(_used));
                if (_currentApart.Count > 0)
                {
                    long blockStart = (long)(_blocks.Count - 1) * _blockSize;
                    for (int m = 0; m < length; m++)
                    {
                        if (_current[first + m] == Apart)
                        {
                            _exceptionPositions.Add(blockStart + _used + m);
                            _exceptions.Add(_currentApart[first + m]);
                        }
                    }

                    _currentApart.Clear();
                }

                span = new Span(_blocks.Count - 1, _used, first, length);
                _used += length;
            }

            if (_currentRow >= 0)
            {
                _spans[_currentRow] = span;
            }
            else if (length > 0)
            {
                _rows.Add(_currentId, _spans.Count);
                _spans.Add(span);
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
