using NodaTime;

namespace SocialInvestment;

/// <summary>A person in the programme: one row of participants.csv (SPEC §2).</summary>
public sealed class Participant
{
    // The Danish fields (SPEC-DK DK4, DK7) are rare and a cohort may hold millions: one reference, null without them,
    // rather than 32 bytes on every participant.
    private readonly DanishFields? _danish;

    /// <summary>Creates a participant.</summary>
    /// <param name="id">The identifier (or CPR pseudonym).</param>
    /// <param name="start">The programme start date.</param>
    /// <param name="end">The programme end date, inclusive; null for the contract's default <c>start + programme_weeks×7 − 1</c> days.</param>
    /// <param name="completed">Whether the participant completed the programme.</param>
    /// <param name="cohort">Free text; null or empty for none.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Participant(ParticipantId id, LocalDate start, LocalDate? end = null, bool completed = true, string? cohort = null)
    {
        Preconditions.CheckArgument(end is null || end.Value >= start, nameof(end), "The programme end is before its start.");
        Id = id;
        Start = start;
        End = end;
        Completed = completed;
        Cohort = string.IsNullOrEmpty(cohort) ? null : cohort;
    }

    /// <summary>The identifier.</summary>
    public ParticipantId Id { get; }

    /// <summary>The programme start date.</summary>
    public LocalDate Start { get; }

    /// <summary>The programme end as given, inclusive; null where the contract's default applies.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the programme was completed (default true).</summary>
    public bool Completed { get; }

    /// <summary>The cohort, or null.</summary>
    public string? Cohort { get; }

    /// <summary>
    /// The municipality that pays for this participant (SPEC-DK DK7): free text, as participants.csv's
    /// <c>municipality</c> column gives it; null for none (an empty cell). It changes no line: summary.json breaks the
    /// settlement down by it (<see cref="SettlementResult.Municipalities"/>).
    /// </summary>
    public string? Municipality
    {
        get => _danish?.Municipality;
        init
        {
            string? municipality = string.IsNullOrEmpty(value) ? null : value;
            _danish = municipality is null && _danish is null ? null : new DanishFields(municipality, _danish?.MonthlyCost);
        }
    }

    /// <summary>
    /// The person's own monthly cost (SPEC-DK DK4), in the prices of the contract's <see cref="Contract.MonthlyCost"/> base
    /// year and indexed as it is; ≥ 0; null for the contract's amount. Needs a contract with a monthly cost.
    /// </summary>
    /// <exception cref="ArgumentException">The value is negative.</exception>
    public decimal? MonthlyCost
    {
        get => _danish?.MonthlyCost;
        init
        {
            Preconditions.CheckArgument(value is null || value.Value >= 0m, nameof(MonthlyCost), "A participant's monthly cost is at least 0.");
            _danish = value is null && _danish is null ? null : new DanishFields(_danish?.Municipality, value);
        }
    }

    /// <summary>The programme end: <see cref="End"/>, or <c>start + programmeWeeks×7 − 1</c> days.</summary>
    public LocalDate ProgrammeEnd(int programmeWeeks) => End ?? Start.PlusDays((programmeWeeks * 7) - 1);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Start:uuuu-MM-dd}";

    private sealed record DanishFields(string? Municipality, decimal? MonthlyCost);
}
