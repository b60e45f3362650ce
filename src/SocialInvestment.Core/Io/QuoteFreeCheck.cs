namespace SocialInvestment.Io;

/// <summary>
/// Whether bytes hold no quote and no carriage return other than one right before a line feed: the inputs whose records
/// are their lines, which <see cref="QuoteFreeRecords"/> splits instead of CsvHelper. Fed the bytes in order, in chunks
/// of any size; a carriage return at the end of one chunk is judged by the first byte of the next.
/// </summary>
internal struct QuoteFreeCheck
{
    private bool _fed;
    private bool _broken;

    /// <summary>Whether the bytes fed hold a quote or a carriage return followed by anything but a line feed.</summary>
    internal readonly bool Broken => _broken;

    /// <summary>Whether the first byte fed is a line feed (for bytes that continue others: a carriage return before them is then fine).</summary>
    internal bool StartsWithLineFeed { get; private set; }

    /// <summary>Whether the last byte fed is a carriage return, whose line feed must come next.</summary>
    internal bool EndsWithCarriageReturn { get; private set; }

    /// <summary>Whether all the bytes fed, taken as a whole input, are quote-free: nothing broken and no carriage return at the end.</summary>
    internal readonly bool IsQuoteFree => !_broken && !EndsWithCarriageReturn;

    /// <summary>Checks the next bytes.</summary>
    internal void Feed(ReadOnlySpan<byte> span)
    {
        if (_broken || span.IsEmpty)
        {
            return;
        }

        if (!_fed)
        {
            _fed = true;
            StartsWithLineFeed = span[0] == (byte)'\n';
        }

        if (span.Contains((byte)'"') || (EndsWithCarriageReturn && span[0] != (byte)'\n'))
        {
            _broken = true;
            return;
        }

        for (ReadOnlySpan<byte> rest = span; rest.IndexOf((byte)'\r') is var i and >= 0; rest = rest[(i + 1)..])
        {
            if (i + 1 < rest.Length && rest[i + 1] != (byte)'\n')
            {
                _broken = true;
                return;
            }
        }

        EndsWithCarriageReturn = span[^1] == (byte)'\r';
    }

    /// <summary>
    /// Whether consecutive parts of one input, each checked on its own, are quote-free as a whole: none broken, a carriage
    /// return at the end of one followed by a line feed at the start of the next, and none at the very end.
    /// </summary>
    internal static bool AllQuoteFree(IReadOnlyList<QuoteFreeCheck> parts)
    {
        bool carriageReturnBefore = false;
        foreach (QuoteFreeCheck part in parts)
        {
            if (!part._fed)
            {
                continue;
            }

            if (part._broken || (carriageReturnBefore && !part.StartsWithLineFeed))
            {
                return false;
            }

            carriageReturnBefore = part.EndsWithCarriageReturn;
        }

        return !carriageReturnBefore;
    }
}
