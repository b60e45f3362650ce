namespace SocialInvestment.Io;

/// <summary>Row counts of a settlement's inputs, for the summary.</summary>
/// <param name="SpellRows">Data rows of spells.csv (0 where none was given).</param>
/// <param name="SpellRowsSkipped">Of those, rows of people outside the cohort.</param>
/// <param name="EventRows">Data rows of events.csv.</param>
/// <param name="EventRowsSkipped">Of those, rows of people outside the cohort.</param>
/// <param name="LedgerRows">Rows of the ledger.</param>
public readonly record struct InputCounts(int SpellRows, int SpellRowsSkipped, int EventRows, int EventRowsSkipped, int LedgerRows)
{
    /// <summary>
    /// The weeks file the cohort's history came from instead of spells.csv (SPEC-DK DK1), or null: the summary then counts
    /// its persons and coded weeks, not spell rows (the spells made of its weeks are not rows of any file).
    /// </summary>
    public WeeksExtract? Weeks { get; init; }
}
