using System.CommandLine;

namespace SocialInvestment.Cli.Exports;

/// <summary><c>--xlsx</c>: a command also writes an Excel workbook beside its other files.</summary>
internal static class XlsxOption
{
    /// <summary>The option, for a command whose workbook <paramref name="fileName"/> holds <paramref name="what"/>.</summary>
    internal static Option<bool> Create(string fileName, string what) => new("--xlsx")
    {
        Description = $"Also write {fileName}, an Excel workbook of {what} (headers in --language's language)",
    };

    /// <summary>
    /// Adds the workbook of <paramref name="sheets"/> to <paramref name="outputs"/>; or, where a sheet has more rows than
    /// Excel holds, writes why to <paramref name="error"/> and returns false, so that the command writes nothing and exits 2.
    /// </summary>
    internal static bool Add(List<(string, Action<Stream>)> outputs, string fileName, IReadOnlyList<WorkbookSheet> sheets, TextWriter error)
    {
        if (Workbook.Refusal(sheets, fileName) is { } refusal)
        {
            error.WriteLine(refusal);
            return false;
        }

        outputs.Add((fileName, stream => Workbook.Write(stream, sheets)));
        return true;
    }
}
