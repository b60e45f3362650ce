using System.Collections.ObjectModel;
using NodaTime;

namespace SocialInvestment;

/// <summary>The result of <see cref="Settlement.Run"/>: the lines in SPEC §8 order, the outcomes behind them and the totals.</summary>
public sealed class SettlementResult
{
    private readonly Lazy<IReadOnlyList<KeyValuePair<string, SettlementTotals>>> _payerTotals;
    private readonly Lazy<IReadOnlyList<MunicipalityTotals>> _municipalities;
    private readonly Lazy<IReadOnlyList<PaymentSavings>> _paymentSavings;

    internal SettlementResult(
        Contract contract,
        LocalDate asOf,
        IReadOnlyList<SettlementLine> lines,
        IReadOnlyList<ParticipantOutcome> outcomes,
        ParticipantAmounts grossSavings,
        SettlementTotals totals,
        IReadOnlyList<KeyValuePair<string, SettlementTotals>> paymentTotals)
    {
        Contract = contract;
        AsOf = asOf;
        Lines = lines;
        Outcomes = outcomes;
        GrossSavingsByOutcome = grossSavings;
        Totals = totals;
        PaymentTotals = paymentTotals;
        GrossSaving = grossSavings.Sum();
        var met = new int[contract.Triggers.Count];
        foreach (ParticipantOutcome outcome in outcomes)
        {
            for (int t = 0; t < met.Length; t++)
            {
                if (outcome.Dates.IsMet(t))
                {
                    met[t]++;
                }
            }
        }

        _payerTotals = new Lazy<IReadOnlyList<KeyValuePair<string, SettlementTotals>>>(SumPayers);
        _municipalities = new Lazy<IReadOnlyList<MunicipalityTotals>>(() => MunicipalityTotals.Of(this));
        _paymentSavings = new Lazy<IReadOnlyList<PaymentSavings>>(() => SocialInvestment.PaymentSavings.ForPayments(this));
        var summaries = new TriggerSummary[contract.Triggers.Count];
        for (int i = 0; i < summaries.Length; i++)
        {
            summaries[i] = new TriggerSummary(contract.Triggers[i].Id, contract.Triggers[i].Kind, met[i], outcomes.Count);
        }

        TriggerSummaries = Array.AsReadOnly(summaries);
    }

    /// <summary>
    /// The settlement by the municipality that pays for each participant (SPEC-DK DK7, <see cref="Participant.Municipality"/>),
    /// in code-point order of the name; what belongs to no participant's municipality under <c>""</c>. The parts sum to
    /// <see cref="Totals"/> and <see cref="GrossSaving"/> exactly. Computed when first asked.
    /// </summary>
    public IReadOnlyList<MunicipalityTotals> Municipalities => _municipalities.Value;

    /// <summary>The contract settled.</summary>
    public Contract Contract { get; }

    /// <summary>The data extraction date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The lines, ordered by (date, participant, payment, period), strings by code points.</summary>
    public IReadOnlyList<SettlementLine> Lines { get; }

    /// <summary>Each participant's outcomes, ordered by participant id.</summary>
    public IReadOnlyList<ParticipantOutcome> Outcomes { get; }

    /// <summary>Totals over all lines.</summary>
    public SettlementTotals Totals { get; }

    /// <summary>Totals per payment id: the contract's payments in contract order, then ids known only from the ledger.</summary>
    public IReadOnlyList<KeyValuePair<string, SettlementTotals>> PaymentTotals { get; }

    /// <summary>
    /// Totals per outcome payer (docs/calculation.md, "Several payers"), in the contract's order of payers: the sums of each payer's parts of the lines
    /// (<see cref="PayerLine.Of"/>), so that over the payers they sum to <see cref="Totals"/> to the øre. Empty where the
    /// contract declares no payers. <c>Lines</c> counts the lines split, the same for every payer.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, SettlementTotals>> PayerTotals => _payerTotals.Value;

    /// <summary>How many participants met each trigger, in contract order.</summary>
    public IReadOnlyList<TriggerSummary> TriggerSummaries { get; }

    /// <summary>
    /// The cohort's gross saving per calendar month, in DKK (the contract's currency): every month from the first to the
    /// last that holds an observed window day (a day on or before <c>as_of</c>) of any participant, ascending. Each
    /// participant's gross saving, rounded once, is parted over its months by running totals (month k gets
    /// <c>round(S_k) − round(S_(k−1))</c>, <c>S_k</c> the exact saving of its first k months), and the parts are summed per
    /// month, so that the months sum to <see cref="GrossSaving"/> exactly (docs/economics.md). Empty where no participant
    /// has an observed window day.
    /// </summary>
    public IReadOnlyList<KeyValuePair<YearMonth, Money>> GrossSavingByMonth { get; internal init; } = [];

    /// <summary>
    /// The gross saving per participant (SPEC §8): Σ over window days up to <c>as_of</c> of <c>(1 − s(d)) × rate / days in month</c>,
    /// with no share or deadweight and whether or not a gate was met, rounded once per participant.
    /// </summary>
    public IReadOnlyDictionary<ParticipantId, Money> GrossSavings => GrossSavingsByOutcome;

    /// <summary><see cref="GrossSavings"/>, also by the index of each participant's outcome in <see cref="Outcomes"/>.</summary>
    internal ParticipantAmounts GrossSavingsByOutcome { get; }

    /// <summary>The sum of <see cref="GrossSavings"/>.</summary>
    public Money GrossSaving { get; }

    /// <summary>
    /// The municipality's part of <see cref="GrossSaving"/> (SPEC-DK DK5): the sum over participants of Σ (1 − s(d)) × m(d)
    /// × rate / days_in_month, rounded once per participant; null where the contract has no municipal share.
    /// </summary>
    public Money? MunicipalSaving { get; internal init; }

    /// <summary>
    /// The cohort's municipal saving per calendar month (SPEC-DK DK5), over the same months as <see cref="GrossSavingByMonth"/>:
    /// each participant's municipal saving, rounded once, parted over its months by running totals as the gross saving is,
    /// so that the months sum to <see cref="MunicipalSaving"/> exactly; null where the contract has no municipal share.
    /// The state's part of a month is the gross saving's month less this.
    /// </summary>
    public IReadOnlyList<KeyValuePair<YearMonth, Money>>? MunicipalSavingByMonth { get; internal init; }

    /// <summary>Each participant's municipal saving (SPEC-DK DK5), rounded once; null where the contract has no municipal share.</summary>
    internal ParticipantAmounts? MunicipalSavings { get; init; }

    /// <summary>The state's part: <see cref="GrossSaving"/> − <see cref="MunicipalSaving"/>, so the two sum to the gross saving exactly; null where the contract has no municipal share.</summary>
    public Money? StateSaving => MunicipalSaving is { } municipal ? GrossSaving - municipal : null;

    /// <summary>
    /// The saving each share-of-savings payment is a share of (SPEC-DK DK5): its gated participants' gross, municipal and
    /// state savings, one per such payment in contract order, where the contract has a municipal share; empty otherwise.
    /// Computed when first asked.
    /// </summary>
    public IReadOnlyList<PaymentSavings> PaymentSavings => _paymentSavings.Value;

    /// <summary>What each cohort gate found (docs/calculation.md, "Cohort gate"), in contract order of the gated payments; empty where no payment has a gate.</summary>
    public IReadOnlyList<GateResult> Gates { get; internal init; } = [];

    private ReadOnlyCollection<KeyValuePair<string, SettlementTotals>> SumPayers()
    {
        var sums = Contract.Payers.ToDictionary(p => p.Id, _ => default(SettlementTotals), StringComparer.Ordinal);
        foreach (PayerLine part in PayerLine.Of(this))
        {
            sums[part.Payer] = sums[part.Payer].Add(part);
        }

        return Contract.Payers.Select(p => KeyValuePair.Create(p.Id, sums[p.Id])).ToList().AsReadOnly();
    }
}
