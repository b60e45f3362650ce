using CsvHelper;

namespace SocialInvestment.Io;

/// <summary>
/// Writes <c>outcomes.csv</c>: one row per participant with the window start, the date each trigger was met (empty where
/// not met by <c>as_of</c>) and the counts of full, partial, none and unobserved weeks. Same dialect as lines.csv.
/// </summary>
public static class OutcomesCsv
{
    /// <summary>Writes the outcomes, in the order given, with one column per trigger of <paramref name="contract"/> in contract order.</summary>
    public static void Write(Stream stream, Contract contract, IEnumerable<ParticipantOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(outcomes);
        using CsvWriter csv = OutputCsv.Create(stream);
        csv.WriteField("participant_id");
        csv.WriteField("window_start");
        foreach (Trigger trigger in contract.Triggers)
        {
            csv.WriteField(SpreadsheetText.Checked(trigger.Id, "a trigger id"));
        }

        foreach (string name in new[] { "weeks_full", "weeks_partial", "weeks_none", "weeks_unobserved" })
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
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
            csv.EndRecord();
        }
    }
}
