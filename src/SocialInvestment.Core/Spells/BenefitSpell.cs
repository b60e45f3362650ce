using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A period in which a person receives one benefit, possibly at a reduced degree: one row of spells.csv.
/// Both <see cref="From"/> and <see cref="To"/> are part of the spell; an open spell (<see cref="To"/> null) runs to
/// <c>as_of</c>.
/// </summary>
public sealed class BenefitSpell
{
    /// <summary>Creates a spell.</summary>
    /// <param name="participantId">Whose spell it is.</param>
    /// <param name="benefitCode">The benefit code as exported; compared exactly, letter case included.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, inclusive; null while ongoing.</param>
    /// <param name="degree">The share of a full benefit paid; default a full benefit.</param>
    /// <exception cref="ArgumentException"><paramref name="benefitCode"/> is empty, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public BenefitSpell(ParticipantId participantId, string benefitCode, LocalDate from, LocalDate? to = null, Degree degree = default)
    {
        Preconditions.CheckArgument(!string.IsNullOrEmpty(benefitCode), nameof(benefitCode), "A benefit code must not be empty.");
        Preconditions.CheckArgument(to is null || to.Value >= from, nameof(to), "A spell's last day is before its first.");
        ParticipantId = participantId;
        BenefitCode = benefitCode;
        From = from;
        To = to;
        Degree = degree;
    }

    /// <summary>Whose spell it is.</summary>
    public ParticipantId ParticipantId { get; }

    /// <summary>The benefit code, as exported.</summary>
    public string BenefitCode { get; }

    /// <summary>The first day of the spell.</summary>
    public LocalDate From { get; }

    /// <summary>The last day, inclusive; null while ongoing (until <c>as_of</c>).</summary>
    public LocalDate? To { get; }

    /// <summary>The share of a full benefit paid.</summary>
    public Degree Degree { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ParticipantId} {BenefitCode} {From:uuuu-MM-dd}..{(To is { } t ? t.ToString("uuuu-MM-dd", null) : string.Empty)} {Degree}";
}
