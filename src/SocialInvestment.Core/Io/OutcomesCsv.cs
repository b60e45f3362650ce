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

        // Only with a municipal_share (SPEC-DK DK5), so that every other outcomes.csv stays as it was.
        bool municipal = contract.MunicipalShare is not null;
        if (municipal)
        {
            csv.WriteField("support_weeks_before");
            csv.WriteField("municipal_share_first_week");
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
            if (municipal)
            {
                csv.WriteField(outcome.SupportWeeksBefore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(outcome.MunicipalShareInFirstWeek?.Value.ToString(ShareFormat, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            }

            csv.EndRecord();
        }
    }
}
