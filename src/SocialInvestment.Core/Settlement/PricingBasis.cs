using NodaTime;

namespace SocialInvestment;

/// <summary>
/// What a settlement finds that no price, share, deadweight or cap changes (docs/design.md, "The screening engine"): the
/// cohort evaluated once (its outcomes and savings), and the lines that each of some variants of one contract makes, in
/// SPEC §8 order. The variants differ only in numbers that set the amounts of their payments' lines, so their lines have
/// the same keys in the same order; only the amounts differ. A candidate contract is then priced (<see cref="Price"/>)
/// by taking each payment's amounts from a variant with the candidate's numbers for that payment, and walking the
/// candidate's own rules and caps over them with <see cref="CapsInLineOrder"/>, exactly as <see cref="Settlement.Run"/>
/// does: the same lines, rounded the same way, so the payables are <see cref="Settlement.Run"/>'s to the øre.
/// </summary>
/// <remarks>
/// Built once per run of a projection and priced for every candidate on the run's thread: it holds the one line table
/// the candidates are walked over in turn, so it is not safe to price from two threads at once. No ledger: a projection
/// has none.
/// </remarks>
internal sealed class PricingBasis
{
    private readonly LineKeyTables _tables;
    private readonly ParticipantOutcome[] _outcomes;
    private readonly LocalDate _asOf;
    private readonly LineTable _lines;
    private readonly LineRecord[] _records;
    private readonly long[][] _amounts;
    private readonly long[] _payables;
    private readonly long[] _paidToParticipant;

    private PricingBasis(LineKeyTables tables, ParticipantOutcome[] outcomes, LocalDate asOf, LineRecord[] records, long[][] amounts, Money grossSaving, Money? municipalSaving)
    {
        _tables = tables;
        _outcomes = outcomes;
        _asOf = asOf;
        _records = records;
        _amounts = amounts;
        _payables = new long[records.Length];
        _paidToParticipant = new long[tables.Participants.Length];
        _lines = new LineTable(tables.Participants, tables.Payments, tables.Periods, [records], [null], records.Length == 0 ? [] : [new LineTable.Segment(0, 0, records.Length)]);
        GrossSaving = grossSaving;
        MunicipalSaving = municipalSaving;
    }

    /// <summary>The gross saving (<see cref="SettlementResult.GrossSaving"/>): no price changes it.</summary>
    internal Money GrossSaving { get; }

    /// <summary>The municipal saving (<see cref="SettlementResult.MunicipalSaving"/>); null without a municipal share.</summary>
    internal Money? MunicipalSaving { get; }

    /// <summary>The number of lines of every variant.</summary>
    internal int LineCount => _records.Length;

    /// <summary>The number of variants.</summary>
    internal int Variants => _amounts.Length;

    /// <summary>The lines in SPEC §8 order (so by date), with the amounts of the last candidate priced.</summary>
    internal ReadOnlySpan<LineRecord> Lines => _records;

    /// <summary>What is payable of each of <see cref="Lines"/> for the last candidate priced, in hundredths.</summary>
    internal ReadOnlySpan<long> Payables => _payables;

    /// <summary>
    /// Evaluates the cohort once and makes the lines of each of <paramref name="variants"/>, as <see cref="Settlement.Run"/>
    /// would with that contract and these inputs, without a ledger, on one core.
    /// </summary>
    /// <param name="variants">
    /// Contracts that differ from each other only in numbers that set their lines' amounts (prices, shares, deadweights,
    /// fees, weekly amounts, contract values), never in what makes a line, when or for whom; at least one. The first
    /// is the structure: its triggers, window, benefits, monthly cost and municipal share evaluate the cohort.
    /// </param>
    /// <param name="participants">The cohort; ids unique.</param>
    /// <param name="spells">Their benefit spells.</param>
    /// <param name="asOf">The data extraction date.</param>
    /// <exception cref="ArgumentException">As <see cref="Settlement.Run"/>.</exception>
    /// <exception cref="InvalidOperationException">Two variants make lines with other keys: they differ in more than amounts.</exception>
    internal static PricingBasis Of(IReadOnlyList<Contract> variants, IEnumerable<Participant> participants, IEnumerable<BenefitSpell> spells, LocalDate asOf)
    {
        Preconditions.CheckNotNull(variants, nameof(variants));
        Preconditions.CheckArgument(variants.Count > 0, nameof(variants), "At least one variant.");
        Contract structure = variants[0];
        CohortInput cohort = CohortInput.Prepare(structure, participants, spells, [], null);
        Settlement.CheckOwnMonthlyCosts(structure, cohort.Participants);
        structure.CheckMunicipalShareGiven(nameof(variants));
        var tables = new LineKeyTables(structure, cohort.Participants, Ledger.Empty, asOf);
        var rates = new MonthlyRates(structure.MonthlyCost, Math.Min(tables.FirstWindowStart.Year, asOf.Year), asOf.Year);
        var ledgerMerge = new LedgerMerge(Ledger.Empty, tables, DayNumber.Of(asOf));
        var lines = variants.Select(v => new ParticipantLines(PaymentLines.Of(v, tables, asOf), tables, ledgerMerge)).ToArray();
        var outcomes = new ParticipantOutcome[cohort.Participants.Length];
        Money gross = Money.Zero;
        Money? municipal = structure.MunicipalShare is null ? null : Money.Zero;
        var months = new MonthlySavings();
        var segments = new SupportTimeline.SegmentSpace();
        MunicipalWeights? weights = structure.MunicipalShare is { } share ? new MunicipalWeights(share) : null;
        for (int rank = 0; rank < tables.Participants.Length; rank++)
        {
            int i = tables.CohortIndex[rank];
            if (i >= 0)
            {
                ParticipantEvaluation evaluation = cohort.Evaluate(i, structure, asOf, segments, weights);
                months.Fill(evaluation, rates.Of(cohort.Participants[i]), weights);
                outcomes[i] = evaluation.Outcome;
                gross += months.Gross;
                if (municipal is not null)
                {
                    municipal += months.Municipal;
                }

                foreach (ParticipantLines variant in lines)
                {
                    variant.Add(rank, evaluation.Outcome, months);
                }
            }
            else if (tables.DeliveryFeeAt(rank) is { } fee)
            {
                foreach (ParticipantLines variant in lines)
                {
                    variant.AddDeliveryFee(rank, fee);
                }
            }
        }

        LineRecord[] records = Flatten(tables, lines[0]);
        var amounts = new long[lines.Length][];
        for (int v = 0; v < lines.Length; v++)
        {
            LineRecord[] own = v == 0 ? records : Flatten(tables, lines[v]);
            amounts[v] = new long[records.Length];
            for (int k = 0; k < records.Length; k++)
            {
                ref readonly LineRecord a = ref records[k];
                ref readonly LineRecord b = ref own[k];
                if (a.Date != b.Date || a.Participant != b.Participant || a.Payment != b.Payment || a.Period != b.Period)
                {
                    throw new InvalidOperationException($"Variant {v} makes other lines than the first: they differ in more than the amounts of their lines.");
                }

                amounts[v][k] = b.Amount;
            }
        }

        return new PricingBasis(tables, outcomes, asOf, records, amounts, gross, municipal);
    }

    /// <summary>A variant's lines in SPEC §8 order, in one array.</summary>
    private static LineRecord[] Flatten(LineKeyTables tables, ParticipantLines chunk)
    {
        chunk.Seal();
        LineTable table = LineOrder.Of(tables, [chunk]);
        var records = new LineRecord[table.Count];
        LineTable.Cursor cursor = table.At(0);
        for (int k = 0; k < records.Length; k++, cursor.Next())
        {
            records[k] = cursor.Record;
        }

        return records;
    }

    /// <summary>
    /// Prices <paramref name="candidate"/>: each line's amount from the variant <paramref name="variantOfPayment"/> names
    /// for its payment, then the candidate's volume tiers, cohort gates, payment caps and contract caps walked in SPEC §8
    /// order (<see cref="CapsInLineOrder"/>); each line's payable is then in <see cref="Payables"/>.
    /// </summary>
    /// <param name="candidate">
    /// The candidate: the structure with other numbers, where each payment's numbers that set line amounts are those of
    /// the variant <paramref name="variantOfPayment"/> names for it (its tiers' prices and every cap may be its own).
    /// </param>
    /// <param name="variantOfPayment">For each payment rank, the variant whose amounts its lines take.</param>
    /// <returns>The totals, as <see cref="SettlementResult.Totals"/>.</returns>
    internal SettlementTotals Price(Contract candidate, ReadOnlySpan<int> variantOfPayment)
    {
        PaymentLines[] payments = PaymentLines.Of(candidate, _tables, _asOf);
        var byVolume = new FixedPaymentPrice?[_tables.Payments.Length];
        foreach (PaymentLines payment in payments)
        {
            byVolume[payment.Payment] = payment.PriceByVolume;
        }

        short noPeriod = _tables.NoPeriod;
        for (int k = 0; k < _records.Length; k++)
        {
            ref LineRecord line = ref _records[k];
            line.Amount = _amounts[variantOfPayment[line.Payment]][k];
            if (byVolume[line.Payment] is { } price && line.Period == noPeriod)
            {
                price.Earn(line.Participant);
            }
        }

        PaymentRules? rules = PaymentRules.Of(candidate, _tables, payments, _outcomes, [], _asOf);
        CapsInLineOrder.Apply(_lines, candidate.Caps, rules, out SettlementTotals totals, out _, (_payables, _paidToParticipant));
        if (!CapsInLineOrder.KeepsPayables(candidate.Caps, rules))
        {
            // Nothing capped: the walk kept no payables, every amount is payable.
            for (int k = 0; k < _records.Length; k++)
            {
                _payables[k] = _records[k].Amount;
            }
        }

        return totals;
    }
}
