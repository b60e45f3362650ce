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
    /// <exception cref="ArgumentException">A participant id is duplicated, or a spell's benefit code is not mapped.</exception>
    public static SettlementResult Run(
        Contract contract,
        IEnumerable<Participant> participants,
        IEnumerable<BenefitSpell> spells,
        IEnumerable<OutcomeEvent> events,
        LocalDate asOf,
        Ledger? ledger = null)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        ledger ??= Ledger.Empty;
        IReadOnlyList<ParticipantEvaluation> evaluations = Outcomes.EvaluateAll(contract, participants, spells, events, asOf);
        var tables = new LineKeyTables(contract, evaluations, ledger, asOf);
        int firstYear = evaluations.Count == 0 ? asOf.Year : evaluations.Min(e => e.Outcome.Window.Start.Year);
        var rates = new MonthlyRates(contract.MonthlyCost, firstYear, asOf.Year);
        var paid = LedgerByParticipant(ledger, tables);

        var builder = new LineBuilder(contract, tables, DayNumber.Of(asOf), ledger.Count > 0, Capacity(contract, evaluations, ledger));
        var grossSavings = new Dictionary<ParticipantId, Money>(evaluations.Count);
        for (int rank = 0, i = 0; rank < tables.Participants.Length; rank++)
        {
            paid.TryGetValue(rank, out List<PaidKey>? paidKeys);
            if (i < evaluations.Count && tables.CohortRank[i] == rank)
            {
                ParticipantEvaluation evaluation = evaluations[i++];
                MonthlySavings months = MonthlySavings.Of(evaluation, rates);
                grossSavings.Add(evaluation.Outcome.ParticipantId, months.Gross);
                builder.AddParticipant(rank, evaluation.Outcome, months, paidKeys);
            }
            else
            {
                builder.AddParticipant(rank, null, null, paidKeys);
            }
        }

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

    /// <summary>The exact number of lines, so that the line store is allocated once.</summary>
    private static int Capacity(Contract contract, IReadOnlyList<ParticipantEvaluation> evaluations, Ledger ledger)
    {
        int fixedPayments = contract.Payments.Count(p => p is FixedPayment);
        int sharePayments = contract.Payments.Count(p => p is ShareOfSavingsPayment);
        long count = ledger.Count;
        foreach (ParticipantEvaluation evaluation in evaluations)
        {
            count += fixedPayments + ((long)sharePayments * evaluation.Timeline.Months);
        }

        return checked((int)Math.Min(count, Array.MaxLength));
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
