namespace SocialInvestment;

/// <summary>
/// The life course of one person of a <see cref="SyntheticExtract"/>, week by week: runs of income support (DREAM-like
/// codes, sometimes changing code within a run), of work or of neither, of education and of an ignored benefit, and the
/// share of each week in work, from which the monthly employment rates follow. A cohort member is on support around
/// the programme start; someone else the extract was delivered for has no benefit at all in about half the cases.
/// </summary>
/// <remarks>
/// The draws do not depend on the form: an extract for the long form holds the weeks of the wide form of the same
/// seed, plus what only the long form can say (a degree of a row's own, a second row in a week).
/// </remarks>
internal static class SyntheticLife
{
    /// <summary>The codes, by index; 0 is no benefit. DREAM-like, not the official list (STAR documents that).</summary>
    internal static readonly string?[] Codes = [null, "111", "701", "730", "890", "651", "521"];

    /// <summary>A row's own degree, by index; 0 is none.</summary>
    internal static readonly Degree?[] Degrees = [null, Degree.FromDecimal(0.25m), Degree.FromDecimal(0.5m), Degree.FromDecimal(0.75m)];

    /// <summary>A full month, week or rate in ten-thousandths.</summary>
    internal const int Whole = 10_000;

    private const byte Education = 5;
    private const byte Ignored = 6;

    /// <summary>Support codes drawn with these weights: cash benefit (701) most often, then unemployment benefit (111).</summary>
    private static readonly byte[] SupportCodes = [2, 2, 2, 1, 1, 4, 3];

    /// <summary>Fills <paramref name="row"/>'s weeks.</summary>
    /// <param name="row">The row; cleared first.</param>
    /// <param name="random">The person's generator.</param>
    /// <param name="startWeek">The week of a cohort member's programme start; −1 for someone outside the cohort.</param>
    internal static void Fill(SyntheticExtractRow row, ref SyntheticRandom random, int startWeek)
    {
        row.Clear();
        int weeks = row.WeekCount;
        if (startWeek < 0)
        {
            if (random.Chance(0.55))
            {
                // No benefit in the whole period: in work, outside the labour market, or in part-time work.
                double kind = random.NextDouble();
                ushort level = kind < 0.2 ? (ushort)0 : kind < 0.8 ? (ushort)Whole : (ushort)random.Next(2_000, 9_501);
                row.Work.AsSpan().Fill(level);
                return;
            }

            Runs(row, ref random, 0, weeks, onBenefit: random.Chance(0.3), supportShare: 0.4);
            return;
        }

        // On support for a while before the programme starts and for a while after.
        int first = Math.Max(0, startWeek - random.Next(4, 105));
        int last = Math.Min(weeks, startWeek + random.Next(2, 53));
        Runs(row, ref random, 0, first, onBenefit: random.Chance(0.4), supportShare: 0.6);
        Support(row, ref random, first, last);
        Runs(row, ref random, last, weeks, onBenefit: false, supportShare: 0.6);
    }

    /// <summary>The rates of the months, in ten-thousandths: the share of the month's days in work.</summary>
    /// <param name="row">The filled row.</param>
    /// <param name="months">The extract's months as runs of week overlaps.</param>
    internal static void Rates(SyntheticExtractRow row, MonthWeeks months)
    {
        ushort[] work = row.Work;
        int[] rates = row.Rates;
        for (int m = 0; m < rates.Length; m++)
        {
            long sum = 0;
            int end = months.End(m);
            for (int i = months.Start(m); i < end; i++)
            {
                sum += (long)months.Days[i] * work[months.Weeks[i]];
            }

            int covered = months.Covered[m];
            rates[m] = (int)((sum + (covered / 2)) / covered);
        }
    }

    private static void Runs(SyntheticExtractRow row, ref SyntheticRandom random, int from, int to, bool onBenefit, double supportShare)
    {
        int week = from;
        while (week < to)
        {
            int end;
            if (onBenefit)
            {
                double kind = random.NextDouble();
                if (kind < supportShare)
                {
                    end = Math.Min(to, week + random.Next(4, 61));
                    Support(row, ref random, week, end);
                }
                else if (kind < supportShare + ((1 - supportShare) / 2))
                {
                    end = Math.Min(to, week + random.Next(8, 46));
                    Fill(row, Education, random.Chance(0.3) ? (ushort)random.Next(1_000, 3_001) : (ushort)0, week, end);
                }
                else
                {
                    end = Math.Min(to, week + random.Next(2, 27));
                    Fill(row, Ignored, random.Chance(0.5) ? (ushort)random.Next(2_000, 6_001) : (ushort)0, week, end);
                }
            }
            else
            {
                end = Math.Min(to, week + random.Next(2, 81));
                ushort work = random.Chance(0.7) ? (random.Chance(0.6) ? (ushort)Whole : (ushort)random.Next(1_500, 9_501)) : (ushort)0;
                row.Work.AsSpan(week, end - week).Fill(work);
            }

            week = end;
            onBenefit = !onBenefit;
        }
    }

    private static void Support(SyntheticExtractRow row, ref SyntheticRandom random, int from, int to)
    {
        byte code = SupportCodes[random.Next(0, SupportCodes.Length)];
        byte next = SupportCodes[random.Next(0, SupportCodes.Length)];
        int change = random.Chance(0.3) ? random.Next(from, to) : to;
        row.Codes.AsSpan(from, change - from).Fill(code);
        row.Codes.AsSpan(change, to - change).Fill(next);

        // Partly self-supporting towards the end of the run (a supplement beside part-time work), and housing support
        // beside it for a while: only the long form can say either.
        bool partial = random.Chance(0.2);
        int split = random.Next(from, to);
        byte degree = (byte)random.Next(1, SyntheticLife.Degrees.Length);
        bool second = random.Chance(0.15);
        int secondFrom = random.Next(from, to);
        int secondTo = random.Next(secondFrom + 1, to + 1);
        if (!row.LongForm)
        {
            return;
        }

        if (partial)
        {
            row.Degrees.AsSpan(split, to - split).Fill(degree);
            row.Work.AsSpan(split, to - split).Fill((ushort)(Whole - (Whole / 4 * degree)));
        }

        if (second)
        {
            row.Second.AsSpan(secondFrom, secondTo - secondFrom).Fill(Ignored);
        }
    }

    private static void Fill(SyntheticExtractRow row, byte code, ushort work, int from, int to)
    {
        row.Codes.AsSpan(from, to - from).Fill(code);
        row.Work.AsSpan(from, to - from).Fill(work);
    }
}
