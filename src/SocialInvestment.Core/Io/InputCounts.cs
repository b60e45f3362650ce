namespace SocialInvestment.Io;

/// <summary>Row counts of a settlement's inputs, for the summary.</summary>
/// <param name="SpellRows">Data rows of spells.csv (0 where none was given).</param>
/// <param name="SpellRowsSkipped">Of those, rows of people outside the cohort.</param>
/// <param name="EventRows">Data rows of events.csv.</param>
/// <param name="EventRowsSkipped">Of those, rows of people outside the cohort.</param>
/// <param name="LedgerRows">Rows of the ledger.</param>
public readonly record struct InputCounts(int SpellRows, int SpellRowsSkipped, int EventRows, int EventRowsSkipped, int LedgerRows);
