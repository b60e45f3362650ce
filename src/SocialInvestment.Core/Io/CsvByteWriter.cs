using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// Writes CSV as bytes into a buffer, field by field, for files too large to write through an object a field (a
/// national register extract has hundreds of millions of cells): the caller encodes each distinct text once
/// (<see cref="Encode"/>) and copies its bytes for every cell. Separators, line ends and encoding are the
/// <see cref="InputDialect"/>'s, as <see cref="InputCsvWriter"/> writes them.
/// </summary>
internal sealed class CsvByteWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly byte _separator;
    private readonly byte[] _newLine;
    private readonly Encoding _encoding;
    private int _length;

    /// <summary>Writes to <paramref name="stream"/>, which is left open.</summary>
    internal CsvByteWriter(Stream stream, InputDialect dialect)
    {
        _stream = stream;
        Danish = dialect == InputDialect.DanishExport;
        _separator = Danish ? (byte)';' : (byte)',';
        _newLine = Danish ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        _encoding = Danish ? InputEncoding.Windows1252 : Utf8;
    }

    internal bool Danish { get; }

    /// <summary>The decimal separator of the dialect.</summary>
    internal char DecimalSeparator => Danish ? ',' : '.';

    /// <summary>
    /// The bytes of a field holding <paramref name="text"/>, quoted as RFC 4180 says where it holds a separator, a quote or
    /// a line break, or begins or ends with a space or tab (which readers trim); <paramref name="field"/> names it where
    /// it would begin a spreadsheet formula (<see cref="SpreadsheetText"/>).
    /// </summary>
    internal byte[] Encode(string text, string field)
    {
        SpreadsheetText.Checked(text, field);
        bool quote = text.Length > 0
            && (text.AsSpan().IndexOfAny((char)_separator, '"', '\r') >= 0 || text.Contains('\n', StringComparison.Ordinal)
                || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
        return _encoding.GetBytes(quote ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text);
    }

    /// <summary>Writes bytes of a field as they are.</summary>
    internal void Write(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _buffer.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Writes the separator between two fields.</summary>
    internal void Separator()
    {
        if (_length == _buffer.Length)
        {
            Flush();
        }

        _buffer[_length++] = _separator;
    }

    /// <summary>Ends a record.</summary>
    internal void EndRecord() => Write(_newLine);

    /// <summary>Writes what is buffered to the stream.</summary>
    internal void Flush()
    {
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void Dispose() => Flush();
}
