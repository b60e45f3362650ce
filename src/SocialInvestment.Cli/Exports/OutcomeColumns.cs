namespace SocialInvestment.Cli.Exports;

/// <summary>
/// A participant's outcomes as outcomes.csv gives them, as cells: the participant, the window start, the date each of
/// the contract's triggers was met (empty where not met by <c>as_of</c>; the trigger's id as its header, in every
/// language), the week counts, and where the contract has a municipal share the weeks on support before and the
/// municipal share in the window's first week.
/// </summary>
internal sealed class OutcomeColumns
{
    private readonly Contract _contract;
    private readonly bool _municipal;

    internal OutcomeColumns(Contract contract, Language language)
    {
        _contract = contract;
        _municipal = contract.MunicipalShare is not null;
        List<SheetColumn> columns =
        [
            SheetColumn.Of(language.Say("Participant", "Deltager"), 14),
            SheetColumn.Of(language.Say("Window start", "Vinduets start"), 11),
            .. contract.Triggers.Select(t => SheetColumn.Of(t.Id, 11)),
            SheetColumn.Of(language.Say("Weeks full", "Uger hel"), 6),
            SheetColumn.Of(language.Say("Weeks partial", "Uger delvis"), 6),
            SheetColumn.Of(language.Say("Weeks none", "Uger ingen"), 6),
            SheetColumn.Of(language.Say("Weeks unobserved", "Uger ikke observeret"), 6),
        ];
        if (_municipal)
        {
            columns.Add(SheetColumn.Of(language.Say("Support weeks before", "Uger på ydelse før"), 6));
            columns.Add(SheetColumn.Of(language.Say("Municipal share, first week", "Kommunal andel, første uge"), 6));
        }

        Columns = columns;
    }

    /// <summary>The columns, in outcomes.csv's order.</summary>
    internal IReadOnlyList<SheetColumn> Columns { get; }

    /// <summary>Writes <paramref name="outcome"/>'s cells (the row is left open).</summary>
    internal SheetRows Write(SheetRows rows, ParticipantOutcome outcome)
    {
        rows.Text(outcome.ParticipantId.Value).Date(outcome.Window.Start);
        foreach (Trigger trigger in _contract.Triggers)
        {
            rows.Date(outcome.DateMet(trigger.Id));
        }

        rows.Count(outcome.Weeks.Full).Count(outcome.Weeks.Partial).Count(outcome.Weeks.None).Count(outcome.Weeks.Unobserved);
        if (_municipal)
        {
            rows.Count(outcome.SupportWeeksBefore).Decimal(outcome.MunicipalShareInFirstWeek?.Value);
        }

        return rows;
    }
}
