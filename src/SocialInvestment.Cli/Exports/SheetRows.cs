using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace SocialInvestment.Cli.Exports;

/// <summary>
/// Writes a sheet's rows straight into its part with the SDK's <see cref="OpenXmlWriter"/>, cell by cell: numbers and
/// dates as numbers with a <see cref="CellStyle"/>, text as inline strings, each cell with its reference (<c>B7</c>). Each
/// row is written whole, left to right, one call per column; an empty cell is left out.
/// </summary>
internal sealed class SheetRows
{
    /// <summary>The day before Excel's day 1 (1900-01-01, counting its phantom 1900-02-29): a date's serial number is the days since.</summary>
    private static readonly LocalDate SerialZero = new(1899, 12, 30);

    private readonly OpenXmlWriter _writer;
    private readonly int _columns;
    private readonly List<OpenXmlAttribute> _attributes = [];
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();
    private readonly Row _row = new();
    private readonly string[] _letters;
    private string _rowNumber = string.Empty;
    private int _cellsInRow;
    private bool _inRow;

    internal SheetRows(OpenXmlWriter writer, int columns, uint firstRow)
    {
        _writer = writer;
        _columns = columns;
        _letters = Enumerable.Range(0, columns).Select(ColumnName).ToArray();
        NextRow = firstRow;
    }

    /// <summary>The 1-based number of the next row written.</summary>
    internal uint NextRow { get; private set; }

    /// <summary>Excel's serial number of <paramref name="date"/>: days since 1899-12-30 (right from 1900-03-01 on).</summary>
    internal static int Serial(LocalDate date) => Period.DaysBetween(SerialZero, date);

    /// <summary>The name of the 0-based column <paramref name="index"/>: A … Z, AA, AB …</summary>
    internal static string ColumnName(int index)
    {
        string name = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>A text cell.</summary>
    internal SheetRows Text(string text, CellStyle style = CellStyle.General)
    {
        StartCell(style, "inlineStr");
        _writer.WriteStartElement(_inline);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            _writer.WriteStartElement(_text, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
        }
        else
        {
            _writer.WriteStartElement(_text);
        }

        _writer.WriteString(text);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>A date cell: its serial number, shown as a date.</summary>
    internal SheetRows Date(LocalDate date) => Number(Serial(date).ToString(CultureInfo.InvariantCulture), CellStyle.Date);

    /// <summary>A date cell, or an empty cell where there is no date.</summary>
    internal SheetRows Date(LocalDate? date) => date is { } d ? Date(d) : Empty();

    /// <summary>An amount cell: the amount to the øre, shown with two decimals.</summary>
    internal SheetRows Amount(Money amount) => Number(amount.Amount.ToString(CultureInfo.InvariantCulture), CellStyle.Amount);

    /// <summary>A count cell: a whole number.</summary>
    internal SheetRows Count(long count) => Number(count.ToString(CultureInfo.InvariantCulture), CellStyle.Count);

    /// <summary>A count cell, or an empty cell where there is no count.</summary>
    internal SheetRows Count(long? count) => count is { } c ? Count(c) : Empty();

    /// <summary>A number as Excel's General format shows it (a share, a ratio), exactly as <paramref name="value"/> is written.</summary>
    internal SheetRows Decimal(decimal value) => Number(value.ToString(CultureInfo.InvariantCulture), CellStyle.General);

    /// <summary>A number cell as <see cref="Decimal(decimal)"/>, or an empty cell where there is none.</summary>
    internal SheetRows Decimal(decimal? value) => value is { } v ? Decimal(v) : Empty();

    /// <summary>An empty cell (written, so that the cells after it keep their columns).</summary>
    internal SheetRows Empty()
    {
        Begin();
        return this;
    }

    /// <summary>Ends the row; it must have one cell per column.</summary>
    internal void EndRow()
    {
        if (!_inRow || _cellsInRow != _columns)
        {
            throw new InvalidOperationException($"A row of {_columns} cells was ended after {_cellsInRow}.");
        }

        _writer.WriteEndElement();
        _inRow = false;
        NextRow++;
    }

    private SheetRows Number(string value, CellStyle style)
    {
        StartCell(style, type: null);
        _writer.WriteStartElement(_value);
        _writer.WriteString(value);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>Writes a cell's start: its reference, its style (where not General) and its type (where not a number).</summary>
    private void StartCell(CellStyle style, string? type)
    {
        Begin();
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, _letters[_cellsInRow - 1] + _rowNumber));
        if (style != CellStyle.General)
        {
            _attributes.Add(new OpenXmlAttribute("s", string.Empty, ((uint)style).ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        _writer.WriteStartElement(_cell, _attributes);
    }

    private void Begin()
    {
        if (!_inRow)
        {
            _rowNumber = NextRow.ToString(CultureInfo.InvariantCulture);
            _writer.WriteStartElement(_row, [new OpenXmlAttribute("r", string.Empty, _rowNumber)]);
            _inRow = true;
            _cellsInRow = 0;
        }

        if (_cellsInRow == _columns)
        {
            throw new InvalidOperationException($"A row has {_columns} cells; a cell more was written.");
        }

        _cellsInRow++;
    }
}
