using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SocialInvestment.Cli.Tests.Report;

/// <summary>
/// Reads a written report's texts back, to show that a Danish report has no English left: its headings, paragraphs,
/// list items, table headers and captions, its table cells and its charts' texts, and the English words of a report.
/// Danish numbers are read here with the separators Danish readers expect, independently of the code under test.
/// </summary>
internal static partial class DanishReportTexts
{
    /// <summary>Danish number separators: a point between thousands and a decimal comma.</summary>
    private static readonly NumberFormatInfo Danish = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };

    private static readonly string[] MonthNames =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    /// <summary>
    /// Words spelled the same in Danish and English, or names that both reports use: <c>at</c>, <c>for</c>, <c>over</c>,
    /// <c>under</c>, <c>start</c> and <c>person</c> are Danish words too, <c>median</c> is the Danish word for the median,
    /// IRR, Monte Carlo, Pareto and SHA are names.
    /// </summary>
    internal static readonly HashSet<string> SharedWords =
        new(["at", "for", "over", "under", "start", "person", "median", "irr", "monte", "carlo", "pareto", "sha"], StringComparer.Ordinal);

    /// <summary>An amount as the Danish report writes it (<c>1.234,50</c>, <c>-12,00</c>), checked to have that form.</summary>
    internal static decimal Amount(string cell)
    {
        Assert.Matches("^-?\\d{1,3}(\\.\\d{3})*,\\d{2}$", cell);
        return decimal.Parse(cell, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Danish);
    }

    /// <summary>An amount with its currency as a Danish sentence writes it: <c>1.234,50 kr.</c> for DKK.</summary>
    internal static decimal AmountInKroner(string text)
    {
        Assert.EndsWith(" kr.", text, StringComparison.Ordinal);
        return Amount(text[..^" kr.".Length]);
    }

    /// <summary>A number without thousands separators and with a decimal comma (a hazard, a design's value): <c>0,083333</c>.</summary>
    internal static decimal Number(string cell)
    {
        Assert.DoesNotContain(".", cell, StringComparison.Ordinal);
        return decimal.Parse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent, Danish);
    }

    /// <summary>A whole number with a point between thousands: <c>12.345</c>.</summary>
    internal static int Count(string cell) => int.Parse(cell, NumberStyles.AllowThousands, Danish);

    /// <summary>A percentage as the Danish report writes it (<c>7,3457 %</c>) as a fraction.</summary>
    internal static decimal Percent(string cell)
    {
        Assert.EndsWith(" %", cell, StringComparison.Ordinal);
        return Number(cell[..^2]) / 100;
    }

    /// <summary>A month <c>yyyy-MM</c> (as the JSON outputs write it) in Danish words: <c>2027-03</c> is <c>marts 2027</c>.</summary>
    internal static string Month(string isoMonth) =>
        $"{MonthNames[int.Parse(isoMonth[5..], CultureInfo.InvariantCulture) - 1]} {isoMonth[..4]}";

    /// <summary>A date <c>yyyy-MM-dd</c> in Danish words: <c>2029-02-28</c> is <c>28. februar 2029</c>.</summary>
    internal static string Date(string isoDate) =>
        $"{int.Parse(isoDate[8..], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}. {Month(isoDate[..7])}";

    /// <summary>
    /// The texts a reader reads as prose, in document order: the title, headings, paragraphs, list items, table headers and
    /// chart captions of the HTML report, each with its kind (<c>h2</c>, <c>p</c>, …).
    /// </summary>
    internal static List<(string Kind, string Text)> Prose(string html) =>
        [.. ProseElement().Matches(WithoutSvg(html)).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))];

    /// <summary>
    /// Every text of the report: its prose, its table cells except the inputs table's roles and hashes (design.json's names
    /// of the files), and the texts of its charts.
    /// </summary>
    internal static List<string> AllTexts(string html, IEnumerable<string> charts)
    {
        string withoutInputs = InputsTable().Replace(html, string.Empty);
        return
        [
            .. Prose(html).Select(p => p.Text),
            .. ReportTables.HtmlCells(WithoutSvg(withoutInputs)),
            .. charts.SelectMany(svg => SvgText().Matches(svg).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())),
        ];
    }

    /// <summary>
    /// The words of <paramref name="text"/>, lower case, leaving out the names it echoes (<paramref name="names"/>, such as
    /// the contract's name), the commands (<c>sib settle</c>), and every token that is a file, option, field or number
    /// (<c>simulation.json</c>, <c>--seed</c>, <c>municipal_share</c>, <c>2027-01</c>, <c>c₀</c>).
    /// </summary>
    internal static IEnumerable<string> Words(string text, IReadOnlyList<string> names)
    {
        foreach (string name in names.Where(n => n.Length > 0).OrderByDescending(n => n.Length))
        {
            // Only where the name stands alone, not as a part of a field (payment fee in payments.fee.amount).
            text = Regex.Replace(text, $"(?<!\\w)(?<!\\w\\.){Regex.Escape(name)}(?!\\w)(?!\\.\\w)", " ");
        }

        text = Command().Replace(text, " ");
        foreach (string token in text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            string bare = token.Trim('(', ')', ',', ';', ':', '.', '…', '!', '?');
            if (bare.Contains('_', StringComparison.Ordinal) || bare.Contains('.', StringComparison.Ordinal) || bare.Contains('/', StringComparison.Ordinal)
                || bare.StartsWith('-') || bare.Any(char.IsDigit) || bare.Contains('₀', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match word in Letters().Matches(bare))
            {
                if (word.Value.Length > 1)
                {
                    yield return word.Value.ToLowerInvariant();
                }
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> is only numbers, names and punctuation: nothing there to translate.</summary>
    internal static bool NothingToTranslate(string text, IReadOnlyList<string> names) => !Words(text, names).Any();

    /// <summary>
    /// The English and the Danish report's HTML over the same inputs: the Danish prose has an item for each English one,
    /// each differing from its English form unless it has nothing to translate, and the Danish texts hold none of the
    /// English report's words (except <see cref="SharedWords"/>).
    /// </summary>
    internal static void AssertNoEnglishLeft(string englishHtml, IEnumerable<string> englishCharts, string danishHtml, IEnumerable<string> danishCharts, IReadOnlyList<string> names)
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"da\">", danishHtml, StringComparison.Ordinal);
        List<(string Kind, string Text)> english = Prose(englishHtml);
        List<(string Kind, string Text)> danish = Prose(danishHtml);
        Assert.Equal(english.Select(e => e.Kind), danish.Select(d => d.Kind));
        List<string> untranslated = [.. english.Zip(danish).Where(p => p.First.Text == p.Second.Text && !NothingToTranslate(p.First.Text, names)).Select(p => p.First.Text)];
        Assert.True(untranslated.Count == 0, "Not translated:\n" + string.Join("\n", untranslated));

        var englishWords = new HashSet<string>(AllTexts(englishHtml, englishCharts).SelectMany(t => Words(t, names)), StringComparer.Ordinal);
        englishWords.ExceptWith(SharedWords);
        List<string> left =
        [
            .. AllTexts(danishHtml, danishCharts)
                .Select(t => (Text: t, English: Words(t, names).Where(englishWords.Contains).Distinct(StringComparer.Ordinal).ToList()))
                .Where(t => t.English.Count > 0)
                .Select(t => $"{string.Join(", ", t.English)} in: {t.Text}"),
        ];
        Assert.True(left.Count == 0, "English words in the Danish report:\n" + string.Join("\n", left));
    }

    /// <summary>
    /// The same command run in English into <paramref name="english"/> and in Danish into <paramref name="danish"/>: the
    /// same files, the machine outputs (<paramref name="machineOutputs"/>) the same bytes, the report (<paramref name="report"/>) not.
    /// </summary>
    internal static void AssertSameMachineOutputs(string english, string danish, IEnumerable<string> machineOutputs, string report)
    {
        foreach (string file in machineOutputs)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(english, file)), File.ReadAllBytes(Path.Combine(danish, file)));
        }

        Assert.Equal(Files(english), Files(danish));
        Assert.NotEqual(File.ReadAllText(Path.Combine(english, report)), File.ReadAllText(Path.Combine(danish, report)));
    }

    /// <summary>The files of <paramref name="folder"/> and its subfolders, relative to it, in order.</summary>
    internal static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    private static string WithoutSvg(string html) => Svg().Replace(html, string.Empty);

    [GeneratedRegex("<(title|h1|h2|h3|p|li|th|th class=\"n\"|figcaption)>(.*?)</(?:title|h1|h2|h3|p|li|th|figcaption)>", RegexOptions.Singleline)]
    private static partial Regex ProseElement();

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex("<text[^>]*>(.*?)</text>", RegexOptions.Singleline)]
    private static partial Regex SvgText();

    [GeneratedRegex("<table data-table=\"inputs\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex InputsTable();

    [GeneratedRegex("\\bsib [a-z]+")]
    private static partial Regex Command();

    [GeneratedRegex("\\p{L}+")]
    private static partial Regex Letters();
}
