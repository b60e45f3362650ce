namespace SocialInvestment;

/// <summary>
/// One municipality's part of a settlement (SPEC-DK DK7): its participants, the sums over their lines and their gross
/// saving, with its municipal and state parts where the contract has a municipal share (DK5). Participants without a municipality, contract-level lines (a delivery fee's) and ledger keys of people not in
/// the cohort count under the empty name <c>""</c>; the parts sum to the settlement's totals exactly.
/// </summary>
public sealed class MunicipalityTotals
{
    internal MunicipalityTotals(string municipality, int participants, SettlementTotals totals, Money grossSaving, Money? municipalSaving)
    {
        MunicipalSaving = municipalSaving;
        Municipality = municipality;
        Participants = participants;
        Totals = totals;
        GrossSaving = grossSaving;
    }

    /// <summary>The municipality as participants.csv names it; <c>""</c> for none.</summary>
    public string Municipality { get; }

    /// <summary>Its participants.</summary>
    public int Participants { get; }

    /// <summary>The sums of amount, payable, capped, paid_before and due over its participants' lines (DKK or the contract's currency).</summary>
    public SettlementTotals Totals { get; }

    /// <summary>The gross saving of its participants (SPEC §8), each rounded once, summed.</summary>
    public Money GrossSaving { get; }

    /// <summary>The municipal saving of its participants (SPEC-DK DK5), each rounded once, summed; null where the contract has no municipal share.</summary>
    public Money? MunicipalSaving { get; }

    /// <summary>The state's part: <see cref="GrossSaving"/> − <see cref="MunicipalSaving"/>; null where the contract has no municipal share.</summary>
    public Money? StateSaving => MunicipalSaving is { } municipal ? GrossSaving - municipal : null;

    /// <summary>
    /// The settlement broken down by municipality, in code-point order of the name (<c>""</c> first where present).
    /// </summary>
    internal static IReadOnlyList<MunicipalityTotals> Of(SettlementResult result)
    {
        var byId = new Dictionary<ParticipantId, string>(result.Outcomes.Count);
        var parts = new SortedDictionary<string, (int Participants, SettlementTotals Totals, Money Gross, Money Municipal)>(StringComparer.Ordinal);
        for (int i = 0; i < result.Outcomes.Count; i++)
        {
            ParticipantOutcome outcome = result.Outcomes[i];
            string name = outcome.Participant.Municipality ?? string.Empty;
            byId[outcome.ParticipantId] = name;
            var part = parts.GetValueOrDefault(name);
            parts[name] = (
                part.Participants + 1,
                part.Totals,
                part.Gross + result.GrossSavingsByOutcome.At(i),
                part.Municipal + (result.MunicipalSavings?.At(i) ?? Money.Zero));
        }

        foreach (SettlementLine line in result.Lines)
        {
            string name = byId.GetValueOrDefault(line.ParticipantId, string.Empty);
            var part = parts.GetValueOrDefault(name);
            parts[name] = (part.Participants, part.Totals.Add(line), part.Gross, part.Municipal);
        }

        bool municipal = result.MunicipalSavings is not null;
        return [.. parts.Select(p => new MunicipalityTotals(p.Key, p.Value.Participants, p.Value.Totals, p.Value.Gross, municipal ? p.Value.Municipal : null))];
    }
}
