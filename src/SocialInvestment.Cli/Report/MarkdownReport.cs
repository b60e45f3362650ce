using System.Text;

namespace SocialInvestment.Cli;

/// <summary>Writes a report as Markdown (GitHub's tables), each chart linked as <c>charts/{name}.svg</c> beside it.</summary>
internal static class MarkdownReport
{
    /// <summary>The folder, beside report.md, that holds the charts.</summary>
    internal const string ChartFolder = "charts";

    internal static string Render(ReportDocument document)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        foreach (ReportBlock block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    text.Append(new string('#', h.Level)).Append(' ').Append(Escape(h.Text)).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    text.Append(Escape(p.Text)).Append("\n\n");
                    break;
                case ListBlock l:
                    foreach (string item in l.Items)
                    {
                        text.Append("- ").Append(Escape(item)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case TableBlock t:
                    Table(text, t);
                    break;
                case ChartBlock c:
                    text.Append("![").Append(Escape(c.Caption)).Append("](").Append(ChartFolder).Append('/').Append(c.Name).Append(".svg)\n\n");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void Table(StringBuilder text, TableBlock table)
    {
        text.Append('|');
        foreach (string header in table.Headers)
        {
            text.Append(' ').Append(Cell(header)).Append(" |");
        }

        text.Append("\n|");
        foreach (bool numeric in table.Numeric)
        {
            text.Append(numeric ? "---:|" : "---|");
        }

        text.Append('\n');
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            text.Append('|');
            foreach (string cell in row)
            {
                text.Append(' ').Append(Cell(cell)).Append(" |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>A table cell: its text escaped, with <c>|</c> escaped too; an empty cell stays empty.</summary>
    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>
    /// Escapes the characters that Markdown would read as markup in text that comes from a contract (names, ids), so that a
    /// payment called <c>*fee*</c> is shown as written.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // An underscore inside a word (as_of, payment_days) is no emphasis in GitHub's Markdown: left as it is, for reading.
            bool inWord = c == '_' && i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
            if (!inWord && c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
