using System.Net;
using System.Text;

namespace SocialInvestment.Cli;

/// <summary>
/// Writes a report as one self-contained HTML file: inline CSS, the charts as inline SVG, no script, font or other file
/// fetched from anywhere. Each table carries its id (<c>data-table</c>) so that a reader or a test finds it.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #1f77b4; padding-bottom: .3em; }
        h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
        h3 { font-size: 1.05em; }
        table { border-collapse: collapse; margin: 1em 0; font-size: .9em; }
        th, td { border: 1px solid #ccc; padding: .25em .6em; }
        th { background: #f2f5f9; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1em 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: .9em; color: #555; }
        code { word-break: break-all; }
        """;

    internal static string Render(ReportDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(document.Language.Code).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(document.Title)).Append("</h1>\n");
        foreach (ReportBlock block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    html.Append("<h").Append(h.Level).Append('>').Append(E(h.Text)).Append("</h").Append(h.Level).Append(">\n");
                    break;
                case ParagraphBlock p:
                    html.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case ListBlock l:
                    html.Append("<ul>\n");
                    foreach (string item in l.Items)
                    {
                        html.Append("<li>").Append(E(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case TableBlock t:
                    Table(html, t);
                    break;
                case ChartBlock c:
                    html.Append("<figure data-chart=\"").Append(E(c.Name)).Append("\">\n").Append(c.Svg);
                    html.Append("<figcaption>").Append(E(c.Caption)).Append("</figcaption>\n</figure>\n");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        html.Append("<table data-table=\"").Append(E(table.Id)).Append("\">\n<thead><tr>");
        for (int i = 0; i < table.Headers.Count; i++)
        {
            html.Append(table.Numeric[i] ? "<th class=\"n\">" : "<th>").Append(E(table.Headers[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            html.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                html.Append(table.Numeric[i] ? "<td class=\"n\">" : "<td>").Append(E(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
