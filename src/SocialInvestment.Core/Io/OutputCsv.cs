using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Io;

/// <summary>The one CSV dialect every output is written in (SPEC §10): RFC 4180, <c>,</c>, UTF-8 without BOM, <c>\n</c>.</summary>
internal static class OutputCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\n",
        WriteByteOrderMark = false,
    };

    /// <summary>A writer on <paramref name="stream"/>, left open.</summary>
    internal static CsvWriter Create(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: true);

    /// <summary>A writer on <paramref name="stream"/> (left open) that has written the header row <paramref name="header"/>, whose names are separated by <c>,</c>.</summary>
    internal static CsvWriter Create(Stream stream, string header)
    {
        CsvWriter csv = Create(stream);
        foreach (string name in header.Split(','))
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        return csv;
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
