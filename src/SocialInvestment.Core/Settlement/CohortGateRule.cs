namespace SocialInvestment;

/// <summary>
/// What a cohort gate (docs/calculation.md, "Cohort gate") releases, per participant: their lines are payable where their cohort
/// passed on its own (evaluated on or before <c>as_of</c>, its rate beating the baseline by the margin), or the gate's
/// pooled test passed. A withheld line is accrued, not payable, and takes no place under the payment's caps.
/// </summary>
internal sealed class CohortGateRule
{
    /// <summary>For each participant rank, whether the gate releases their lines.</summary>
    private readonly bool[] _released;

    /// <summary>
    /// People with no cohort, a cohort the gate does not list, and people only the ledger knows are never released.
    /// </summary>
    /// <param name="gate">What the gate's evaluation found.</param>
    /// <param name="tables">The line keys.</param>
    /// <param name="outcomes">The cohort's outcomes.</param>
    internal CohortGateRule(GateResult gate, LineKeyTables tables, ParticipantOutcome[] outcomes)
    {
        var passes = gate.Cohorts.ToDictionary(c => c.Cohort, c => c.Released, StringComparer.Ordinal);
        _released = new bool[tables.Participants.Length];
        for (int rank = 0; rank < _released.Length; rank++)
        {
            int i = tables.CohortIndex[rank];
            _released[rank] = i >= 0 && outcomes[i].Participant.Cohort is { } cohort && passes.TryGetValue(cohort, out bool pass) && pass;
        }
    }

    /// <summary>Whether the gate releases the lines of the participant of rank <paramref name="participant"/>.</summary>
    internal bool Releases(int participant) => _released[participant];
}
