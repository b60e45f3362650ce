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
    /// <param name="comparisonGroup">
    /// The comparison group of a cohort gate against a comparison group (docs/calculation.md, "Cohort gate"); needed exactly where a
    /// payment has such a gate, null otherwise. Its people are measured by the contract's triggers as the cohort is, and earn nothing.
    /// </param>
    /// <param name="employmentRates">
    /// The cohort's monthly employment rates (SPEC-DK DK3): needed, with at least one known month, exactly where a trigger is
    /// an <c>employment</c> trigger (<see cref="Contract.EmploymentRatesTrigger"/>); otherwise null, or not used. A comparison
    /// group brings its own (<see cref="ComparisonGroup.EmploymentRates"/>).
    /// </param>
    /// <exception cref="ArgumentException">
    /// A participant id is duplicated, or a participant has an own monthly cost and the contract has none, or a payment is
    /// a share of the municipality's saving and the contract has no municipal share (the message names the payment), or a spell's benefit code is not mapped (in the cohort or the comparison group); a
    /// gate compares with a comparison group and none is given, or one is given and no gate compares with it; or a person
    /// is both in the cohort and in the comparison group; or a trigger needs employment rates and the cohort or the comparison
    /// group has none with a known month (the message names the trigger).
    /// </exception>
    /// <exception cref="OverflowException">
    /// An amount, a sum of amounts or a monthly cost after indexation is too large to hold in øre as a 64-bit number
    /// (about 9.2 × 10^16 in the contract's currency): the inputs are not a real contract. <c>sib</c> reports it as bad input.
    /// </exception>
    public static SettlementResult Run(
        Contract contract,
        IEnumerable<Participant> participants,
        IEnumerable<BenefitSpell> spells,
        IEnumerable<OutcomeEvent> events,
        LocalDate asOf,
        Ledger? ledger = null,
        SettlementOptions? options = null,
        ComparisonGroup? comparisonGroup = null,
        EmploymentRates? employmentRates = null)
    {
        Preconditions.CheckNotNull(contract, nameof(contract));
        ledger ??= Ledger.Empty;
        options ??= SettlementOptions.Default;
        CheckComparisonGroupUse(contract, comparisonGroup);
        contract.CheckEmploymentRatesGiven(employmentRates, nameof(employmentRates));
        CohortInput cohort = CohortInput.Prepare(contract, participants, spells, events, employmentRates);
        CheckOwnMonthlyCosts(contract, cohort.Participants);
        contract.CheckMunicipalShareGiven(nameof(contract));
        IReadOnlyList<ParticipantOutcome> comparison = comparisonGroup is null ? [] : EvaluateComparisonGroup(contract, cohort, comparisonGroup, asOf, options);
        var tables = new LineKeyTables(contract, cohort.Participants, ledger, asOf);
        var rates = new MonthlyRates(contract.MonthlyCost, Math.Min(tables.FirstWindowStart.Year, asOf.Year), asOf.Year);
        var ledgerMerge = new LedgerMerge(ledger, tables, DayNumber.Of(asOf));
        PaymentLines[] payments = PaymentLines.Of(contract, tables, asOf);
        var outcomes = new ParticipantOutcome[cohort.Participants.Length];
        var gross = new Money[outcomes.Length];
        Money[]? municipal = contract.MunicipalShare is null ? null : new Money[outcomes.Length];
        var byMonth = new MonthlySavingSums[(tables.Participants.Length + Chunks.Size - 1) / Chunks.Size];
        ParticipantLines[] chunks = EvaluateAndMakeLines(contract, cohort, tables, rates, payments, ledgerMerge, asOf, options, outcomes, gross, municipal, byMonth);

        LineTable lines = LineOrder.Of(tables, chunks);
        PaymentRules? rules = PaymentRules.Of(contract, tables, payments, outcomes, comparison, asOf);
        CapsInLineOrder.Apply(lines, contract.Caps, rules, out SettlementTotals totals, out SettlementTotals[] byPayment);
        return new SettlementResult(
            contract,
            asOf,
            lines,
            Array.AsReadOnly(outcomes),
            new ParticipantAmounts(outcomes, gross),
            totals,
            PaymentOrder(contract, tables, byPayment))
        {
            Gates = rules?.Gates ?? [],
            GrossSavingByMonth = MonthlySavingSums.Merge(byMonth),
            MunicipalSavingByMonth = municipal is null ? null : MonthlySavingSums.MergeMunicipal(byMonth),
            MunicipalSaving = municipal?.Aggregate(Money.Zero, (sum, saving) => sum + saving),
            MunicipalSavings = municipal is null ? null : new ParticipantAmounts(outcomes, municipal),
        };
    }

    /// <summary>An own monthly cost (SPEC-DK DK4) is in the prices of the contract's base year and indexed as its monthly cost: it needs one.</summary>
    internal static void CheckOwnMonthlyCosts(Contract contract, Participant[] participants)
    {
        if (contract.MonthlyCost is not null)
        {
            return;
        }

        foreach (Participant participant in participants)
        {
            Preconditions.CheckArgument(
                participant.MonthlyCost is null,
                nameof(participants),
                $"Participant {Echo.Quoted(participant.Id.Value)} has an own monthly cost, but the contract has no monthly_cost to give its base year and indexation.");
        }
    }

    /// <summary>A comparison group is given exactly where a gate compares with one: otherwise it is missing, or would silently do nothing.</summary>
    private static void CheckComparisonGroupUse(Contract contract, ComparisonGroup? comparisonGroup)
    {
        Payment? gated = contract.ComparisonGatedPayment;
        Preconditions.CheckArgument(
            gated is null || comparisonGroup is not null,
            nameof(comparisonGroup),
            $"Payment '{gated?.Id}' has a cohort gate against a comparison group; give the comparison group.");
        Preconditions.CheckArgument(
            gated is not null || comparisonGroup is null,
            nameof(comparisonGroup),
            "No payment has a cohort gate against a comparison group, so the comparison group would not be used; leave it out, or give a gate that compares with it.");
    }

    /// <summary>
    /// Measures the comparison group by the contract's triggers (the same evaluation as the cohort's), after checking that
    /// no one is in both. Progress is not reported for it: progress counts the cohort's participants.
    /// </summary>
    private static List<ParticipantOutcome> EvaluateComparisonGroup(Contract contract, CohortInput cohort, ComparisonGroup comparisonGroup, LocalDate asOf, SettlementOptions options)
    {
        var controls = comparisonGroup.Participants.Select(p => p.Id).ToHashSet();
        if (ComparisonGroup.PeopleInBoth(cohort.Participants.Select(p => p.Id), controls) is [ParticipantId treated, ..])
        {
            // An id may be a CPR number given in code: it is shown as every message shows input values.
            throw new ArgumentException(
                $"Participant {Echo.Quoted(treated.Value)} is both in the cohort and in the comparison group; one person cannot be both treated and a control.",
                nameof(comparisonGroup));
        }

        try
        {
            return Outcomes.EvaluateAll(contract, comparisonGroup.Participants, comparisonGroup.Spells, comparisonGroup.Events, asOf, new SettlementOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, comparisonGroup.EmploymentRates)
                .Select(e => e.Outcome)
                .ToList();
        }
        catch (ArgumentException e)
        {
            // A benefit code of the comparison group's spells that the contract does not map, or rates it lacks: say whose they are.
            string reason = ArgumentErrors.Reason(e);
            throw new ArgumentException($"The comparison group: {reason}", nameof(comparisonGroup), e);
        }
    }

    /// <summary>
    /// Evaluates each participant and makes its lines in one go, so that no timeline outlives its participant. Kept
    /// apart so that nothing after it holds the cohort: its spells can be collected before the lines are put in order.
    /// </summary>
    private static ParticipantLines[] EvaluateAndMakeLines(
        Contract contract,
        CohortInput cohort,
        LineKeyTables tables,
        MonthlyRates rates,
        PaymentLines[] payments,
        LedgerMerge ledgerMerge,
        LocalDate asOf,
        SettlementOptions options,
        ParticipantOutcome[] outcomes,
        Money[] gross,
        Money[]? municipal,
        MonthlySavingSums[] byMonth) =>
        Chunks.Map(tables.Participants.Length, options, (start, end) =>
        {
            var lines = new ParticipantLines(payments, tables, ledgerMerge, end - start);
            var months = new MonthlySavings();
            var monthSums = new MonthlySavingSums(tables.FirstWindowStart, asOf, municipal is not null);
            byMonth[start / Chunks.Size] = monthSums;
            var segments = new SupportTimeline.SegmentSpace();
            MunicipalWeights? weights = contract.MunicipalShare is { } share ? new MunicipalWeights(share) : null;
            for (int rank = start; rank < end; rank++)
            {
                int i = tables.CohortIndex[rank];
                if (i >= 0)
                {
                    ParticipantEvaluation evaluation = cohort.Evaluate(i, contract, asOf, segments, weights);
                    months.Fill(evaluation, rates.Of(cohort.Participants[i]), weights);
                    outcomes[i] = evaluation.Outcome;
                    gross[i] = months.Gross;
                    if (municipal is not null)
                    {
                        municipal[i] = months.Municipal;
                    }
                    monthSums.Add(months);
                    lines.Add(rank, evaluation.Outcome, months);
                }
                else if (tables.DeliveryFeeAt(rank) is { } fee)
                {
                    lines.AddDeliveryFee(rank, fee);
                }
                else
                {
                    lines.Add(rank, null, null);
                }
            }

            lines.Seal();
            return lines;
        });

    /// <summary>Totals per payment: the contract's payments in contract order, then ids only the ledger knows, by code points.</summary>
    private static ReadOnlyCollection<KeyValuePair<string, SettlementTotals>> PaymentOrder(Contract contract, LineKeyTables tables, SettlementTotals[] byPayment)
    {
        // Loops, not LINQ: LINQ's iterators over a pair of structs are compiled at every start of a small command.
        var contractIds = new HashSet<string>(StringComparer.Ordinal);
        var totals = new List<KeyValuePair<string, SettlementTotals>>(contract.Payments.Count);
        foreach (Payment payment in contract.Payments)
        {
            contractIds.Add(payment.Id);
            totals.Add(KeyValuePair.Create(payment.Id, byPayment[tables.PaymentRank(payment.Id)]));
        }

        foreach (string id in tables.Payments)
        {
            if (!contractIds.Contains(id))
            {
                totals.Add(KeyValuePair.Create(id, byPayment[tables.PaymentRank(id)]));
            }
        }

        return totals.AsReadOnly();
    }
}
