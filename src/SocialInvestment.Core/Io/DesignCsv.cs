using CsvHelper;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>design.csv</c> (docs/output-formats.md): one row per evaluated candidate in the grid's order, with its
/// index, its value of each parameter, every measure, and whether it qualifies, is on the front and is recommended.
/// Same dialect as lines.csv; the same result gives the same bytes.
/// </summary>
public static class DesignCsv
{
    /// <summary>Writes the candidates of <paramref name="result"/>.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="result">The design's result.</param>
    /// <exception cref="ArgumentException">A parameter's name begins with a character a spreadsheet reads as a formula.</exception>
    public static void Write(Stream stream, DesignResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        string[] parameters = result.Space.Grid.Parameters.Select(p => SpreadsheetText.Checked(p.Name, "the parameter")).ToArray();
        using CsvWriter csv = OutputCsv.Create(stream);
        csv.WriteField("candidate");
        foreach (string parameter in parameters)
        {
            csv.WriteField(parameter);
        }

        foreach (string name in DesignMeasures.Names)
        {
            csv.WriteField(name);
        }

        csv.WriteField("qualifies");
        csv.WriteField("on_front");
        csv.WriteField("recommended");
        csv.EndRecord();
        DesignMeasure[] measures = Enum.GetValues<DesignMeasure>();
        foreach (DesignCandidate candidate in result.Candidates)
        {
            csv.WriteField(candidate.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (DesignSetting setting in candidate.Assignment.Settings)
            {
                csv.WriteField(DesignFormat.Value(setting.Value));
            }

            foreach (DesignMeasure measure in measures)
            {
                csv.WriteField(candidate.Measures[measure] is { } value ? DesignFormat.Measure(measure, value) : string.Empty);
            }

            csv.WriteField(Flag(candidate.Qualifies));
            csv.WriteField(Flag(candidate.OnFront));
            csv.WriteField(Flag(candidate.IsRecommended));
            csv.EndRecord();
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
