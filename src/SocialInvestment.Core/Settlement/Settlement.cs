using System.Collections.ObjectModel;
using NodaTime;

namespace SocialInvestment;

/// <summary>
/// Settles an outcome contract as of a date (SPEC §6–8): a pure function from the contract, the cohort, its benefit
/// spells and evidenced outcomes, and the ledger of earlier payments, to the lines owed. No clock, no files.
/// </summary>
public static class Settlement
{
    /// <summary>Settles a contract.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="participants">The cohort; ids unique.</param>
    /// <param name="spells">Benefit spells; rows of people outside the cohort are ignored. Every code of a cohort member must be mapped by the contract unless it sets <c>unknown_benefits</c>.</param>
    /// <param name="events">Evidenced outcomes; rows of people outside the cohort are ignored.</param>
    /// <param name="asOf">The data extraction date: nothing after it is known.</param>
    /// <param name="ledger">What was paid before; null for nothing.</param>
    /// <param name="options">How to do the work (cores, progress); null for the defaults. Never changes the result.</param>
    /// <exception cref="ArgumentException">A participant id is duplicated, or a spell's benefit code is not mapped.</exception>
    public static SettlementResult Run(
        Contract contract,
        IEnumerable<Participant> participants,
        IEnumerable<BenefitSpell> spells,
        IEnumerable<OutcomeEvent> events,
        LocalDate asOf,
        Ledger? ledger = null,
        SettlementOptions? options = null)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        ledger ??= Ledger.Empty;
        options ??= SettlementOptions.Default;
        IReadOnlyList<ParticipantEvaluation> evaluations = Outcomes.EvaluateAll(contract, participants, spells, events, asOf, options);
        var tables = new LineKeyTables(contract, evaluations, ledger, asOf);
        int firstYear = evaluations.Count == 0 ? asOf.Year : evaluations.Min(e => e.Outcome.Window.Start.Year);
        var rates = new MonthlyRates(contract.MonthlyCost, firstYear, asOf.Year);
        Dictionary<int, List<PaidKey>> paid = LedgerByParticipant(ledger, tables);
        var gross = new Money[evaluations.Count];
        var quiet = new SettlementOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        ParticipantLines[] chunks = Chunks.Map(tables.Participants.Length, quiet, (start, end) =>
        {
            var lines = new ParticipantLines(contract, tables, DayNumber.Of(asOf));
            for (int rank = start; rank < end; rank++)
            {
                paid.TryGetValue(rank, out List<PaidKey>? paidKeys);
                int i = tables.CohortIndex[rank];
                if (i >= 0)
                {
                    MonthlySavings months = MonthlySavings.Of(evaluations[i], rates);
                    gross[i] = months.Gross;
                    lines.Add(rank, evaluations[i].Outcome, months, paidKeys);
                }
                else
                {
                    lines.Add(rank, null, null, paidKeys);
                }
            }

            return lines;
        });

        var grossSavings = new Dictionary<ParticipantId, Money>(evaluations.Count);
        for (int i = 0; i < evaluations.Count; i++)
        {
            grossSavings.Add(evaluations[i].Outcome.ParticipantId, gross[i]);
        }

        var builder = new LineBuilder(tables, chunks, ledger.Count > 0);
        LineTable lines = builder.Build(contract.Caps, out SettlementTotals totals, out SettlementTotals[] byPayment);
        return new SettlementResult(
            contract,
            asOf,
            lines,
            evaluations.Select(e => e.Outcome).ToList().AsReadOnly(),
            new ReadOnlyDictionary<ParticipantId, Money>(grossSavings),
            totals,
            PaymentOrder(contract, tables, byPayment));
    }

    /// <summary>The ledger's sums per key, grouped by participant rank.</summary>
    private static Dictionary<int, List<PaidKey>> LedgerByParticipant(Ledger ledger, LineKeyTables tables)
    {
        var paid = new Dictionary<int, List<PaidKey>>();
        foreach (LineKey key in ledger.Keys)
        {
            int rank = tables.ParticipantRank(key.ParticipantId);
            if (!paid.TryGetValue(rank, out List<PaidKey>? list))
            {
                list = [];
                paid.Add(rank, list);
            }

            list.Add(new PaidKey(tables.PaymentRank(key.Payment), tables.PeriodRank(key.Period), ledger.PaidBefore(key).Cents));
        }

        return paid;
    }

    /// <summary>Totals per payment: the contract's payments in contract order, then ids only the ledger knows, by code points.</summary>
    private static ReadOnlyCollection<KeyValuePair<string, SettlementTotals>> PaymentOrder(Contract contract, LineKeyTables tables, SettlementTotals[] byPayment)
    {
        var contractIds = contract.Payments.Select(p => p.Id).ToList();
        return contractIds
            .Concat(tables.Payments.Where(id => !contractIds.Contains(id)))
            .Select(id => KeyValuePair.Create(id, byPayment[tables.PaymentRank(id)]))
            .ToList()
            .AsReadOnly();
    }
}
