using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SocialInvestment.Cli.Tests;

/// <summary>Reads the tables of a written report (report.* and simulation.*) back into cells, so tests compare them with the JSON outputs.</summary>
internal static partial class ReportTables
{
    /// <summary>An amount as the report writes it (<c>1,234.50</c>, <c>-12.00</c>).</summary>
    internal static decimal Amount(string cell) => decimal.Parse(cell, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Each table of the HTML by its data-table id: its body rows' cells, decoded.</summary>
    internal static Dictionary<string, List<string[]>> HtmlTables(string html) =>
        HtmlTable().Matches(html).ToDictionary(
            m => m.Groups[1].Value,
            m => HtmlRow().Matches(m.Groups[2].Value).Select(r => HtmlCells(r.Groups[1].Value).ToArray()).ToList(),
            StringComparer.Ordinal);

    /// <summary>Every <c>td</c> cell of <paramref name="html"/>, decoded, in document order.</summary>
    internal static IEnumerable<string> HtmlCells(string html) => HtmlCell().Matches(html).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value));

    /// <summary>Each table of the Markdown: its body rows' cells, unescaped.</summary>
    internal static List<List<string[]>> MarkdownTables(string markdown)
    {
        var tables = new List<List<string[]>>();
        string[] lines = markdown.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i + 1 < lines.Length && lines[i].StartsWith('|') && lines[i + 1].StartsWith("|---", StringComparison.Ordinal))
            {
                var rows = new List<string[]>();
                for (i += 2; i < lines.Length && lines[i].StartsWith('|'); i++)
                {
                    rows.Add([.. lines[i].Trim('|').Split(" | ").Select(c => MarkdownEscape().Replace(c.Trim(), "$1"))]);
                }

                tables.Add(rows);
            }
        }

        return tables;
    }

    [GeneratedRegex("<table data-table=\"([^\"]+)\">.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex HtmlTable();

    [GeneratedRegex("\\\\(.)")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex HtmlRow();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex HtmlCell();
}
