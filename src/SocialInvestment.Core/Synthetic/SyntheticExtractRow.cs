namespace SocialInvestment;

/// <summary>
/// One person's row of a <see cref="SyntheticExtract"/>: a benefit code or none for each of the extract's ISO weeks, as
/// a register extract gives them (SPEC-DK DK1), and an employment rate for each of its months. Week <c>k</c> runs from
/// <see cref="SyntheticExtract.FirstMonday"/> plus <c>k</c> weeks to the Sunday after; month <c>m</c> is
/// <see cref="SyntheticExtract.Months"/>[m].
/// </summary>
/// <remarks>
/// <see cref="SyntheticExtract.Rows"/> fills one instance again for each person (an object per row is too slow at
/// national scale): read a row before asking for the next.
/// </remarks>
public sealed class SyntheticExtractRow
{
    internal SyntheticExtractRow(int weeks, int months, bool longForm)
    {
        WeekCount = weeks;
        LongForm = longForm;
        Codes = new byte[weeks];
        Degrees = new byte[weeks];
        Second = new byte[weeks];
        Work = new ushort[weeks];
        Rates = new int[months];
    }

    /// <summary>The person.</summary>
    public ParticipantId Id { get; internal set; }

    /// <summary>Whether the person is a participant of the cohort (else someone else the extract was delivered for).</summary>
    public bool InCohort { get; internal set; }

    /// <summary>The number of weeks; the same as <see cref="SyntheticExtract.WeekCount"/>.</summary>
    public int WeekCount { get; }

    internal bool LongForm { get; }

    /// <summary>Week by week, an index into <see cref="SyntheticLife.Codes"/> (0: no benefit).</summary>
    internal byte[] Codes { get; }

    /// <summary>Week by week, an index into <see cref="SyntheticLife.Degrees"/> (0: no degree of its own).</summary>
    internal byte[] Degrees { get; }

    /// <summary>Week by week, the code of a second row of the week (long form only; 0: none).</summary>
    internal byte[] Second { get; }

    /// <summary>Week by week, the share of the week in work, in ten-thousandths; what the monthly rates are made from.</summary>
    internal ushort[] Work { get; }

    /// <summary>Month by month, the employment rate in ten-thousandths.</summary>
    internal int[] Rates { get; }

    /// <summary>The benefit code of week <paramref name="week"/> (0-based), or null where the person had none.</summary>
    public string? Benefit(int week) => SyntheticLife.Codes[Codes[week]];

    /// <summary>
    /// The degree of week <paramref name="week"/>'s row where it has one of its own (a long-form table's <c>degree</c>
    /// column); null where it has none, which means the degree the contract gives the code, else 1. Always null in an
    /// extract for the wide form, which has no degree column.
    /// </summary>
    public Degree? OwnDegree(int week) => SyntheticLife.Degrees[Degrees[week]];

    /// <summary>
    /// The code of a second row for week <paramref name="week"/> (a long-form table may list several benefits of a
    /// week), or null. Always null in an extract for the wide form, which has one cell a week.
    /// </summary>
    public string? SecondBenefit(int week) => SyntheticLife.Codes[Second[week]];

    /// <summary>The employment rate of month <paramref name="month"/> (0-based), in [0, 1] with at most four decimals.</summary>
    public decimal Rate(int month) => new(Rates[month], 0, 0, false, 4);

    internal void Clear()
    {
        Array.Clear(Codes);
        Array.Clear(Degrees);
        Array.Clear(Second);
        Array.Clear(Work);
    }
}
