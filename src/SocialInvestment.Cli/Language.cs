namespace SocialInvestment.Cli;

/// <summary>
/// The language of what people read: the reports (HTML, Markdown, charts), the workbook's headers and the sentences a
/// command prints. Machine outputs (lines.csv, the JSON files, Parquet) never change with it (docs/output-formats.md).
/// </summary>
/// <remarks>
/// Every text is written in both languages side by side where it is used (<see cref="Say"/>), so that no text can lack its
/// Danish form, and a reader of the code sees the two together.
/// </remarks>
internal sealed class Language
{
    /// <summary>English, the default: the words and invariant number formats of SPEC's outputs (<c>1,234.50</c>, <c>2025-12-31</c>).</summary>
    internal static readonly Language English = new("en", ReportFormat.English);

    /// <summary>Danish: Danish words, and Danish number and date formats (<c>1.234.567,89 kr.</c>, <c>31. december 2025</c>).</summary>
    internal static readonly Language Danish = new("da", ReportFormat.Danish);

    private Language(string code, ReportFormat format)
    {
        Code = code;
        Format = format;
    }

    /// <summary>The ISO 639-1 code: <c>en</c> or <c>da</c>, as <c>--language</c> takes it and HTML's <c>lang</c> writes it.</summary>
    internal string Code { get; }

    /// <summary>How numbers, amounts and dates are written in this language.</summary>
    internal ReportFormat Format { get; }

    /// <summary>Whether this is Danish.</summary>
    internal bool IsDanish => ReferenceEquals(this, Danish);

    /// <summary>The languages <c>--language</c> takes, by code.</summary>
    internal static IReadOnlyList<Language> All { get; } = [English, Danish];

    /// <summary>The text in this language: <paramref name="english"/> or <paramref name="danish"/>.</summary>
    internal string Say(string english, string danish) => IsDanish ? danish : english;

    /// <summary>The language of <paramref name="code"/> (<c>en</c>, <c>da</c>; letter case ignored), or null.</summary>
    internal static Language? FromCode(string code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public override string ToString() => Code;
}
