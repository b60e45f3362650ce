using System.Text;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>The records of an RFC 4180 CSV file with <c>,</c> (header first), as fields; no field of these files spans lines.</summary>
internal static class CsvRecords
{
    internal static List<string[]> Read(string path) =>
        File.ReadAllText(path).Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).Select(Fields).ToList();

    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
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
        return [.. fields];
    }
}
