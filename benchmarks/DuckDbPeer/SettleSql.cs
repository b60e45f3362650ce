using System.Globalization;

namespace SocialInvestment.DuckDbPeer;

/// <summary>settle.sql with its placeholders filled: <c>{{in}}</c> (the input folder), <c>{{out}}</c> (the lines.csv to write) and <c>{{as_of}}</c>, each as an SQL string literal.</summary>
public static class SettleSql
{
    /// <summary>The SQL text of <paramref name="template"/> for one input folder, output file and as_of date.</summary>
    public static string For(string template, string inputFolder, string linesCsv, string asOf)
    {
        ArgumentNullException.ThrowIfNull(template);
        _ = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return template
            .Replace("{{in}}", Literal(Path.GetFullPath(inputFolder)), StringComparison.Ordinal)
            .Replace("{{out}}", Literal(Path.GetFullPath(linesCsv)), StringComparison.Ordinal)
            .Replace("{{as_of}}", Literal(asOf), StringComparison.Ordinal);
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
