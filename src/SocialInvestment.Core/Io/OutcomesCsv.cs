using CsvHelper;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>outcomes.csv</c>: one row per participant with the window start, the date each trigger was met (empty where
/// not met by <c>as_of</c>) and the counts of full, partial, none and unobserved weeks; where the contract has a
/// municipal share (SPEC-DK DK5), also the count c₀ of weeks on support at the window start and the municipal share in the
/// window's first week. Same dialect as lines.csv.
/// </summary>
public static class OutcomesCsv
{
    /// <summary>A share as the contract gives it, without trailing zeros (0.2, 1).</summary>
    private const string ShareFormat = "0.############################";

    /// <summary>
    /// The header row's names for <paramref name="contract"/>: <c>participant_id</c>, <c>window_start</c>, each trigger's id
    /// in contract order, <c>weeks_full</c>, <c>weeks_partial</c>, <c>weeks_none</c>, <c>weeks_unobserved</c>, and, only
    /// where the contract has a municipal share (SPEC-DK DK5, so that every other outcomes.csv stays as it was),
    /// <c>support_weeks_before</c> and <c>municipal_share_first_week</c>.
    /// </summary>
    public static IReadOnlyList<string> Header(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        List<string> names = [.. Before, .. contract.Triggers.Select(t => t.Id), .. After];
        if (contract.MunicipalShare is not null)
        {
            names.AddRange(Municipal);
        }

        return names;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is one of the columns outcomes.csv has of its own (not a trigger's): a trigger of that
    /// id would give two columns of one name, so contract.json may not name a trigger so.
    /// </summary>
    internal static bool IsOwnColumn(string name) => Before.Contains(name) || After.Contains(name) || Municipal.Contains(name);

    private static readonly string[] Before = ["participant_id", "window_start"];

    private static readonly string[] After = ["weeks_full", "weeks_partial", "weeks_none", "weeks_unobserved"];

    private static readonly string[] Municipal = ["support_weeks_before", "municipal_share_first_week"];

    /// <summary>
    /// Writes the outcomes, in the order given, with one column per trigger of <paramref name="contract"/> in contract order;
    /// where <paramref name="contract"/> has a municipal share, <c>support_weeks_before</c> (c₀,
    /// <see cref="ParticipantOutcome.SupportWeeksBefore"/>) and <c>municipal_share_first_week</c>
    /// (<see cref="ParticipantOutcome.MunicipalShareInFirstWeek"/>, without trailing zeros) after the week counts.
    /// </summary>
    public static void Write(Stream stream, Contract contract, IEnumerable<ParticipantOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (Trigger trigger in contract.Triggers)
        {
            SpreadsheetText.Checked(trigger.Id, "a trigger id");
        }

        using CsvWriter csv = OutputCsv.Create(stream);
        foreach (string name in Header(contract))
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        bool municipal = contract.MunicipalShare is not null;
        foreach (ParticipantOutcome outcome in outcomes)
        {
            csv.WriteField(outcome.ParticipantId.Value);
            csv.WriteField(OutputCsv.Date(outcome.Window.Start));
            foreach (Trigger trigger in contract.Triggers)
            {
                csv.WriteField(outcome.DateMet(trigger.Id) is { } date ? OutputCsv.Date(date) : string.Empty);
            }

            csv.WriteField(outcome.Weeks.Full.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(outcome.Weeks.Partial.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(outcome.Weeks.None.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(outcome.Weeks.Unobserved.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (municipal)
            {
                csv.WriteField(outcome.SupportWeeksBefore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(outcome.MunicipalShareInFirstWeek?.Value.ToString(ShareFormat, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            }

            csv.EndRecord();
        }
    }
}
