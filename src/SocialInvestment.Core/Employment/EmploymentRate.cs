using NodaTime;

namespace SocialInvestment;

/// <summary>
/// A person's employment rate in one calendar month, as a DREAM extract's <c>grad_YYYY_MM</c> column gives it
/// (SPEC-DK DK1): the share of the month the person was in employment, a decimal in [0, 1].
/// </summary>
public readonly record struct EmploymentRate
{
    /// <summary>Creates a rate.</summary>
    /// <param name="participantId">Whose rate it is.</param>
    /// <param name="month">The calendar month.</param>
    /// <param name="rate">The rate, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is outside [0, 1].</exception>
    public EmploymentRate(ParticipantId participantId, YearMonth month, decimal rate)
    {
        Preconditions.CheckArgumentRange(nameof(rate), rate, 0m, 1m);
        ParticipantId = participantId;
        Month = month;
        Rate = rate;
    }

    /// <summary>Whose rate it is.</summary>
    public ParticipantId ParticipantId { get; }

    /// <summary>The calendar month.</summary>
    public YearMonth Month { get; }

    /// <summary>The employment rate of the month, in [0, 1].</summary>
    public decimal Rate { get; }
}
