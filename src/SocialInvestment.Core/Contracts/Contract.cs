using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// An outcome contract (SPEC §2 contract.json): how benefits count, the observation window, the triggers that say what
/// was achieved, the payments they release and the caps over them. Immutable; the constructor checks that every
/// reference names a defined trigger and that ids are unique.
/// </summary>
public sealed class Contract
{
    /// <summary>The default programme length in weeks.</summary>
    public const int DefaultProgrammeWeeks = 20;

    /// <summary>The most days after a line's date that <see cref="PaymentDays"/> may set: ten years.</summary>
    public const int MaxPaymentDays = 3650;

    /// <summary>Creates a contract.</summary>
    /// <param name="name">A display name.</param>
    /// <param name="window">The observation window.</param>
    /// <param name="triggers">The triggers; ids unique.</param>
    /// <param name="payments">The payments; ids unique, each naming a defined trigger.</param>
    /// <param name="benefits">Benefit code → class; codes compare exactly. Null for none.</param>
    /// <param name="monthlyCost">The monthly cost of a person on full support; null where no saving is computed (gross saving 0).</param>
    /// <param name="caps">Caps; null for none.</param>
    /// <param name="currency">An ISO 4217 code; default DKK.</param>
    /// <param name="programmeWeeks">The programme's default length in weeks, ≥ 1.</param>
    /// <param name="partialMaxSupport">The most support a partial week may hold, as a share of its 7 days; default 0.5.</param>
    /// <param name="unknownBenefits">How unmapped codes count: <see cref="BenefitClass.Support"/> (each code on its own), <see cref="BenefitClass.Ignore"/>, or null, where an unmapped code is an input error.</param>
    /// <exception cref="ArgumentException">A rule above is broken; the message names the field.</exception>
    public Contract(
        string name,
        ObservationWindow window,
        IEnumerable<Trigger> triggers,
        IEnumerable<Payment> payments,
        IReadOnlyDictionary<string, BenefitClass>? benefits = null,
        MonthlyCost? monthlyCost = null,
        Caps? caps = null,
        string currency = "DKK",
        int programmeWeeks = DefaultProgrammeWeeks,
        Share? partialMaxSupport = null,
        BenefitClass? unknownBenefits = null)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(window, nameof(window));
        Preconditions.CheckArgumentRange(nameof(programmeWeeks), programmeWeeks, 1, ObservationWindow.MaxWeeks);
        Preconditions.CheckArgument(currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper), nameof(currency), "A currency is an ISO 4217 code of three capital letters.");
        Preconditions.CheckArgument(unknownBenefits is null or BenefitClass.Support or BenefitClass.Ignore, nameof(unknownBenefits), "unknown_benefits is support or ignore.");

        var triggerList = triggers.ToList();
        var byId = new Dictionary<string, Trigger>(StringComparer.Ordinal);
        var prerequisites = new int[triggerList.Count];
        foreach (Trigger trigger in triggerList)
        {
            prerequisites[byId.Count] = -1;
            if (trigger.After is { } after)
            {
                int earlier = triggerList.FindIndex(0, byId.Count, t => string.Equals(t.Id, after, StringComparison.Ordinal));
                Preconditions.CheckArgument(earlier >= 0, nameof(triggers), $"Trigger '{trigger.Id}': after names '{after}', which is not a trigger listed before it.");
                prerequisites[byId.Count] = earlier;
                HasPrerequisites = true;
            }

            Preconditions.CheckArgument(byId.TryAdd(trigger.Id, trigger), nameof(triggers), $"Duplicate trigger id '{trigger.Id}'.");
            Preconditions.CheckArgument(trigger.WeeksInWindow <= window.Weeks, nameof(triggers), $"Trigger '{trigger.Id}': weeks is more than window.weeks.");
        }

        var paymentList = payments.ToList();
        var paymentIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (Payment payment in paymentList)
        {
            Preconditions.CheckArgument(paymentIds.Add(payment.Id), nameof(payments), $"Duplicate payment id '{payment.Id}'.");
            string? referenced = payment.EarningTrigger;
            Preconditions.CheckArgument(referenced is null || byId.ContainsKey(referenced), nameof(payments), $"Payment '{payment.Id}' names trigger '{referenced}', which is not defined.");
            Preconditions.CheckArgument(payment.CohortGate is null || byId.ContainsKey(payment.CohortGate.Trigger), nameof(payments), $"Payment '{payment.Id}': its cohort gate names trigger '{payment.CohortGate?.Trigger}', which is not defined.");
        }

        Name = name;
        PrerequisiteOrdinals = prerequisites;
        Window = window;
        Triggers = triggerList.AsReadOnly();
        Payments = paymentList.AsReadOnly();
        TriggersById = new ReadOnlyDictionary<string, Trigger>(byId);
        _triggerOrdinals = triggerList.Select((t, i) => KeyValuePair.Create(t.Id, i)).ToDictionary(StringComparer.Ordinal);
        Benefits = new ReadOnlyDictionary<string, BenefitClass>(
            new Dictionary<string, BenefitClass>(benefits ?? new Dictionary<string, BenefitClass>(), StringComparer.Ordinal));
        MonthlyCost = monthlyCost;
        Caps = caps ?? Caps.None;
        Currency = currency;
        ProgrammeWeeks = programmeWeeks;
        PartialMaxSupport = partialMaxSupport ?? Share.FromDecimal(0.5m);
        UnknownBenefits = unknownBenefits;
        EmploymentRatesTrigger = triggerList.Find(t => t.NeedsEmploymentRates);
        NeedsWeekRuns = paymentList.Exists(p => p.NeedsWeekRuns);
    }

    /// <summary>Whether a payment is made from the participants' classified window weeks (a price per week), so each outcome keeps them.</summary>
    internal bool NeedsWeekRuns { get; }

    private readonly Dictionary<string, int> _triggerOrdinals;

    /// <summary>For each trigger in contract order, the ordinal of its prerequisite (<see cref="Trigger.After"/>), or −1.</summary>
    internal int[] PrerequisiteOrdinals { get; }

    /// <summary>Whether any trigger has a prerequisite.</summary>
    internal bool HasPrerequisites { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The ISO 4217 currency of every amount; lines still round to two decimals.</summary>
    public string Currency { get; }

    /// <summary>The default programme length in weeks.</summary>
    public int ProgrammeWeeks { get; }

    /// <summary>Benefit code → class.</summary>
    public IReadOnlyDictionary<string, BenefitClass> Benefits { get; }

    /// <summary>How unmapped benefit codes count, or null where they are an input error.</summary>
    public BenefitClass? UnknownBenefits { get; }

    /// <summary>The monthly cost of a person on full support, or null (no savings).</summary>
    public MonthlyCost? MonthlyCost { get; }

    /// <summary>The observation window.</summary>
    public ObservationWindow Window { get; }

    /// <summary>The most support a week may hold and still be partial self-support, as a share of its 7 days.</summary>
    public Share PartialMaxSupport { get; }

    /// <summary>The triggers, in contract order.</summary>
    public IReadOnlyList<Trigger> Triggers { get; }

    /// <summary>The triggers by id.</summary>
    public IReadOnlyDictionary<string, Trigger> TriggersById { get; }

    /// <summary>The payments, in contract order.</summary>
    public IReadOnlyList<Payment> Payments { get; }

    /// <summary>The caps.</summary>
    public Caps Caps { get; }

    /// <summary>
    /// The outcome payers, each paying its share of every line (docs/calculation.md, "Several payers"); empty for one payer, as in SPEC v1. Set, the ids
    /// are unique and the shares sum to exactly 1.
    /// </summary>
    /// <exception cref="ArgumentException">An id is repeated or the shares do not sum to 1.</exception>
    public IReadOnlyList<Payer> Payers
    {
        get;
        init
        {
            Preconditions.CheckNotNull(value, nameof(Payers));
            var list = value.ToList();
            Preconditions.CheckArgument(list.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == list.Count, nameof(Payers), "Payer ids are unique.");
            Preconditions.CheckArgument(list.Count == 0 || list.Sum(p => p.Share.Value) == 1m, nameof(Payers), "The payers' shares sum to 1.");
            field = list.AsReadOnly();
        }
    } = [];

    /// <summary>
    /// The degree each benefit code's spells have where a row gives none of its own (SPEC-DK DK2): code → degree in (0, 1];
    /// empty by default. Only codes of class <see cref="BenefitClass.Support"/> may have one.
    /// </summary>
    /// <exception cref="ArgumentException">A code here is not mapped to <see cref="BenefitClass.Support"/> in <see cref="Benefits"/>.</exception>
    public IReadOnlyDictionary<string, Degree> BenefitDegrees
    {
        get;
        init
        {
            Preconditions.CheckNotNull(value, nameof(BenefitDegrees));
            var degrees = new Dictionary<string, Degree>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, Degree> pair in value)
            {
                Preconditions.CheckArgument(Benefits.TryGetValue(pair.Key, out BenefitClass c) && c == BenefitClass.Support, nameof(BenefitDegrees), $"Benefit code '{pair.Key}' has a degree but is not mapped to support; a degree is allowed only with class support.");
                degrees.Add(pair.Key, pair.Value);
            }

            field = new ReadOnlyDictionary<string, Degree>(degrees);
        }
    } = ReadOnlyDictionary<string, Degree>.Empty;

    /// <summary>
    /// What part of a saving falls to the municipality (SPEC-DK DK5, <c>municipal_share</c>); null for none (no municipal
    /// saving is computed, and no payment may be a share of it).
    /// </summary>
    public MunicipalShare? MunicipalShare { get; init; }

    /// <summary>
    /// Throws where a payment is a share of the municipality's saving (<see cref="SavingsBase.Municipality"/>) and there is
    /// no <see cref="MunicipalShare"/>: the message names the payment.
    /// </summary>
    internal void CheckMunicipalShareGiven(string paramName)
    {
        foreach (Payment payment in Payments)
        {
            Preconditions.CheckArgument(
                MunicipalShare is not null || payment is not ShareOfSavingsPayment { Of: SavingsBase.Municipality },
                paramName,
                $"Payment '{payment.Id}' is a share of the municipality's saving (\"of\": \"municipality\"), but the contract has no municipal_share.");
        }
    }

    /// <summary>
    /// The payment term: how many days after a line's date the payer pays it, 0 … <see cref="MaxPaymentDays"/>; default 0
    /// (paid on the line's date). It changes no settlement: only when the money moves, for the economics of the deal
    /// (docs/economics.md).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or more than <see cref="MaxPaymentDays"/>.</exception>
    public int PaymentDays
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(PaymentDays), value, 0, MaxPaymentDays);
            field = value;
        }
    }

    /// <summary>Whether settling this contract needs benefit spells (a sustained, count or education trigger, a share of savings or a price per week).</summary>
    public bool NeedsSpells => Triggers.Any(t => t.NeedsSpells) || Payments.Any(p => p.NeedsSpells);

    /// <summary>
    /// The first trigger, in contract order, that is measured on monthly employment rates (an <c>employment</c> trigger,
    /// SPEC-DK DK3); null where none is. Where it is not null, settling the contract needs <see cref="EmploymentRates"/>
    /// with at least one known month, and a projection (<see cref="Simulation"/>) refuses the contract.
    /// </summary>
    public Trigger? EmploymentRatesTrigger { get; }

    /// <summary>
    /// The payment whose cohort gate compares with a comparison group given as data (docs/calculation.md, "Cohort gate"), the first
    /// in contract order; null where no gate does. A comparison group is given exactly where this is not null.
    /// </summary>
    public Payment? ComparisonGatedPayment => Payments.FirstOrDefault(p => p.CohortGate is { UsesComparisonGroup: true });

    /// <summary>
    /// The delivery fees whose payment id is also the id of a participant, in contract order: a fee's lines carry its
    /// payment id as participant_id (docs/calculation.md, "Delivery fee"), so one id cannot name both a fee and a person.
    /// </summary>
    /// <param name="isParticipant">Whether an id is a participant's (of the cohort).</param>
    /// <returns>The clashing fees; empty where there are none.</returns>
    public IEnumerable<DeliveryFeePayment> DeliveryFeesWithParticipantIds(Func<ParticipantId, bool> isParticipant)
    {
        ArgumentNullException.ThrowIfNull(isParticipant);
        return Payments.OfType<DeliveryFeePayment>().Where(fee => isParticipant(ParticipantId.From(fee.Id)));
    }

    /// <summary>
    /// The class of a benefit code: its mapping, else <see cref="UnknownBenefits"/>; null where the code is unmapped
    /// and unmapped codes are an error.
    /// </summary>
    public BenefitClass? ClassOf(string benefitCode) =>
        Benefits.TryGetValue(benefitCode, out BenefitClass c) ? c : UnknownBenefits;

    /// <summary>
    /// The codes that <see cref="Benefits"/> maps which are spelled like <paramref name="benefitCode"/> but not the same:
    /// equal after folding letter case, æ to ae, ø to oe and å to aa (<c>kontanthjaelp</c> is spelled like
    /// <c>kontanthjælp</c>, <c>su</c> like <c>SU</c>), in ordinal order; empty where there are none. For messages that
    /// ask "did you mean …?" only: a code is mapped exactly as the contract spells it, never by this folding.
    /// </summary>
    /// <param name="benefitCode">A benefit code as the data spells it.</param>
    public IReadOnlyList<string> BenefitCodesSpelledLike(string benefitCode)
    {
        ArgumentNullException.ThrowIfNull(benefitCode);
        return BenefitCodeSpelling.Like(benefitCode, Benefits.Keys);
    }

    /// <summary>
    /// The degree of a spell or week row of <paramref name="benefitCode"/> (SPEC-DK DK2): the row's own degree where it
    /// has one, else the degree <see cref="BenefitDegrees"/> gives the code, else a full benefit (1).
    /// </summary>
    /// <param name="benefitCode">The row's benefit code.</param>
    /// <param name="own">The row's own degree; null where the row gives none (no degree column, or an empty cell).</param>
    public Degree DegreeOf(string benefitCode, Degree? own = null) =>
        own ?? (BenefitDegrees.TryGetValue(benefitCode, out Degree degree) ? degree : Degree.Full);

    /// <summary>
    /// Checks that a contract with an <c>employment</c> trigger is given employment rates that know at least one month: without them
    /// the trigger could never be met, and would say nothing rather than that the input is missing.
    /// </summary>
    /// <param name="rates">The rates given.</param>
    /// <param name="parameterName">The parameter that gives them.</param>
    /// <exception cref="ArgumentException">A trigger needs rates and none with a known month are given; the message names the trigger.</exception>
    internal void CheckEmploymentRatesGiven(EmploymentRates? rates, string parameterName)
    {
        if (EmploymentRatesTrigger is { } trigger && (rates is null || rates.Months.Count == 0))
        {
            throw new ArgumentException(
                $"Trigger '{trigger.Id}' is an employment trigger, measured on monthly employment rates (the grad_YYYY_MM columns of a DREAM extract), and {(rates is null ? "no rates are given" : "the rates given know no month")}.",
                parameterName);
        }
    }

    /// <summary>The position of a trigger in <see cref="Triggers"/>, or null where no trigger has that id.</summary>
    internal int? TriggerOrdinal(string triggerId) => _triggerOrdinals.TryGetValue(triggerId, out int ordinal) ? ordinal : null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
