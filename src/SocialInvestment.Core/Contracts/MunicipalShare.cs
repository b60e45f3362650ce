namespace SocialInvestment;

/// <summary>
/// What part of a saving falls to the municipality (SPEC-DK DK5, <c>municipal_share</c>): a staircase of shares by the
/// count of weeks on support, with the count starting over after <see cref="ResetAfterWeeks"/> weeks without support within
/// <see cref="ResetWithinWeeks"/> weeks; a constant is one step from week 1. The one home of the count c₀ (<see cref="CountBefore"/>)
/// and of the share m(d) of a counted week (<see cref="ShareAt"/>).
/// </summary>
public sealed class MunicipalShare
{
    /// <summary>The most weeks a step may start at or a reset may name: 100 years of weeks.</summary>
    public const int MaxWeeks = 5218;

    /// <summary>The default of <see cref="ResetAfterWeeks"/>: 52 weeks without support.</summary>
    public const int DefaultResetAfterWeeks = 52;

    /// <summary>The default of <see cref="ResetWithinWeeks"/>: within 156 weeks (three years).</summary>
    public const int DefaultResetWithinWeeks = 156;

    private readonly MunicipalShareStep[] _steps;

    /// <summary>Creates a staircase.</summary>
    /// <param name="steps">The steps: <c>FromWeek</c> starts at 1 and strictly increases, up to <see cref="MaxWeeks"/>.</param>
    /// <param name="resetAfterWeeks">How many weeks without support start the count over; 1 … <paramref name="resetWithinWeeks"/>.</param>
    /// <param name="resetWithinWeeks">Within how many weeks before a week they are looked for; ≥ <paramref name="resetAfterWeeks"/>, at most <see cref="MaxWeeks"/>.</param>
    /// <exception cref="ArgumentException">The steps are empty, do not start at week 1 or do not strictly increase, or the reset is out of range.</exception>
    public MunicipalShare(IEnumerable<MunicipalShareStep> steps, int resetAfterWeeks = DefaultResetAfterWeeks, int resetWithinWeeks = DefaultResetWithinWeeks)
    {
        Preconditions.CheckNotNull(steps, nameof(steps));
        _steps = [.. steps];
        Preconditions.CheckArgument(_steps.Length > 0 && _steps[0].FromWeek == 1, nameof(steps), "The first step starts at week 1.");
        for (int i = 1; i < _steps.Length; i++)
        {
            Preconditions.CheckArgument(_steps[i].FromWeek > _steps[i - 1].FromWeek && _steps[i].FromWeek <= MaxWeeks, nameof(steps), $"Each step starts after the one before, at most at week {MaxWeeks}.");
        }

        Preconditions.CheckArgumentRange(nameof(resetWithinWeeks), resetWithinWeeks, 1, MaxWeeks);
        Preconditions.CheckArgumentRange(nameof(resetAfterWeeks), resetAfterWeeks, 1, resetWithinWeeks);
        ResetAfterWeeks = resetAfterWeeks;
        ResetWithinWeeks = resetWithinWeeks;
    }

    /// <summary>
    /// <c>"dk_2016"</c>: the refusion staircase of 2016 (and the municipality's co-financing of unemployment benefit): 0.2 in
    /// weeks 1–4, 0.6 in 5–26, 0.7 in 27–52, 0.8 from week 53; the count starts over after 52 weeks without support within 156.
    /// </summary>
    public static MunicipalShare Dk2016 { get; } = new(
        [new(1, Share.FromDecimal(0.2m)), new(5, Share.FromDecimal(0.6m)), new(27, Share.FromDecimal(0.7m)), new(53, Share.FromDecimal(0.8m))]);

    /// <summary>The steps, by <see cref="MunicipalShareStep.FromWeek"/>.</summary>
    public IReadOnlyList<MunicipalShareStep> Steps => _steps;

    /// <summary>How many weeks without support start the count over.</summary>
    public int ResetAfterWeeks { get; }

    /// <summary>Within how many weeks before a week those weeks are looked for.</summary>
    public int ResetWithinWeeks { get; }

    /// <summary>A constant share: every day's m(d) is <paramref name="share"/>.</summary>
    public static MunicipalShare Constant(Share share) => new([new MunicipalShareStep(1, share)]);

    /// <summary>m for the <paramref name="countedWeek"/>-th counted week (c*(d) ≥ 1): the share of the step with the largest from_week ≤ it.</summary>
    internal Share ShareAt(long countedWeek)
    {
        int i = _steps.Length - 1;
        while (i > 0 && _steps[i].FromWeek > countedWeek)
        {
            i--;
        }

        return _steps[i].Share;
    }

    /// <summary>
    /// The count c₀ (SPEC-DK DK5): <paramref name="supportWeeks"/> holds, for each ISO week from the participant's first
    /// support week up to the week before W0's week, whether it is a support week. Walk them with c = 0: before each week
    /// w, where c &gt; 0 and at least <see cref="ResetAfterWeeks"/> of the <see cref="ResetWithinWeeks"/> weeks before w that
    /// come after the first week of the current count are not support weeks, c = 0; then a support week adds 1. The
    /// check is made once more before W0's week.
    /// </summary>
    internal int CountBefore(ReadOnlySpan<bool> supportWeeks)
    {
        // withoutBefore[i]: weeks without support among weeks 0 … i − 1, so any stretch's count is one subtraction.
        int n = supportWeeks.Length;
        // On the stack for histories up to 20 years of weeks: a million participants allocate nothing here.
        Span<int> withoutBefore = n < 1040 ? stackalloc int[n + 1] : new int[n + 1];
        withoutBefore[0] = 0;
        for (int i = 0; i < n; i++)
        {
            withoutBefore[i + 1] = withoutBefore[i] + (supportWeeks[i] ? 0 : 1);
        }

        int count = 0;
        int countStart = 0;
        for (int w = 0; w <= n; w++)
        {
            if (count > 0)
            {
                int from = Math.Max(countStart + 1, w - ResetWithinWeeks);
                if (withoutBefore[w] - withoutBefore[from] >= ResetAfterWeeks)
                {
                    count = 0;
                }
            }

            if (w < n && supportWeeks[w])
            {
                if (count == 0)
                {
                    countStart = w;
                }

                count++;
            }
        }

        return count;
    }
}
