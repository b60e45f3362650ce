using System.Text.RegularExpressions;

namespace SocialInvestment.Testing;

/// <summary>
/// What a spreadsheet makes of a CSV field, judged apart from the library's own rule: a number (<c>-12.50</c>), a lone
/// <c>-</c>, or text; text that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return would be
/// run as a formula (OWASP, CSV injection).
/// </summary>
internal static partial class SpreadsheetCells
{
    /// <summary>The fields of <paramref name="csv"/> (separated by <c>,</c> or <c>;</c>) that a spreadsheet would run as formulas, with their line numbers.</summary>
    internal static IEnumerable<string> Formulas(string csv)
    {
        // Line ends are \n or \r\n (the Danish export dialect); a carriage return that ends a line starts no field.
        string[] lines = csv.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        for (int i = 0; i < lines.Length; i++)
        {
            foreach (string field in Fields(lines[i]))
            {
                if (IsFormula(field))
                {
                    yield return $"line {i + 1}: {field}";
                }
            }
        }
    }

    /// <summary>Whether a spreadsheet would run the field as a formula.</summary>
    internal static bool IsFormula(string field) =>
        field.Length > 0 && field != "-" && !Number().IsMatch(field) && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The fields of one line of RFC 4180 CSV with <c>,</c> or <c>;</c>, unquoted.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or ';')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    [GeneratedRegex(@"^-?[0-9]+([.,][0-9]+)?$")]
    private static partial Regex Number();
}
