namespace SocialInvestment.Cli.Exports;

/// <summary>
/// The sheet of participants: per participant their outcomes (<see cref="OutcomeColumns"/>, as outcomes.csv gives them)
/// and the sums over their lines (lines, amount, payable, capped, paid before, due). One row per participant of
/// participants.csv in id order, then one per other id of the lines (a delivery fee's, a ledger key of someone not in
/// participants.csv), in code-point order, with empty outcome cells; so the sheet's sums are the totals.
/// </summary>
internal static class ParticipantsSheet
{
    /// <summary>The sheet of <paramref name="result"/>'s participants, with headers in <paramref name="language"/>.</summary>
    internal static WorkbookSheet Of(SettlementResult result, Language language)
    {
        var sums = new Dictionary<ParticipantId, SettlementTotals>();
        foreach (SettlementLine line in result.Lines)
        {
            sums[line.ParticipantId] = sums.GetValueOrDefault(line.ParticipantId).Add(line);
        }

        var inCohort = result.Outcomes.Select(o => o.ParticipantId).ToHashSet();
        ParticipantId[] others = sums.Keys.Where(id => !inCohort.Contains(id)).OrderBy(id => id.Value, StringComparer.Ordinal).ToArray();
        var outcomes = new OutcomeColumns(result.Contract, language);
        int blanks = outcomes.Columns.Count - 1;
        return new WorkbookSheet(
            language.Say("Participants", "Deltagere"),
            [
                .. outcomes.Columns,
                .. AmountColumns.Sums(language),
            ],
            result.Outcomes.Count + others.Length,
            rows =>
            {
                foreach (ParticipantOutcome outcome in result.Outcomes)
                {
                    AmountColumns.WriteSums(outcomes.Write(rows, outcome), sums.GetValueOrDefault(outcome.ParticipantId));
                }

                foreach (ParticipantId id in others)
                {
                    rows.Text(id.Value);
                    for (int i = 0; i < blanks; i++)
                    {
                        rows.Empty();
                    }

                    AmountColumns.WriteSums(rows, sums[id]);
                }
            });
    }
}
