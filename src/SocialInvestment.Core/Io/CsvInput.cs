using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using NodaTime;

namespace SocialInvestment.Io;

/// <summary>
/// One input file being read through CsvHelper in the dialect of SPEC §2: encoding and separator detected
/// (<see cref="InputEncoding"/>), RFC 4180 quoting, fields trimmed, the header mapped to <see cref="CsvColumn"/>s by their
/// aliases, and each field read with its 1-based line and column, problems going to an <see cref="ErrorCollector"/>.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    /// <summary>The largest record read, in bytes: guards against an unclosed quote swallowing a large file.</summary>
    internal const int MaxRecordBytes = 1 << 20;

    /// <summary>The most columns a header may have: real exports have tens.</summary>
    internal const int MaxColumns = 10_000;

    private static readonly string RecordTooLong = TooLong("the record") + "; reading stopped here";

    // CsvHelper's reader of the file, or null for a piece whose records QuoteFreeRecords splits (_plain).
    private readonly CsvReader? _csv;
    private readonly QuoteFreeRecords? _plain;
    private readonly ErrorCollector _errors;
    private readonly Stream? _copy;
    private readonly Dictionary<CsvColumn, int> _index = [];

    // The 0-based column of each field by its ordinal (−1: none; a field numbered past the end has none): _index as an array.
    private int[] _fieldAt = [];

    private readonly DegreeCache _degrees = new();
    private readonly DateCache _dates = new();
    private readonly Dictionary<long, (CsvMalformedReason Reason, long ByteOffset)> _malformed;
    private readonly CsvReaderOptions _options;
    private int _headerCount;
    private bool _broken;

    // A piece of a file is read without its header, from a line further on: its lines and records are counted from there.
    private int _linesBefore;
    private int _headerRecords = 1;

    private CsvInput(CsvReader? reader, QuoteFreeRecords? plain, CsvReaderOptions options, ErrorCollector errors, Stream? copy, Dictionary<long, (CsvMalformedReason, long)> malformed)
    {
        _csv = reader;
        _plain = plain;
        _options = options;
        _malformed = malformed;
        _errors = errors;
        _copy = copy;
    }

    /// <summary>The 1-based line of the header row.</summary>
    internal int HeaderLine { get; private set; }

    /// <summary>The 1-based line where the current record starts (quoted line breaks counted).</summary>
    internal int Line { get; private set; }

    /// <summary>The separator in use.</summary>
    internal char Separator { get; private set; }

    /// <summary>The field that names people by id (its aliases differ between files); <see cref="CsvColumns.Cpr"/> is the other way.</summary>
    internal CsvColumn IdColumn { get; private set; } = CsvColumns.ParticipantId;

    /// <summary>The header's names as written, trimmed.</summary>
    internal IReadOnlyList<string> Headers { get; private set; } = [];

    /// <summary>
    /// Opens a file and maps its header. Returns null, with the errors collected, where the file is empty or its header
    /// lacks a required column, maps two columns to one field, or has both <c>participant_id</c> and <c>cpr</c>.
    /// </summary>
    /// <param name="stream">The input, read from its position; left open.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="required">The fields that must have a column.</param>
    /// <param name="optional">The fields that may have one.</param>
    /// <param name="identity">Whether the file names people by <c>participant_id</c> or <c>cpr</c> (exactly one of them).</param>
    /// <param name="options">For a file that is read in pieces: how many cores also sniff its encoding.</param>
    internal static CsvInput? Open(Stream stream, ErrorCollector errors, IReadOnlyList<CsvColumn> required, IReadOnlyList<CsvColumn> optional, bool identity, ReadOptions? options = null)
    {
        string names = string.Join(", ", (identity ? ["participant_id or cpr"] : Array.Empty<string>()).Concat(required.Select(c => c.Name)));
        var layout = new CsvLayout(required, optional, identity ? CsvColumns.ParticipantId : null);
        return Open(stream, errors, names, _ => layout, options);
    }

    /// <summary>
    /// Opens a file whose columns depend on its header (a weeks file is read in one of two forms): as
    /// <see cref="Open(Stream, ErrorCollector, IReadOnlyList{CsvColumn}, IReadOnlyList{CsvColumn}, bool, ReadOptions)"/>, with the
    /// fields and the header's own problems that <paramref name="layoutOf"/> finds in the header's names.
    /// </summary>
    /// <param name="stream">The input, read from its position; left open.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="expectedColumns">What an empty file's message says the header should hold.</param>
    /// <param name="layoutOf">The layout of a header, given its names as written.</param>
    /// <param name="options">For a file that is read in pieces: how many cores also sniff its encoding.</param>
    internal static CsvInput? Open(Stream stream, ErrorCollector errors, string expectedColumns, Func<IReadOnlyList<string>, CsvLayout> layoutOf, ReadOptions? options = null)
    {
        Stream? copy = null;
        if (!stream.CanSeek)
        {
            copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        long opened = stream.Position;

        // A file large enough to be read in pieces on every core is sniffed on them too.
        InputEncoding.Sniffed sniffed = options is { Cores: > 1 } && stream is FileStream file && file.Length - file.Position >= options.MinimumBytesForPieces
            ? InputEncoding.Sniff(file, options.Cores * options.PiecesPerCore, options.Cores)
            : InputEncoding.Sniff(stream);
        if (sniffed.IsEmpty)
        {
            copy?.Dispose();
            errors.Add(0, 0, $"empty file, expected a header row with the columns {expectedColumns}");
            return null;
        }

        if (sniffed.LongSpaceRun >= 0)
        {
            errors.Add(InputEncoding.LineAt(stream, sniffed.LongSpaceRun), 0, $"a quote followed by more than {InputEncoding.MaxSpacesAfterQuote} spaces; remove the spaces (runs this long make reading very slow)");
            copy?.Dispose();
            return null;
        }

        if (sniffed.Encoding != InputEncoding.Utf8)
        {
            stream.Position += sniffed.BomLength;
        }

        CsvInput? input = null;
        try
        {
            CsvReaderOptions readerOptions = ReaderOptions(sniffed);

            // A UTF-8 file without quotes (what exports and samples are) is split by QuoteFreeRecords from its header on,
            // as a piece of a large one is: CsvHelper would give the same records, and a small command is spared loading
            // it and compiling its reader (docs/performance.md, "Start-up").
            if (sniffed.QuoteFree && sniffed.Encoding == InputEncoding.Utf8)
            {
                stream.Position += sniffed.BomLength;
                input = new CsvInput(null, new QuoteFreeRecords(stream, sniffed.Separator), readerOptions, errors, copy, []);
            }
            else
            {
                input = Create(stream, readerOptions, errors, copy);
            }

            input.Separator = sniffed.Separator;
            input.QuoteFree = sniffed.QuoteFree && opened == 0;
            if (!input.ReadHeader(layoutOf))
            {
                input.Dispose();
                return null;
            }

            return input;
        }
        catch
        {
            if (input is null)
            {
                copy?.Dispose();
            }
            else
            {
                input.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// CsvHelper's options for a file as <see cref="InputEncoding.Sniff(Stream)"/> found it: the dialect of SPEC §2. Also what a
    /// measurement of CsvHelper's own work on a file uses (benchmarks), so that it does the reader's work and no other.
    /// </summary>
    internal static CsvReaderOptions ReaderOptions(InputEncoding.Sniffed sniffed) =>
        CsvReaderOptions.Default with
        {
            Separator = sniffed.Separator,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrimInsideQuotes = true,
            WhitespaceCharacters = " ",
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            DetectSeparatorHint = false,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            FormatProvider = CultureInfo.InvariantCulture,

            // UTF-8 is read as bytes, without decoding (a BOM is skipped); Windows-1252 is transcoded while reading.
            Encoding = sniffed.Encoding == InputEncoding.Utf8 ? null : sniffed.Encoding,

            // Ids and codes repeat row after row in an export: each distinct value becomes one string.
            PoolStrings = false,
        };

    /// <summary>
    /// A reader of a piece of the same file: whole lines from a line start on, without a header, read with this
    /// file's dialect and columns. Lines are numbered as in the whole file, <paramref name="linesBefore"/> coming first;
    /// <paramref name="room"/> is where the piece's records fall among the file's, where known; <paramref name="ascii"/>:
    /// the piece's bytes are all ASCII.
    /// </summary>
    internal CsvInput Piece(Stream piece, ErrorCollector errors, int linesBefore, CsvPieces.RecordRoom? room = null, bool ascii = false)
    {
        // CsvPieces cuts only a file without quotes into pieces: read as UTF-8 bytes (not transcoded), its records are
        // its lines, split by QuoteFreeRecords. So is a piece of a Windows-1252 file whose bytes are all ASCII, which
        // transcoding leaves as they are; CsvHelper transcodes and reads any other piece of such a file.
        CsvInput input = !Transcodes || ascii
            ? new CsvInput(null, new QuoteFreeRecords(piece, Separator), _options, errors, copy: null, [])
            : Create(piece, _options with { HasHeader = false }, errors, copy: null);
        input.Room = room;
        input.Separator = Separator;
        input.HeaderLine = HeaderLine;
        input.IdColumn = IdColumn;
        input.Headers = Headers;
        input._headerCount = _headerCount;
        input._linesBefore = linesBefore;
        input._headerRecords = 0;
        foreach (KeyValuePair<CsvColumn, int> column in _index)
        {
            input._index.Add(column.Key, column.Value);
        }

        input._fieldAt = _fieldAt;

        return input;
    }

    /// <summary>
    /// How many rows a reader's row loop reads in one call. A long file's loop is then called often, and the runtime
    /// compiles a method again fully, inlining across assemblies, only after it has been called 1,000 times (sib's
    /// runtimeconfig): one call for a whole piece would run the precompiled code of the loop to its end.
    /// </summary>
    internal const int RowsPerCall = 256;

    /// <summary>
    /// Whether the sniff found the whole file, from its first byte, free of quotes and of carriage returns but before a
    /// line feed (<see cref="QuoteFreeCheck"/>): its pieces need not be checked again.
    /// </summary>
    internal bool QuoteFree { get; private set; }

    /// <summary>Whether CsvHelper transcodes the file to UTF-8 (Windows-1252) rather than reading its bytes as they are.</summary>
    internal bool Transcodes => _options.Encoding is not null;

    /// <summary>Where a piece's records fall among the file's (<see cref="CsvPieces.RecordRoom"/>); null for a file read in one go.</summary>
    internal CsvPieces.RecordRoom? Room { get; private set; }

    /// <summary>Whether reading stopped at a record that cannot be read as CSV.</summary>
    internal bool Broken => _broken;

    /// <summary>Whether the file has a column for <paramref name="column"/>.</summary>
    internal bool Has(CsvColumn column) => FieldOf(column) >= 0;

    /// <summary>The 1-based column of a field, or 0 where the file has none.</summary>
    internal int ColumnOf(CsvColumn column) => FieldOf(column) + 1;

    /// <summary>
    /// Moves to the next data record that can be read field by field. Records with bad quoting or another number of
    /// fields than the header are reported and passed over; records whose fields are all empty are passed over silently.
    /// Returns false at the end, after an error that stops reading, or once the error limit is passed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool ReadRow() => _plain is { } plain ? ReadPlainRow(plain) : ReadCsvRow();

    /// <summary><see cref="ReadRow"/> for a file or piece that CsvHelper reads.</summary>
    private bool ReadCsvRow()
    {
        while (!_broken && !_errors.IsFull)
        {
            try
            {
                if (!Reader.Read())
                {
                    return false;
                }
            }
            catch (Exception ex) when (ex is CsvFormatException or DecoderFallbackException or FormatException)
            {
                _broken = true;
                int line = ex is CsvFormatException f && f.LineNumber > 0 ? _linesBefore + (int)f.LineNumber : Line + 1;
                int column = ex is CsvFormatException { FieldIndex: >= 0 } g ? g.FieldIndex + 1 : 0;
                _errors.Add(line, column, IsTooLong(ex) ? RecordTooLong : $"the file cannot be read as CSV here: {Echo.Value(ex.Message)}");
                return false;
            }

            Line = checked(_linesBefore + (int)Reader.LineNumber);

            // The reader stops at a longer record only where it must grow its buffer; the limit holds for every record.
            if (Reader.RawRecord.Length > MaxRecordBytes)
            {
                _broken = true;
                _errors.Add(Line, 0, RecordTooLong);
                return false;
            }

            if (_malformed.Remove(Reader.RowNumber + _headerRecords, out var problem))
            {
                _errors.Add(Line, MalformedColumn(problem.ByteOffset), Describe(problem.Reason));
                continue;
            }

            int count = Reader.FieldCount;
            bool allEmpty = true;
            for (int i = 0; i < count && allEmpty; i++)
            {
                allEmpty = Reader.IsEmpty(i);
            }

            if (allEmpty)
            {
                continue;
            }

            if (count != _headerCount)
            {
                _errors.Add(Line, 0, FieldCountMismatch(count));
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// <see cref="ReadRow"/> for a piece split by <see cref="QuoteFreeRecords"/>: it has no quoting to go wrong, so only a
    /// record too long, a record of empty fields and one of another number of fields than the header are left to find.
    /// </summary>
    private bool ReadPlainRow(QuoteFreeRecords plain)
    {
        while (!_broken && !_errors.IsFull)
        {
            if (!plain.Read())
            {
                if (plain.TooLong)
                {
                    _broken = true;
                    _errors.Add(checked(_linesBefore + (int)plain.LineNumber), 0, RecordTooLong);
                }

                return false;
            }

            Line = checked(_linesBefore + (int)plain.LineNumber);
            if (plain.AllEmpty)
            {
                continue;
            }

            int count = plain.FieldCount;
            if (count != _headerCount)
            {
                _errors.Add(Line, 0, FieldCountMismatch(count));
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>The trimmed value of a field of the current record; empty where the file has no such column.</summary>
    internal string Get(CsvColumn column) =>
        FieldOf(column) is var i and >= 0 ? Get(i) : string.Empty;

    /// <summary>The trimmed value of a field of the current record as UTF-8 bytes, valid until the next row; empty where the file has no such column.</summary>
    internal ReadOnlySpan<byte> GetUtf8(CsvColumn column) =>
        FieldOf(column) is var i and >= 0 ? GetUtf8(i) : default;

    /// <summary>The trimmed value of the field at 0-based <paramref name="index"/> of the current record.</summary>
    internal string Get(int index) =>
        _plain is { } plain ? Encoding.UTF8.GetString(plain.Field(index)) : Reader.GetString(index) ?? string.Empty;

    /// <summary>The trimmed value of the field at 0-based <paramref name="index"/> as UTF-8 bytes, valid until the next row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReadOnlySpan<byte> GetUtf8(int index) => _plain is { } plain ? plain.Field(index) : CsvHelperField(index);

    // A call, not inlined: a row loop reads its fields inline from a quote-free piece, and keeps CsvHelper's way out of its code.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ReadOnlySpan<byte> CsvHelperField(int index) => Reader.GetSpan(index);

    /// <summary>The current record's bytes as UTF-8 (a Windows-1252 file transcoded), without its line break; valid until the next row.</summary>
    internal ReadOnlySpan<byte> RawRecord => _plain is { } plain ? plain.RawRecord : Reader.RawRecord;

    /// <summary>The number of fields of the header, which every row read has.</summary>
    internal int FieldCount => _headerCount;

    /// <summary>Reports a problem with the field at 0-based <paramref name="index"/>: <c>header: message</c>, the header's name as written.</summary>
    internal void Error(int index, string message) => _errors.Add(Line, index + 1, $"{Echo.Value(Headers[index])}: {message}");

    /// <summary>Reports a problem with a field of the current record: <c>name: message</c> at its line and column.</summary>
    internal void Error(CsvColumn column, string message) => _errors.Add(Line, ColumnOf(column), $"{column.Name}: {message}");

    /// <summary>Reports a problem with a field: <c>name: expected …, found '…'</c>, the value masked.</summary>
    internal void Expected(CsvColumn column, string expected, string found) => Error(column, $"expected {expected}, found {Echo.Quoted(found)}");

    /// <summary>Reads a text field that must not be empty.</summary>
    internal bool TryRequiredText(CsvColumn column, string expected, out string value)
    {
        value = Get(column);
        if (value.Length == 0)
        {
            Expected(column, expected, value);
            return false;
        }

        return true;
    }

    /// <summary>Reads a required date.</summary>
    internal bool TryRequiredDate(CsvColumn column, out LocalDate date)
    {
        if (_dates.TryGet(GetUtf8(column), out date))
        {
            return true;
        }

        string text = Get(column);
        if (TextValues.TryParseDate(text, out date))
        {
            return true;
        }

        Expected(column, TextValues.DateForms, text);
        return false;
    }

    /// <summary>Reads a required date as its day number (<see cref="BulkAccess.DayNumberOf"/>), as <see cref="TryRequiredDate"/> reads it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryRequiredDay(CsvColumn column, out int day) => _dates.TryGetDay(GetUtf8(column), out day) || TryRequiredDayOfText(column, out day);

    private bool TryRequiredDayOfText(CsvColumn column, out int day)
    {
        bool read = TryRequiredDate(column, out LocalDate date);
        day = read ? BulkAccess.DayNumberOf(date) : 0;
        return read;
    }

    /// <summary>
    /// Reads an optional date as its day number (<see cref="BulkAccess.DayNumberOf"/>), as <see cref="TryOptionalDate"/>
    /// reads it: <paramref name="empty"/> where empty or absent.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryOptionalDay(CsvColumn column, int empty, out int day)
    {
        ReadOnlySpan<byte> utf8 = GetUtf8(column);
        if (utf8.IsEmpty)
        {
            day = empty;
            return true;
        }

        return _dates.TryGetDay(utf8, out day) || TryOptionalDayOfText(column, empty, out day);
    }

    private bool TryOptionalDayOfText(CsvColumn column, int empty, out int day)
    {
        bool read = TryOptionalDate(column, out LocalDate? date);
        day = date is { } value ? BulkAccess.DayNumberOf(value) : empty;
        return read;
    }

    /// <summary>
    /// Reads a row's own degree (spells.csv, a weekly table): null where the cell is empty or the column absent — the
    /// contract's degree for the code then applies (SPEC-DK DK2, <see cref="Contract.DegreeOf"/>) — and, with the error
    /// reported, where the cell is not a degree in (0, 1].
    /// </summary>
    internal Degree? OptionalDegree(CsvColumn column) => TryOwnDegree(column, out decimal value) ? Degree.FromDecimal(value) : null;

    /// <summary>
    /// As <see cref="OptionalDegree(CsvColumn)"/>, as the degree's <see cref="Degree.Value"/>: false where the row has no
    /// degree of its own (<paramref name="value"/> 0), the error reported where the cell is not a degree.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryOwnDegree(CsvColumn column, out decimal value)
    {
        ReadOnlySpan<byte> utf8 = GetUtf8(column);
        if (utf8.IsEmpty)
        {
            value = 0m;
            return false;
        }

        return _degrees.TryGet(utf8, out value) || TryOwnDegreeOfText(column, out value);
    }

    private bool TryOwnDegreeOfText(CsvColumn column, out decimal value)
    {
        value = 0m;
        string text = Get(column);
        if (text.Length == 0)
        {
            return false;
        }

        if (TextValues.TryParseDecimal(text, allowNegative: false, out decimal parsed) && Degree.IsValid(parsed))
        {
            value = Degree.FromDecimal(parsed).Value;
            return true;
        }

        Expected(column, "a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5", text);
        return false;
    }

    /// <summary>Reads an optional date: null where empty or absent.</summary>
    internal bool TryOptionalDate(CsvColumn column, out LocalDate? date)
    {
        date = null;
        ReadOnlySpan<byte> utf8 = GetUtf8(column);
        if (utf8.IsEmpty)
        {
            return true;
        }

        if (_dates.TryGet(utf8, out LocalDate fast))
        {
            date = fast;
            return true;
        }

        string text = Get(column);

        if (TextValues.TryParseDate(text, out LocalDate value))
        {
            date = value;
            return true;
        }

        Expected(column, TextValues.DateForms, text);
        return false;
    }

    /// <summary>Reads an optional decimal ≥ 0 (a decimal point or comma): null where empty or absent.</summary>
    internal bool TryOptionalNonNegativeDecimal(CsvColumn column, out decimal? value)
    {
        value = null;
        string text = Get(column);
        if (text.Length == 0)
        {
            return true;
        }

        if (TextValues.TryParseDecimal(text, allowNegative: true, out decimal parsed) && parsed >= 0m)
        {
            value = parsed;
            return true;
        }

        Expected(column, "a decimal of at least 0, such as 15500 or 15500,50", text);
        return false;
    }

    /// <summary>Reads an optional boolean: <paramref name="absent"/> where empty or absent.</summary>
    internal bool TryOptionalBool(CsvColumn column, bool absent, out bool value)
    {
        ReadOnlySpan<byte> utf8 = GetUtf8(column);
        if (utf8.IsEmpty)
        {
            value = absent;
            return true;
        }

        if (TextValues.TryParseBool(utf8, out value))
        {
            return true;
        }

        string text = Get(column);
        if (TextValues.TryParseBool(text, out value))
        {
            return true;
        }

        Expected(column, "true/false, 1/0 or ja/nej", text);
        return false;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _csv?.Dispose();
        _plain?.Dispose();
        _copy?.Dispose();
    }

    /// <summary>CsvHelper's reader, where it reads this file or piece.</summary>
    private CsvReader Reader => _csv ?? throw new InvalidOperationException("This piece is read by QuoteFreeRecords.");

    /// <summary>The 0-based column of a field, or −1 where the file has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FieldOf(CsvColumn column)
    {
        int[] fieldAt = _fieldAt;
        int ordinal = column.Ordinal;
        return (uint)ordinal < (uint)fieldAt.Length ? fieldAt[ordinal] : -1;
    }

    private static CsvInput Create(Stream stream, CsvReaderOptions options, ErrorCollector errors, Stream? copy)
    {
        var malformed = new Dictionary<long, (CsvMalformedReason, long)>();
        // The reader reports malformed records (by record number, a header counted) while it scans ahead; ReadRow
        // picks each up when the reader reaches that record.
        CsvReaderOptions reporting = options with { OnMalformedRecord = m => malformed.TryAdd(m.RecordNumber, (m.Reason, m.ByteOffset)) };
        return new CsvInput(CsvReader.Create(stream, reporting, leaveOpen: true), null, options, errors, copy, malformed);
    }

    private string FieldCountMismatch(int count)
    {
        string hint = count > _headerCount && Separator == ','
            ? " (in a ','-separated file a decimal comma must be quoted)"
            : string.Empty;
        return $"expected {_headerCount} fields as in the header, found {count}{hint}";
    }

    private static string TooLong(string what) =>
        $"{what} cannot be read as CSV: it is longer than 1 MiB ({MaxRecordBytes} bytes), the most a record may be (is a quote never closed?)";

    private static bool IsTooLong(Exception ex) =>
        ex is CsvFormatException && ex.Message.Contains(nameof(CsvReaderOptions.MaxRecordSize), StringComparison.Ordinal);

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field; quote the whole field and double the quotes in it (RFC 4180)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field; double the quotes inside a quoted field (RFC 4180)",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed; the rest of the file was read into it",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        _ => "malformed quoting (RFC 4180)",
    };

    /// <summary>The 1-based field of the current record that holds the byte at <paramref name="byteOffset"/> of the input.</summary>
    private int MalformedColumn(long byteOffset)
    {
        ReadOnlySpan<byte> raw = Reader.RawRecord;
        long relative = Math.Clamp(byteOffset - Reader.ByteOffset, 0, raw.Length);
        int field = 1;
        bool quoted = false;
        byte separator = (byte)Separator;
        for (int i = 0; i < relative; i++)
        {
            if (raw[i] == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && raw[i] == separator)
            {
                field++;
            }
        }

        return field;
    }

    private bool ReadHeader(Func<IReadOnlyList<string>, CsvLayout> layoutOf)
    {
        IReadOnlyList<string> headers;
        if (_plain is { } plain)
        {
            if (!plain.Read())
            {
                // The sniff found content, so the first record can only be missing by being too long.
                _errors.Add(checked((int)Math.Max(1, plain.LineNumber)), 0, TooLong("the header row"));
                return false;
            }

            var names = new string[plain.FieldCount];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = Encoding.UTF8.GetString(plain.Field(i));
            }

            headers = names;
            HeaderLine = checked((int)Math.Max(1, plain.LineNumber));
        }
        else
        {
            try
            {
                Reader.ReadHeader();
                headers = Reader.Headers;
            }
            catch (Exception ex) when (ex is CsvFormatException or DecoderFallbackException or FormatException)
            {
                int line = ex is CsvFormatException { LineNumber: > 0 } f ? (int)f.LineNumber : 1;
                _errors.Add(line, 0, IsTooLong(ex) ? TooLong("the header row") : $"the header row cannot be read as CSV: {Echo.Value(ex.Message)}");
                return false;
            }

            HeaderLine = checked((int)Math.Max(1, Reader.LineNumber));
        }

        // The raw header is gone once read: its names and separators tell its length closely enough.
        if (headers.Count - 1 + headers.Sum(h => (long)Encoding.UTF8.GetByteCount(h)) > MaxRecordBytes)
        {
            _errors.Add(HeaderLine, 0, TooLong("the header row"));
            return false;
        }

        if (headers.Count > MaxColumns)
        {
            _errors.Add(HeaderLine, 0, $"header row: {headers.Count} columns, more than the {MaxColumns} a file may have");
            return false;
        }

        _headerCount = headers.Count;
        int before = _errors.Count;
        if (_malformed.Remove(1, out var problem))
        {
            _errors.Add(HeaderLine, 0, $"header row: {Describe(problem.Reason)}");
            return false;
        }

        Headers = [.. headers];
        CsvLayout layout = layoutOf(Headers);
        IReadOnlyList<CsvColumn> required = layout.Required;
        bool identity = layout.IdColumn is not null;
        IdColumn = layout.IdColumn ?? CsvColumns.ParticipantId;
        var known = new List<CsvColumn>(layout.Required.Count + layout.Optional.Count + 2);
        if (identity)
        {
            known.Add(IdColumn);
            known.Add(CsvColumns.Cpr);
        }

        known.AddRange(layout.Required);
        known.AddRange(layout.Optional);

        for (int i = 0; i < headers.Count; i++)
        {
            CsvColumn? column = known.FirstOrDefault(c => c.Matches(headers[i]));
            if (column is null)
            {
                continue;
            }

            if (_index.TryGetValue(column, out int first))
            {
                _errors.Add(HeaderLine, i + 1, $"columns {first + 1} ('{Echo.Value(headers[first])}') and {i + 1} ('{Echo.Value(headers[i])}') both give the field {column.Name}; keep one of them");
                continue;
            }

            _index[column] = i;
        }

        _fieldAt = new int[_index.Count == 0 ? 0 : _index.Keys.Max(c => c.Ordinal) + 1];
        Array.Fill(_fieldAt, -1);
        foreach (KeyValuePair<CsvColumn, int> column in _index)
        {
            _fieldAt[column.Key.Ordinal] = column.Value;
        }

        if (identity)
        {
            bool byId = Has(IdColumn);
            bool byCpr = Has(CsvColumns.Cpr);
            if (byId && byCpr)
            {
                _errors.Add(HeaderLine, ColumnOf(CsvColumns.Cpr), $"the file has both a participant_id column ({ColumnOf(IdColumn)}) and a cpr column ({ColumnOf(CsvColumns.Cpr)}); give one of them");
            }
            else if (!byId && !byCpr)
            {
                _errors.Add(HeaderLine, 0, $"missing column participant_id or cpr (accepted names: {IdColumn.AliasList}; or {CsvColumns.Cpr.AliasList})");
            }
        }

        foreach (CsvColumn column in required)
        {
            if (!Has(column))
            {
                _errors.Add(HeaderLine, 0, $"missing column {column.Name} (accepted names: {column.AliasList})");
            }
        }

        foreach (CsvLayout.Problem found in layout.Problems)
        {
            _errors.Add(HeaderLine, found.Column, found.Message);
        }

        return _errors.Count == before;
    }
}
