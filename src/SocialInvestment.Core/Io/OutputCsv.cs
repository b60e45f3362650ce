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

    internal static CsvWriter Create(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: true);

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
