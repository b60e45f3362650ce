using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A period in which a person receives one benefit, possibly at a reduced degree: one row of spells.csv.
/// Both <see cref="From"/> and <see cref="To"/> are part of the spell; an open spell (<see cref="To"/> null) runs to
/// <c>as_of</c>. A spell without a degree of its own counts at the degree the contract gives its code, else as a full
/// benefit (<see cref="Contract.DegreeOf"/>).
/// </summary>
public sealed class BenefitSpell
{
    /// <summary>Creates a spell.</summary>
    /// <param name="participantId">Whose spell it is.</param>
    /// <param name="benefitCode">The benefit code as exported; compared exactly, letter case included.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, inclusive; null while ongoing.</param>
    /// <param name="degree">The share of a full benefit paid; null (the default) where the spell has no degree of its own, so that the degree the contract gives its code applies, else 1 (<see cref="Contract.DegreeOf"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="benefitCode"/> is empty, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public BenefitSpell(ParticipantId participantId, string benefitCode, LocalDate from, LocalDate? to = null, Degree? degree = null)
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

    /// <summary>
    /// The spell's own degree: the share of a full benefit paid; null where it has none, and the contract's degree for its
    /// code applies, else 1 (<see cref="Contract.DegreeOf"/>). Spells read from a file carry the degree so resolved.
    /// </summary>
    public Degree? Degree { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ParticipantId} {BenefitCode} {From:uuuu-MM-dd}..{(To is { } t ? t.ToString("uuuu-MM-dd", null) : string.Empty)} {Degree}";
}
