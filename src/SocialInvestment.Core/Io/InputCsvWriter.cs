using System.Globalization;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Io;

/// <summary>Writes input CSV files in an <see cref="InputDialect"/>, so that what is written reads back as it was.</summary>
internal sealed class InputCsvWriter : IDisposable
{
    private static readonly LocalDatePattern DanishDate = LocalDatePattern.CreateWithInvariantCulture("dd-MM-uuuu");
    private readonly CsvWriter _csv;
    private readonly InputDialect _dialect;

    internal InputCsvWriter(Stream stream, InputDialect dialect)
    {
        _dialect = dialect;
        CsvWriterOptions options = CsvWriterOptions.Default with
        {
            Separator = dialect == InputDialect.DanishExport ? ';' : ',',
            NewLine = dialect == InputDialect.DanishExport ? "\r\n" : "\n",
        };
        _csv = dialect == InputDialect.DanishExport
            ? CsvWriter.Create(new StreamWriter(stream, InputEncoding.Windows1252, 1 << 16, leaveOpen: true), options, leaveOpen: false)
            : CsvWriter.Create(stream, options, leaveOpen: true);
    }

    internal bool Danish => _dialect == InputDialect.DanishExport;

    internal void Header(string[] standard, string[] danish) => _csv.WriteHeader(Danish ? danish : standard);

    /// <summary>Writes a text field; <paramref name="field"/> names it where it would begin a spreadsheet formula (<see cref="SpreadsheetText"/>).</summary>
    internal void Text(string? value, string field) => _csv.WriteField(SpreadsheetText.Checked(value ?? string.Empty, field));

    internal void Date(LocalDate? date) =>
        _csv.WriteField(date is { } d ? (Danish ? DanishDate : LocalDatePattern.Iso).Format(d) : string.Empty);

    /// <summary>Writes a number, with a decimal comma in the Danish dialect; null as an empty field.</summary>
    internal void Decimal(decimal? value)
    {
        string text = value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;
        _csv.WriteField(Danish ? text.Replace('.', ',') : text);
    }

    internal void Bool(bool value) => _csv.WriteField(Danish ? (value ? "ja" : "nej") : (value ? "true" : "false"));

    internal void EndRecord() => _csv.EndRecord();

    public void Dispose() => _csv.Dispose();
}
