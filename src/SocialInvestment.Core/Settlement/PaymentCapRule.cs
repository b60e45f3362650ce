namespace SocialInvestment;

/// <summary>
/// The caps of one payment (docs/calculation.md, "Payment caps"), applied to its lines in SPEC §8 order: at most so many
/// participants are paid (the first line above 0 admits its participant, while fewer than the limit are), and at most
/// so much is paid in all. Holds the running counts as the lines are walked once.
/// </summary>
internal sealed class PaymentCapRule
{
    private readonly long _participantLimit;
    private readonly long _amountLimit;

    /// <summary>For each participant rank, whether they were admitted; null where the number of participants is not capped.</summary>
    private readonly bool[]? _admitted;
    private long _admittedCount;
    private long _paid;

    /// <param name="cap">The payment's caps.</param>
    /// <param name="cohortSize">The number of the cohort's participants, of which a share may be the limit.</param>
    /// <param name="participants">The number of participant ranks.</param>
    internal PaymentCapRule(PaymentCap cap, int cohortSize, int participants)
    {
        _participantLimit = cap.ParticipantLimit(cohortSize) ?? long.MaxValue;
        _amountLimit = cap.Amount?.Cents ?? long.MaxValue;
        _admitted = _participantLimit == long.MaxValue ? null : new bool[participants];
    }

    /// <summary>
    /// What the caps allow of a line of <paramref name="amount"/> hundredths: 0 for a participant not admitted (the first
    /// line with an amount above 0 admits, while fewer than the limit are), else at most what remains of the amount cap.
    /// </summary>
    internal long Allowed(int participant, long amount)
    {
        if (_admitted is not null && !_admitted[participant])
        {
            if (amount == 0 || _admittedCount >= _participantLimit)
            {
                return 0;
            }

            _admitted[participant] = true;
            _admittedCount++;
        }

        return Math.Min(amount, _amountLimit - _paid);
    }

    /// <summary>Records what was payable of the payment's line, in hundredths.</summary>
    internal void Paid(long payable) => _paid += payable;
}
