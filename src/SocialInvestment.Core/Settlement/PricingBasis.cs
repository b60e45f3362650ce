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
    private readonly LineSums[] _sums;
    private readonly int[] _dateOfLine;
    private readonly int[] _linesOfParticipantStart;
    private readonly int[] _linesOfParticipant;
    private readonly long[] _paidByDate;
    private readonly long[] _amountOfParticipant;

    /// <summary>
    /// Per variant and payment rank, the running sum of the payment's amounts over each participant's lines in their
    /// order (<see cref="_linesOfParticipant"/>), restarting with each participant.
    /// </summary>
    private readonly long[][][] _runningSums;

    private PricingBasis(LineKeyTables tables, ParticipantOutcome[] outcomes, LocalDate asOf, LineRecord[] records, long[][] amounts, Money grossSaving, Money? municipalSaving)
    {
        _tables = tables;
        _outcomes = outcomes;
        _asOf = asOf;
        _records = records;
        _amounts = amounts;
        _payables = new long[records.Length];
        _paidToParticipant = new long[tables.Participants.Length];
        _amountOfParticipant = new long[tables.Participants.Length];

        // Each line's date among the distinct dates, and each participant's lines in SPEC §8 order.
        var dates = new List<int>();
        _dateOfLine = new int[records.Length];
        var perParticipant = new int[tables.Participants.Length + 1];
        for (int k = 0; k < records.Length; k++)
        {
            if (dates.Count == 0 || dates[^1] != records[k].Date)
            {
                dates.Add(records[k].Date);
            }

            _dateOfLine[k] = dates.Count - 1;
            perParticipant[records[k].Participant + 1]++;
        }

        for (int p = 0; p < tables.Participants.Length; p++)
        {
            perParticipant[p + 1] += perParticipant[p];
        }

        _linesOfParticipantStart = (int[])perParticipant.Clone();
        _linesOfParticipant = new int[records.Length];
        for (int k = 0; k < records.Length; k++)
        {
            _linesOfParticipant[perParticipant[records[k].Participant]++] = k;
        }

        Dates = dates.ToArray();
        _paidByDate = new long[Dates.Length];
        _sums = amounts.Select(a => LineSums.Of(records, a, _dateOfLine, tables.Payments.Length, tables.Participants.Length, Dates.Length)).ToArray();

        // Every price, share, fee and saving is at least 0 (their constructors say so), so every amount is: the running
        // sums rise line by line, which CapOwnLines relies on.
        if (!amounts.All(a => Array.TrueForAll(a, x => x >= 0)))
        {
            throw new InvalidOperationException("A line's amount is below 0, which no contract can make: this is a defect of sib.");
        }

        _runningSums = RunningSums(records, amounts, tables.Payments.Length);
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

    /// <summary>The distinct dates of the lines, ascending, as day numbers.</summary>
    internal int[] Dates { get; }

    /// <summary>What is payable on each of <see cref="Dates"/> for the last candidate priced, in hundredths.</summary>
    internal ReadOnlySpan<long> PaidByDate => _paidByDate;

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

    /// <summary>Per variant and payment rank, the running sums of the payment's amounts over each participant's lines in their order.</summary>
    private long[][][] RunningSums(LineRecord[] records, long[][] amounts, int payments)
    {
        var sums = new long[amounts.Length][][];
        for (int v = 0; v < amounts.Length; v++)
        {
            sums[v] = new long[payments][];
            for (int j = 0; j < payments; j++)
            {
                sums[v][j] = new long[records.Length];
            }

            for (int p = 0; p + 1 < _linesOfParticipantStart.Length; p++)
            {
                for (int i = _linesOfParticipantStart[p]; i < _linesOfParticipantStart[p + 1]; i++)
                {
                    int k = _linesOfParticipant[i];
                    for (int j = 0; j < payments; j++)
                    {
                        long before = i > _linesOfParticipantStart[p] ? sums[v][j][i - 1] : 0;
                        sums[v][j][i] = before + (records[k].Payment == j ? amounts[v][k] : 0);
                    }
                }
            }
        }

        return sums;
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
    /// order (<see cref="CapsInLineOrder"/>); what is payable on each date is then in <see cref="PaidByDate"/>.
    /// </summary>
    /// <remarks>
    /// Where no payment has a rule of its own (<see cref="PaymentRules"/>: tiers, gates, payment caps, delivery fees), the
    /// walk's payables by date follow from each participant's lines alone, so not every line is walked. Before the date
    /// on which the total cap is reached, it withholds nothing, and each participant's payables depend on their own lines:
    /// one whose amounts add up to no more than the per-participant cap is paid every amount, and the others are paid what
    /// the walk of their own lines would pay (<see cref="CapOwnLines"/>). On the date the total cap is reached the walk pays, line
    /// by line, until it is used up, and nothing after it: what is payable on each date is the least of what the
    /// participants' caps leave on it and what the total cap has left. The sums of each variant's amounts by payment,
    /// participant and date (<see cref="LineSums"/>) give the rest. The same payables by date and totals as the walk of
    /// every line (a property test checks them against <see cref="Settlement.Run"/>), found faster.
    /// </remarks>
    /// <param name="candidate">
    /// The candidate: the structure with other numbers, where each payment's numbers that set line amounts are those of
    /// the variant <paramref name="variantOfPayment"/> names for it (its tiers' prices and every cap may be its own).
    /// </param>
    /// <param name="variantOfPayment">For each payment rank, the variant whose amounts its lines take.</param>
    /// <returns>The totals, as <see cref="SettlementResult.Totals"/>.</returns>
    internal SettlementTotals Price(Contract candidate, ReadOnlySpan<int> variantOfPayment)
    {
        PaymentLines[] payments = PaymentLines.Of(candidate, _tables, _asOf);
        PaymentRules? rules = PaymentRules.Of(candidate, _tables, payments, _outcomes, [], _asOf);
        long amount = 0;
        for (int j = 0; j < variantOfPayment.Length; j++)
        {
            amount = checked(amount + _sums[variantOfPayment[j]].Total(j));
        }

        return rules is null
            ? PriceByParticipant(candidate, variantOfPayment, amount)
            : PriceInLineOrder(candidate, variantOfPayment, payments, rules);
    }

    /// <summary>Every line walked in SPEC §8 order (<see cref="CapsInLineOrder"/>), then the payables added up by date.</summary>
    private SettlementTotals PriceInLineOrder(Contract candidate, ReadOnlySpan<int> variantOfPayment, PaymentLines[] payments, PaymentRules? rules)
    {
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

        SettlementTotals totals = CapsInLineOrder.Apply(_lines, candidate.Caps, rules, (_payables, _paidToParticipant)).ToTotals();
        bool kept = CapsInLineOrder.KeepsPayables(candidate.Caps, rules);
        Array.Clear(_paidByDate);
        for (int k = 0; k < _records.Length; k++)
        {
            _paidByDate[_dateOfLine[k]] += kept ? _payables[k] : _records[k].Amount;
        }

        return totals;
    }

    /// <summary>
    /// Where no payment has a rule: each variant's sums by date, less what the per-participant cap withholds from the
    /// participants it binds (<see cref="CapOwnLines"/>), then the total cap date by date.
    /// </summary>
    private SettlementTotals PriceByParticipant(Contract candidate, ReadOnlySpan<int> variantOfPayment, long amount)
    {
        Array.Clear(_paidByDate);
        for (int j = 0; j < variantOfPayment.Length; j++)
        {
            _sums[variantOfPayment[j]].AddByDate(j, _paidByDate);
        }

        long withheld = 0;
        if (candidate.Caps.PerParticipant is { } cap)
        {
            Array.Clear(_amountOfParticipant);
            for (int j = 0; j < variantOfPayment.Length; j++)
            {
                _sums[variantOfPayment[j]].AddByParticipant(j, _amountOfParticipant);
            }

            for (int p = 0; p < _amountOfParticipant.Length; p++)
            {
                if (_amountOfParticipant[p] > cap.Cents)
                {
                    withheld += CapOwnLines(variantOfPayment, p, cap.Cents);
                }
            }
        }

        long paid = amount - withheld;
        if (candidate.Caps.Total is { } totalCap && paid > totalCap.Cents)
        {
            // Until the date on which the total cap is reached, it withholds nothing; on that date the lines are paid in
            // order until it is used up, and nothing after: what the walk pays, date by date.
            long left = totalCap.Cents;
            for (int d = 0; d < _paidByDate.Length; d++)
            {
                _paidByDate[d] = Math.Min(_paidByDate[d], left);
                left -= _paidByDate[d];
            }

            paid = totalCap.Cents;
        }

        Money total = Money.FromCents(amount);
        Money payable = Money.FromCents(paid);
        return new SettlementTotals(_records.Length, total, payable, total - payable, Money.Zero, payable);
    }

    /// <summary>
    /// What the walk of <see cref="CapsInLineOrder"/> pays of the lines of participant <paramref name="participant"/>,
    /// whose amounts (none below 0) add up to more than the per-participant cap <paramref name="cap"/>, found without
    /// walking them: each line is paid in full while the running sum stays within the cap, the first line that takes it
    /// past the cap is paid what the cap has left, and every line after it nothing (<c>min(amount, what remains)</c>
    /// with what remains 0). The line is found by halving on the running sums (<see cref="_runningSums"/>); what the cap
    /// withholds of it and of the lines after it is taken off their dates. The same payables as the walk (tested against
    /// <see cref="Settlement.Run"/> with the walk's results, docs/design.md). Returns what it withholds, in hundredths.
    /// </summary>
    private long CapOwnLines(ReadOnlySpan<int> variantOfPayment, int participant, long cap)
    {
        int start = _linesOfParticipantStart[participant];
        int end = _linesOfParticipantStart[participant + 1];
        int low = start;
        int high = end - 1;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (RunningSum(variantOfPayment, middle) > cap)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        long left = cap - (low > start ? RunningSum(variantOfPayment, low - 1) : 0);
        long withheld = 0;
        for (int i = low; i < end; i++)
        {
            int k = _linesOfParticipant[i];
            long amount = _amounts[variantOfPayment[_records[k].Payment]][k];
            long kept = amount - (i == low ? left : 0);
            _paidByDate[_dateOfLine[k]] -= kept;
            withheld += kept;
        }

        return withheld;
    }

    /// <summary>The running sum of the candidate's amounts of a participant's lines up to the line at <paramref name="i"/> of <see cref="_linesOfParticipant"/>.</summary>
    private long RunningSum(ReadOnlySpan<int> variantOfPayment, int i)
    {
        long sum = 0;
        for (int j = 0; j < variantOfPayment.Length; j++)
        {
            sum += _runningSums[variantOfPayment[j]][j][i];
        }

        return sum;
    }
}
