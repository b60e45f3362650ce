namespace SocialInvestment;

/// <summary>
/// A price per qualifying week (SPEC-DK DK6): <see cref="Amount"/> for each of the participant's observed window weeks
/// (SPEC §5) that qualifies at <see cref="Level"/> (or, with <see cref="OrEducation"/>, holds an education day), the first
/// <see cref="MaxWeeks"/> of them where set; with a <see cref="Gate"/>, only once it is met, and then for every qualifying
/// week, also those before it. One line per calendar month that holds the last day of a counted week, dated the month's
/// last day, of <c>round(amount × the weeks counted in it)</c>.
/// </summary>
public sealed class PerWeekPayment : Payment
{
    /// <summary>Creates a price per qualifying week.</summary>
    /// <param name="id">The payment's id.</param>
    /// <param name="amount">The price of one week in the contract's currency; ≥ 0.</param>
    /// <param name="level">The least self-support a week needs: <see cref="SelfSupport.Full"/> or <see cref="SelfSupport.Partial"/> (full_or_partial).</param>
    /// <param name="orEducation">Whether a week holding an education day qualifies too, whatever its self-support.</param>
    /// <param name="excludeEducation">Whether a week holding an education day does not qualify; not with <paramref name="orEducation"/>.</param>
    /// <param name="gate">The id of the trigger that must be met for any week to be paid; null for none.</param>
    /// <param name="maxWeeks">The most weeks paid per participant, the first in week order, 1 … <see cref="ObservationWindow.MaxWeeks"/>; null for no limit.</param>
    /// <exception cref="ArgumentException">A rule above is broken; the message names the parameter.</exception>
    public PerWeekPayment(string id, decimal amount, SelfSupport level, bool orEducation = false, bool excludeEducation = false, string? gate = null, int? maxWeeks = null)
        : base(id)
    {
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A price per week is at least 0.");
        }

        Preconditions.CheckArgument(level is SelfSupport.Full or SelfSupport.Partial, nameof(level), "The level is Full, or Partial for full_or_partial.");
        Preconditions.CheckArgument(!(orEducation && excludeEducation), nameof(excludeEducation), $"Payment '{id}': or_education and exclude_education cannot both be true.");
        Preconditions.CheckArgument(gate is null || ParticipantId.IsValid(gate), nameof(gate), "A trigger id is 1-64 characters of A-Z a-z 0-9 _ - . and does not begin with '-'.");
        if (maxWeeks is { } m)
        {
            Preconditions.CheckArgumentRange(nameof(maxWeeks), m, 1, ObservationWindow.MaxWeeks);
        }

        Amount = amount;
        Level = level;
        OrEducation = orEducation;
        ExcludeEducation = excludeEducation;
        Gate = gate;
        MaxWeeks = maxWeeks;
        Qualification = WeekQualification.AtLeast(level, excludeEducation, orEducation);
    }

    /// <summary>The price of one qualifying week, in the contract's currency.</summary>
    public decimal Amount { get; }

    /// <summary>The least self-support a week needs to qualify: <see cref="SelfSupport.Full"/> for <c>full</c>, <see cref="SelfSupport.Partial"/> for <c>full_or_partial</c>.</summary>
    public SelfSupport Level { get; }

    /// <summary>Whether a week holding an education day qualifies too.</summary>
    public bool OrEducation { get; }

    /// <summary>Whether a week holding an education day does not qualify.</summary>
    public bool ExcludeEducation { get; }

    /// <summary>The id of the trigger that must be met for any week to be paid; null for none.</summary>
    public string? Gate { get; }

    /// <summary>The most weeks paid per participant (the first, in week order); null for no limit.</summary>
    public int? MaxWeeks { get; }

    /// <inheritdoc/>
    public override string Kind => "per_week";

    /// <summary>Which weeks qualify.</summary>
    internal WeekQualification Qualification { get; }

    /// <inheritdoc/>
    internal override string? EarningTrigger => Gate;

    /// <inheritdoc/>
    internal override bool NeedsSpells => true;

    /// <inheritdoc/>
    internal override bool NeedsWeekRuns => true;

    /// <inheritdoc/>
    internal override PaymentLines LinesIn(Contract contract, LineKeyTables tables, NodaTime.LocalDate asOf) => new PerWeekLines(this, contract, tables);
}
