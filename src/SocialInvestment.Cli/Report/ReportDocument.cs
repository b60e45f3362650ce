namespace SocialInvestment.Cli;

/// <summary>
/// A report as a list of blocks that the HTML and the Markdown writers both render, so that the two files say the same
/// things in the same order (docs/report.md). <paramref name="Language"/> is the language its texts are written in.
/// </summary>
internal sealed record ReportDocument(string Title, IReadOnlyList<ReportBlock> Blocks, Language Language)
{
    /// <summary>The charts of the report, in order.</summary>
    internal IEnumerable<ChartBlock> Charts => Blocks.OfType<ChartBlock>();
}

/// <summary>One part of a report.</summary>
internal abstract record ReportBlock;

/// <summary>A section heading; level 2 is a section, 3 a part of one.</summary>
internal sealed record HeadingBlock(int Level, string Text) : ReportBlock;

/// <summary>A paragraph of plain text.</summary>
internal sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>A list of plain-text items.</summary>
internal sealed record ListBlock(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>
/// A table of plain-text cells. <paramref name="Id"/> names it for tests and readers (an HTML id); <paramref name="Numeric"/>
/// says which columns are right-aligned numbers.
/// </summary>
internal sealed record TableBlock(string Id, IReadOnlyList<string> Headers, IReadOnlyList<bool> Numeric, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A chart as SVG: written inline in the HTML and as <c>charts/{Name}.svg</c> beside the Markdown.</summary>
internal sealed record ChartBlock(string Name, string Caption, string Svg) : ReportBlock;
