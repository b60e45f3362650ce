using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// Turns byte offsets in a UTF-8 text into lines and columns. A line ends at <c>\n</c> (as <see cref="System.Text.Json.Utf8JsonReader"/>
/// counts lines); a column counts characters, not bytes, so <c>æ</c> is one column.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];
    private (int LineStart, int Offset, int Column) _last;

    internal JsonLineMap(byte[] utf8)
    {
        _utf8 = utf8;
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The position of the byte at <paramref name="offset"/>.</summary>
    internal JsonTextPosition At(long offset)
    {
        int clamped = (int)Math.Clamp(offset, 0, _utf8.Length);
        int line = _lineStarts.BinarySearch(clamped);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new JsonTextPosition(line + 1, Column(_lineStarts[line], clamped));
    }

    /// <summary>The position of the byte <paramref name="bytePositionInLine"/> bytes into 0-based line <paramref name="lineNumber"/>.</summary>
    internal JsonTextPosition At(long lineNumber, long bytePositionInLine)
    {
        int line = (int)Math.Clamp(lineNumber, 0, _lineStarts.Count - 1);
        int start = _lineStarts[line];
        int offset = (int)Math.Clamp(start + bytePositionInLine, start, _utf8.Length);
        return new JsonTextPosition(line + 1, Column(start, offset));
    }

    /// <summary>The byte at <paramref name="offset"/>, or null past the end.</summary>
    internal byte? ByteAt(long offset) => offset >= 0 && offset < _utf8.Length ? _utf8[offset] : null;

    /// <summary>The offset of the byte <paramref name="bytePositionInLine"/> bytes into 0-based line <paramref name="lineNumber"/>.</summary>
    internal long Offset(long lineNumber, long bytePositionInLine) =>
        _lineStarts[(int)Math.Clamp(lineNumber, 0, _lineStarts.Count - 1)] + bytePositionInLine;

    private int Column(int lineStart, int offset)
    {
        // Positions are asked for in file order, so the characters are counted on from the last position where it
        // is on the same line: a minified file is one long line, and counting from its start for every token would
        // take time quadratic in its length.
        int from = lineStart;
        int column = 1;
        if (_last.LineStart == lineStart && _last.Offset <= offset && _last.Offset > lineStart)
        {
            from = _last.Offset;
            column = _last.Column;
        }

        column += Encoding.UTF8.GetCharCount(_utf8, from, offset - from);
        _last = (lineStart, offset, column);
        return column;
    }
}
